package io.github.bbbjakarta.api.internal;

import io.github.bbbjakarta.api.PresentationDocument;

import java.util.Base64;
import java.util.List;

/** Writes the {@code <modules>} body of a {@code POST create} with pre-upload documents. */
public final class PresentationXml {
    private PresentationXml() {
    }

    public static String modules(List<PresentationDocument> documents) {
        StringBuilder sb = new StringBuilder("<modules><module name=\"presentation\">");
        for (PresentationDocument d : documents) {
            sb.append("<document");
            if (d.url() != null) {
                attribute(sb, "url", d.url());
                if (d.fileName() != null) {
                    attribute(sb, "filename", d.fileName());
                }
            } else {
                attribute(sb, "name", d.fileName());
            }
            if (d.current() != null) {
                attribute(sb, "current", d.current().toString());
            }
            if (d.downloadable() != null) {
                attribute(sb, "downloadable", d.downloadable().toString());
            }
            if (d.removable() != null) {
                attribute(sb, "removable", d.removable().toString());
            }
            if (d.url() != null) {
                sb.append("/>");
            } else {
                sb.append('>').append(Base64.getEncoder().encodeToString(d.content())).append("</document>");
            }
        }
        return sb.append("</module></modules>").toString();
    }

    private static void attribute(StringBuilder sb, String name, String value) {
        sb.append(' ').append(name).append("=\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&apos;");
                default -> sb.append(c);
            }
        }
        sb.append('"');
    }
}
