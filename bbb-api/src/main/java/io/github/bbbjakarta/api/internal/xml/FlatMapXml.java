package io.github.bbbjakarta.api.internal.xml;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlTransient;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An element whose children are free-form keys with text values ({@code <metadata>}, {@code <customdata>}),
 * read as a flat map without a DOM: when JAXB starts binding one, {@link BbbXml} lets the
 * {@link LimitedStreamReader} read the element's content itself (only the direct text of each child counts;
 * elements nested inside a child are ignored, within the limits) and JAXB sees an empty element.
 * JAXB binding; internal.
 */
@XmlAccessorType(XmlAccessType.FIELD)
public class FlatMapXml {
    @XmlTransient
    final Map<String, String> entries = new LinkedHashMap<>();

    /** The entries in document order; a repeated key keeps its last value. */
    public Map<String, String> toMap() {
        return entries;
    }
}
