package io.github.bbbjakarta.simulator.internal.http;

import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A strict {@code multipart/form-data} reader (RFC 7578 / RFC 2046) for request bodies already held in memory
 * (the body size limit applies before): the boundary from the {@code Content-Type} (token or quoted string,
 * 1..70 characters), an optional preamble, CRLF line ends, each part's headers ({@code Content-Disposition:
 * form-data; name=..; filename=..}, {@code Content-Type}) and its bytes up to the next CRLF + delimiter, the
 * closing delimiter, an ignored epilogue. Parts without a {@code name} are skipped, as Commons FileUpload (under
 * Tomcat and Spring) does. Bounded: at most {@link #MAX_PARTS} parts and {@link #MAX_HEADER_BYTES} of headers per
 * part; the search for delimiters is linear (KMP), so no input makes it slow. Any malformed or over-limit body
 * throws {@link Malformed}, and nothing else. Stateless and thread-safe.
 */
public final class Multipart {
    /** Most parts one body may have. */
    public static final int MAX_PARTS = 100;
    /** Most bytes of headers one part may have. */
    public static final int MAX_HEADER_BYTES = 8 * 1024;
    /** Longest boundary RFC 2046 allows. */
    public static final int MAX_BOUNDARY_LENGTH = 70;
    /** The mime type this reader reads. */
    public static final String FORM_DATA = "multipart/form-data";

    private static final byte[] CRLF = {'\r', '\n'};
    private static final byte[] HEADER_END = {'\r', '\n', '\r', '\n'};

    private Multipart() {
    }

    /** One part: its form field name, file name ({@code null} for a plain field), content type and bytes. */
    public record Part(String name, String filename, String contentType, byte[] content) {
        public Part {
            content = content.clone();
        }

        /** The bytes (a copy). */
        @Override
        public byte[] content() {
            return content.clone();
        }

        /** Whether the part is a file upload (its Content-Disposition has a {@code filename}). */
        public boolean isFile() {
            return filename != null;
        }

        /** The content as text in the part's charset, UTF-8 when it names none or an unknown one. */
        public String text() {
            return new String(content, charsetOf(contentType));
        }
    }

    /** A body that is not well-formed {@code multipart/form-data}, or exceeds a limit. */
    public static final class Malformed extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        Malformed(String message) {
            super(message);
        }
    }

    /** Whether a Content-Type header names {@code multipart/form-data}. */
    public static boolean isFormData(String contentType) {
        if (contentType == null) {
            return false;
        }
        int semi = contentType.indexOf(';');
        String mime = (semi < 0 ? contentType : contentType.substring(0, semi)).trim();
        return mime.toLowerCase(Locale.ROOT).equals(FORM_DATA);
    }

    /**
     * Reads a body.
     *
     * @param contentType the request's Content-Type ({@code multipart/form-data; boundary=...})
     * @param body        the whole body
     * @return the named parts in body order
     * @throws Malformed when the content type has no usable boundary, or the body is malformed or too large
     */
    public static List<Part> parse(String contentType, byte[] body) {
        if (!isFormData(contentType)) {
            throw new Malformed("Content-Type is not " + FORM_DATA);
        }
        String boundary = headerParams(contentType.substring(contentType.indexOf(';') + 1)).get("boundary");
        if (boundary == null || boundary.isEmpty() || boundary.length() > MAX_BOUNDARY_LENGTH) {
            throw new Malformed("Content-Type has no boundary of 1 to " + MAX_BOUNDARY_LENGTH + " characters");
        }
        return parseParts(body, ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1));
    }

    private static List<Part> parseParts(byte[] body, byte[] delimiter) {
        // the first delimiter: at the very start, or after a CRLF ending the preamble
        byte[] crlfDelimiter = concat(CRLF, delimiter);
        int pos;
        if (startsWith(body, 0, delimiter)) {
            pos = delimiter.length;
        } else {
            int at = indexOf(body, crlfDelimiter, 0, body.length);
            if (at < 0) {
                throw new Malformed("No boundary delimiter in the body");
            }
            pos = at + crlfDelimiter.length;
        }
        List<Part> parts = new ArrayList<>();
        int seen = 0;
        while (true) {
            if (startsWith(body, pos, new byte[]{'-', '-'})) {
                return parts; // close delimiter; the epilogue is ignored
            }
            pos = skipPaddingAndCrlf(body, pos);
            if (++seen > MAX_PARTS) {
                throw new Malformed("More than " + MAX_PARTS + " parts");
            }
            int headerEnd = indexOf(body, HEADER_END, pos, Math.min(body.length, pos + MAX_HEADER_BYTES + 4));
            int contentStart;
            Map<String, String> headers;
            if (startsWith(body, pos, CRLF)) {
                headers = Map.of(); // no headers at all
                contentStart = pos + 2;
            } else {
                if (headerEnd < 0) {
                    throw new Malformed(body.length - pos > MAX_HEADER_BYTES
                            ? "Part headers longer than " + MAX_HEADER_BYTES + " bytes" : "Unterminated part headers");
                }
                headers = headers(new String(body, pos, headerEnd - pos, StandardCharsets.UTF_8));
                contentStart = headerEnd + HEADER_END.length;
            }
            int contentEnd = indexOf(body, crlfDelimiter, contentStart, body.length);
            if (contentEnd < 0) {
                throw new Malformed("Part without a closing boundary delimiter (truncated body)");
            }
            byte[] content = new byte[contentEnd - contentStart];
            System.arraycopy(body, contentStart, content, 0, content.length);
            Part part = part(headers, content);
            if (part != null) {
                parts.add(part);
            }
            pos = contentEnd + crlfDelimiter.length;
        }
    }

    /** After a delimiter: optional transport padding (spaces, tabs), then CRLF. */
    private static int skipPaddingAndCrlf(byte[] body, int pos) {
        int p = pos;
        while (p < body.length && (body[p] == ' ' || body[p] == '\t')) {
            p++;
        }
        if (!startsWith(body, p, CRLF)) {
            throw new Malformed(p >= body.length ? "Body ends after a boundary delimiter"
                    : "Boundary delimiter not followed by CRLF");
        }
        return p + 2;
    }

    /** Header lines (folded lines joined) by lower-cased name; the first of a repeated name wins. */
    private static Map<String, String> headers(String block) {
        Map<String, String> out = new LinkedHashMap<>();
        String name = null;
        StringBuilder value = new StringBuilder();
        for (String line : block.split("\r\n", -1)) {
            if (!line.isEmpty() && (line.charAt(0) == ' ' || line.charAt(0) == '\t') && name != null) {
                value.append(' ').append(line.trim());
                continue;
            }
            if (name != null) {
                out.putIfAbsent(name, value.toString().trim());
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new Malformed("Malformed part header line");
            }
            name = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            value = new StringBuilder(line.substring(colon + 1));
        }
        if (name != null) {
            out.putIfAbsent(name, value.toString().trim());
        }
        return out;
    }

    /** The part, or {@code null} when it is not a named form-data part. */
    private static Part part(Map<String, String> headers, byte[] content) {
        String disposition = headers.get("content-disposition");
        if (disposition == null) {
            return null;
        }
        int semi = disposition.indexOf(';');
        String type = (semi < 0 ? disposition : disposition.substring(0, semi)).trim();
        if (!type.equalsIgnoreCase("form-data")) {
            return null;
        }
        Map<String, String> params = semi < 0 ? Map.of() : headerParams(disposition.substring(semi + 1));
        String name = params.get("name");
        if (name == null) {
            return null;
        }
        String filename = params.get("filename");
        String extended = params.get("filename*");
        if (extended != null) {
            String decoded = rfc5987(extended);
            if (decoded != null) {
                filename = decoded;
            }
        }
        return new Part(name, filename, headers.get("content-type"), content);
    }

    /**
     * {@code ; a=b; c="d \" e"} parameters by lower-cased name (first wins). A malformed quoted string is
     * {@link Malformed}.
     */
    static Map<String, String> headerParams(String s) {
        Map<String, String> out = new LinkedHashMap<>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            while (i < n && (s.charAt(i) == ';' || Character.isWhitespace(s.charAt(i)))) {
                i++;
            }
            int nameStart = i;
            while (i < n && s.charAt(i) != '=' && s.charAt(i) != ';') {
                i++;
            }
            String name = s.substring(nameStart, i).trim().toLowerCase(Locale.ROOT);
            if (i >= n || s.charAt(i) == ';') {
                continue; // a bare token without value
            }
            i++; // '='
            while (i < n && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
                i++;
            }
            String value;
            if (i < n && s.charAt(i) == '"') {
                StringBuilder sb = new StringBuilder();
                i++;
                boolean closed = false;
                while (i < n) {
                    char c = s.charAt(i++);
                    if (c == '\\' && i < n) {
                        sb.append(s.charAt(i++));
                    } else if (c == '"') {
                        closed = true;
                        break;
                    } else {
                        sb.append(c);
                    }
                }
                if (!closed) {
                    throw new Malformed("Unterminated quoted string in a header parameter");
                }
                value = sb.toString();
                while (i < n && s.charAt(i) != ';') {
                    i++;
                }
            } else {
                int valueStart = i;
                while (i < n && s.charAt(i) != ';') {
                    i++;
                }
                value = s.substring(valueStart, i).trim();
            }
            if (!name.isEmpty()) {
                out.putIfAbsent(name, value);
            }
        }
        return out;
    }

    /** {@code UTF-8''percent-encoded} (RFC 5987), or {@code null} when not decodable. */
    private static String rfc5987(String v) {
        int q = v.indexOf("''");
        if (q < 0) {
            return null;
        }
        try {
            Charset cs = Charset.forName(v.substring(0, q));
            return URLDecoder.decode(v.substring(q + 2).replace("+", "%2B"), cs);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The charset parameter of a content type, UTF-8 when absent or unknown. */
    static Charset charsetOf(String contentType) {
        if (contentType == null) {
            return StandardCharsets.UTF_8;
        }
        int semi = contentType.indexOf(';');
        if (semi < 0) {
            return StandardCharsets.UTF_8;
        }
        try {
            String name = headerParams(contentType.substring(semi + 1)).get("charset");
            return name == null ? StandardCharsets.UTF_8 : Charset.forName(name);
        } catch (RuntimeException e) {
            return StandardCharsets.UTF_8;
        }
    }

    private static boolean startsWith(byte[] a, int at, byte[] prefix) {
        if (at < 0 || at + prefix.length > a.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (a[at + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** First index of {@code needle} in {@code hay[from, to)}, or -1; Knuth-Morris-Pratt, linear time. */
    static int indexOf(byte[] hay, byte[] needle, int from, int to) {
        if (needle.length == 0) {
            return from;
        }
        int[] fail = new int[needle.length];
        for (int i = 1, k = 0; i < needle.length; i++) {
            while (k > 0 && needle[i] != needle[k]) {
                k = fail[k - 1];
            }
            if (needle[i] == needle[k]) {
                k++;
            }
            fail[i] = k;
        }
        for (int i = Math.max(0, from), k = 0; i < to; i++) {
            while (k > 0 && hay[i] != needle[k]) {
                k = fail[k - 1];
            }
            if (hay[i] == needle[k]) {
                k++;
            }
            if (k == needle.length) {
                return i - needle.length + 1;
            }
        }
        return -1;
    }
}
