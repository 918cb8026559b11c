package io.github.bbbjakarta.api;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A meeting as {@code getMeetingInfo} and {@code getMeetings} describe it. Counters that BBB prints with
 * digit grouping ("1,000") are read as numbers. Immutable; {@link #toString()} leaves out the passwords.
 * Build one with {@link #builder()} (e.g. in tests), naming only the values the test needs:
 * {@code MeetingInfo.builder().meetingID("m1").meetingName("Maths").running(true).build()}.
 */
public final class MeetingInfo {
    private final String meetingName;
    private final String meetingID;
    private final String internalMeetingID;
    private final long createTime;
    private final String createDate;
    private final String voiceBridge;
    private final String dialNumber;
    private final String attendeePW;
    private final String moderatorPW;
    private final boolean running;
    private final int duration;
    private final boolean hasUserJoined;
    private final boolean recording;
    private final boolean hasBeenForciblyEnded;
    private final long startTime;
    private final long endTime;
    private final int participantCount;
    private final int listenerCount;
    private final int voiceParticipantCount;
    private final int videoCount;
    private final int maxUsers;
    private final int moderatorCount;
    private final List<Attendee> attendees;
    private final Map<String, String> metadata;
    private final boolean isBreakout;
    private final String parentMeetingID;
    private final int sequence;
    private final boolean freeJoin;
    private final List<String> breakoutRooms;

    private MeetingInfo(Builder b) {
        this.meetingName = Objects.requireNonNullElse(b.meetingName, "");
        this.meetingID = Objects.requireNonNullElse(b.meetingID, "");
        this.internalMeetingID = Objects.requireNonNullElse(b.internalMeetingID, "");
        this.createTime = b.createTime;
        this.createDate = Objects.requireNonNullElse(b.createDate, "");
        this.voiceBridge = Objects.requireNonNullElse(b.voiceBridge, "");
        this.dialNumber = Objects.requireNonNullElse(b.dialNumber, "");
        this.attendeePW = b.attendeePW;
        this.moderatorPW = b.moderatorPW;
        this.running = b.running;
        this.duration = b.duration;
        this.hasUserJoined = b.hasUserJoined;
        this.recording = b.recording;
        this.hasBeenForciblyEnded = b.hasBeenForciblyEnded;
        this.startTime = b.startTime;
        this.endTime = b.endTime;
        this.participantCount = b.participantCount;
        this.listenerCount = b.listenerCount;
        this.voiceParticipantCount = b.voiceParticipantCount;
        this.videoCount = b.videoCount;
        this.maxUsers = b.maxUsers;
        this.moderatorCount = b.moderatorCount;
        this.attendees = b.attendees == null ? List.of() : List.copyOf(b.attendees);
        this.metadata = b.metadata == null ? Map.of() : Map.copyOf(b.metadata);
        this.isBreakout = b.isBreakout;
        this.parentMeetingID = b.parentMeetingID;
        this.sequence = b.sequence;
        this.freeJoin = b.freeJoin;
        this.breakoutRooms = b.breakoutRooms == null ? List.of() : List.copyOf(b.breakoutRooms);
    }

    /** A builder with every value empty, {@code false} or 0; for answers in tests and for mapping. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this answer's values, to derive a variant. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.meetingName = meetingName;
        b.meetingID = meetingID;
        b.internalMeetingID = internalMeetingID;
        b.createTime = createTime;
        b.createDate = createDate;
        b.voiceBridge = voiceBridge;
        b.dialNumber = dialNumber;
        b.attendeePW = attendeePW;
        b.moderatorPW = moderatorPW;
        b.running = running;
        b.duration = duration;
        b.hasUserJoined = hasUserJoined;
        b.recording = recording;
        b.hasBeenForciblyEnded = hasBeenForciblyEnded;
        b.startTime = startTime;
        b.endTime = endTime;
        b.participantCount = participantCount;
        b.listenerCount = listenerCount;
        b.voiceParticipantCount = voiceParticipantCount;
        b.videoCount = videoCount;
        b.maxUsers = maxUsers;
        b.moderatorCount = moderatorCount;
        b.attendees = attendees;
        b.metadata = metadata;
        b.isBreakout = isBreakout;
        b.parentMeetingID = parentMeetingID;
        b.sequence = sequence;
        b.freeJoin = freeJoin;
        b.breakoutRooms = breakoutRooms;
        return b;
    }

    /** The meeting's name. */
    public String meetingName() {
        return meetingName;
    }

    /** The caller's meeting ID. */
    public String meetingID() {
        return meetingID;
    }

    /** The server's meeting ID. */
    public String internalMeetingID() {
        return internalMeetingID;
    }

    /** Creation time, epoch milliseconds. */
    public long createTime() {
        return createTime;
    }

    /** Creation time as the server printed it. */
    public String createDate() {
        return createDate;
    }

    /** The voice conference number. */
    public String voiceBridge() {
        return voiceBridge;
    }

    /** The dial-in number. */
    public String dialNumber() {
        return dialNumber;
    }

    /** Viewer password (deprecated), may be {@code null}. */
    public String attendeePW() {
        return attendeePW;
    }

    /** Moderator password (deprecated), may be {@code null}. */
    public String moderatorPW() {
        return moderatorPW;
    }

    /** Whether a client is connected (not merely whether someone called join). */
    public boolean running() {
        return running;
    }

    /** Maximum length in minutes, 0 for none. */
    public int duration() {
        return duration;
    }

    /** Whether anyone ever connected. */
    public boolean hasUserJoined() {
        return hasUserJoined;
    }

    /** Whether recording is on. */
    public boolean recording() {
        return recording;
    }

    /** Whether the meeting was ended. */
    public boolean hasBeenForciblyEnded() {
        return hasBeenForciblyEnded;
    }

    /** When the meeting started, epoch milliseconds. */
    public long startTime() {
        return startTime;
    }

    /** When the last user left, epoch milliseconds, 0 while users are present. */
    public long endTime() {
        return endTime;
    }

    /** Participants, including those that left less than a minute ago. */
    public int participantCount() {
        return participantCount;
    }

    /** Listen-only participants. */
    public int listenerCount() {
        return listenerCount;
    }

    /** Participants in the voice conference. */
    public int voiceParticipantCount() {
        return voiceParticipantCount;
    }

    /** Shared cameras. */
    public int videoCount() {
        return videoCount;
    }

    /** The participant limit, 0 for none. */
    public int maxUsers() {
        return maxUsers;
    }

    /** Moderators. */
    public int moderatorCount() {
        return moderatorCount;
    }

    /** The participants. */
    public List<Attendee> attendees() {
        return attendees;
    }

    /** The {@code meta_*} values of create; BBB lower-cases the keys. */
    public Map<String, String> metadata() {
        return metadata;
    }

    /** Whether this is a breakout room. */
    public boolean isBreakout() {
        return isBreakout;
    }

    /** The parent's internal ID for a breakout room, else {@code null}. */
    public String parentMeetingID() {
        return parentMeetingID;
    }

    /** The breakout room's number, else 0. */
    public int sequence() {
        return sequence;
    }

    /** Whether users may choose the breakout room. */
    public boolean freeJoin() {
        return freeJoin;
    }

    /** The external IDs of this meeting's breakout rooms. */
    public List<String> breakoutRooms() {
        return breakoutRooms;
    }

    /** A metadata value by key, matched case-insensitively since BBB lower-cases keys. */
    public Optional<String> metadata(String key) {
        return Optional.ofNullable(metadata.get(key.toLowerCase(Locale.ROOT)));
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof MeetingInfo other)) {
            return false;
        }
        return Objects.equals(meetingName, other.meetingName)
                && Objects.equals(meetingID, other.meetingID)
                && Objects.equals(internalMeetingID, other.internalMeetingID)
                && createTime == other.createTime
                && Objects.equals(createDate, other.createDate)
                && Objects.equals(voiceBridge, other.voiceBridge)
                && Objects.equals(dialNumber, other.dialNumber)
                && Objects.equals(attendeePW, other.attendeePW)
                && Objects.equals(moderatorPW, other.moderatorPW)
                && running == other.running
                && duration == other.duration
                && hasUserJoined == other.hasUserJoined
                && recording == other.recording
                && hasBeenForciblyEnded == other.hasBeenForciblyEnded
                && startTime == other.startTime
                && endTime == other.endTime
                && participantCount == other.participantCount
                && listenerCount == other.listenerCount
                && voiceParticipantCount == other.voiceParticipantCount
                && videoCount == other.videoCount
                && maxUsers == other.maxUsers
                && moderatorCount == other.moderatorCount
                && Objects.equals(attendees, other.attendees)
                && Objects.equals(metadata, other.metadata)
                && isBreakout == other.isBreakout
                && Objects.equals(parentMeetingID, other.parentMeetingID)
                && sequence == other.sequence
                && freeJoin == other.freeJoin
                && Objects.equals(breakoutRooms, other.breakoutRooms);
    }

    @Override
    public int hashCode() {
        return Objects.hash(meetingName, meetingID, internalMeetingID, createTime, createDate, voiceBridge,
                dialNumber, attendeePW, moderatorPW, running, duration, hasUserJoined, recording,
                hasBeenForciblyEnded, startTime, endTime, participantCount, listenerCount, voiceParticipantCount,
                videoCount, maxUsers, moderatorCount, attendees, metadata, isBreakout, parentMeetingID, sequence,
                freeJoin, breakoutRooms);
    }

    /** All values except attendeePW, moderatorPW (credentials). */
    @Override
    public String toString() {
        return "MeetingInfo[meetingName=" + meetingName
                + ", meetingID=" + meetingID
                + ", internalMeetingID=" + internalMeetingID
                + ", createTime=" + createTime
                + ", createDate=" + createDate
                + ", voiceBridge=" + voiceBridge
                + ", dialNumber=" + dialNumber
                + ", running=" + running
                + ", duration=" + duration
                + ", hasUserJoined=" + hasUserJoined
                + ", recording=" + recording
                + ", hasBeenForciblyEnded=" + hasBeenForciblyEnded
                + ", startTime=" + startTime
                + ", endTime=" + endTime
                + ", participantCount=" + participantCount
                + ", listenerCount=" + listenerCount
                + ", voiceParticipantCount=" + voiceParticipantCount
                + ", videoCount=" + videoCount
                + ", maxUsers=" + maxUsers
                + ", moderatorCount=" + moderatorCount
                + ", attendees=" + attendees
                + ", metadata=" + metadata
                + ", isBreakout=" + isBreakout
                + ", parentMeetingID=" + parentMeetingID
                + ", sequence=" + sequence
                + ", freeJoin=" + freeJoin
                + ", breakoutRooms=" + breakoutRooms
                + "]";
    }

    /** Builds a {@link MeetingInfo}; every value is optional. Not thread-safe. */
    public static final class Builder {
        private String meetingName;
        private String meetingID;
        private String internalMeetingID;
        private long createTime;
        private String createDate;
        private String voiceBridge;
        private String dialNumber;
        private String attendeePW;
        private String moderatorPW;
        private boolean running;
        private int duration;
        private boolean hasUserJoined;
        private boolean recording;
        private boolean hasBeenForciblyEnded;
        private long startTime;
        private long endTime;
        private int participantCount;
        private int listenerCount;
        private int voiceParticipantCount;
        private int videoCount;
        private int maxUsers;
        private int moderatorCount;
        private List<Attendee> attendees;
        private Map<String, String> metadata;
        private boolean isBreakout;
        private String parentMeetingID;
        private int sequence;
        private boolean freeJoin;
        private List<String> breakoutRooms;

        private Builder() {
        }

        /** See {@link MeetingInfo#meetingName()}. */
        public Builder meetingName(String value) {
            this.meetingName = value;
            return this;
        }

        /** See {@link MeetingInfo#meetingID()}. */
        public Builder meetingID(String value) {
            this.meetingID = value;
            return this;
        }

        /** See {@link MeetingInfo#internalMeetingID()}. */
        public Builder internalMeetingID(String value) {
            this.internalMeetingID = value;
            return this;
        }

        /** See {@link MeetingInfo#createTime()}. */
        public Builder createTime(long value) {
            this.createTime = value;
            return this;
        }

        /** See {@link MeetingInfo#createDate()}. */
        public Builder createDate(String value) {
            this.createDate = value;
            return this;
        }

        /** See {@link MeetingInfo#voiceBridge()}. */
        public Builder voiceBridge(String value) {
            this.voiceBridge = value;
            return this;
        }

        /** See {@link MeetingInfo#dialNumber()}. */
        public Builder dialNumber(String value) {
            this.dialNumber = value;
            return this;
        }

        /** See {@link MeetingInfo#attendeePW()}. */
        public Builder attendeePW(String value) {
            this.attendeePW = value;
            return this;
        }

        /** See {@link MeetingInfo#moderatorPW()}. */
        public Builder moderatorPW(String value) {
            this.moderatorPW = value;
            return this;
        }

        /** See {@link MeetingInfo#running()}. */
        public Builder running(boolean value) {
            this.running = value;
            return this;
        }

        /** See {@link MeetingInfo#duration()}. */
        public Builder duration(int value) {
            this.duration = value;
            return this;
        }

        /** See {@link MeetingInfo#hasUserJoined()}. */
        public Builder hasUserJoined(boolean value) {
            this.hasUserJoined = value;
            return this;
        }

        /** See {@link MeetingInfo#recording()}. */
        public Builder recording(boolean value) {
            this.recording = value;
            return this;
        }

        /** See {@link MeetingInfo#hasBeenForciblyEnded()}. */
        public Builder hasBeenForciblyEnded(boolean value) {
            this.hasBeenForciblyEnded = value;
            return this;
        }

        /** See {@link MeetingInfo#startTime()}. */
        public Builder startTime(long value) {
            this.startTime = value;
            return this;
        }

        /** See {@link MeetingInfo#endTime()}. */
        public Builder endTime(long value) {
            this.endTime = value;
            return this;
        }

        /** See {@link MeetingInfo#participantCount()}. */
        public Builder participantCount(int value) {
            this.participantCount = value;
            return this;
        }

        /** See {@link MeetingInfo#listenerCount()}. */
        public Builder listenerCount(int value) {
            this.listenerCount = value;
            return this;
        }

        /** See {@link MeetingInfo#voiceParticipantCount()}. */
        public Builder voiceParticipantCount(int value) {
            this.voiceParticipantCount = value;
            return this;
        }

        /** See {@link MeetingInfo#videoCount()}. */
        public Builder videoCount(int value) {
            this.videoCount = value;
            return this;
        }

        /** See {@link MeetingInfo#maxUsers()}. */
        public Builder maxUsers(int value) {
            this.maxUsers = value;
            return this;
        }

        /** See {@link MeetingInfo#moderatorCount()}. */
        public Builder moderatorCount(int value) {
            this.moderatorCount = value;
            return this;
        }

        /** See {@link MeetingInfo#attendees()}. */
        public Builder attendees(List<Attendee> value) {
            this.attendees = value;
            return this;
        }

        /** See {@link MeetingInfo#metadata()}. */
        public Builder metadata(Map<String, String> value) {
            this.metadata = value;
            return this;
        }

        /** See {@link MeetingInfo#isBreakout()}. */
        public Builder isBreakout(boolean value) {
            this.isBreakout = value;
            return this;
        }

        /** See {@link MeetingInfo#parentMeetingID()}. */
        public Builder parentMeetingID(String value) {
            this.parentMeetingID = value;
            return this;
        }

        /** See {@link MeetingInfo#sequence()}. */
        public Builder sequence(int value) {
            this.sequence = value;
            return this;
        }

        /** See {@link MeetingInfo#freeJoin()}. */
        public Builder freeJoin(boolean value) {
            this.freeJoin = value;
            return this;
        }

        /** See {@link MeetingInfo#breakoutRooms()}. */
        public Builder breakoutRooms(List<String> value) {
            this.breakoutRooms = value;
            return this;
        }

        /** The {@link MeetingInfo} with the values set so far. */
        public MeetingInfo build() {
            return new MeetingInfo(this);
        }
    }
}
