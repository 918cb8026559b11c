package io.github.bbbjakarta.api.internal.xml;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;

/** join's answer with {@code redirect=false}. JAXB binding; internal. */
@XmlAccessorType(XmlAccessType.FIELD)
public class JoinMeetingXml extends ResponseXml {
    public String meeting_id;
    public String user_id;
    public String auth_token;
    public String session_token;
    public String guestStatus;
    public String url;
}
