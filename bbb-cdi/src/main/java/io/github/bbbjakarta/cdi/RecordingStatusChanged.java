package io.github.bbbjakarta.cdi;

import java.util.Objects;
import java.util.Optional;

/**
 * CDI event: the recording of a meeting changed state, from a bbb-webhooks event verified by
 * {@link BbbCallbackResource}: recording switched on or off in the meeting, a step of processing, or a change made
 * to a recording. Fired once per event; retries fire nothing more. Immutable.
 *
 * @param meetingID the meeting's external ID
 * @param recordID  the recording's ID (BBB's internal meeting ID of the run that was recorded)
 * @param status    {@link #RECORDING_STARTED}, {@link #RECORDING_STOPPED}, or a {@code rap-*} event id without
 *                  {@code rap-}: e.g. {@code archive-started}, {@code publish-ended}, {@code published},
 *                  {@code unpublished}, {@code deleted}
 * @param success   whether the step succeeded, for the {@code -ended} steps that say so
 */
public record RecordingStatusChanged(String meetingID, String recordID, String status, Optional<Boolean> success) {
    /** {@link #status()} of {@code meeting-recording-started}: a moderator (or auto-start) switched recording on. */
    public static final String RECORDING_STARTED = "recording-started";
    /** {@link #status()} of {@code meeting-recording-stopped}: recording was switched off. */
    public static final String RECORDING_STOPPED = "recording-stopped";

    /** Checks that every value is given. */
    public RecordingStatusChanged {
        Objects.requireNonNull(meetingID, "meetingID");
        Objects.requireNonNull(recordID, "recordID");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(success, "success");
    }
}
