package io.github.bbbjakarta.simulator.internal.state;

import io.github.bbbjakarta.simulator.Parameter;

import java.util.List;
import java.util.Map;

/**
 * A registered join (bbb-web {@code UserSession}). Immutable apart from the guest status and whether the user left;
 * registry-guarded.
 */
public final class UserSession {
    final String sessionToken;
    final String authToken;
    final String internalUserId;
    final String externalUserId;
    final String fullName;
    final String role;
    final boolean guest;
    final boolean authed;
    String guestStatus;
    /** Whether the user left (the client's leave, or a control disconnect) and was not connected again since. */
    boolean left;
    final String internalMeetingId;
    final String externalMeetingId;
    final String clientUrl;
    final String logoutUrl;
    final Map<String, String> customData;
    final List<Parameter> joinParams;

    UserSession(String sessionToken, String authToken, String internalUserId, String externalUserId,
                String fullName, String role, boolean guest, boolean authed, String guestStatus,
                String internalMeetingId, String externalMeetingId, String clientUrl, String logoutUrl,
                Map<String, String> customData, List<Parameter> joinParams) {
        this.sessionToken = sessionToken;
        this.authToken = authToken;
        this.internalUserId = internalUserId;
        this.externalUserId = externalUserId;
        this.fullName = fullName;
        this.role = role;
        this.guest = guest;
        this.authed = authed;
        this.guestStatus = guestStatus;
        this.internalMeetingId = internalMeetingId;
        this.externalMeetingId = externalMeetingId;
        this.clientUrl = clientUrl;
        this.logoutUrl = logoutUrl;
        this.customData = Map.copyOf(customData);
        this.joinParams = List.copyOf(joinParams);
    }

    public String sessionToken() {
        return sessionToken;
    }

    public String authToken() {
        return authToken;
    }

    public String internalUserId() {
        return internalUserId;
    }

    public String guestStatus() {
        return guestStatus;
    }

    /** Whether the user left and was not connected again since: the client page then shows that it left. */
    public boolean left() {
        return left;
    }

    public String internalMeetingId() {
        return internalMeetingId;
    }

    public String clientUrl() {
        return clientUrl;
    }

    public String fullName() {
        return fullName;
    }

    public String externalUserId() {
        return externalUserId;
    }

    /** {@code MODERATOR} or {@code VIEWER}. */
    public String role() {
        return role;
    }

    /** Whether the join made a guest ({@code guest=true}). */
    public boolean guest() {
        return guest;
    }

    /** Whether the join was authenticated ({@code auth=true}). */
    public boolean authed() {
        return authed;
    }
}
