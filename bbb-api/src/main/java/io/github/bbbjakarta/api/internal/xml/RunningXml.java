package io.github.bbbjakarta.api.internal.xml;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;

/** isMeetingRunning's answer. JAXB binding; internal. */
@XmlAccessorType(XmlAccessType.FIELD)
public class RunningXml extends ResponseXml {
    public String running;
}
