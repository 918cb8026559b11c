package io.github.bbbjakarta.api.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A {@code multipart/form-data} body (RFC 7578) holding one file, as browsers send an upload form: a random
 * boundary that does not occur in the file, the file name with {@code "}, CR and LF percent-encoded (the HTML
 * standard's rule). Internal.
 */
public final class Multipart {
    private static final String CRLF = "\r\n";

    private Multipart() {
    }

    /** One file in the form field {@code field}. */
    public static RequestBody file(String field, String filename, String contentType, byte[] content) {
        String boundary = boundary(content);
        String head = "--" + boundary + CRLF
                + "Content-Disposition: form-data; name=\"" + quoted(field) + "\"; filename=\"" + quoted(filename)
                + "\"" + CRLF + "Content-Type: " + contentType + CRLF + CRLF;
        String tail = CRLF + "--" + boundary + "--" + CRLF;
        byte[] h = head.getBytes(StandardCharsets.UTF_8);
        byte[] t = tail.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream(h.length + content.length + t.length);
        out.writeBytes(h);
        out.writeBytes(content);
        out.writeBytes(t);
        return RequestBody.of("multipart/form-data; boundary=" + boundary, out.toByteArray());
    }

    /** A quoted-string's content: {@code "}, CR and LF percent-encoded, as browsers do in file names. */
    static String quoted(String s) {
        return s.replace("\"", "%22").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** 128 random bits in hex behind a fixed prefix, redrawn in the (unlikely) case the content holds them. */
    static String boundary(byte[] content) {
        while (true) {
            byte[] random = new byte[16];
            ThreadLocalRandom.current().nextBytes(random);
            String boundary = "bbb-jakarta-" + HexFormat.of().formatHex(random);
            if (indexOf(content, boundary.getBytes(StandardCharsets.US_ASCII)) < 0) {
                return boundary;
            }
        }
    }

    static int indexOf(byte[] data, byte[] pattern) {
        outer:
        for (int i = 0; i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
