package io.github.bbbjakarta.api.internal.meetings;

import io.github.bbbjakarta.api.Attendee;
import io.github.bbbjakarta.api.MeetingInfo;
import io.github.bbbjakarta.api.Role;
import io.github.bbbjakarta.api.internal.HttpTransport.Answer;
import io.github.bbbjakarta.api.internal.Wire.Element;
import io.github.bbbjakarta.api.internal.xml.FlatMapXml;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static io.github.bbbjakarta.api.internal.xml.Answers.bool;
import static io.github.bbbjakarta.api.internal.xml.Answers.enumValue;
import static io.github.bbbjakarta.api.internal.xml.Answers.integer;
import static io.github.bbbjakarta.api.internal.xml.Answers.number;
import static io.github.bbbjakarta.api.internal.xml.Answers.optional;
import static io.github.bbbjakarta.api.internal.xml.Answers.required;
import static io.github.bbbjakarta.api.internal.xml.Answers.success;
import static io.github.bbbjakarta.api.internal.xml.Answers.successEach;
import static io.github.bbbjakarta.api.internal.xml.Answers.text;

/** getMeetingInfo's and getMeetings' answers as {@link MeetingInfo}s. */
public final class MeetingInfoMapper {
    private MeetingInfoMapper() {
    }

    /** getMeetingInfo's answer; meetingID and internalMeetingID are required. */
    public static MeetingInfo meetingInfo(String call, Answer answer) {
        return meeting(call, success(call, answer, MeetingXml.class));
    }

    /** Reads the {@code <meeting>}s one at a time: only one is bound at any moment. */
    public static List<MeetingInfo> meetings(String call, Answer answer) {
        List<MeetingInfo> out = new ArrayList<>();
        successEach(call, answer, Element.MEETINGS, Element.MEETING, MeetingXml.class, m -> out.add(meeting(call, m)));
        return List.copyOf(out);
    }

    private static MeetingInfo meeting(String call, MeetingXml x) {
        List<Attendee> attendees = new ArrayList<>();
        if (x.attendees != null) {
            for (MeetingXml.AttendeeXml a : x.attendees) {
                if (a != null) {
                    attendees.add(attendee(call, a));
                }
            }
        }
        List<String> breakouts = x.breakoutRooms == null ? List.of()
                : x.breakoutRooms.stream().filter(Objects::nonNull).map(String::trim).filter(s -> !s.isEmpty()).toList();
        return MeetingInfo.builder()
                .meetingName(text(x.meetingName))
                .meetingID(required(call, Element.MEETING_ID, x.meetingID))
                .internalMeetingID(required(call, Element.INTERNAL_MEETING_ID, x.internalMeetingID))
                .createTime(number(call, Element.CREATE_TIME, x.createTime))
                .createDate(text(x.createDate))
                .voiceBridge(text(x.voiceBridge))
                .dialNumber(text(x.dialNumber))
                .attendeePW(optional(x.attendeePW))
                .moderatorPW(optional(x.moderatorPW))
                .running(bool(x.running))
                .duration(integer(call, Element.DURATION, x.duration))
                .hasUserJoined(bool(x.hasUserJoined))
                .recording(bool(x.recording))
                .hasBeenForciblyEnded(bool(x.hasBeenForciblyEnded))
                .startTime(number(call, Element.START_TIME, x.startTime))
                .endTime(number(call, Element.END_TIME, x.endTime))
                .participantCount(integer(call, Element.PARTICIPANT_COUNT, x.participantCount))
                .listenerCount(integer(call, Element.LISTENER_COUNT, x.listenerCount))
                .voiceParticipantCount(integer(call, Element.VOICE_PARTICIPANT_COUNT, x.voiceParticipantCount))
                .videoCount(integer(call, Element.VIDEO_COUNT, x.videoCount))
                .maxUsers(integer(call, Element.MAX_USERS, x.maxUsers))
                .moderatorCount(integer(call, Element.MODERATOR_COUNT, x.moderatorCount))
                .attendees(attendees)
                .metadata(entries(x.metadata))
                .isBreakout(bool(x.isBreakout))
                .parentMeetingID(optional(x.parentMeetingID))
                .sequence(integer(call, Element.SEQUENCE, x.sequence))
                .freeJoin(bool(x.freeJoin))
                .breakoutRooms(breakouts)
                .build();
    }

    private static Attendee attendee(String call, MeetingXml.AttendeeXml a) {
        return Attendee.builder()
                .userID(text(a.userID))
                .fullName(text(a.fullName))
                .role(enumValue(call, Element.ROLE, Role.class, a.role))
                .isPresenter(bool(a.isPresenter))
                .isListeningOnly(bool(a.isListeningOnly))
                .hasJoinedVoice(bool(a.hasJoinedVoice))
                .hasVideo(bool(a.hasVideo))
                .clientType(text(a.clientType))
                .customData(entries(a.customdata))
                .build();
    }

    private static Map<String, String> entries(FlatMapXml xml) {
        return xml == null ? Map.of() : xml.toMap();
    }
}
