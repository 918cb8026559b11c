package io.github.bbbjakarta.simulator;

import java.util.Map;

/**
 * A user the meeting counts (a connected client, or one that left less than {@code usersTimeout} ago).
 * Immutable and thread-safe.
 *
 * @param internalUserID internal user id
 * @param userID         external user id
 * @param fullName       full name
 * @param role           role
 * @param presenter      whether the user is the presenter (the first moderator to connect)
 * @param left           whether the user has left (still counted until {@code usersTimeout})
 * @param customData     the {@code userdata-*} values bbb-web shows as {@code <customdata>}
 */
public record AttendeeSnapshot(String internalUserID, String userID, String fullName, SimRole role, boolean presenter,
                               boolean left, Map<String, String> customData) {
    public AttendeeSnapshot {
        customData = Map.copyOf(customData);
    }
}
