package io.github.bbbjakarta.api;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One hook as {@code hooks/list} shows it. Immutable; build one with {@link #builder()} (e.g. in tests).
 */
public final class Hook {
    private final String hookID;
    private final String callbackURL;
    private final String meetingID;
    private final List<String> eventIDs;
    private final boolean permanentHook;
    private final boolean rawData;

    private Hook(Builder b) {
        this.hookID = Objects.requireNonNullElse(b.hookID, "");
        this.callbackURL = Objects.requireNonNullElse(b.callbackURL, "");
        this.meetingID = b.meetingID;
        this.eventIDs = List.copyOf(b.eventIDs);
        this.permanentHook = b.permanentHook;
        this.rawData = b.rawData;
    }

    /** A builder with every value empty, absent or {@code false}. */
    public static Builder builder() {
        return new Builder();
    }

    /** The hook's ID: a UUID (bbb-webhooks 3.x) or a number (older), kept as text. */
    public String hookID() {
        return hookID;
    }

    /** The URL the events are POSTed to. */
    public String callbackURL() {
        return callbackURL;
    }

    /** The meeting the hook is limited to; empty for a global hook. */
    public Optional<String> meetingID() {
        return Optional.ofNullable(meetingID);
    }

    /** Whether the hook receives the events of every meeting. */
    public boolean isGlobal() {
        return meetingID == null;
    }

    /** The event IDs the hook is limited to; empty for every event. */
    public List<String> eventIDs() {
        return eventIDs;
    }

    /** Whether it is a permanent hook from bbb-webhooks' configuration (cannot be destroyed). */
    public boolean permanentHook() {
        return permanentHook;
    }

    /** Whether the hook receives raw events. */
    public boolean rawData() {
        return rawData;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Hook other && hookID.equals(other.hookID) && callbackURL.equals(other.callbackURL)
                && Objects.equals(meetingID, other.meetingID) && eventIDs.equals(other.eventIDs)
                && permanentHook == other.permanentHook && rawData == other.rawData;
    }

    @Override
    public int hashCode() {
        return Objects.hash(hookID, callbackURL, meetingID, eventIDs, permanentHook, rawData);
    }

    @Override
    public String toString() {
        return "Hook[hookID=" + hookID + ", callbackURL=" + callbackURL + ", meetingID=" + meetingID
                + ", eventIDs=" + eventIDs + ", permanentHook=" + permanentHook + ", rawData=" + rawData + "]";
    }

    /** Builds a {@link Hook}. Not thread-safe. */
    public static final class Builder {
        private String hookID;
        private String callbackURL;
        private String meetingID;
        private List<String> eventIDs = List.of();
        private boolean permanentHook;
        private boolean rawData;

        private Builder() {
        }

        public Builder hookID(String value) {
            this.hookID = value;
            return this;
        }

        public Builder callbackURL(String value) {
            this.callbackURL = value;
            return this;
        }

        /** The meeting, or {@code null} for a global hook. */
        public Builder meetingID(String value) {
            this.meetingID = value;
            return this;
        }

        public Builder eventIDs(List<String> value) {
            this.eventIDs = List.copyOf(value);
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

        public Hook build() {
            return new Hook(this);
        }
    }
}
