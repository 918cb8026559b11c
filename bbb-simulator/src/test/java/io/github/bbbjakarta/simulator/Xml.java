package io.github.bbbjakarta.simulator;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/** DOM helpers for asserting on response XML in tests. */
final class Xml {
    private final String source;
    private final Document doc;

    private Xml(String source, Document doc) {
        this.source = source;
        this.doc = doc;
    }

    static Xml parse(String text) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            javax.xml.parsers.DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
                @Override
                public void fatalError(org.xml.sax.SAXParseException e) throws org.xml.sax.SAXParseException {
                    throw e;
                }
            });
            return new Xml(text, b.parse(new InputSource(new StringReader(text))));
        } catch (Exception e) {
            throw new AssertionError("Not XML: " + text, e);
        }
    }

    /** Text of the first element with this tag, or null. */
    String text(String tag) {
        NodeList nl = doc.getElementsByTagName(tag);
        return nl.getLength() == 0 ? null : nl.item(0).getTextContent();
    }

    /** Texts of all elements with this tag. */
    List<String> texts(String tag) {
        NodeList nl = doc.getElementsByTagName(tag);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < nl.getLength(); i++) {
            out.add(nl.item(i).getTextContent());
        }
        return out;
    }

    boolean has(String tag) {
        return doc.getElementsByTagName(tag).getLength() > 0;
    }

    /** Names of the child elements of the first element with this tag. */
    List<String> childNames(String tag) {
        List<String> out = new ArrayList<>();
        Node n = doc.getElementsByTagName(tag).item(0);
        if (n == null) {
            return out;
        }
        NodeList nl = n.getChildNodes();
        for (int i = 0; i < nl.getLength(); i++) {
            if (nl.item(i) instanceof Element) {
                out.add(nl.item(i).getNodeName());
            }
        }
        return out;
    }

    String source() {
        return source;
    }

    @Override
    public String toString() {
        return source;
    }
}
