package io.github.bbbjakarta.api.internal.xml;

import jakarta.xml.bind.ValidationEventHandler;
import jakarta.xml.bind.annotation.DomHandler;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAnyElement;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

import javax.xml.transform.Source;
import javax.xml.transform.sax.SAXResult;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An element whose children are free-form keys with text values ({@code <metadata>}, {@code <customdata>}),
 * read as a flat map without building a DOM: only the direct text of each child counts; elements nested
 * inside a child are ignored (BBB never nests them). JAXB binding; internal.
 */
@XmlAccessorType(XmlAccessType.FIELD)
public class FlatMapXml {
    @XmlAnyElement(EntryHandler.class)
    public List<Object> entries;

    /** The entries in document order; a repeated key keeps its last value. */
    public Map<String, String> toMap() {
        Map<String, String> out = new LinkedHashMap<>();
        if (entries != null) {
            for (Object o : entries) {
                if (o instanceof Entry e && e.key != null) {
                    out.put(e.key, e.text());
                }
            }
        }
        return out;
    }

    /** One child while and after JAXB streams its SAX events into it. */
    static final class Entry extends DefaultHandler {
        private String key;
        private final StringBuilder text = new StringBuilder();
        private int depth;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            if (depth++ == 0) {
                key = localName == null || localName.isEmpty() ? qName : localName;
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            depth--;
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (depth == 1 && text.length() + length <= XmlLimits.MAX_TEXT_LENGTH) {
                text.append(ch, start, length);
            }
        }

        String text() {
            return text.toString().trim();
        }
    }

    /** Lets JAXB hand each child to an {@link Entry} as SAX events (no DOM). */
    public static final class EntryHandler implements DomHandler<Object, SAXResult> {
        @Override
        public SAXResult createUnmarshaller(ValidationEventHandler errorHandler) {
            return new SAXResult(new Entry());
        }

        @Override
        public Object getElement(SAXResult result) {
            return result.getHandler();
        }

        @Override
        public Source marshal(Object element, ValidationEventHandler errorHandler) {
            throw new UnsupportedOperationException("answers are only read");
        }
    }
}
