package io.github.bbbjakarta.api.internal.recordings;

import io.github.bbbjakarta.api.internal.Wire.Recordings;
import io.github.bbbjakarta.api.internal.xml.ResponseXml;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;

/** publishRecordings', deleteRecordings' and updateRecordings' answers. JAXB binding; internal. */
@XmlAccessorType(XmlAccessType.FIELD)
public class RecordingsChangedXml extends ResponseXml {
    @XmlElement(name = Recordings.PUBLISHED)
    public String published;
    @XmlElement(name = Recordings.DELETED)
    public String deleted;
    @XmlElement(name = Recordings.UPDATED)
    public String updated;
}
