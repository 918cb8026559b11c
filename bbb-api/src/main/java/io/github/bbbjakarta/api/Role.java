package io.github.bbbjakarta.api;

/** A participant's role in a meeting, as sent in join's {@code role} and returned for attendees. */
public enum Role {
    /** Can manage the meeting: mute, eject, start recording, end. */
    MODERATOR,
    /** An ordinary participant. */
    VIEWER
}
