package io.github.bbbjakarta.simulator.internal.state;

/** A user the meeting counts (bbb-web {@code User}). Mutable; guarded by the registry lock. */
final class User {
    final String internalUserId;
    final String externalUserId;
    final String fullName;
    final String role;
    boolean presenter;
    boolean left;
    long leftOn;

    User(String internalUserId, String externalUserId, String fullName, String role) {
        this.internalUserId = internalUserId;
        this.externalUserId = externalUserId;
        this.fullName = fullName;
        this.role = role;
    }
}
