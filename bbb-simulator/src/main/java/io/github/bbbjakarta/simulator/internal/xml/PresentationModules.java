package io.github.bbbjakarta.simulator.internal.xml;

import io.github.bbbjakarta.simulator.internal.wire.ApiParam;
import io.github.bbbjakarta.simulator.internal.wire.Limits;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses the XML body of a POST {@code create} ({@code <modules><module name="presentation"><document .../>}).
 * Like Groovy's default {@code XmlSlurper} used by bbb-web, a DOCTYPE is rejected outright, so no DTD and no
 * external entity is ever loaded or expanded. Thread-safe (stateless).
 */
public final class PresentationModules {

    /** One child element of a module: its attributes and its text. */
    public record DocumentElement(Map<String, String> attributes, String text) {
        /** An attribute value, "" when absent (as {@code document.@x.toString()}). */
        public String attr(String name) {
            return attributes.getOrDefault(name, "");
        }
    }

    /** The body nests elements deeper than {@link Limits#MAX_XML_DEPTH}. */
    public static final class TooDeep extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        TooDeep() {
            super(Limits.xmlTooDeep());
        }
    }

    private PresentationModules() {
    }

    /**
     * Streams through the body counting element depth, before any tree is built (deep nesting would exhaust the
     * stack of the DOM's recursive text extraction). A body that is not well-formed is left to the DOM parser.
     */
    private static void checkDepth(byte[] body) {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XMLStreamReader r = null;
        try {
            r = f.createXMLStreamReader(new ByteArrayInputStream(body));
            int depth = 0;
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT && ++depth > Limits.MAX_XML_DEPTH) {
                    throw new TooDeep();
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
        } catch (XMLStreamException | RuntimeException e) {
            if (e instanceof TooDeep) {
                throw (TooDeep) e;
            }
            // not well-formed: the DOM parser reports it
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException ignored) {
                    // nothing held
                }
            }
        }
    }

    /**
     * Parses the body into modules keyed by their {@code name} attribute (later duplicates win), each a list of
     * its child elements.
     *
     * @throws TooDeep                 when elements nest deeper than {@link Limits#MAX_XML_DEPTH}
     * @throws IllegalArgumentException when the body is not well-formed XML or declares a DOCTYPE
     */
    public static Map<String, List<DocumentElement>> parse(byte[] body) {
        checkDepth(body);
        Document doc;
        try {
            DocumentBuilder builder = factory().newDocumentBuilder();
            builder.setEntityResolver((publicId, systemId) -> {
                throw new IllegalArgumentException("External entities are not allowed");
            });
            builder.setErrorHandler(new org.xml.sax.ErrorHandler() {
                @Override
                public void warning(org.xml.sax.SAXParseException e) {
                    // ignored
                }

                @Override
                public void error(org.xml.sax.SAXParseException e) throws org.xml.sax.SAXParseException {
                    throw e;
                }

                @Override
                public void fatalError(org.xml.sax.SAXParseException e) throws org.xml.sax.SAXParseException {
                    throw e;
                }
            });
            doc = builder.parse(new InputSource(new ByteArrayInputStream(body)));
        } catch (IllegalArgumentException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalArgumentException("Malformed XML body", e);
        }
        Map<String, List<DocumentElement>> modules = new LinkedHashMap<>();
        Element root = doc.getDocumentElement();
        for (Element module : children(root)) {
            List<DocumentElement> docs = new ArrayList<>();
            for (Element d : children(module)) {
                Map<String, String> attrs = new LinkedHashMap<>();
                for (int i = 0; i < d.getAttributes().getLength(); i++) {
                    Node a = d.getAttributes().item(i);
                    attrs.put(a.getNodeName(), a.getNodeValue());
                }
                docs.add(new DocumentElement(Map.copyOf(attrs), d.getTextContent()));
            }
            modules.put(module.getAttribute(ApiParam.MODULE_NAME), List.copyOf(docs));
        }
        return modules;
    }

    private static List<Element> children(Element e) {
        List<Element> out = new ArrayList<>();
        NodeList nl = e.getChildNodes();
        for (int i = 0; i < nl.getLength(); i++) {
            if (nl.item(i) instanceof Element) {
                out.add((Element) nl.item(i));
            }
        }
        return out;
    }

    private static DocumentBuilderFactory factory() throws ParserConfigurationException {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature("http://xml.org/sax/features/external-general-entities", false);
        f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        f.setNamespaceAware(true);
        f.setValidating(false);
        return f;
    }
}
