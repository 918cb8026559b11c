package io.github.bbbjakarta.api.internal.hooks;

import io.github.bbbjakarta.api.internal.Wire.Element;
import io.github.bbbjakarta.api.internal.Wire.Webhooks;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;

/** One {@code <hook>} of hooks/list. JAXB binding; internal. */
@XmlAccessorType(XmlAccessType.FIELD)
public class HookXml {
    @XmlElement(name = Webhooks.HOOK_ID)
    public String hookID;
    @XmlElement(name = Webhooks.CALLBACK_URL)
    public String callbackURL;
    @XmlElement(name = Element.MEETING_ID)
    public String meetingID;
    @XmlElement(name = Webhooks.EVENT_ID)
    public String eventID;
    @XmlElement(name = Webhooks.PERMANENT_HOOK)
    public String permanentHook;
    @XmlElement(name = Webhooks.RAW_DATA)
    public String rawData;
}
