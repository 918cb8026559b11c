package io.github.bbbjakarta.api;

import io.github.bbbjakarta.api.internal.Wire;

import java.util.Objects;

/**
 * What {@code hooks/create} returns. A hook for a callback URL that already has one is not an error: bbb-webhooks
 * answers with the existing hook's ID and {@code messageKey=duplicateWarning} (see {@link #isDuplicate()}).
 * Immutable; build one with {@link #builder()} (e.g. in tests).
 */
public final class HookCreated {
    private final String hookID;
    private final boolean permanentHook;
    private final boolean rawData;
    private final String messageKey;
    private final String message;

    private HookCreated(Builder b) {
        this.hookID = Objects.requireNonNullElse(b.hookID, "");
        this.permanentHook = b.permanentHook;
        this.rawData = b.rawData;
        this.messageKey = Objects.requireNonNullElse(b.messageKey, "");
        this.message = Objects.requireNonNullElse(b.message, "");
    }

    /** A builder with every value empty or {@code false}. */
    public static Builder builder() {
        return new Builder();
    }

    /** The hook's ID: a UUID (bbb-webhooks 3.x) or a number (older), kept as text; pass it to destroy. */
    public String hookID() {
        return hookID;
    }

    /** Whether it is a permanent hook from bbb-webhooks' configuration (cannot be destroyed). */
    public boolean permanentHook() {
        return permanentHook;
    }

    /** Whether the hook receives raw events. */
    public boolean rawData() {
        return rawData;
    }

    /** Empty, or {@code duplicateWarning}. */
    public String messageKey() {
        return messageKey;
    }

    /** The server's message for {@code messageKey}. */
    public String message() {
        return message;
    }

    /**
     * Whether a hook for this callback URL existed already (whatever its meeting and events): {@link #hookID()} is
     * then the existing hook's, and its settings were not changed.
     */
    public boolean isDuplicate() {
        return Wire.Key.DUPLICATE_WARNING.equals(messageKey);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HookCreated other && hookID.equals(other.hookID) && permanentHook == other.permanentHook
                && rawData == other.rawData && messageKey.equals(other.messageKey) && message.equals(other.message);
    }

    @Override
    public int hashCode() {
        return Objects.hash(hookID, permanentHook, rawData, messageKey, message);
    }

    @Override
    public String toString() {
        return "HookCreated[hookID=" + hookID + ", permanentHook=" + permanentHook + ", rawData=" + rawData
                + (messageKey.isEmpty() ? "" : ", messageKey=" + messageKey) + "]";
    }

    /** Builds a {@link HookCreated}. Not thread-safe. */
    public static final class Builder {
        private String hookID;
        private boolean permanentHook;
        private boolean rawData;
        private String messageKey;
        private String message;

        private Builder() {
        }

        public Builder hookID(String value) {
            this.hookID = value;
            return this;
        }

        public Builder permanentHook(boolean value) {
            this.permanentHook = value;
            return this;
        }

        public Builder rawData(boolean value) {
            this.rawData = value;
            return this;
        }

        public Builder messageKey(String value) {
            this.messageKey = value;
            return this;
        }

        public Builder message(String value) {
            this.message = value;
            return this;
        }

        public HookCreated build() {
            return new HookCreated(this);
        }
    }
}
