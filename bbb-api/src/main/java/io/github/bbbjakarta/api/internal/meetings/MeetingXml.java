package io.github.bbbjakarta.api.internal.meetings;

import io.github.bbbjakarta.api.internal.Wire.Element;
import io.github.bbbjakarta.api.internal.xml.FlatMapXml;
import io.github.bbbjakarta.api.internal.xml.ResponseXml;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;

import java.util.List;

/** getMeetingInfo's answer, and one {@code <meeting>} of getMeetings. JAXB binding; internal. */
@XmlAccessorType(XmlAccessType.FIELD)
public class MeetingXml extends ResponseXml {
    @XmlElement(name = Element.MEETING_NAME)
    public String meetingName;
    @XmlElement(name = Element.MEETING_ID)
    public String meetingID;
    @XmlElement(name = Element.INTERNAL_MEETING_ID)
    public String internalMeetingID;
    @XmlElement(name = Element.CREATE_TIME)
    public String createTime;
    @XmlElement(name = Element.CREATE_DATE)
    public String createDate;
    @XmlElement(name = Element.VOICE_BRIDGE)
    public String voiceBridge;
    @XmlElement(name = Element.DIAL_NUMBER)
    public String dialNumber;
    @XmlElement(name = Element.ATTENDEE_PW)
    public String attendeePW;
    @XmlElement(name = Element.MODERATOR_PW)
    public String moderatorPW;
    @XmlElement(name = Element.RUNNING)
    public String running;
    @XmlElement(name = Element.DURATION)
    public String duration;
    @XmlElement(name = Element.HAS_USER_JOINED)
    public String hasUserJoined;
    @XmlElement(name = Element.RECORDING)
    public String recording;
    @XmlElement(name = Element.HAS_BEEN_FORCIBLY_ENDED)
    public String hasBeenForciblyEnded;
    @XmlElement(name = Element.START_TIME)
    public String startTime;
    @XmlElement(name = Element.END_TIME)
    public String endTime;
    @XmlElement(name = Element.PARTICIPANT_COUNT)
    public String participantCount;
    @XmlElement(name = Element.LISTENER_COUNT)
    public String listenerCount;
    @XmlElement(name = Element.VOICE_PARTICIPANT_COUNT)
    public String voiceParticipantCount;
    @XmlElement(name = Element.VIDEO_COUNT)
    public String videoCount;
    @XmlElement(name = Element.MAX_USERS)
    public String maxUsers;
    @XmlElement(name = Element.MODERATOR_COUNT)
    public String moderatorCount;
    @XmlElementWrapper(name = Element.ATTENDEES)
    @XmlElement(name = Element.ATTENDEE)
    public List<AttendeeXml> attendees;
    @XmlElement(name = Element.METADATA)
    public FlatMapXml metadata;
    @XmlElement(name = Element.IS_BREAKOUT)
    public String isBreakout;
    @XmlElement(name = Element.PARENT_MEETING_ID)
    public String parentMeetingID;
    @XmlElement(name = Element.SEQUENCE)
    public String sequence;
    @XmlElement(name = Element.FREE_JOIN)
    public String freeJoin;
    @XmlElementWrapper(name = Element.BREAKOUT_ROOMS)
    @XmlElement(name = Element.BREAKOUT)
    public List<String> breakoutRooms;

    /** One attendee. */
    @XmlAccessorType(XmlAccessType.FIELD)
    public static class AttendeeXml {
        @XmlElement(name = Element.USER_ID)
        public String userID;
        @XmlElement(name = Element.FULL_NAME)
        public String fullName;
        @XmlElement(name = Element.ROLE)
        public String role;
        @XmlElement(name = Element.IS_PRESENTER)
        public String isPresenter;
        @XmlElement(name = Element.IS_LISTENING_ONLY)
        public String isListeningOnly;
        @XmlElement(name = Element.HAS_JOINED_VOICE)
        public String hasJoinedVoice;
        @XmlElement(name = Element.HAS_VIDEO)
        public String hasVideo;
        @XmlElement(name = Element.CLIENT_TYPE)
        public String clientType;
        @XmlElement(name = Element.CUSTOMDATA)
        public FlatMapXml customdata;
    }
}
