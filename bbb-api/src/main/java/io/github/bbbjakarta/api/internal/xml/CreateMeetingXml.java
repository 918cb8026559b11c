package io.github.bbbjakarta.api.internal.xml;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;

/** create's answer. JAXB binding; internal. */
@XmlAccessorType(XmlAccessType.FIELD)
public class CreateMeetingXml extends ResponseXml {
    public String meetingID;
    public String internalMeetingID;
    public String parentMeetingID;
    public String attendeePW;
    public String moderatorPW;
    public String createTime;
    public String voiceBridge;
    public String dialNumber;
    public String createDate;
    public String hasUserJoined;
    public String duration;
    public String hasBeenForciblyEnded;
}
