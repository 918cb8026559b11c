package io.github.bbbjakarta.simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A recording to put straight into the simulated recording server through
 * {@link SimulatorControl#addRecording(RecordingSeed)} (no meeting needed), e.g. to fill a recordings page. Every
 * value has a default, so {@code RecordingSeed.of("course-1")} is a published one-hour recording of meeting
 * {@code course-1} ending when it is added (see {@link #of(String)}). Immutable and thread-safe; each
 * {@code with...} returns a copy.
 */
public final class RecordingSeed {
    /** The states a recording can be in. */
    public static final List<String> STATES = List.of("processing", "processed", "published", "unpublished",
            "deleted");
    private static final Pattern META_NAME = Pattern.compile("[a-zA-Z][a-zA-Z0-9-]*");
    private static final Pattern FORMAT = Pattern.compile("[a-zA-Z0-9_-]+");
    private static final Pattern RECORD_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");

    private final String meetingID;
    private final String name;
    private final String state;
    private final Map<String, String> metadata;
    private final Instant startTime;
    private final Duration duration;
    private final int participants;
    private final List<String> playbackFormats;
    private final String recordID;
    private final String parentRecordID;
    private final int sequence;
    private final boolean freeJoin;
    private final List<Track> textTracks;

    /**
     * A text track a seeded recording already has (listed by {@code getRecordingTextTracks}, served at its href).
     *
     * @param kind  {@code subtitles} or {@code captions}
     * @param lang  the language tag as listed, e.g. {@code en} or {@code pt-BR}
     * @param label the label
     * @param text  the file's content (WebVTT)
     */
    public record Track(String kind, String lang, String label, String text) {
        /**
         * @throws IllegalArgumentException for another kind, or an empty lang or label
         */
        public Track {
            if (!"subtitles".equals(kind) && !"captions".equals(kind)) {
                throw new IllegalArgumentException("kind must be subtitles or captions: " + kind);
            }
            requireText(lang, "lang");
            requireText(label, "label");
            Objects.requireNonNull(text, "text");
        }
    }

    private RecordingSeed(String meetingID, String name, String state, Map<String, String> metadata,
                          Instant startTime, Duration duration, int participants, List<String> playbackFormats,
                          String recordID, String parentRecordID, int sequence, boolean freeJoin,
                          List<Track> textTracks) {
        this.textTracks = List.copyOf(textTracks);
        this.meetingID = meetingID;
        this.name = name;
        this.state = state;
        this.metadata = Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
        this.startTime = startTime;
        this.duration = duration;
        this.participants = participants;
        this.playbackFormats = playbackFormats == null ? null : List.copyOf(playbackFormats);
        this.recordID = recordID;
        this.parentRecordID = parentRecordID;
        this.sequence = sequence;
        this.freeJoin = freeJoin;
    }

    /**
     * A published recording of this (external) meeting id with every other value defaulted: name = meeting id, no
     * metadata of its own, one participant, 60 minutes ending when it is added, the playback formats of the
     * {@link RecordingSettings}, record id {@code sha1(meetingID)-<start ms>}, not a breakout room.
     *
     * @throws IllegalArgumentException when the meeting id is empty or contains a comma (bbb-web's create refuses
     *                                  it, and {@code getRecordings} splits its {@code meetingID} on commas)
     */
    public static RecordingSeed of(String meetingID) {
        requireText(meetingID, "meetingID");
        if (meetingID.contains(",")) {
            throw new IllegalArgumentException("meetingID must not contain ','");
        }
        return new RecordingSeed(meetingID, meetingID, "published", Map.of(), null, Duration.ofMinutes(60), 1, null,
                null, null, 0, false, List.of());
    }

    private RecordingSeed copy(String newName, String newState, Map<String, String> newMetadata, Instant newStart,
                               Duration newDuration, int newParticipants, List<String> newFormats,
                               String newRecordID, String newParent, int newSequence, boolean newFreeJoin) {
        return new RecordingSeed(meetingID, newName, newState, newMetadata, newStart, newDuration, newParticipants,
                newFormats, newRecordID, newParent, newSequence, newFreeJoin, textTracks);
    }

    /**
     * With one more text track, already processed (source {@code upload}); a later one of the same kind and lang
     * replaces it.
     */
    public RecordingSeed withTextTrack(Track track) {
        List<Track> list = new java.util.ArrayList<>(textTracks);
        list.removeIf(t -> t.kind().equals(track.kind()) && t.lang().equals(track.lang()));
        list.add(track);
        return new RecordingSeed(meetingID, name, state, metadata, startTime, duration, participants,
                playbackFormats, recordID, parentRecordID, sequence, freeJoin, list);
    }

    /** The text tracks it has. */
    public List<Track> textTracks() {
        return textTracks;
    }

    /** With this meeting name. */
    public RecordingSeed withName(String value) {
        requireText(value, "name");
        return copy(value, state, metadata, startTime, duration, participants, playbackFormats, recordID,
                parentRecordID, sequence, freeJoin);
    }

    /**
     * In this state.
     *
     * @throws IllegalArgumentException unless one of {@link #STATES}
     */
    public RecordingSeed withState(String value) {
        if (!STATES.contains(value)) {
            throw new IllegalArgumentException("state must be one of " + STATES + ": " + value);
        }
        return copy(name, value, metadata, startTime, duration, participants, playbackFormats, recordID,
                parentRecordID, sequence, freeJoin);
    }

    /**
     * With one more metadata entry (as a {@code meta_NAME} create parameter would give; the name is kept as given,
     * so use lower case to match what a recorded meeting gets). {@code meetingId}, {@code meetingName} and
     * {@code isBreakout} are added by the simulator.
     *
     * @throws IllegalArgumentException when the name is not a valid metadata name ({@code [a-zA-Z][a-zA-Z0-9-]*})
     */
    public RecordingSeed withMeta(String key, String value) {
        if (key == null || !META_NAME.matcher(key).matches()) {
            throw new IllegalArgumentException("Metadata name must match [a-zA-Z][a-zA-Z0-9-]*: " + key);
        }
        Map<String, String> m = new LinkedHashMap<>(metadata);
        m.put(key, Objects.requireNonNull(value, "value"));
        return copy(name, state, m, startTime, duration, participants, playbackFormats, recordID, parentRecordID,
                sequence, freeJoin);
    }

    /** With these metadata entries added (see {@link #withMeta(String, String)}). */
    public RecordingSeed withMetadata(Map<String, String> entries) {
        RecordingSeed s = this;
        for (Map.Entry<String, String> e : entries.entrySet()) {
            s = s.withMeta(e.getKey(), e.getValue());
        }
        return s;
    }

    /** Starting at this instant (default: {@link #duration()} before it is added). */
    public RecordingSeed withStartTime(Instant value) {
        return copy(name, state, metadata, Objects.requireNonNull(value, "startTime"), duration, participants,
                playbackFormats, recordID, parentRecordID, sequence, freeJoin);
    }

    /**
     * Lasting this long (start to end; {@code <length>} is its whole minutes).
     *
     * @throws IllegalArgumentException when negative
     */
    public RecordingSeed withDuration(Duration value) {
        if (value == null || value.isNegative()) {
            throw new IllegalArgumentException("duration must not be negative: " + value);
        }
        return copy(name, state, metadata, startTime, value, participants, playbackFormats, recordID, parentRecordID,
                sequence, freeJoin);
    }

    /**
     * With this many participants.
     *
     * @throws IllegalArgumentException when negative
     */
    public RecordingSeed withParticipants(int value) {
        if (value < 0) {
            throw new IllegalArgumentException("participants must not be negative: " + value);
        }
        return copy(name, state, metadata, startTime, duration, value, playbackFormats, recordID, parentRecordID,
                sequence, freeJoin);
    }

    /**
     * With these playback format types (e.g. {@code presentation}, {@code video}); none at all is allowed.
     *
     * @throws IllegalArgumentException when a type is not {@code [a-zA-Z0-9_-]+} or repeated
     */
    public RecordingSeed withPlaybackFormats(String... types) {
        List<String> list = List.of(types);
        for (String t : list) {
            if (!FORMAT.matcher(t).matches()) {
                throw new IllegalArgumentException("Playback format type must match [a-zA-Z0-9_-]+: " + t);
            }
        }
        if (list.stream().distinct().count() != list.size()) {
            throw new IllegalArgumentException("Playback format types repeat: " + list);
        }
        return copy(name, state, metadata, startTime, duration, participants, list, recordID, parentRecordID,
                sequence, freeJoin);
    }

    /**
     * With this record id (default {@code sha1(meetingID)-<start ms>}, made unique).
     *
     * @throws IllegalArgumentException unless letters, digits, {@code _ . -} (starting with a letter or digit): a
     *                                  record id is a directory name and part of URLs
     */
    public RecordingSeed withRecordID(String value) {
        if (value == null || !RECORD_ID.matcher(value).matches()) {
            throw new IllegalArgumentException("recordID must match [A-Za-z0-9][A-Za-z0-9_.-]*: " + value);
        }
        return copy(name, state, metadata, startTime, duration, participants, playbackFormats, value, parentRecordID,
                sequence, freeJoin);
    }

    /**
     * As the recording of a breakout room of the meeting whose recording (internal meeting id) is
     * {@code parentRecordID}: it gets {@code <breakout><parentId/><sequence/><freeJoin/></breakout>}, and the
     * parent's recording lists it in {@code <breakoutRooms>}.
     */
    public RecordingSeed asBreakoutOf(String parentRecordID, int sequence, boolean freeJoin) {
        requireText(parentRecordID, "parentRecordID");
        return copy(name, state, metadata, startTime, duration, participants, playbackFormats, recordID,
                parentRecordID, sequence, freeJoin);
    }

    private static void requireText(String value, String what) {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException(what + " must not be empty");
        }
    }

    /** The external meeting id. */
    public String meetingID() {
        return meetingID;
    }

    /** The meeting name. */
    public String name() {
        return name;
    }

    /** The state. */
    public String state() {
        return state;
    }

    /** The metadata entries of its own (without the three the simulator adds). */
    public Map<String, String> metadata() {
        return metadata;
    }

    /** The start, or {@code null} for "duration before it is added". */
    public Instant startTime() {
        return startTime;
    }

    /** The duration. */
    public Duration duration() {
        return duration;
    }

    /** The number of participants. */
    public int participants() {
        return participants;
    }

    /** The playback format types, or {@code null} for those of the recording settings. */
    public List<String> playbackFormats() {
        return playbackFormats;
    }

    /** The record id, or {@code null} for the default. */
    public String recordID() {
        return recordID;
    }

    /** The parent's record id for a breakout room's recording, else {@code null}. */
    public String parentRecordID() {
        return parentRecordID;
    }

    /** The breakout room's sequence (0 when not a breakout room). */
    public int sequence() {
        return sequence;
    }

    /** The breakout room's freeJoin. */
    public boolean freeJoin() {
        return freeJoin;
    }

    @Override
    public String toString() {
        return "RecordingSeed[meetingID=" + meetingID + ", state=" + state + ", recordID=" + recordID + "]";
    }
}
