package io.github.bbbjakarta.api;

import java.util.Map;

/**
 * One connected participant in {@link MeetingInfo#attendees()}. Immutable.
 *
 * @param userID          the external user ID given on join (or the server's own when none was given)
 * @param fullName        the display name
 * @param role            MODERATOR or VIEWER
 * @param isPresenter     whether the user presents
 * @param isListeningOnly whether the user listens only
 * @param hasJoinedVoice  whether the user is in the voice conference
 * @param hasVideo        whether the user shares a camera
 * @param clientType      e.g. {@code HTML5}
 * @param customData      the {@code userdata-*} values sent on join, by key (without the prefix)
 */
public record Attendee(String userID, String fullName, Role role, boolean isPresenter, boolean isListeningOnly,
                       boolean hasJoinedVoice, boolean hasVideo, String clientType, Map<String, String> customData) {

    public Attendee {
        customData = Map.copyOf(customData);
    }
}
