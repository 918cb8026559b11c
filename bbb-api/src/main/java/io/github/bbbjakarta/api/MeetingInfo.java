package io.github.bbbjakarta.api;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A meeting as {@code getMeetingInfo} and {@code getMeetings} describe it. Counters that BBB prints with
 * digit grouping ("1,000") are read as numbers. Immutable; {@link #toString()} leaves out the passwords.
 *
 * @param meetingName           the meeting's name
 * @param meetingID             the caller's meeting ID
 * @param internalMeetingID     the server's meeting ID
 * @param createTime            creation time, epoch milliseconds
 * @param createDate            creation time as the server printed it
 * @param voiceBridge           the voice conference number
 * @param dialNumber            the dial-in number
 * @param attendeePW            viewer password (deprecated), may be {@code null}
 * @param moderatorPW           moderator password (deprecated), may be {@code null}
 * @param running               whether a client is connected (not merely whether someone called join)
 * @param duration              maximum length in minutes, 0 for none
 * @param hasUserJoined         whether anyone ever connected
 * @param recording             whether recording is on
 * @param hasBeenForciblyEnded  whether the meeting was ended
 * @param startTime             when the meeting started, epoch milliseconds
 * @param endTime               when the last user left, epoch milliseconds, 0 while users are present
 * @param participantCount      participants, including those that left less than a minute ago
 * @param listenerCount         listen-only participants
 * @param voiceParticipantCount participants in the voice conference
 * @param videoCount            shared cameras
 * @param maxUsers              the participant limit, 0 for none
 * @param moderatorCount        moderators
 * @param attendees             the participants
 * @param metadata              the {@code meta_*} values of create; BBB lower-cases the keys
 * @param isBreakout            whether this is a breakout room
 * @param parentMeetingID       the parent's internal ID for a breakout room, else {@code null}
 * @param sequence              the breakout room's number, else 0
 * @param freeJoin              whether users may choose the breakout room
 * @param breakoutRooms         the external IDs of this meeting's breakout rooms
 */
public record MeetingInfo(String meetingName, String meetingID, String internalMeetingID, long createTime,
                          String createDate, String voiceBridge, String dialNumber, String attendeePW,
                          String moderatorPW, boolean running, int duration, boolean hasUserJoined, boolean recording,
                          boolean hasBeenForciblyEnded, long startTime, long endTime, int participantCount,
                          int listenerCount, int voiceParticipantCount, int videoCount, int maxUsers,
                          int moderatorCount, List<Attendee> attendees, Map<String, String> metadata,
                          boolean isBreakout, String parentMeetingID, int sequence, boolean freeJoin,
                          List<String> breakoutRooms) {

    public MeetingInfo {
        attendees = List.copyOf(attendees);
        metadata = Map.copyOf(metadata);
        breakoutRooms = List.copyOf(breakoutRooms);
    }

    /** A metadata value by key, matched case-insensitively since BBB lower-cases keys. */
    public Optional<String> metadata(String key) {
        return Optional.ofNullable(metadata.get(key.toLowerCase(java.util.Locale.ROOT)));
    }

    @Override
    public String toString() {
        return "MeetingInfo[meetingName=" + meetingName + ", meetingID=" + meetingID + ", internalMeetingID="
                + internalMeetingID + ", createTime=" + createTime + ", running=" + running + ", participantCount="
                + participantCount + ", moderatorCount=" + moderatorCount + ", attendees=" + attendees
                + ", metadata=" + metadata + ", isBreakout=" + isBreakout + ", breakoutRooms=" + breakoutRooms + "]";
    }
}
