package io.github.bbbjakarta.api;

import io.github.bbbjakarta.api.internal.Wire;

import java.util.Objects;

/**
 * What {@code create} returns. On a repeated create of a running meeting the server answers with the
 * existing meeting's data and {@code messageKey=duplicateWarning}: see {@link #isDuplicate()}.
 * Immutable; build one with {@link #builder()} (e.g. in tests); {@link #toString()} leaves out the (deprecated)
 * passwords.
 */
public final class CreateMeetingResponse {
    private final String meetingID;
    private final String internalMeetingID;
    private final String parentMeetingID;
    private final String attendeePW;
    private final String moderatorPW;
    private final long createTime;
    private final String voiceBridge;
    private final String dialNumber;
    private final String createDate;
    private final boolean hasUserJoined;
    private final int duration;
    private final boolean hasBeenForciblyEnded;
    private final String messageKey;
    private final String message;

    private CreateMeetingResponse(Builder b) {
        this.meetingID = Objects.requireNonNullElse(b.meetingID, "");
        this.internalMeetingID = Objects.requireNonNullElse(b.internalMeetingID, "");
        this.parentMeetingID = Objects.requireNonNullElse(b.parentMeetingID, "");
        this.attendeePW = b.attendeePW;
        this.moderatorPW = b.moderatorPW;
        this.createTime = b.createTime;
        this.voiceBridge = Objects.requireNonNullElse(b.voiceBridge, "");
        this.dialNumber = Objects.requireNonNullElse(b.dialNumber, "");
        this.createDate = Objects.requireNonNullElse(b.createDate, "");
        this.hasUserJoined = b.hasUserJoined;
        this.duration = b.duration;
        this.hasBeenForciblyEnded = b.hasBeenForciblyEnded;
        this.messageKey = Objects.requireNonNullElse(b.messageKey, "");
        this.message = Objects.requireNonNullElse(b.message, "");
    }

    /** A builder with every value empty, {@code false} or 0; for answers in tests and for mapping. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this answer's values, to derive a variant. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.meetingID = meetingID;
        b.internalMeetingID = internalMeetingID;
        b.parentMeetingID = parentMeetingID;
        b.attendeePW = attendeePW;
        b.moderatorPW = moderatorPW;
        b.createTime = createTime;
        b.voiceBridge = voiceBridge;
        b.dialNumber = dialNumber;
        b.createDate = createDate;
        b.hasUserJoined = hasUserJoined;
        b.duration = duration;
        b.hasBeenForciblyEnded = hasBeenForciblyEnded;
        b.messageKey = messageKey;
        b.message = message;
        return b;
    }

    /** The meeting ID the caller chose. */
    public String meetingID() {
        return meetingID;
    }

    /** The server's ID: {@code sha1(meetingID)-createTime}. */
    public String internalMeetingID() {
        return internalMeetingID;
    }

    /** The parent's ID for a breakout room, {@code bbb-none} otherwise. */
    public String parentMeetingID() {
        return parentMeetingID;
    }

    /** The viewer password (deprecated in BBB 2.7+), may be {@code null}. */
    public String attendeePW() {
        return attendeePW;
    }

    /** The moderator password (deprecated in BBB 2.7+), may be {@code null}. */
    public String moderatorPW() {
        return moderatorPW;
    }

    /** The creation time in epoch milliseconds; pass it on join behind Scalelite. */
    public long createTime() {
        return createTime;
    }

    /** The voice conference number. */
    public String voiceBridge() {
        return voiceBridge;
    }

    /** The dial-in number. */
    public String dialNumber() {
        return dialNumber;
    }

    /** The creation time as the server printed it. */
    public String createDate() {
        return createDate;
    }

    /** Whether anyone has connected yet. */
    public boolean hasUserJoined() {
        return hasUserJoined;
    }

    /** The maximum length in minutes, 0 for none. */
    public int duration() {
        return duration;
    }

    /** Whether the meeting was ended. */
    public boolean hasBeenForciblyEnded() {
        return hasBeenForciblyEnded;
    }

    /** Empty, or {@code duplicateWarning}. */
    public String messageKey() {
        return messageKey;
    }

    /** The server's message for {@code messageKey}. */
    public String message() {
        return message;
    }

    /** Whether the meeting already existed ({@code duplicateWarning}); its existing data is returned. */
    public boolean isDuplicate() {
        return Wire.Key.DUPLICATE_WARNING.equals(messageKey);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof CreateMeetingResponse other)) {
            return false;
        }
        return Objects.equals(meetingID, other.meetingID)
                && Objects.equals(internalMeetingID, other.internalMeetingID)
                && Objects.equals(parentMeetingID, other.parentMeetingID)
                && Objects.equals(attendeePW, other.attendeePW)
                && Objects.equals(moderatorPW, other.moderatorPW)
                && createTime == other.createTime
                && Objects.equals(voiceBridge, other.voiceBridge)
                && Objects.equals(dialNumber, other.dialNumber)
                && Objects.equals(createDate, other.createDate)
                && hasUserJoined == other.hasUserJoined
                && duration == other.duration
                && hasBeenForciblyEnded == other.hasBeenForciblyEnded
                && Objects.equals(messageKey, other.messageKey)
                && Objects.equals(message, other.message);
    }

    @Override
    public int hashCode() {
        return Objects.hash(meetingID, internalMeetingID, parentMeetingID, attendeePW, moderatorPW, createTime,
                voiceBridge, dialNumber, createDate, hasUserJoined, duration, hasBeenForciblyEnded, messageKey,
                message);
    }

    /** All values except attendeePW, moderatorPW (credentials). */
    @Override
    public String toString() {
        return "CreateMeetingResponse[meetingID=" + meetingID
                + ", internalMeetingID=" + internalMeetingID
                + ", parentMeetingID=" + parentMeetingID
                + ", createTime=" + createTime
                + ", voiceBridge=" + voiceBridge
                + ", dialNumber=" + dialNumber
                + ", createDate=" + createDate
                + ", hasUserJoined=" + hasUserJoined
                + ", duration=" + duration
                + ", hasBeenForciblyEnded=" + hasBeenForciblyEnded
                + ", messageKey=" + messageKey
                + ", message=" + message
                + "]";
    }

    /** Builds a {@link CreateMeetingResponse}; every value is optional. Not thread-safe. */
    public static final class Builder {
        private String meetingID;
        private String internalMeetingID;
        private String parentMeetingID;
        private String attendeePW;
        private String moderatorPW;
        private long createTime;
        private String voiceBridge;
        private String dialNumber;
        private String createDate;
        private boolean hasUserJoined;
        private int duration;
        private boolean hasBeenForciblyEnded;
        private String messageKey;
        private String message;

        private Builder() {
        }

        /** See {@link CreateMeetingResponse#meetingID()}. */
        public Builder meetingID(String value) {
            this.meetingID = value;
            return this;
        }

        /** See {@link CreateMeetingResponse#internalMeetingID()}. */
        public Builder internalMeetingID(String value) {
            this.internalMeetingID = value;
            return this;
        }

        /** See {@link CreateMeetingResponse#parentMeetingID()}. */
        public Builder parentMeetingID(String value) {
            this.parentMeetingID = value;
            return this;
        }

        /** See {@link CreateMeetingResponse#attendeePW()}. */
        public Builder attendeePW(String value) {
            this.attendeePW = value;
            return this;
        }

        /** See {@link CreateMeetingResponse#moderatorPW()}. */
        public Builder moderatorPW(String value) {
            this.moderatorPW = value;
            return this;
        }

        /** See {@link CreateMeetingResponse#createTime()}. */
        public Builder createTime(long value) {
            this.createTime = value;
            return this;
        }

        /** See {@link CreateMeetingResponse#voiceBridge()}. */
        public Builder voiceBridge(String value) {
            this.voiceBridge = value;
            return this;
        }

        /** See {@link CreateMeetingResponse#dialNumber()}. */
        public Builder dialNumber(String value) {
            this.dialNumber = value;
            return this;
        }

        /** See {@link CreateMeetingResponse#createDate()}. */
        public Builder createDate(String value) {
            this.createDate = value;
            return this;
        }

        /** See {@link CreateMeetingResponse#hasUserJoined()}. */
        public Builder hasUserJoined(boolean value) {
            this.hasUserJoined = value;
            return this;
        }

        /** See {@link CreateMeetingResponse#duration()}. */
        public Builder duration(int value) {
            this.duration = value;
            return this;
        }

        /** See {@link CreateMeetingResponse#hasBeenForciblyEnded()}. */
        public Builder hasBeenForciblyEnded(boolean value) {
            this.hasBeenForciblyEnded = value;
            return this;
        }

        /** See {@link CreateMeetingResponse#messageKey()}. */
        public Builder messageKey(String value) {
            this.messageKey = value;
            return this;
        }

        /** See {@link CreateMeetingResponse#message()}. */
        public Builder message(String value) {
            this.message = value;
            return this;
        }

        /** The {@link CreateMeetingResponse} with the values set so far. */
        public CreateMeetingResponse build() {
            return new CreateMeetingResponse(this);
        }
    }
}
