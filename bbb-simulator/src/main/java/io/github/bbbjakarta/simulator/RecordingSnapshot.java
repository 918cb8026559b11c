package io.github.bbbjakarta.simulator;

import java.util.List;
import java.util.Map;

/**
 * A recording held by the simulator (one {@code <recording>} of {@code getRecordings}). Immutable and
 * thread-safe.
 *
 * @param recordID          the record id, the meeting's internal id ({@code sha1(meetingID)-createTime})
 * @param meetingID         the external meeting id
 * @param internalMeetingID the internal meeting id (same as the record id)
 * @param name              the meeting name
 * @param breakout          whether the meeting was a breakout room
 * @param state             {@code processing}, {@code processed}, {@code published}, {@code unpublished} or
 *                          {@code deleted}
 * @param startTime         meeting start in epoch ms
 * @param endTime           meeting end in epoch ms
 * @param participants      number of distinct users that joined
 * @param metadata          the recording metadata: the meeting's {@code meta_} values (lower-cased names) plus
 *                          {@code meetingId}, {@code meetingName} and {@code isBreakout}, and later updates
 * @param playbackFormats   the playback format types, e.g. {@code presentation}, {@code video}
 */
public record RecordingSnapshot(String recordID, String meetingID, String internalMeetingID, String name,
                                boolean breakout, String state, long startTime, long endTime, int participants,
                                Map<String, String> metadata, List<String> playbackFormats) {
    public RecordingSnapshot {
        metadata = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(metadata));
        playbackFormats = List.copyOf(playbackFormats);
    }

    /** Whether the recording is published. */
    public boolean published() {
        return "published".equals(state);
    }
}
