package io.github.bbbjakarta.api;

import java.net.URI;

/**
 * What a server-side {@code join} ({@code redirect=false}) returns: the session a browser continues with.
 * The tokens and the URL are credentials; {@link #toString()} leaves them out. Immutable.
 *
 * @param internalMeetingID the server's meeting ID (BBB's {@code meeting_id})
 * @param userID            the server's user ID, e.g. {@code w_abc123def456} (BBB's {@code user_id})
 * @param authToken         BBB's {@code auth_token}
 * @param sessionToken      BBB's {@code session_token}
 * @param guestStatus       ALLOW, or WAIT when the guest lobby applies
 * @param url               the client URL to send the user's browser to
 */
public record JoinMeetingResponse(String internalMeetingID, String userID, String authToken, String sessionToken,
                                  GuestStatus guestStatus, URI url) {

    @Override
    public String toString() {
        return "JoinMeetingResponse[internalMeetingID=" + internalMeetingID + ", userID=" + userID
                + ", guestStatus=" + guestStatus + ", url=***]";
    }
}
