package io.github.bbbjakarta.api.internal;

import io.github.bbbjakarta.api.PresentationDocument;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.util.Base64;
import java.util.List;

/**
 * Writes the {@code <modules>} body of a {@code POST create} with pre-upload documents, through a StAX writer
 * (which escapes the attribute values).
 */
public final class PresentationXml {
    private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newFactory();
    private static final String MODULES = "modules";
    private static final String MODULE = "module";
    private static final String NAME = "name";
    private static final String PRESENTATION = "presentation";
    private static final String DOCUMENT = "document";
    private static final String URL = "url";
    private static final String FILENAME = "filename";
    private static final String CURRENT = "current";
    private static final String DOWNLOADABLE = "downloadable";
    private static final String REMOVABLE = "removable";

    private PresentationXml() {
    }

    public static String modules(List<PresentationDocument> documents) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter w = OUTPUT.createXMLStreamWriter(out);
            w.writeStartElement(MODULES);
            w.writeStartElement(MODULE);
            w.writeAttribute(NAME, PRESENTATION);
            for (PresentationDocument d : documents) {
                if (d.url() != null) {
                    w.writeEmptyElement(DOCUMENT);
                    w.writeAttribute(URL, d.url());
                    if (d.fileName() != null) {
                        w.writeAttribute(FILENAME, d.fileName());
                    }
                } else {
                    w.writeStartElement(DOCUMENT);
                    w.writeAttribute(NAME, d.fileName());
                }
                flag(w, CURRENT, d.current());
                flag(w, DOWNLOADABLE, d.downloadable());
                flag(w, REMOVABLE, d.removable());
                if (d.url() == null) {
                    w.writeCharacters(Base64.getEncoder().encodeToString(d.content()));
                    w.writeEndElement();
                }
            }
            w.writeEndElement();
            w.writeEndElement();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the documents of create", e);
        }
        return out.toString();
    }

    private static void flag(XMLStreamWriter w, String name, Boolean value) throws XMLStreamException {
        if (value != null) {
            w.writeAttribute(name, value.toString());
        }
    }
}
