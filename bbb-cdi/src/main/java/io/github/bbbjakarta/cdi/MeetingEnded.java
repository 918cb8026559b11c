package io.github.bbbjakarta.cdi;

import java.util.Objects;

/**
 * CDI event fired synchronously by {@link MeetingService#end(String)} after the server accepted the end call.
 * Observe it with {@code void on(@Observes MeetingEnded event)}. Immutable.
 *
 * @param meetingID the meeting that was ended
 */
public record MeetingEnded(String meetingID) {
    /** Checks that the meeting ID is given. */
    public MeetingEnded {
        Objects.requireNonNull(meetingID, "meetingID");
    }
}
