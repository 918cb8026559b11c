package io.github.bbbjakarta.api.internal.meetings;

import io.github.bbbjakarta.api.internal.Wire.Element;
import io.github.bbbjakarta.api.internal.xml.ResponseXml;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;

/** isMeetingRunning's answer. JAXB binding; internal. */
@XmlAccessorType(XmlAccessType.FIELD)
public class RunningXml extends ResponseXml {
    @XmlElement(name = Element.RUNNING)
    public String running;
}
