package io.github.bbbjakarta.api.internal.xml;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;

import java.util.List;

/** getMeetings' answer. JAXB binding; internal. */
@XmlAccessorType(XmlAccessType.FIELD)
public class MeetingsXml extends ResponseXml {
    @XmlElementWrapper(name = "meetings")
    @XmlElement(name = "meeting")
    public List<MeetingXml> meetings;
}
