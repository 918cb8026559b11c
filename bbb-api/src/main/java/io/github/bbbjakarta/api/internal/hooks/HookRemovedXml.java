package io.github.bbbjakarta.api.internal.hooks;

import io.github.bbbjakarta.api.internal.Wire.Webhooks;
import io.github.bbbjakarta.api.internal.xml.ResponseXml;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;

/** hooks/destroy's answer. JAXB binding; internal. */
@XmlAccessorType(XmlAccessType.FIELD)
public class HookRemovedXml extends ResponseXml {
    @XmlElement(name = Webhooks.REMOVED)
    public String removed;
}
