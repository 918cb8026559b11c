package io.github.bbbjakarta.simulator.internal.state;

/**
 * What the {@link MeetingRegistry} tells other simulated services (the recording store, bbb-webhooks) about
 * meetings. Called while the registry lock is held; implementations must not call back into the registry.
 */
public interface MeetingEvents {
    /** A meeting was created (akka-apps {@code MeetingCreatedEvtMsg}); not for a duplicate create. */
    default void meetingCreated(Meeting meeting) {
    }

    /**
     * A user's client connected (akka-apps {@code UserJoinedMeetingEvtMsg}); told before
     * {@link #userJoined(Meeting, String)}, with the join's session.
     */
    default void userConnected(Meeting meeting, UserSession session) {
    }

    /** A user's client left (akka-apps {@code UserLeftMeetingEvtMsg}). */
    default void userLeft(Meeting meeting, String internalUserId) {
    }

    /** A user's client connected (bbb-web {@code userJoined}). */
    default void userJoined(Meeting meeting, String internalUserId) {
    }

    /** A meeting ended (end call, expiry or control), not when the simulator is reset. */
    default void meetingEnded(Meeting meeting, long now) {
    }
}
