package io.github.bbbjakarta.simulator.internal.state;

import io.github.bbbjakarta.simulator.RecordingSettings;
import io.github.bbbjakarta.simulator.RecordingSnapshot;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The simulated recording server: tracks recording marks and participants of running meetings, turns an ended
 * meeting that was recorded into a {@link StoredRecording} ({@code processing}) and moves recordings through
 * their states. Thread-safe (every method synchronized; it never calls back into the {@link MeetingRegistry}).
 */
public final class RecordingStore implements MeetingEvents {
    /** The playback format every recording has. */
    public static final String PRESENTATION = "presentation";
    /** The optional second format ({@link RecordingSettings#videoFormat()}). */
    public static final String VIDEO = "video";
    private static final String AUTO_START_RECORDING = "autoStartRecording";

    private final Map<String, Tracker> trackers = new HashMap<>();
    private final Map<String, StoredRecording> recordings = new LinkedHashMap<>();
    private RecordingSettings settings = RecordingSettings.defaults();
    private java.util.function.Consumer<StoredRecording> onPublished = r -> { };
    private RecordingEvents events = new RecordingEvents() { };

    /** Sets the listener told about recording status, processing steps and state changes (bbb-webhooks). */
    public synchronized void listen(RecordingEvents listener) {
        this.events = java.util.Objects.requireNonNull(listener);
    }

    /**
     * Sets what runs when processing publishes a recording (the recording server's post_publish scripts); not
     * for a later {@code publishRecordings}. Called under the store's lock; it must not call back into the store.
     */
    public synchronized void onPublished(java.util.function.Consumer<StoredRecording> listener) {
        this.onPublished = java.util.Objects.requireNonNull(listener);
    }

    /** Recording state of one running meeting. */
    private static final class Tracker {
        boolean recording;
        boolean marks;
        final Set<String> participants = new LinkedHashSet<>();
    }

    private Tracker tracker(Meeting m) {
        return trackers.computeIfAbsent(m.internalId(), k -> new Tracker());
    }

    @Override
    public synchronized void userJoined(Meeting meeting, String internalUserId) {
        Tracker t = tracker(meeting);
        t.participants.add(internalUserId);
        if (meeting.spec().record() && autoStartRecording(meeting) && !t.marks) {
            t.recording = true;
            t.marks = true;
            events.recordingStatusChanged(meeting, true);
        }
    }

    private static boolean autoStartRecording(Meeting m) {
        return m.spec().createParams().stream()
                .filter(p -> AUTO_START_RECORDING.equals(p.name()))
                .findFirst().map(p -> Boolean.parseBoolean(p.value().trim())).orElse(false);
    }

    @Override
    public synchronized void meetingEnded(Meeting meeting, long now) {
        Tracker t = trackers.remove(meeting.internalId());
        if (t == null || !meeting.spec().record() || !t.marks) {
            if (meeting.spec().record()) {
                events.archived(meeting, null, now);
            }
            return;
        }
        NewMeeting s = meeting.spec();
        Map<String, String> meta = new LinkedHashMap<>(s.metadata());
        meta.put("meetingId", s.externalId());
        meta.put("meetingName", s.name());
        meta.put("isBreakout", Boolean.toString(s.breakout()));
        List<String> formats = settings.videoFormat() ? List.of(PRESENTATION, VIDEO) : List.of(PRESENTATION);
        recordings.put(s.internalId(), new StoredRecording(s.internalId(), s.externalId(), s.name(), s.breakout(),
                s.parentMeetingId(), s.sequence(), s.freeJoin(), meeting.startTime(), now, t.participants.size(),
                meta, StoredRecording.PROCESSING, formats));
        // the process step's captions.rb writes captions/<recordID>/captions.json (no live captions: [])
        captionIndexes.put(s.internalId(), new ArrayList<>());
        stateSince.put(s.internalId(), new Since(StoredRecording.PROCESSING, now));
        events.archived(meeting, recordings.get(s.internalId()), now);
    }

    /**
     * Starts recording a running meeting (the moderator's record button).
     *
     * @throws IllegalStateException when the meeting was not created with {@code record=true}
     */
    public synchronized void startRecording(Meeting m) {
        if (!m.spec().record()) {
            throw new IllegalStateException("Meeting " + m.externalId() + " was not created with record=true");
        }
        Tracker t = tracker(m);
        boolean was = t.recording;
        t.recording = true;
        t.marks = true;
        if (!was) {
            events.recordingStatusChanged(m, true);
        }
    }

    /** Stops recording a meeting; its marks stay. */
    public synchronized void stopRecording(Meeting m) {
        Tracker t = tracker(m);
        boolean was = t.recording;
        t.recording = false;
        if (was) {
            events.recordingStatusChanged(m, false);
        }
    }

    /** Whether the meeting is being recorded now. */
    public synchronized boolean recording(Meeting m) {
        Tracker t = trackers.get(m.internalId());
        return t != null && t.recording;
    }

    /** Whether recording was ever started in the meeting (bbb-web's {@code recordingmarks}). */
    public synchronized boolean hasRecordingMarks(Meeting m) {
        Tracker t = trackers.get(m.internalId());
        return t != null && t.marks;
    }

    /**
     * Moves every recording one state on: processing → processed → published (or unpublished when
     * {@link RecordingSettings#autoPublish()} is false). Published, unpublished and deleted recordings stay.
     *
     * @return how many recordings moved
     */
    public synchronized int advance() {
        int moved = 0;
        for (Map.Entry<String, StoredRecording> e : recordings.entrySet()) {
            if (inProcessing(e.getValue())) {
                step(e);
                moved++;
            }
        }
        moved += processCaptionInbox();
        return moved;
    }

    private static boolean inProcessing(StoredRecording r) {
        return StoredRecording.PROCESSING.equals(r.state()) || StoredRecording.PROCESSED.equals(r.state());
    }

    /**
     * One processing step of a recording in processing: processing → processed → published (or unpublished),
     * telling the listeners (webhook events, the recording-ready callback).
     */
    private StoredRecording step(Map.Entry<String, StoredRecording> e) {
        String next = StoredRecording.PROCESSING.equals(e.getValue().state()) ? StoredRecording.PROCESSED
                : settings.autoPublish() ? StoredRecording.PUBLISHED : StoredRecording.UNPUBLISHED;
        StoredRecording r = e.getValue().withState(next);
        e.setValue(r);
        if (StoredRecording.PROCESSED.equals(next)) {
            events.processed(r);
        } else {
            events.publishedByProcessing(r);
        }
        if (StoredRecording.PUBLISHED.equals(next)) {
            onPublished.accept(r);
        }
        return r;
    }

    /** Recordings matching a predicate, in the order they were made. */
    public synchronized List<StoredRecording> find(Predicate<StoredRecording> filter) {
        List<StoredRecording> out = new ArrayList<>();
        for (StoredRecording r : recordings.values()) {
            if (filter.test(r)) {
                out.add(r);
            }
        }
        return out;
    }

    /** Whether one of the ids names a published or unpublished recording (bbb-web {@code existAnyRecording}). */
    public synchronized boolean existAny(List<String> recordIds) {
        return recordIds.stream().map(recordings::get).anyMatch(r -> r != null && r.manageable());
    }

    /**
     * {@code publishRecordings} (bbb-web {@code changeState}): unpublished → published, or published →
     * unpublished; ids compared ignoring case.
     */
    public synchronized void publish(List<String> recordIds, boolean publish) {
        String from = publish ? StoredRecording.UNPUBLISHED : StoredRecording.PUBLISHED;
        changeState(recordIds, r -> from.equals(r.state()),
                publish ? StoredRecording.PUBLISHED : StoredRecording.UNPUBLISHED);
    }

    /** {@code deleteRecordings}: published or unpublished → deleted; ids compared ignoring case. */
    public synchronized void delete(List<String> recordIds) {
        changeState(recordIds, StoredRecording::manageable, StoredRecording.DELETED);
    }

    private void changeState(List<String> recordIds, Predicate<StoredRecording> from, String to) {
        for (Map.Entry<String, StoredRecording> e : recordings.entrySet()) {
            StoredRecording r = e.getValue();
            if (from.test(r) && recordIds.stream().anyMatch(r.recordID()::equalsIgnoreCase)) {
                e.setValue(r.withState(to));
                recordIds.stream().filter(r.recordID()::equalsIgnoreCase).findFirst()
                        .ifPresent(id -> events.stateChanged(id, to));
            }
        }
    }

    /**
     * {@code updateRecordings} (bbb-web {@code updateMetaParams}): every published, unpublished or deleted
     * recording whose id starts with one of the ids gets the changes; a non-empty value sets the key, an empty
     * value removes it.
     */
    public synchronized void updateMetadata(List<String> recordIds, Map<String, String> changes) {
        for (Map.Entry<String, StoredRecording> e : recordings.entrySet()) {
            StoredRecording r = e.getValue();
            boolean stored = r.manageable() || StoredRecording.DELETED.equals(r.state());
            if (!stored || recordIds.stream().noneMatch(r.recordID()::startsWith)) {
                continue;
            }
            Map<String, String> meta = new LinkedHashMap<>(r.metadata());
            changes.forEach((k, v) -> {
                if (v.isEmpty()) {
                    meta.remove(k);
                } else {
                    meta.put(k, v);
                }
            });
            e.setValue(r.withMetadata(meta));
        }
    }

    public synchronized RecordingSettings settings() {
        return settings;
    }

    public synchronized void settings(RecordingSettings newSettings) {
        this.settings = java.util.Objects.requireNonNull(newSettings, "settings");
    }

    /** Snapshots of all recordings, in the order they were made. */
    public synchronized List<RecordingSnapshot> snapshots() {
        return recordings.values().stream().map(StoredRecording::snapshot).toList();
    }

    /** Forgets recordings, trackers and text tracks; the settings given at start. */
    public synchronized void reset() {
        trackers.clear();
        recordings.clear();
        settings = initialSettings;
        stateSince.clear();
        captionIndexes.clear();
        captionInbox.clear();
        inboxSince.clear();
        captionTokens.clear();
    }

    // ---- text tracks: bbb-web's captions directory (captions.json per record id) and caption inbox ----

    /** Per record id: the tracks of its {@code captions.json}; absent = no captions directory. */
    private final Map<String, List<StoredTextTrack>> captionIndexes = new HashMap<>();
    /** Uploads waiting for the caption inbox worker (rap-caption-inbox.rb), oldest first. */
    private final List<StoredTextTrack> captionInbox = new ArrayList<>();
    /** Single-use tokens of text track hrefs. */
    private final Map<String, CaptionToken> captionTokens = new HashMap<>();
    private static final int MAX_CAPTION_TOKENS = 100_000;

    private record CaptionToken(String recordID, String caption, long expiresAt) {
    }

    /** bbb-web {@code isRecordingExist}: a published or unpublished recording with exactly this id. */
    public synchronized boolean existsPublishedOrUnpublished(String recordID) {
        StoredRecording r = recordings.get(recordID);
        return r != null && r.manageable();
    }

    /**
     * The processed text tracks of a recording ({@code captions.json}), or {@code null} when it has no captions
     * directory (unknown record id).
     */
    public synchronized List<StoredTextTrack> textTracks(String recordID) {
        List<StoredTextTrack> index = captionIndexes.get(recordID);
        return index == null ? null : List.copyOf(index);
    }

    /** Puts an upload into the caption inbox; {@link #advance()} (or {@link #tick(long)}) processes it. */
    public synchronized void uploadTextTrack(StoredTextTrack track, long nowMillis) {
        captionInbox.add(java.util.Objects.requireNonNull(track));
        inboxSince.put(track, nowMillis);
    }

    /**
     * The caption inbox worker: each upload replaces the track of the same kind and lang in its recording's
     * {@code captions.json} (or is appended), as rap-caption-inbox.rb does.
     *
     * @return how many uploads were processed
     */
    private int processCaptionInbox() {
        int n = captionInbox.size();
        for (StoredTextTrack t : captionInbox) {
            processCaptionUpload(t);
        }
        captionInbox.clear();
        inboxSince.clear();
        return n;
    }

    private void processCaptionUpload(StoredTextTrack t) {
        List<StoredTextTrack> index = captionIndexes.computeIfAbsent(t.recordID(), k -> new ArrayList<>());
        index.removeIf(x -> x.lang().equals(t.lang()) && x.kind().equals(t.kind()));
        index.add(t);
    }

    // ---- automatic processing (RecordingSettings.processingTime) ----

    /** When each recording entered the state it had then (a manual move makes the entry stale). */
    private final Map<String, Since> stateSince = new HashMap<>();
    /** When each upload entered the caption inbox. */
    private final Map<StoredTextTrack, Long> inboxSince = new java.util.IdentityHashMap<>();
    /** The settings at start, restored by {@link #reset()}. */
    private RecordingSettings initialSettings = RecordingSettings.defaults();

    private record Since(String state, long at) {
    }

    /** Sets the settings given at start (also the current ones); {@link #reset()} restores them. */
    public synchronized void initialSettings(RecordingSettings start) {
        this.initialSettings = java.util.Objects.requireNonNull(start, "settings");
        this.settings = start;
    }

    /**
     * With {@link RecordingSettings#processingTime()} above zero, moves on every recording (processing → processed →
     * published/unpublished) and every caption inbox upload that has spent that long in its state, several steps
     * if the time allows. A recording moved by hand counts from the first tick that sees its new state.
     *
     * @return how many recordings and uploads moved
     */
    public synchronized int tick(long nowMillis) {
        if (!settings.automaticProcessing()) {
            return 0;
        }
        long step = Math.max(1, settings.processingTime().toMillis());
        int moved = 0;
        for (Map.Entry<String, StoredRecording> e : recordings.entrySet()) {
            StoredRecording r = e.getValue();
            while (inProcessing(r)) {
                Since since = stateSince.get(r.recordID());
                if (since == null || !since.state().equals(r.state())) {
                    since = new Since(r.state(), nowMillis);
                    stateSince.put(r.recordID(), since);
                }
                if (since.at() > nowMillis - step) {
                    break;
                }
                r = step(e);
                stateSince.put(r.recordID(), new Since(r.state(), since.at() + step));
                moved++;
            }
        }
        for (java.util.Iterator<StoredTextTrack> it = captionInbox.iterator(); it.hasNext(); ) {
            StoredTextTrack t = it.next();
            Long since = inboxSince.computeIfAbsent(t, k -> nowMillis);
            if (since <= nowMillis - step) {
                processCaptionUpload(t);
                it.remove();
                inboxSince.remove(t);
                moved++;
            }
        }
        return moved;
    }

    // ---- seeding (control API) and breakout links ----

    /**
     * Adds a recording directly, as the control API seeds it. A derived record id ({@code sha1(meetingID)-<start
     * ms>}) is made unique by counting the milliseconds on; the recording gets an empty captions directory. No
     * callback is sent.
     *
     * @throws IllegalArgumentException when the seed names a record id that exists already
     */
    public synchronized StoredRecording seed(io.github.bbbjakarta.simulator.RecordingSeed seed, long nowMillis) {
        long duration = seed.duration().toMillis();
        long start = seed.startTime() == null ? nowMillis - duration : seed.startTime().toEpochMilli();
        String id = seed.recordID();
        if (id == null) {
            String prefix = io.github.bbbjakarta.simulator.internal.digest.Digests.sha1Hex(seed.meetingID()) + "-";
            long t = start;
            while (recordings.containsKey(prefix + t)) {
                t++;
            }
            id = prefix + t;
        } else if (recordings.containsKey(id)) {
            throw new IllegalArgumentException("A recording with record id " + id + " exists already");
        }
        boolean breakout = seed.parentRecordID() != null;
        Map<String, String> meta = new LinkedHashMap<>(seed.metadata());
        meta.put("meetingId", seed.meetingID());
        meta.put("meetingName", seed.name());
        meta.put("isBreakout", Boolean.toString(breakout));
        List<String> formats = seed.playbackFormats() != null ? seed.playbackFormats()
                : settings.videoFormat() ? List.of(PRESENTATION, VIDEO) : List.of(PRESENTATION);
        StoredRecording r = new StoredRecording(id, seed.meetingID(), seed.name(), breakout, seed.parentRecordID(),
                seed.sequence(), seed.freeJoin(), start, start + duration, seed.participants(), meta, seed.state(),
                formats);
        recordings.put(id, r);
        captionIndexes.computeIfAbsent(id, k -> new ArrayList<>());
        for (io.github.bbbjakarta.simulator.RecordingSeed.Track t : seed.textTracks()) {
            processCaptionUpload(new StoredTextTrack(id, t.kind(), t.lang(), t.label(),
                    io.github.bbbjakarta.simulator.internal.wire.Wire.TEXT_TRACK_SOURCE_UPLOAD, null, null,
                    t.text().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        }
        stateSince.put(id, new Since(seed.state(), nowMillis));
        return r;
    }

    /**
     * The record ids of breakout room recordings by their parent's record id (the parent's internal meeting id),
     * each list in the order the recordings were made.
     */
    public synchronized Map<String, List<String>> breakoutRecordings() {
        Map<String, List<String>> out = new HashMap<>();
        for (StoredRecording r : recordings.values()) {
            if (r.breakout() && r.parentMeetingId() != null) {
                out.computeIfAbsent(r.parentMeetingId(), k -> new ArrayList<>()).add(r.recordID());
            }
        }
        return out;
    }

    /** Gives (or seeds) a recording an empty captions directory if it has none. */
    synchronized void ensureCaptionIndex(String recordID) {
        captionIndexes.computeIfAbsent(recordID, k -> new ArrayList<>());
    }

    /** A new single-use token for one track file (bbb-web {@code generateSingleUseCaptionToken}). */
    public synchronized String captionToken(String recordID, String caption, long nowMillis, long lifetimeMillis) {
        if (captionTokens.size() >= MAX_CAPTION_TOKENS) {
            captionTokens.values().removeIf(t -> t.expiresAt() < nowMillis);
            if (captionTokens.size() >= MAX_CAPTION_TOKENS) {
                captionTokens.clear();
            }
        }
        String token = io.github.bbbjakarta.simulator.internal.digest.Digests.sha1Hex(recordID + caption + nowMillis);
        captionTokens.put(token, new CaptionToken(recordID, caption, nowMillis + lifetimeMillis));
        return token;
    }

    /**
     * Checks and consumes a token (bbb-web {@code validateSingleUseCaptionToken}): valid once, for its record id
     * and file, until it expires.
     */
    public synchronized boolean useCaptionToken(String token, String recordID, String caption, long nowMillis) {
        CaptionToken t = captionTokens.get(token);
        if (t == null || t.expiresAt() < nowMillis) {
            captionTokens.remove(token);
            return false;
        }
        if (!t.recordID().equals(recordID) || !t.caption().equals(caption)) {
            return false;
        }
        captionTokens.remove(token);
        return true;
    }

    /** The processed track whose file is {@code <kind>_<lang>.vtt}, if any. */
    public synchronized java.util.Optional<StoredTextTrack> textTrackFile(String recordID, String fileName) {
        List<StoredTextTrack> index = captionIndexes.get(recordID);
        return index == null ? java.util.Optional.empty()
                : index.stream().filter(t -> t.fileName().equals(fileName)).findFirst();
    }

    /** The recording's text tracks for the control API: processed ones, then those still in the inbox. */
    public synchronized List<io.github.bbbjakarta.simulator.TextTrackSnapshot> textTrackSnapshots(String recordID) {
        List<io.github.bbbjakarta.simulator.TextTrackSnapshot> out = new ArrayList<>();
        captionIndexes.getOrDefault(recordID, List.of()).forEach(t -> out.add(t.snapshot(true)));
        captionInbox.stream().filter(t -> t.recordID().equals(recordID)).forEach(t -> out.add(t.snapshot(false)));
        return out;
    }
}
