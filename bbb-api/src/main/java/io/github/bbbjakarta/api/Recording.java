package io.github.bbbjakarta.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One recording as {@code getRecordings} lists it (reference §2.8). Immutable; build one with {@link #builder()}
 * (e.g. in tests).
 */
public final class Recording {
    private final String recordID;
    private final String meetingID;
    private final String internalMeetingID;
    private final String name;
    private final boolean isBreakout;
    private final boolean published;
    private final RecordingState state;
    private final String stateName;
    private final long startTime;
    private final long endTime;
    private final int participants;
    private final long rawSize;
    private final long size;
    private final Map<String, String> metadata;
    private final String parentMeetingID;
    private final int sequence;
    private final boolean freeJoin;
    private final List<String> breakoutRooms;
    private final Boolean protectedFlag;
    private final List<PlaybackFormat> playbackFormats;

    private Recording(Builder b) {
        this.recordID = Objects.requireNonNullElse(b.recordID, "");
        this.meetingID = Objects.requireNonNullElse(b.meetingID, "");
        this.internalMeetingID = Objects.requireNonNullElse(b.internalMeetingID, "");
        this.name = Objects.requireNonNullElse(b.name, "");
        this.isBreakout = b.isBreakout;
        this.published = b.published;
        this.state = Objects.requireNonNullElse(b.state, RecordingState.UNKNOWN);
        this.stateName = Objects.requireNonNullElse(b.stateName, "");
        this.startTime = b.startTime;
        this.endTime = b.endTime;
        this.participants = b.participants;
        this.rawSize = b.rawSize;
        this.size = b.size;
        this.metadata = Collections.unmodifiableMap(new LinkedHashMap<>(b.metadata));
        this.parentMeetingID = b.parentMeetingID;
        this.sequence = b.sequence;
        this.freeJoin = b.freeJoin;
        this.breakoutRooms = List.copyOf(b.breakoutRooms);
        this.protectedFlag = b.protectedFlag;
        this.playbackFormats = List.copyOf(b.playbackFormats);
    }

    /** A builder with every value empty, absent, 0 or {@code false}. */
    public static Builder builder() {
        return new Builder();
    }

    /** The recording's ID ({@code sha1(meetingID)-startTimestamp}). */
    public String recordID() {
        return recordID;
    }

    /** The meeting's external ID. */
    public String meetingID() {
        return meetingID;
    }

    /** The meeting's internal ID. */
    public String internalMeetingID() {
        return internalMeetingID;
    }

    /** The meeting's name; empty if not sent. */
    public String name() {
        return name;
    }

    /** Whether this is a breakout room's recording. */
    public boolean isBreakout() {
        return isBreakout;
    }

    /** Whether the playback is published. */
    public boolean published() {
        return published;
    }

    /** The state; {@link RecordingState#UNKNOWN} for a state this client does not know. */
    public RecordingState state() {
        return state;
    }

    /** The state as the server wrote it (e.g. for {@link RecordingState#UNKNOWN}). */
    public String stateName() {
        return stateName;
    }

    /** The meeting's start, epoch milliseconds. */
    public long startTime() {
        return startTime;
    }

    /** The meeting's end, epoch milliseconds. */
    public long endTime() {
        return endTime;
    }

    /** How many users joined. */
    public int participants() {
        return participants;
    }

    /** The raw recording's size in bytes; 0 if not sent. */
    public long rawSize() {
        return rawSize;
    }

    /** The published formats' size in bytes; 0 if not sent. */
    public long size() {
        return size;
    }

    /** The {@code meta_} values the meeting was created with (plus BBB's own), keys in document order. */
    public Map<String, String> metadata() {
        return metadata;
    }

    /** The parent meeting of a breakout room's recording ({@code <breakout><parentId>}). */
    public Optional<String> parentMeetingID() {
        return Optional.ofNullable(parentMeetingID);
    }

    /** A breakout room's sequence number; 0 if not sent. */
    public int sequence() {
        return sequence;
    }

    /** Whether a breakout room allowed free joining. */
    public boolean freeJoin() {
        return freeJoin;
    }

    /** The breakout rooms' IDs of a parent meeting's recording; empty if none. */
    public List<String> breakoutRooms() {
        return breakoutRooms;
    }

    /** Whether the recording is protected (BBB 2.6+ {@code <protected>}); empty if the server did not say. */
    public Optional<Boolean> isProtected() {
        return Optional.ofNullable(protectedFlag);
    }

    /** The playback formats, in document order. */
    public List<PlaybackFormat> playbackFormats() {
        return playbackFormats;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Recording r
                && Objects.equals(recordID, r.recordID) && Objects.equals(meetingID, r.meetingID)
                && Objects.equals(internalMeetingID, r.internalMeetingID) && Objects.equals(name, r.name)
                && isBreakout == r.isBreakout && published == r.published && state == r.state
                && Objects.equals(stateName, r.stateName) && startTime == r.startTime && endTime == r.endTime
                && participants == r.participants && rawSize == r.rawSize && size == r.size
                && Objects.equals(metadata, r.metadata) && Objects.equals(parentMeetingID, r.parentMeetingID)
                && sequence == r.sequence && freeJoin == r.freeJoin
                && Objects.equals(breakoutRooms, r.breakoutRooms) && Objects.equals(protectedFlag, r.protectedFlag)
                && Objects.equals(playbackFormats, r.playbackFormats);
    }

    @Override
    public int hashCode() {
        return Objects.hash(recordID, meetingID, internalMeetingID, name, isBreakout, published, state, stateName,
                startTime, endTime, participants, rawSize, size, metadata, parentMeetingID, sequence, freeJoin,
                breakoutRooms, protectedFlag, playbackFormats);
    }

    @Override
    public String toString() {
        return "Recording[recordID=" + recordID + ", meetingID=" + meetingID + ", internalMeetingID="
                + internalMeetingID + ", name=" + name + ", isBreakout=" + isBreakout + ", published=" + published
                + ", state=" + state + ", stateName=" + stateName + ", startTime=" + startTime + ", endTime=" + endTime
                + ", participants=" + participants + ", rawSize=" + rawSize + ", size=" + size + ", metadata="
                + metadata + ", parentMeetingID=" + parentMeetingID + ", sequence=" + sequence + ", freeJoin="
                + freeJoin + ", breakoutRooms=" + breakoutRooms + ", protected=" + protectedFlag
                + ", playbackFormats=" + playbackFormats + "]";
    }

    /** Builds a {@link Recording}. Not thread-safe. */
    public static final class Builder {
        private String recordID;
        private String meetingID;
        private String internalMeetingID;
        private String name;
        private boolean isBreakout;
        private boolean published;
        private RecordingState state = RecordingState.UNKNOWN;
        private String stateName;
        private long startTime;
        private long endTime;
        private int participants;
        private long rawSize;
        private long size;
        private Map<String, String> metadata = Map.of();
        private String parentMeetingID;
        private int sequence;
        private boolean freeJoin;
        private List<String> breakoutRooms = List.of();
        private Boolean protectedFlag;
        private List<PlaybackFormat> playbackFormats = List.of();

        private Builder() {
        }

        public Builder recordID(String value) {
            this.recordID = value;
            return this;
        }

        public Builder meetingID(String value) {
            this.meetingID = value;
            return this;
        }

        public Builder internalMeetingID(String value) {
            this.internalMeetingID = value;
            return this;
        }

        public Builder name(String value) {
            this.name = value;
            return this;
        }

        public Builder isBreakout(boolean value) {
            this.isBreakout = value;
            return this;
        }

        public Builder published(boolean value) {
            this.published = value;
            return this;
        }

        public Builder state(RecordingState value) {
            this.state = value;
            return this;
        }

        public Builder stateName(String value) {
            this.stateName = value;
            return this;
        }

        public Builder startTime(long value) {
            this.startTime = value;
            return this;
        }

        public Builder endTime(long value) {
            this.endTime = value;
            return this;
        }

        public Builder participants(int value) {
            this.participants = value;
            return this;
        }

        public Builder rawSize(long value) {
            this.rawSize = value;
            return this;
        }

        public Builder size(long value) {
            this.size = value;
            return this;
        }

        public Builder metadata(Map<String, String> value) {
            this.metadata = new LinkedHashMap<>(value);
            return this;
        }

        /** {@code null} for a recording that is not a breakout room's. */
        public Builder parentMeetingID(String value) {
            this.parentMeetingID = value;
            return this;
        }

        public Builder sequence(int value) {
            this.sequence = value;
            return this;
        }

        public Builder freeJoin(boolean value) {
            this.freeJoin = value;
            return this;
        }

        public Builder breakoutRooms(List<String> value) {
            this.breakoutRooms = List.copyOf(value);
            return this;
        }

        /** {@code null} when the server did not say. */
        public Builder protect(Boolean value) {
            this.protectedFlag = value;
            return this;
        }

        public Builder playbackFormats(List<PlaybackFormat> value) {
            this.playbackFormats = List.copyOf(value);
            return this;
        }

        public Recording build() {
            return new Recording(this);
        }
    }
}
