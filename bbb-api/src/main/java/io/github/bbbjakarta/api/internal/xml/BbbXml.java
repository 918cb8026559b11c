package io.github.bbbjakarta.api.internal.xml;

import io.github.bbbjakarta.api.internal.Wire.Element;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Unmarshaller;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLReporter;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Reads BBB's XML answers: JAXB binding fed by a hardened StAX reader (no DTD, no external entities, no entity
 * replacement, {@code xsi:} attributes hidden) under {@link XmlLimits}. Unknown elements are ignored.
 * Whole answers go through {@link #parse}; answers with a long list go element by element through
 * {@link #forEach}, so only one list item is bound at a time. Thread-safe.
 */
public final class BbbXml {
    private static final XMLInputFactory INPUT = secureInputFactory();
    private static final Map<Class<?>, JAXBContext> CONTEXTS = new ConcurrentHashMap<>();

    private BbbXml() {
    }

    private static XMLInputFactory secureInputFactory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, Boolean.FALSE);
        f.setProperty(XMLInputFactory.IS_COALESCING, Boolean.TRUE);
        f.setProperty(XMLInputFactory.IS_VALIDATING, Boolean.FALSE);
        XMLReporter silent = (message, errorType, relatedInformation, location) -> {
            // problems surface as exceptions; nothing is printed
        };
        f.setProperty(XMLInputFactory.REPORTER, silent);
        return f;
    }

    private static JAXBContext context(Class<?> type) {
        JAXBContext c = CONTEXTS.get(type);
        if (c == null) {
            try {
                c = JAXBContext.newInstance(type);
            } catch (JAXBException e) {
                throw new IllegalStateException("the JAXB binding " + type.getSimpleName() + " is broken", e);
            }
            CONTEXTS.putIfAbsent(type, c);
        }
        return c;
    }

    /** An unmarshaller whose {@link FlatMapXml}s are read by {@code reader} itself (no DOM). */
    private static Unmarshaller unmarshaller(Class<?> type, LimitedStreamReader reader) throws JAXBException {
        Unmarshaller u = context(type).createUnmarshaller();
        u.setListener(new Unmarshaller.Listener() {
            @Override
            public void beforeUnmarshal(Object target, Object parent) {
                if (target instanceof FlatMapXml flat) {
                    reader.captureFlatMap(flat.entries);
                }
            }
        });
        return u;
    }

    /** {@link #parse(InputStream, Class)} of a buffered body. */
    public static <T extends ResponseXml> T parse(byte[] body, Class<T> type) {
        return parse(new ByteArrayInputStream(body), type);
    }

    /**
     * Parses a whole {@code <response>} document into {@code type}.
     *
     * @throws MalformedResponseException if the body is not well-formed XML, is beyond a limit, has a DTD or an
     *                                    entity reference, or its root is not {@code <response>} with a
     *                                    {@code <returncode>}
     */
    public static <T extends ResponseXml> T parse(InputStream body, Class<T> type) {
        return read(body, reader -> {
            T value = unmarshaller(type, reader).unmarshal(reader, type).getValue();
            if (value == null) {
                throw new MalformedResponseException("<" + Element.RESPONSE + "> has no content");
            }
            return value;
        });
    }

    /**
     * Reads a {@code <response>} whose list {@code <wrapper><item>…</item>…</wrapper>} is handed to
     * {@code action} one bound item at a time, in document order, as the items are read. Items are handed over
     * before the answer's {@code returncode} is checked: the caller decides what a FAILED answer means for them.
     * The element limit applies to each item (and to what precedes the list), not to the whole answer, whose
     * size the transport limits: a list of 10,000 recordings is read in the memory of one.
     *
     * @return the answer's common children (returncode, messageKey, message, errors)
     * @throws MalformedResponseException as {@link #parse(InputStream, Class)}
     */
    public static <I> ResponseXml forEach(InputStream body, String wrapper, String item, Class<I> itemType,
                                          Consumer<? super I> action) {
        return forEach(body, wrapper, item, itemType, action, Map.of(), (name, value) -> { });
    }

    /**
     * {@link #forEach(InputStream, String, String, Class, Consumer)} that also binds the {@code <response>}
     * children named in {@code siblings} (each to its type) and hands them to {@code siblingAction} with their
     * name, e.g. the paging information after a list. They count under the element limit of the item before them.
     */
    public static <I> ResponseXml forEach(InputStream body, String wrapper, String item, Class<I> itemType,
                                          Consumer<? super I> action, Map<String, Class<?>> siblings,
                                          BiConsumer<String, Object> siblingAction) {
        return read(body, reader -> {
            ResponseXml head = new ResponseXml();
            int event = reader.next();
            while (event != XMLStreamConstants.END_ELEMENT) {
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = reader.getLocalName();
                    if (Element.RETURNCODE.equals(name)) {
                        head.returncode = reader.getElementText();
                    } else if (Element.MESSAGE_KEY.equals(name)) {
                        head.messageKey = reader.getElementText();
                    } else if (Element.MESSAGE.equals(name)) {
                        head.message = reader.getElementText();
                    } else if (Element.ERRORS.equals(name)) {
                        ResponseXml.ErrorsXml errors = unmarshaller(ResponseXml.ErrorsXml.class, reader)
                                .unmarshal(reader, ResponseXml.ErrorsXml.class).getValue();
                        head.errors = errors == null || errors.errors == null ? null : new ArrayList<>(errors.errors);
                        event = reader.getEventType();
                        continue;
                    } else if (wrapper.equals(name)) {
                        items(reader, item, itemType, action);
                    } else if (siblings.containsKey(name)) {
                        Class<?> type = siblings.get(name);
                        Object value = unmarshaller(type, reader).unmarshal(reader, type).getValue();
                        if (value != null) {
                            siblingAction.accept(name, value);
                        }
                        event = reader.getEventType();
                        continue;
                    } else {
                        reader.skipElement();
                    }
                }
                event = reader.next();
            }
            return head;
        });
    }

    /** Binds each {@code <item>} child of the current element; leaves the reader on the element's end tag. */
    private static <I> void items(LimitedStreamReader reader, String item, Class<I> itemType, Consumer<? super I> action)
            throws XMLStreamException, JAXBException {
        Unmarshaller unmarshaller = unmarshaller(itemType, reader);
        int event = reader.next();
        while (event != XMLStreamConstants.END_ELEMENT) {
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (item.equals(reader.getLocalName())) {
                    reader.resetElementCount();
                    I value = unmarshaller.unmarshal(reader, itemType).getValue();
                    if (value != null) {
                        action.accept(value);
                    }
                    event = reader.getEventType();
                    continue;
                }
                reader.skipElement();
            }
            event = reader.next();
        }
    }

    /** What to do once the reader is on the root {@code <response>}. */
    private interface Reading<T> {
        T read(LimitedStreamReader reader) throws XMLStreamException, JAXBException;
    }

    private static <T> T read(InputStream body, Reading<T> reading) {
        LimitedStreamReader reader = null;
        try {
            reader = new LimitedStreamReader(INPUT.createXMLStreamReader(utf8(body)));
            int event = reader.getEventType();
            while (event != XMLStreamConstants.START_ELEMENT) {
                if (event == XMLStreamConstants.END_DOCUMENT) {
                    throw new MalformedResponseException("no root element");
                }
                event = reader.next();
            }
            if (!Element.RESPONSE.equals(reader.getLocalName())) {
                throw new MalformedResponseException("root element is <" + printable(reader.getLocalName())
                        + ">, not <" + Element.RESPONSE + ">");
            }
            T value = reading.read(reader);
            if (value instanceof ResponseXml r && (r.returncode == null || r.returncode.isBlank())) {
                throw new MalformedResponseException("<" + Element.RESPONSE + "> has no <" + Element.RETURNCODE + ">");
            }
            while (reader.hasNext()) {
                reader.next();
            }
            return value;
        } catch (XMLStreamException | JAXBException e) {
            throw new MalformedResponseException(describe(e), e);
        } catch (MalformedResponseException e) {
            throw e;
        } catch (RuntimeException e) {
            // a parser or binding bug triggered by hostile input: still not a BBB answer
            throw new MalformedResponseException("not well-formed XML: " + e.getClass().getSimpleName(), e);
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (XMLStreamException ignored) {
                    // nothing to release
                }
            }
        }
    }

    /**
     * The body as UTF-8 text (what bbb-web always sends), without a byte order mark. Decoding here rather than
     * in the JDK parser keeps invalid bytes an exception: the parser would also print "[Fatal Error]" lines to
     * {@code System.err}.
     */
    private static Reader utf8(InputStream body) throws XMLStreamException {
        BufferedInputStream in = new BufferedInputStream(body, 8192);
        try {
            in.mark(3);
            byte[] bom = new byte[3];
            int n = in.readNBytes(bom, 0, 3);
            if (n != 3 || (bom[0] & 0xFF) != 0xEF || (bom[1] & 0xFF) != 0xBB || (bom[2] & 0xFF) != 0xBF) {
                in.reset();
            }
        } catch (IOException e) {
            throw new XMLStreamException("cannot read the body: " + e.getMessage(), e);
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    private static String describe(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof LimitedStreamReader.LimitException) {
                return "beyond the parser's limits: " + t.getMessage();
            }
            if (t instanceof CharacterCodingException) {
                return "not well-formed XML: not UTF-8";
            }
        }
        return "not well-formed XML: " + printable(rootMessage(e));
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage();
        return m == null ? t.getClass().getSimpleName() : m;
    }

    /** At most 100 characters, without control characters: names and messages may come from the body. */
    private static String printable(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length() && sb.length() < 100; i++) {
            char c = s.charAt(i);
            sb.append(Character.isISOControl(c) ? ' ' : c);
        }
        return sb.toString();
    }
}
