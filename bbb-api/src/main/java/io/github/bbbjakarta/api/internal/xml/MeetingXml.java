package io.github.bbbjakarta.api.internal.xml;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAnyElement;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import org.w3c.dom.Element;

import java.util.List;

/** getMeetingInfo's answer, and one {@code <meeting>} of getMeetings. JAXB binding; internal. */
@XmlAccessorType(XmlAccessType.FIELD)
public class MeetingXml extends ResponseXml {
    public String meetingName;
    public String meetingID;
    public String internalMeetingID;
    public String createTime;
    public String createDate;
    public String voiceBridge;
    public String dialNumber;
    public String attendeePW;
    public String moderatorPW;
    public String running;
    public String duration;
    public String hasUserJoined;
    public String recording;
    public String hasBeenForciblyEnded;
    public String startTime;
    public String endTime;
    public String participantCount;
    public String listenerCount;
    public String voiceParticipantCount;
    public String videoCount;
    public String maxUsers;
    public String moderatorCount;
    @XmlElementWrapper(name = "attendees")
    @XmlElement(name = "attendee")
    public List<AttendeeXml> attendees;
    public AnyXml metadata;
    public String isBreakout;
    public String parentMeetingID;
    public String sequence;
    public String freeJoin;
    @XmlElementWrapper(name = "breakoutRooms")
    @XmlElement(name = "breakout")
    public List<String> breakoutRooms;

    /** One attendee. */
    @XmlAccessorType(XmlAccessType.FIELD)
    public static class AttendeeXml {
        public String userID;
        public String fullName;
        public String role;
        public String isPresenter;
        public String isListeningOnly;
        public String hasJoinedVoice;
        public String hasVideo;
        public String clientType;
        public AnyXml customdata;
    }

    /** An element whose children are free-form key elements ({@code <metadata>}, {@code <customdata>}). */
    @XmlAccessorType(XmlAccessType.FIELD)
    public static class AnyXml {
        @XmlAnyElement
        public List<Element> entries;
    }
}
