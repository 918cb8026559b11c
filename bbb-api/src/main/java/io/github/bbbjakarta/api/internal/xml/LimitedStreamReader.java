package io.github.bbbjakarta.api.internal.xml;

import javax.xml.XMLConstants;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;
import java.util.Map;

/**
 * A StAX reader that enforces {@link XmlLimits} on every event it hands out (to JAXB or to our own code),
 * refuses DTDs and entity references, and hides {@code xsi:} attributes so that {@code xsi:nil} or
 * {@code xsi:type} cannot change what JAXB builds. Not thread-safe (one per answer).
 */
final class LimitedStreamReader extends StreamReaderDelegate {
    private int depth;
    private int elements;
    /** Indexes of the visible (non-xsi) attributes of the current start element; null when all are visible. */
    private int[] visible;
    /** Where the current element's children go when JAXB binds a {@link FlatMapXml}; null otherwise. */
    private Map<String, String> flatMap;

    LimitedStreamReader(XMLStreamReader reader) {
        super(reader);
    }

    /** Starts counting elements anew: each streamed list item gets the whole element budget. */
    void resetElementCount() {
        elements = 0;
    }

    /**
     * Reads the content of the current start element into {@code target} on the next {@link #next()}, which
     * then returns the element's end tag: its reader (JAXB) sees an empty element.
     */
    void captureFlatMap(Map<String, String> target) {
        if (getEventType() == XMLStreamConstants.START_ELEMENT) {
            flatMap = target;
        }
    }

    @Override
    public int next() throws XMLStreamException {
        if (flatMap != null) {
            Map<String, String> target = flatMap;
            flatMap = null;
            return readFlatMap(target);
        }
        return advance();
    }

    private int readFlatMap(Map<String, String> target) throws XMLStreamException {
        int base = depth;
        String key = null;
        StringBuilder text = new StringBuilder();
        while (true) {
            int event = advance();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> {
                    if (depth == base + 1) {
                        key = getLocalName();
                        text.setLength(0);
                    }
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (depth == base + 1 && key != null && text.length() < XmlLimits.MAX_TEXT_LENGTH) {
                        text.append(getTextCharacters(), getTextStart(),
                                Math.min(getTextLength(), XmlLimits.MAX_TEXT_LENGTH - text.length()));
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    if (depth == base && key != null) {
                        target.put(key, text.toString().trim());
                        key = null;
                    } else if (depth < base) {
                        return event;
                    }
                }
                case XMLStreamConstants.END_DOCUMENT -> throw new XMLStreamException("unexpected end of the document");
                default -> {
                    // comments, processing instructions
                }
            }
        }
    }

    private int advance() throws XMLStreamException {
        int event = super.next();
        switch (event) {
            case XMLStreamConstants.START_ELEMENT -> {
                if (++depth > XmlLimits.MAX_DEPTH) {
                    throw new LimitException("elements nested deeper than " + XmlLimits.MAX_DEPTH);
                }
                if (++elements > XmlLimits.MAX_ELEMENTS) {
                    throw new LimitException("more than " + XmlLimits.MAX_ELEMENTS + " elements");
                }
                visible = visibleAttributes();
            }
            case XMLStreamConstants.END_ELEMENT -> {
                depth--;
                visible = null;
            }
            case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                if (super.getTextLength() > XmlLimits.MAX_TEXT_LENGTH) {
                    throw new LimitException("a text longer than " + XmlLimits.MAX_TEXT_LENGTH + " characters");
                }
            }
            case XMLStreamConstants.DTD -> throw new LimitException("a DTD, which BBB never sends");
            case XMLStreamConstants.ENTITY_REFERENCE ->
                    throw new LimitException("an entity reference, which BBB never sends");
            default -> {
                // comments, processing instructions, document start and end: nothing to count
            }
        }
        return event;
    }

    @Override
    public int nextTag() throws XMLStreamException {
        int event = next();
        while ((event == XMLStreamConstants.CHARACTERS && isWhiteSpace())
                || (event == XMLStreamConstants.CDATA && isWhiteSpace())
                || event == XMLStreamConstants.SPACE
                || event == XMLStreamConstants.PROCESSING_INSTRUCTION
                || event == XMLStreamConstants.COMMENT) {
            event = next();
        }
        if (event != XMLStreamConstants.START_ELEMENT && event != XMLStreamConstants.END_ELEMENT) {
            throw new XMLStreamException("expected an element", getLocation());
        }
        return event;
    }

    /** The text of a text-only element; leaves the reader on its end tag. */
    @Override
    public String getElementText() throws XMLStreamException {
        if (getEventType() != XMLStreamConstants.START_ELEMENT) {
            throw new XMLStreamException("not at a start tag", getLocation());
        }
        StringBuilder text = new StringBuilder();
        int event = next();
        while (event != XMLStreamConstants.END_ELEMENT) {
            switch (event) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    text.append(getTextCharacters(), getTextStart(), getTextLength());
                    if (text.length() > XmlLimits.MAX_TEXT_LENGTH) {
                        throw new LimitException("a text longer than " + XmlLimits.MAX_TEXT_LENGTH + " characters");
                    }
                }
                case XMLStreamConstants.COMMENT, XMLStreamConstants.PROCESSING_INSTRUCTION -> {
                    // skipped
                }
                default -> throw new XMLStreamException("an element inside a text-only element", getLocation());
            }
            event = next();
        }
        return text.toString();
    }

    /** Skips the current element and its content; leaves the reader on its end tag. */
    void skipElement() throws XMLStreamException {
        int target = depth - 1;
        while (true) {
            int event = next();
            if (event == XMLStreamConstants.END_ELEMENT && depth == target) {
                return;
            }
            if (event == XMLStreamConstants.END_DOCUMENT) {
                throw new XMLStreamException("unexpected end of the document");
            }
        }
    }

    private int[] visibleAttributes() {
        int n = super.getAttributeCount();
        int hidden = 0;
        for (int i = 0; i < n; i++) {
            if (XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI.equals(super.getAttributeNamespace(i))) {
                hidden++;
            }
        }
        if (hidden == 0) {
            return null;
        }
        int[] out = new int[n - hidden];
        int j = 0;
        for (int i = 0; i < n; i++) {
            if (!XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI.equals(super.getAttributeNamespace(i))) {
                out[j++] = i;
            }
        }
        return out;
    }

    private int index(int i) {
        return visible == null ? i : visible[i];
    }

    @Override
    public int getAttributeCount() {
        return visible == null ? super.getAttributeCount() : visible.length;
    }

    @Override
    public QName getAttributeName(int index) {
        return super.getAttributeName(index(index));
    }

    @Override
    public String getAttributeNamespace(int index) {
        return super.getAttributeNamespace(index(index));
    }

    @Override
    public String getAttributeLocalName(int index) {
        return super.getAttributeLocalName(index(index));
    }

    @Override
    public String getAttributePrefix(int index) {
        return super.getAttributePrefix(index(index));
    }

    @Override
    public String getAttributeType(int index) {
        return super.getAttributeType(index(index));
    }

    @Override
    public String getAttributeValue(int index) {
        return super.getAttributeValue(index(index));
    }

    @Override
    public boolean isAttributeSpecified(int index) {
        return super.isAttributeSpecified(index(index));
    }

    @Override
    public String getAttributeValue(String namespaceURI, String localName) {
        if (XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI.equals(namespaceURI)) {
            return null;
        }
        return super.getAttributeValue(namespaceURI, localName);
    }

    /** A limit of {@link XmlLimits} was exceeded, or the document has a DTD or an entity reference. */
    static final class LimitException extends XMLStreamException {
        private static final long serialVersionUID = 1L;

        LimitException(String what) {
            super("the answer has " + what);
        }
    }
}
