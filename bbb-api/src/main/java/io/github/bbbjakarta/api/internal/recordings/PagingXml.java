package io.github.bbbjakarta.api.internal.recordings;

import io.github.bbbjakarta.api.internal.Wire.Recordings;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlValue;

/** getRecordings' {@code <pagination>} (3.0.x). JAXB binding; internal. */
@XmlAccessorType(XmlAccessType.FIELD)
public class PagingXml {
    @XmlElement(name = Recordings.PAGEABLE)
    public PageableXml pageable;
    @XmlElement(name = Recordings.TOTAL_ELEMENTS)
    public String totalElements;

    /** {@code <pageable>}. */
    @XmlAccessorType(XmlAccessType.FIELD)
    public static class PageableXml {
        @XmlElement(name = Recordings.OFFSET)
        public String offset;
        @XmlElement(name = Recordings.LIMIT)
        public String limit;
    }

    /** A bare text element such as 3.1's {@code <totalElements>} directly under {@code <response>}. */
    @XmlAccessorType(XmlAccessType.FIELD)
    public static class TextXml {
        @XmlValue
        public String value;
    }
}
