package io.github.bbbjakarta.api;

import java.util.Map;
import java.util.Objects;

/**
 * One connected participant in {@link MeetingInfo#attendees()}. Immutable; build one with {@link #builder()}
 * (e.g. in tests).
 */
public final class Attendee {
    private final String userID;
    private final String fullName;
    private final Role role;
    private final boolean isPresenter;
    private final boolean isListeningOnly;
    private final boolean hasJoinedVoice;
    private final boolean hasVideo;
    private final String clientType;
    private final Map<String, String> customData;

    private Attendee(Builder b) {
        this.userID = Objects.requireNonNullElse(b.userID, "");
        this.fullName = Objects.requireNonNullElse(b.fullName, "");
        this.role = Objects.requireNonNullElse(b.role, Role.VIEWER);
        this.isPresenter = b.isPresenter;
        this.isListeningOnly = b.isListeningOnly;
        this.hasJoinedVoice = b.hasJoinedVoice;
        this.hasVideo = b.hasVideo;
        this.clientType = Objects.requireNonNullElse(b.clientType, "");
        this.customData = b.customData == null ? Map.of() : Map.copyOf(b.customData);
    }

    /** A builder with every value empty, {@code false} or 0; for answers in tests and for mapping. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this answer's values, to derive a variant. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.userID = userID;
        b.fullName = fullName;
        b.role = role;
        b.isPresenter = isPresenter;
        b.isListeningOnly = isListeningOnly;
        b.hasJoinedVoice = hasJoinedVoice;
        b.hasVideo = hasVideo;
        b.clientType = clientType;
        b.customData = customData;
        return b;
    }

    /** The external user ID given on join (or the server's own when none was given). */
    public String userID() {
        return userID;
    }

    /** The display name. */
    public String fullName() {
        return fullName;
    }

    /** MODERATOR or VIEWER (VIEWER unless set). */
    public Role role() {
        return role;
    }

    /** Whether the user presents. */
    public boolean isPresenter() {
        return isPresenter;
    }

    /** Whether the user listens only. */
    public boolean isListeningOnly() {
        return isListeningOnly;
    }

    /** Whether the user is in the voice conference. */
    public boolean hasJoinedVoice() {
        return hasJoinedVoice;
    }

    /** Whether the user shares a camera. */
    public boolean hasVideo() {
        return hasVideo;
    }

    /** The client, e.g. {@code HTML5}. */
    public String clientType() {
        return clientType;
    }

    /** The {@code userdata-*} values sent on join, by key (without the prefix). */
    public Map<String, String> customData() {
        return customData;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Attendee other)) {
            return false;
        }
        return Objects.equals(userID, other.userID)
                && Objects.equals(fullName, other.fullName)
                && Objects.equals(role, other.role)
                && isPresenter == other.isPresenter
                && isListeningOnly == other.isListeningOnly
                && hasJoinedVoice == other.hasJoinedVoice
                && hasVideo == other.hasVideo
                && Objects.equals(clientType, other.clientType)
                && Objects.equals(customData, other.customData);
    }

    @Override
    public int hashCode() {
        return Objects.hash(userID, fullName, role, isPresenter, isListeningOnly, hasJoinedVoice, hasVideo,
                clientType, customData);
    }

    /** All values. */
    @Override
    public String toString() {
        return "Attendee[userID=" + userID
                + ", fullName=" + fullName
                + ", role=" + role
                + ", isPresenter=" + isPresenter
                + ", isListeningOnly=" + isListeningOnly
                + ", hasJoinedVoice=" + hasJoinedVoice
                + ", hasVideo=" + hasVideo
                + ", clientType=" + clientType
                + ", customData=" + customData
                + "]";
    }

    /** Builds a {@link Attendee}; every value is optional. Not thread-safe. */
    public static final class Builder {
        private String userID;
        private String fullName;
        private Role role;
        private boolean isPresenter;
        private boolean isListeningOnly;
        private boolean hasJoinedVoice;
        private boolean hasVideo;
        private String clientType;
        private Map<String, String> customData;

        private Builder() {
        }

        /** See {@link Attendee#userID()}. */
        public Builder userID(String value) {
            this.userID = value;
            return this;
        }

        /** See {@link Attendee#fullName()}. */
        public Builder fullName(String value) {
            this.fullName = value;
            return this;
        }

        /** See {@link Attendee#role()}. */
        public Builder role(Role value) {
            this.role = value;
            return this;
        }

        /** See {@link Attendee#isPresenter()}. */
        public Builder isPresenter(boolean value) {
            this.isPresenter = value;
            return this;
        }

        /** See {@link Attendee#isListeningOnly()}. */
        public Builder isListeningOnly(boolean value) {
            this.isListeningOnly = value;
            return this;
        }

        /** See {@link Attendee#hasJoinedVoice()}. */
        public Builder hasJoinedVoice(boolean value) {
            this.hasJoinedVoice = value;
            return this;
        }

        /** See {@link Attendee#hasVideo()}. */
        public Builder hasVideo(boolean value) {
            this.hasVideo = value;
            return this;
        }

        /** See {@link Attendee#clientType()}. */
        public Builder clientType(String value) {
            this.clientType = value;
            return this;
        }

        /** See {@link Attendee#customData()}. */
        public Builder customData(Map<String, String> value) {
            this.customData = value;
            return this;
        }

        /** The {@link Attendee} with the values set so far. */
        public Attendee build() {
            return new Attendee(this);
        }
    }
}
