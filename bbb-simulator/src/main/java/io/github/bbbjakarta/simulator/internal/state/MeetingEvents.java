package io.github.bbbjakarta.simulator.internal.state;

/**
 * What the {@link MeetingRegistry} tells other simulated services (the recording store) about meetings. Called
 * while the registry lock is held; implementations must not call back into the registry.
 */
public interface MeetingEvents {
    /** A user's client connected (bbb-web {@code userJoined}). */
    default void userJoined(Meeting meeting, String internalUserId) {
    }

    /** A meeting ended (end call, expiry or control), not when the simulator is reset. */
    default void meetingEnded(Meeting meeting, long now) {
    }
}
