package io.github.bbbjakarta.api;

/** create's {@code guestPolicy}: who of the users joining with {@code guest=true} may enter. */
public enum GuestPolicy {
    /** Guests enter directly (BBB's default). */
    ALWAYS_ACCEPT,
    /** Guests are refused. */
    ALWAYS_DENY,
    /** Guests wait in a lobby until a moderator lets them in. */
    ASK_MODERATOR,
    /** Authenticated guests enter; others wait. */
    ALWAYS_ACCEPT_AUTH
}
