package io.github.bbbjakarta.simulator;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Control API of a simulator: the request journal, state snapshots, simulated clients and stubs. The same
 * operations are served as JSON under {@code /__admin/}; {@link #remote(URI)} returns an implementation that talks
 * to that admin API, so a test can control a simulator running in another process.
 * Implementations are thread-safe. Lookups that find nothing throw {@link IllegalArgumentException}.
 */
public interface SimulatorControl {

    /** The API requests received since start or the last {@link #clearRequests()}/{@link #reset()}, oldest first (the most recent 10,000). */
    List<JournalEntry> requests();

    /** The journal entries of one call name (e.g. {@code "create"}). */
    default List<JournalEntry> requests(String callName) {
        return requests().stream().filter(e -> e.callName().equals(callName)).toList();
    }

    /** Empties the request journal. */
    void clearRequests();

    /**
     * Removes all meetings, sessions, chat messages, hooks, recordings, journal entries, stubs and outgoing callbacks
     * (pending retries are cancelled), text tracks; the recording settings given at start.
     */
    void reset();

    /** Snapshots of all meetings, in creation order. */
    List<MeetingSnapshot> meetings();

    /** The meeting with this external meeting id, if any. */
    default Optional<MeetingSnapshot> meeting(String meetingID) {
        return meetings().stream().filter(m -> m.meetingID().equals(meetingID)).findFirst();
    }

    /**
     * The hooks registered with the simulated bbb-webhooks ({@code hooks/create}), in creation order. Events are
     * not delivered to them yet.
     */
    List<HookSnapshot> hooks();

    /**
     * The chat messages {@code sendChatMessage} posted to a meeting, oldest first; kept after the meeting ends
     * until {@link #reset()}.
     *
     * @param meetingID external meeting id
     */
    List<ChatMessageSnapshot> chatMessages(String meetingID);

    /** All join sessions of all meetings, oldest first. */
    List<JoinSession> joinSessions();

    /**
     * Connects the simulated client of a join session, as if its browser opened the client URL; a
     * {@code WAIT} guest is admitted.
     *
     * @throws IllegalArgumentException when no session has this token
     * @throws IllegalStateException    when the session was denied or its meeting has ended
     */
    JoinSession connect(String sessionToken);

    /**
     * Creates a session for a synthetic user directly (no {@code join}) and connects it.
     *
     * @param meetingID external (or internal) meeting id
     * @param userID    external user id, or {@code null} for the internal id
     * @throws IllegalArgumentException when the meeting does not exist
     */
    JoinSession connectUser(String meetingID, String fullName, SimRole role, String userID);

    /** Same as {@link #connectUser(String, String, SimRole, String)} with the internal id as user id. */
    default JoinSession connectUser(String meetingID, String fullName, SimRole role) {
        return connectUser(meetingID, fullName, role, null);
    }

    /**
     * Disconnects the user of a session; the meeting keeps counting it for {@code usersTimeout}. Its client page
     * then says it left, and reloading it does not reconnect it (only {@link #connect(String)} does).
     *
     * @throws IllegalArgumentException when no session has this token
     */
    JoinSession disconnect(String sessionToken);

    /** Installs (or replaces) the stub of an API call name ({@code ""} is the API root). */
    void stub(String callName, Stub stub);

    /** Removes the stub of a call name, if any. */
    void removeStub(String callName);

    /** The installed stubs by call name. */
    Map<String, Stub> stubs();

    // ---- recordings ----

    /**
     * The recordings, in the order their meetings ended. A meeting created with {@code record=true} becomes a
     * {@code processing} recording when it ends if recording ran in it ({@code autoStartRecording=true} and a
     * connected user, or {@link #startRecording(String)}); see {@link #advanceRecordings()}.
     */
    List<RecordingSnapshot> recordings();

    /** The recording with this record id, if any. */
    default Optional<RecordingSnapshot> recording(String recordID) {
        return recordings().stream().filter(r -> r.recordID().equals(recordID)).findFirst();
    }

    /**
     * Starts recording a meeting (a moderator pressing the record button): the meeting gets recording marks.
     *
     * @param meetingID external (or internal) meeting id
     * @throws IllegalArgumentException when the meeting does not exist
     * @throws IllegalStateException    when it was not created with {@code record=true}
     */
    void startRecording(String meetingID);

    /**
     * Stops recording a meeting; the marks it already has stay.
     *
     * @throws IllegalArgumentException when the meeting does not exist
     */
    void stopRecording(String meetingID);

    /**
     * Ends a meeting as a moderator's "end meeting" or an expiry would (a recorded meeting becomes a recording).
     *
     * @throws IllegalArgumentException when the meeting does not exist
     */
    void endMeeting(String meetingID);

    /**
     * Moves every recording one state on: {@code processing} → {@code processed} → {@code published} (or
     * {@code unpublished} when {@link RecordingSettings#autoPublish()} is false). Call it twice to make a just
     * ended meeting's recording visible to a default {@code getRecordings}. Also processes the caption inbox:
     * uploaded text tracks become listed.
     *
     * @return how many recordings and text track uploads moved
     */
    int advanceRecordings();

    /** The recording server's current settings. */
    RecordingSettings recordingSettings();

    /** Replaces the recording server's settings (until the next {@link #reset()}, which restores the start ones). */
    void recordingSettings(RecordingSettings settings);

    /**
     * Adds a recording directly to the simulated recording server, without a meeting (for a recordings page under
     * test). It is listed by {@code getRecordings} at once in its state, takes part in the management calls and
     * {@link #advanceRecordings()} like any other, and sends no callback.
     *
     * @return the recording as added (its record id when the seed named none)
     * @throws IllegalArgumentException when the seed's explicit record id exists already
     */
    RecordingSnapshot addRecording(RecordingSeed seed);

    /**
     * Adds many recordings in one go (one admin request for a {@link #remote(URI) remote} control), in order.
     *
     * @return the recordings as added
     * @throws IllegalArgumentException when a seed's explicit record id exists already (the earlier seeds stay)
     */
    default List<RecordingSnapshot> addRecordings(List<RecordingSeed> seeds) {
        return seeds.stream().map(this::addRecording).toList();
    }

    /**
     * The text tracks of a recording: those {@code getRecordingTextTracks} lists (processed), then uploads still in
     * the caption inbox ({@link TextTrackSnapshot#processed()} false; {@link #advanceRecordings()} processes them).
     *
     * @param recordID the record id
     */
    List<TextTrackSnapshot> textTracks(String recordID);

    // ---- outgoing callbacks ----

    /**
     * The callbacks the simulator sent to an LMS since start or the last {@link #reset()}, oldest first: end
     * callbacks and {@code meetingEndedURL} GETs when a non-breakout meeting ends, recording-ready POSTs when
     * {@link #advanceRecordings()} publishes a recording, and the webhook events POSTed to registered hooks
     * ({@link CallbackSnapshot.Kind#WEBHOOK}). They are sent in the background; poll until the expected one is
     * {@link CallbackSnapshot#delivered()}.
     */
    List<CallbackSnapshot> callbacks();

    /** A control that talks to the admin API of a simulator at this base URL (e.g. {@code http://host:port}). */
    static SimulatorControl remote(URI baseUrl) {
        return new io.github.bbbjakarta.simulator.internal.control.RemoteControl(baseUrl);
    }
}
