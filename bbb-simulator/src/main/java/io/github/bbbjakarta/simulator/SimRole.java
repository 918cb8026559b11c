package io.github.bbbjakarta.simulator;

/**
 * The role of a user in a simulated meeting, as bbb-web names it. Named {@code SimRole} so that wildcard imports
 * of this package and the client's {@code io.github.bbbjakarta.api} (which has its own {@code Role}) do not clash.
 */
public enum SimRole {
    /** A moderator ({@code MODERATOR}). */
    MODERATOR,
    /** A viewer, also called attendee ({@code VIEWER}). */
    VIEWER
}
