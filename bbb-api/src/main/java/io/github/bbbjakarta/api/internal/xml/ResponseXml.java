package io.github.bbbjakarta.api.internal.xml;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;

import java.util.List;

/** The children every BBB {@code <response>} may have. JAXB binding; internal. */
@XmlAccessorType(XmlAccessType.FIELD)
public class ResponseXml {
    public String returncode;
    public String messageKey;
    public String message;
    @XmlElementWrapper(name = "errors")
    @XmlElement(name = "error")
    public List<ErrorXml> errors;

    /** One entry of an {@code <errors>} list. */
    @XmlAccessorType(XmlAccessType.FIELD)
    public static class ErrorXml {
        public String key;
        public String message;
    }
}
