package io.github.bbbjakarta.api.internal.xml;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Unmarshaller;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.ByteArrayInputStream;

/**
 * Reads BBB's XML answers through JAXB over a StAX reader with DTDs and external entities switched off.
 * Unknown elements are ignored. Thread-safe.
 */
public final class BbbXml {
    private static final XMLInputFactory INPUT = secureInputFactory();

    private BbbXml() {
    }

    private static final class Context {
        static final JAXBContext INSTANCE = create();

        private static JAXBContext create() {
            try {
                return JAXBContext.newInstance(ApiVersionXml.class, CreateMeetingXml.class, JoinMeetingXml.class,
                        RunningXml.class, MeetingXml.class, MeetingsXml.class);
            } catch (JAXBException e) {
                throw new IllegalStateException("JAXB bindings of the BBB responses are broken", e);
            }
        }
    }

    private static XMLInputFactory secureInputFactory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, Boolean.FALSE);
        f.setProperty(XMLInputFactory.IS_COALESCING, Boolean.TRUE);
        return f;
    }

    /**
     * Parses a {@code <response>} document into {@code type}.
     *
     * @throws MalformedResponseException if the body is not well-formed XML, has a DTD-dependent entity, or
     *         its root is not {@code <response>} with a {@code <returncode>}
     */
    public static <T extends ResponseXml> T parse(byte[] body, Class<T> type) {
        XMLStreamReader reader = null;
        try {
            reader = INPUT.createXMLStreamReader(new ByteArrayInputStream(body));
            int event = reader.next();
            while (event != XMLStreamConstants.START_ELEMENT) {
                if (event == XMLStreamConstants.DTD) {
                    throw new MalformedResponseException("the response has a DTD, which BBB never sends");
                }
                event = reader.next();
            }
            if (!"response".equals(reader.getLocalName())) {
                throw new MalformedResponseException("root element is <" + reader.getLocalName() + ">, not <response>");
            }
            Unmarshaller unmarshaller = Context.INSTANCE.createUnmarshaller();
            T value = unmarshaller.unmarshal(reader, type).getValue();
            if (value.returncode == null || value.returncode.isBlank()) {
                throw new MalformedResponseException("<response> has no <returncode>");
            }
            return value;
        } catch (XMLStreamException | JAXBException e) {
            throw new MalformedResponseException("not well-formed XML: " + rootMessage(e), e);
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

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage();
        return m == null ? t.getClass().getSimpleName() : m;
    }

    /** The body is not a BBB XML answer. */
    public static final class MalformedResponseException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        MalformedResponseException(String message) {
            super(message);
        }

        MalformedResponseException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
