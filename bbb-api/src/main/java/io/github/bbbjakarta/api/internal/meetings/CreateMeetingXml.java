package io.github.bbbjakarta.api.internal.meetings;

import io.github.bbbjakarta.api.internal.Wire.Element;
import io.github.bbbjakarta.api.internal.xml.ResponseXml;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;

/** create's answer. JAXB binding; internal. */
@XmlAccessorType(XmlAccessType.FIELD)
public class CreateMeetingXml extends ResponseXml {
    @XmlElement(name = Element.MEETING_ID)
    public String meetingID;
    @XmlElement(name = Element.INTERNAL_MEETING_ID)
    public String internalMeetingID;
    @XmlElement(name = Element.PARENT_MEETING_ID)
    public String parentMeetingID;
    @XmlElement(name = Element.ATTENDEE_PW)
    public String attendeePW;
    @XmlElement(name = Element.MODERATOR_PW)
    public String moderatorPW;
    @XmlElement(name = Element.CREATE_TIME)
    public String createTime;
    @XmlElement(name = Element.VOICE_BRIDGE)
    public String voiceBridge;
    @XmlElement(name = Element.DIAL_NUMBER)
    public String dialNumber;
    @XmlElement(name = Element.CREATE_DATE)
    public String createDate;
    @XmlElement(name = Element.HAS_USER_JOINED)
    public String hasUserJoined;
    @XmlElement(name = Element.DURATION)
    public String duration;
    @XmlElement(name = Element.HAS_BEEN_FORCIBLY_ENDED)
    public String hasBeenForciblyEnded;
}
