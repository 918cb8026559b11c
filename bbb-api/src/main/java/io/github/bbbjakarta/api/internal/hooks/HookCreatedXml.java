package io.github.bbbjakarta.api.internal.hooks;

import io.github.bbbjakarta.api.internal.Wire.Webhooks;
import io.github.bbbjakarta.api.internal.xml.ResponseXml;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;

/** hooks/create's answer. JAXB binding; internal. */
@XmlAccessorType(XmlAccessType.FIELD)
public class HookCreatedXml extends ResponseXml {
    @XmlElement(name = Webhooks.HOOK_ID)
    public String hookID;
    @XmlElement(name = Webhooks.PERMANENT_HOOK)
    public String permanentHook;
    @XmlElement(name = Webhooks.RAW_DATA)
    public String rawData;
}
