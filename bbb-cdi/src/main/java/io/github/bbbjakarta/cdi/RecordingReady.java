package io.github.bbbjakarta.cdi;

import java.util.Objects;

/**
 * CDI event: the server (or Scalelite) published a recording and sent its recording-ready callback
 * ({@code meta_bbb-recording-ready-url}), whose signed token {@link BbbCallbackResource} verified. Fired once per
 * recording while the callback memory holds it. Observe it with {@code void on(@Observes RecordingReady event)}.
 * Immutable.
 *
 * @param meetingID the meeting's external ID, as given to create
 * @param recordID  the recording's ID, for {@code getRecordings}
 */
public record RecordingReady(String meetingID, String recordID) {
    /** Checks that both are given. */
    public RecordingReady {
        Objects.requireNonNull(meetingID, "meetingID");
        Objects.requireNonNull(recordID, "recordID");
    }
}
