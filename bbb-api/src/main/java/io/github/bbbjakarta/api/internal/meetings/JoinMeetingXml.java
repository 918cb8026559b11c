package io.github.bbbjakarta.api.internal.meetings;

import io.github.bbbjakarta.api.internal.Wire.Element;
import io.github.bbbjakarta.api.internal.xml.ResponseXml;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;

/** join's answer with {@code redirect=false}. JAXB binding; internal. */
@XmlAccessorType(XmlAccessType.FIELD)
public class JoinMeetingXml extends ResponseXml {
    @XmlElement(name = Element.JOIN_MEETING_ID)
    public String meetingId;
    @XmlElement(name = Element.JOIN_USER_ID)
    public String userId;
    @XmlElement(name = Element.AUTH_TOKEN)
    public String authToken;
    @XmlElement(name = Element.SESSION_TOKEN)
    public String sessionToken;
    @XmlElement(name = Element.GUEST_STATUS)
    public String guestStatus;
    @XmlElement(name = Element.URL)
    public String url;
}
