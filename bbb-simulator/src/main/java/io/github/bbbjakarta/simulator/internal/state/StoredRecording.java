package io.github.bbbjakarta.simulator.internal.state;

import io.github.bbbjakarta.simulator.RecordingSnapshot;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One recording of the {@link RecordingStore} (the simulated {@code metadata.xml} of a record id). Immutable;
 * the store replaces it on each change.
 */
public record StoredRecording(String recordID, String meetingID, String name, boolean breakout,
                              String parentMeetingId, int sequence, boolean freeJoin, long startTime, long endTime,
                              int participants, Map<String, String> metadata, String state, List<String> formats) {
    public static final String PROCESSING = "processing";
    public static final String PROCESSED = "processed";
    public static final String PUBLISHED = "published";
    public static final String UNPUBLISHED = "unpublished";
    public static final String DELETED = "deleted";
    /** Every state, in lifecycle order. */
    public static final List<String> STATES = List.of(PROCESSING, PROCESSED, PUBLISHED, UNPUBLISHED, DELETED);

    public StoredRecording {
        metadata = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
        formats = List.copyOf(formats);
    }

    StoredRecording withState(String newState) {
        return new StoredRecording(recordID, meetingID, name, breakout, parentMeetingId, sequence, freeJoin,
                startTime, endTime, participants, metadata, newState, formats);
    }

    StoredRecording withMetadata(Map<String, String> newMetadata) {
        return new StoredRecording(recordID, meetingID, name, breakout, parentMeetingId, sequence, freeJoin,
                startTime, endTime, participants, newMetadata, state, formats);
    }

    /** Whether the recording is in the published or unpublished directory (what the management calls find). */
    public boolean manageable() {
        return PUBLISHED.equals(state) || UNPUBLISHED.equals(state);
    }

    /** Playback duration in whole minutes. */
    public long lengthMinutes() {
        return Math.max(0, endTime - startTime) / 60_000L;
    }

    /** The control API's view. */
    public RecordingSnapshot snapshot() {
        return new RecordingSnapshot(recordID, meetingID, recordID, name, breakout, state, startTime, endTime,
                participants, metadata, formats);
    }
}
