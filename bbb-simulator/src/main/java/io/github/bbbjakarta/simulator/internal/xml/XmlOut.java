package io.github.bbbjakarta.simulator.internal.xml;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Writes bbb-web response XML the way its FreeMarker templates render: no XML declaration, one element per
 * line, values escaped like FreeMarker's XML output format, and the whole output passed through
 * {@code <#compress>} (runs of white-space collapsed, also inside values). Not thread-safe; one per response.
 */
public final class XmlOut {
    private final StringBuilder sb = new StringBuilder();

    /** Opens an element on its own line. */
    public XmlOut open(String tag) {
        sb.append('<').append(escape(tag)).append(">\n");
        return this;
    }

    /** Closes an element on its own line. */
    public XmlOut close(String tag) {
        sb.append("</").append(escape(tag)).append(">\n");
        return this;
    }

    /** A text element; {@code null} renders as empty (FreeMarker {@code ${x!}}). */
    public XmlOut element(String tag, String value) {
        String t = escape(tag);
        sb.append('<').append(t).append('>').append(value == null ? "" : escape(value)).append("</").append(t)
                .append(">\n");
        return this;
    }

    /** A boolean element, {@code true}/{@code false} ({@code ?c}). */
    public XmlOut element(String tag, boolean value) {
        return element(tag, Boolean.toString(value));
    }

    /** A number printed with {@code ?c} (no grouping). */
    public XmlOut number(String tag, long value) {
        return element(tag, Long.toString(value));
    }

    /** A number printed without {@code ?c}: FreeMarker's default format groups digits ("1,500"). */
    public XmlOut grouped(String tag, long value) {
        return element(tag, group(value));
    }

    /** A self-closing element. */
    public XmlOut empty(String tag) {
        sb.append('<').append(escape(tag)).append("/>\n");
        return this;
    }

    /** The rendered, compressed text. */
    public String render() {
        return compress(sb.toString());
    }

    /** FreeMarker's default number format for an integral value (en_US grouping). */
    public static String group(long value) {
        DecimalFormat f = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.US));
        return f.format(value);
    }

    /** Escapes like FreeMarker's XML output format. */
    public static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<':
                    out.append("&lt;");
                    break;
                case '>':
                    out.append("&gt;");
                    break;
                case '&':
                    out.append("&amp;");
                    break;
                case '"':
                    out.append("&quot;");
                    break;
                case '\'':
                    out.append("&apos;");
                    break;
                default:
                    out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * FreeMarker {@code <#compress>}: white-space at the start and end removed, every other run of white-space
     * becomes one line break if it contained one, else one space.
     */
    public static String compress(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean inWs = false;
        boolean wsHasBreak = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                inWs = true;
                if (c == '\n' || c == '\r') {
                    wsHasBreak = true;
                }
                continue;
            }
            if (inWs && out.length() > 0) {
                out.append(wsHasBreak ? '\n' : ' ');
            }
            inWs = false;
            wsHasBreak = false;
            out.append(c);
        }
        return out.toString();
    }
}
