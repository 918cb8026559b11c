package io.github.bbbjakarta.simulator;

/** The role of a user in a meeting, as bbb-web names it. */
public enum Role {
    /** A moderator ({@code MODERATOR}). */
    MODERATOR,
    /** A viewer, also called attendee ({@code VIEWER}). */
    VIEWER
}
