package io.github.bbbjakarta.api;

import java.net.URI;
import java.util.Objects;

/**
 * What a server-side {@code join} ({@code redirect=false}) returns: the session a browser continues with.
 * The tokens and the URL are credentials; {@link #toString()} leaves them out. Immutable; build one with
 * {@link #builder()} (e.g. in tests).
 */
public final class JoinMeetingResponse {
    private final String internalMeetingID;
    private final String userID;
    private final String authToken;
    private final String sessionToken;
    private final GuestStatus guestStatus;
    private final URI url;

    private JoinMeetingResponse(Builder b) {
        this.internalMeetingID = Objects.requireNonNullElse(b.internalMeetingID, "");
        this.userID = Objects.requireNonNullElse(b.userID, "");
        this.authToken = Objects.requireNonNullElse(b.authToken, "");
        this.sessionToken = Objects.requireNonNullElse(b.sessionToken, "");
        this.guestStatus = Objects.requireNonNullElse(b.guestStatus, GuestStatus.ALLOW);
        this.url = b.url;
    }

    /** A builder with every value empty, {@code false} or 0; for answers in tests and for mapping. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this answer's values, to derive a variant. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.internalMeetingID = internalMeetingID;
        b.userID = userID;
        b.authToken = authToken;
        b.sessionToken = sessionToken;
        b.guestStatus = guestStatus;
        b.url = url;
        return b;
    }

    /** The server's meeting ID (BBB's {@code meeting_id}). */
    public String internalMeetingID() {
        return internalMeetingID;
    }

    /** The server's user ID, e.g. {@code w_abc123def456} (BBB's {@code user_id}). */
    public String userID() {
        return userID;
    }

    /** BBB's {@code auth_token}. */
    public String authToken() {
        return authToken;
    }

    /** BBB's {@code session_token}. */
    public String sessionToken() {
        return sessionToken;
    }

    /** ALLOW, or WAIT when the guest lobby applies (ALLOW unless set). */
    public GuestStatus guestStatus() {
        return guestStatus;
    }

    /** The client URL to send the user's browser to. */
    public URI url() {
        return url;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof JoinMeetingResponse other)) {
            return false;
        }
        return Objects.equals(internalMeetingID, other.internalMeetingID)
                && Objects.equals(userID, other.userID)
                && Objects.equals(authToken, other.authToken)
                && Objects.equals(sessionToken, other.sessionToken)
                && Objects.equals(guestStatus, other.guestStatus)
                && Objects.equals(url, other.url);
    }

    @Override
    public int hashCode() {
        return Objects.hash(internalMeetingID, userID, authToken, sessionToken, guestStatus, url);
    }

    /** All values except authToken, sessionToken, url (credentials). */
    @Override
    public String toString() {
        return "JoinMeetingResponse[internalMeetingID=" + internalMeetingID
                + ", userID=" + userID
                + ", guestStatus=" + guestStatus
                + "]";
    }

    /** Builds a {@link JoinMeetingResponse}; every value is optional. Not thread-safe. */
    public static final class Builder {
        private String internalMeetingID;
        private String userID;
        private String authToken;
        private String sessionToken;
        private GuestStatus guestStatus;
        private URI url;

        private Builder() {
        }

        /** See {@link JoinMeetingResponse#internalMeetingID()}. */
        public Builder internalMeetingID(String value) {
            this.internalMeetingID = value;
            return this;
        }

        /** See {@link JoinMeetingResponse#userID()}. */
        public Builder userID(String value) {
            this.userID = value;
            return this;
        }

        /** See {@link JoinMeetingResponse#authToken()}. */
        public Builder authToken(String value) {
            this.authToken = value;
            return this;
        }

        /** See {@link JoinMeetingResponse#sessionToken()}. */
        public Builder sessionToken(String value) {
            this.sessionToken = value;
            return this;
        }

        /** See {@link JoinMeetingResponse#guestStatus()}. */
        public Builder guestStatus(GuestStatus value) {
            this.guestStatus = value;
            return this;
        }

        /** See {@link JoinMeetingResponse#url()}. */
        public Builder url(URI value) {
            this.url = value;
            return this;
        }

        /** The {@link JoinMeetingResponse} with the values set so far. */
        public JoinMeetingResponse build() {
            return new JoinMeetingResponse(this);
        }
    }
}
