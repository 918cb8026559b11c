package io.github.bbbjakarta.lms;

import java.time.Instant;
import java.util.Objects;

/**
 * A signed, expiring invitation into one activity's meeting for someone without an LMS account, made by
 * {@link CourseMeetingService#createGuestLink(MeetingContext, java.time.Duration)}. Put the {@link #token()} into a
 * URL of your LMS's guest page (which knows the course and activity); that page asks for a name and calls
 * {@link CourseMeetingService#joinAsGuest(MeetingContext, String, String, JoinSettings)}. The token is an HMAC of
 * the meeting ID and the expiry with {@code bbb.lms.guest-link-key}; nothing is stored. Rotating the key revokes
 * every link. Immutable; {@link #toString()} hides the token.
 *
 * @param token     the URL-safe token (a credential until it expires)
 * @param expiresAt when the link stops working
 */
public record GuestLink(String token, Instant expiresAt) {
    public GuestLink {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    @Override
    public String toString() {
        return "GuestLink[token=***, expiresAt=" + expiresAt + "]";
    }
}
