package io.github.bbbjakarta.api.internal.meetings;

import io.github.bbbjakarta.api.CreateMeetingResponse;
import io.github.bbbjakarta.api.internal.HttpTransport.Answer;
import io.github.bbbjakarta.api.internal.Wire.Element;

import static io.github.bbbjakarta.api.internal.xml.Answers.bool;
import static io.github.bbbjakarta.api.internal.xml.Answers.integer;
import static io.github.bbbjakarta.api.internal.xml.Answers.number;
import static io.github.bbbjakarta.api.internal.xml.Answers.optional;
import static io.github.bbbjakarta.api.internal.xml.Answers.required;
import static io.github.bbbjakarta.api.internal.xml.Answers.success;
import static io.github.bbbjakarta.api.internal.xml.Answers.text;

/** create's answer as a {@link CreateMeetingResponse}. */
public final class CreateMeetingMapper {
    private CreateMeetingMapper() {
    }

    /** create's answer; meetingID, internalMeetingID and createTime are required. */
    public static CreateMeetingResponse create(String call, Answer answer) {
        CreateMeetingXml x = success(call, answer, CreateMeetingXml.class);
        return CreateMeetingResponse.builder()
                .meetingID(required(call, Element.MEETING_ID, x.meetingID))
                .internalMeetingID(required(call, Element.INTERNAL_MEETING_ID, x.internalMeetingID))
                .parentMeetingID(text(x.parentMeetingID))
                .attendeePW(optional(x.attendeePW))
                .moderatorPW(optional(x.moderatorPW))
                .createTime(number(call, Element.CREATE_TIME, required(call, Element.CREATE_TIME, x.createTime)))
                .voiceBridge(text(x.voiceBridge))
                .dialNumber(text(x.dialNumber))
                .createDate(text(x.createDate))
                .hasUserJoined(bool(x.hasUserJoined))
                .duration(integer(call, Element.DURATION, x.duration))
                .hasBeenForciblyEnded(bool(x.hasBeenForciblyEnded))
                .messageKey(text(x.messageKey))
                .message(text(x.message))
                .build();
    }
}
