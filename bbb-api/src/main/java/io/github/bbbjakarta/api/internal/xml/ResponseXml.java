package io.github.bbbjakarta.api.internal.xml;

import io.github.bbbjakarta.api.internal.Wire.Element;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;

import java.util.List;

/** The children every BBB {@code <response>} may have. JAXB binding; internal. */
@XmlAccessorType(XmlAccessType.FIELD)
public class ResponseXml {
    @XmlElement(name = Element.RETURNCODE)
    public String returncode;
    @XmlElement(name = Element.MESSAGE_KEY)
    public String messageKey;
    @XmlElement(name = Element.MESSAGE)
    public String message;
    @XmlElementWrapper(name = Element.ERRORS)
    @XmlElement(name = Element.ERROR)
    public List<ErrorXml> errors;

    /** One entry of an {@code <errors>} list. */
    @XmlAccessorType(XmlAccessType.FIELD)
    public static class ErrorXml {
        @XmlElement(name = Element.KEY)
        public String key;
        @XmlElement(name = Element.MESSAGE)
        public String message;
    }

    /** The {@code <errors>} element alone, as the streaming reader meets it. */
    @XmlAccessorType(XmlAccessType.FIELD)
    public static class ErrorsXml {
        @XmlElement(name = Element.ERROR)
        public List<ErrorXml> errors;
    }
}
