package io.github.bbbjakarta.api;

/** The result of BBB's guest policy for one join. */
public enum GuestStatus {
    /** The user enters the meeting. */
    ALLOW,
    /** The user waits in the guest lobby. */
    WAIT,
    /** The user is refused. */
    DENY
}
