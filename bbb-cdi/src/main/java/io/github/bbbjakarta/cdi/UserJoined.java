package io.github.bbbjakarta.cdi;

import java.util.Objects;

/**
 * CDI event: a user's client connected to a meeting (bbb-webhooks {@code user-joined}, verified by
 * {@link BbbCallbackResource}). Fired once per event; retries fire nothing more. Immutable.
 *
 * @param meetingID         the meeting's external ID
 * @param internalMeetingID BBB's internal ID of this run of the meeting
 * @param userID            the LMS's user ID as given to join ({@code ""} when none was given)
 * @param internalUserID    BBB's internal user ID
 * @param name              the user's full name
 * @param role              {@code MODERATOR} or {@code VIEWER}, as BBB sends it
 */
public record UserJoined(String meetingID, String internalMeetingID, String userID, String internalUserID,
                         String name, String role) {
    /** Checks that every value is given (empty where BBB sent none). */
    public UserJoined {
        Objects.requireNonNull(meetingID, "meetingID");
        Objects.requireNonNull(internalMeetingID, "internalMeetingID");
        Objects.requireNonNull(userID, "userID");
        Objects.requireNonNull(internalUserID, "internalUserID");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
    }
}
