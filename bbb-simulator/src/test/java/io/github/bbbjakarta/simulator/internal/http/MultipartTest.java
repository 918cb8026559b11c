package io.github.bbbjakarta.simulator.internal.http;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The multipart/form-data reader: well-formed bodies, each malformation, limits, and fuzzed input. */
class MultipartTest {
    private static final String CT = "multipart/form-data; boundary=XyZ";

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static final String VALID = "--XyZ\r\n"
            + "Content-Disposition: form-data; name=\"kind\"\r\n\r\n"
            + "subtitles\r\n"
            + "--XyZ\r\n"
            + "Content-Disposition: form-data; name=\"file\"; filename=\"en.vtt\"\r\n"
            + "Content-Type: text/vtt\r\n\r\n"
            + "WEBVTT\r\n\r\n00:00.000 --> 00:01.000\r\nHello\r\n"
            + "--XyZ--\r\n";

    @Test
    void readsFieldsAndFiles() {
        List<Multipart.Part> parts = Multipart.parse(CT, bytes(VALID));
        assertEquals(2, parts.size());
        assertEquals("kind", parts.get(0).name());
        assertFalse(parts.get(0).isFile());
        assertEquals("subtitles", parts.get(0).text());
        Multipart.Part file = parts.get(1);
        assertEquals("file", file.name());
        assertEquals("en.vtt", file.filename());
        assertEquals("text/vtt", file.contentType());
        assertEquals("WEBVTT\r\n\r\n00:00.000 --> 00:01.000\r\nHello", file.text());
    }

    @Test
    void quotedBoundaryPreambleEpilogueAndPadding() {
        String body = "preamble text\r\n--a b:c\t \r\n"
                + "content-disposition: FORM-DATA; filename=\"x\\\"y.srt\"; name=file\r\n\r\n"
                + "1\r\n--a b:c-- trailing epilogue";
        List<Multipart.Part> parts = Multipart.parse("Multipart/Form-Data; charset=utf-8; boundary=\"a b:c\"",
                bytes(body));
        assertEquals(1, parts.size());
        assertEquals("x\"y.srt", parts.get(0).filename());
        assertEquals("1", parts.get(0).text());
    }

    @Test
    void binaryContentWithAlmostBoundaries() {
        byte[] content = new byte[512];
        new Random(7).nextBytes(content);
        byte[] tricky = bytes("\r\n--XyY\r\n--Xy\r\n-XyZ");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(bytes("--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\"\r\n\r\n"));
        out.writeBytes(content);
        out.writeBytes(tricky);
        out.writeBytes(bytes("\r\n--XyZ--"));
        Multipart.Part p = Multipart.parse(CT, out.toByteArray()).get(0);
        assertEquals("", p.filename());
        assertTrue(p.isFile());
        byte[] expected = new byte[content.length + tricky.length];
        System.arraycopy(content, 0, expected, 0, content.length);
        System.arraycopy(tricky, 0, expected, content.length, tricky.length);
        assertArrayEquals(expected, p.content());
    }

    @Test
    void extendedFilenameAndUnnamedPartsSkipped() {
        String body = "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.vtt\"; "
                + "filename*=UTF-8''%C3%A9t%C3%A9.vtt\r\n\r\nx\r\n"
                + "--XyZ\r\nContent-Type: text/plain\r\n\r\nno disposition\r\n"
                + "--XyZ\r\nContent-Disposition: attachment; name=\"y\"\r\n\r\nnot form-data\r\n"
                + "--XyZ\r\n\r\nno headers\r\n"
                + "--XyZ--";
        List<Multipart.Part> parts = Multipart.parse(CT, bytes(body));
        assertEquals(1, parts.size());
        assertEquals("été.vtt", parts.get(0).filename());
    }

    @Test
    void emptyMultipartIsNoParts() {
        assertEquals(List.of(), Multipart.parse(CT, bytes("--XyZ--\r\n")));
    }

    @Test
    void malformedBodiesAreRejected() {
        assertMalformed("text/plain", VALID);
        assertMalformed("multipart/form-data", VALID);                      // no boundary
        assertMalformed("multipart/form-data; boundary=", VALID);
        assertMalformed("multipart/form-data; boundary=\"XyZ", VALID);      // unterminated quote
        assertMalformed("multipart/form-data; boundary=" + "b".repeat(71), VALID);
        assertMalformed(CT, "");
        assertMalformed(CT, "no delimiter at all");
        assertMalformed(CT, VALID.substring(0, VALID.length() - 9));        // closing delimiter cut off
        assertMalformed(CT, "--XyZ");                                       // ends after the delimiter
        assertMalformed(CT, "--XyZ\nContent-Disposition: form-data; name=a\n\nx\n--XyZ--"); // bare LF
        assertMalformed(CT, "--XyZ\r\nContent-Disposition: form-data; name=a\r\n");         // headers unterminated
        assertMalformed(CT, "--XyZ\r\nno colon here\r\n\r\nx\r\n--XyZ--");
        assertMalformed(CT, "--XyZ\r\nContent-Disposition: form-data; name=\"a\r\n\r\nx\r\n--XyZ--");
        assertMalformed(CT, "--XyZjunk\r\n\r\nx\r\n--XyZ--");
    }

    @Test
    void limitsOnHeadersAndParts() {
        String big = "--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\nX-Pad: " + "p".repeat(9000)
                + "\r\n\r\nx\r\n--XyZ--";
        assertTrue(assertMalformed(CT, big).getMessage().contains("8192"));
        StringBuilder many = new StringBuilder();
        for (int i = 0; i <= Multipart.MAX_PARTS; i++) {
            many.append("--XyZ\r\nContent-Disposition: form-data; name=\"p").append(i).append("\"\r\n\r\nv\r\n");
        }
        many.append("--XyZ--");
        assertTrue(assertMalformed(CT, many.toString()).getMessage().contains("100"));
        String exactly = many.substring(many.indexOf("--XyZ\r\nContent-Disposition: form-data; name=\"p1\""));
        assertEquals(Multipart.MAX_PARTS, Multipart.parse(CT, bytes(exactly)).size());
    }

    @Test
    void linearOnAdversarialInput() {
        // a body of near-delimiters: a naive search would compare ~n*m bytes; KMP stays linear
        byte[] body = bytes("--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n"
                + "\r\n--XyY".repeat(200_000) + "\r\n--XyZ--");
        assertEquals(1, Multipart.parse(CT, body).size());
    }

    @Test
    void fuzzedInputOnlyEverThrowsMalformed() {
        Random random = new Random(20261127L);
        byte[] valid = bytes(VALID);
        for (int round = 0; round < 20_000; round++) {
            byte[] input;
            switch (round % 4) {
                case 0: // truncation
                    input = java.util.Arrays.copyOf(valid, random.nextInt(valid.length + 1));
                    break;
                case 1: // byte flips
                    input = valid.clone();
                    for (int i = 0; i < 1 + random.nextInt(4); i++) {
                        input[random.nextInt(input.length)] = (byte) random.nextInt(256);
                    }
                    break;
                case 2: // garbage
                    input = new byte[random.nextInt(300)];
                    random.nextBytes(input);
                    break;
                default: // garbage from the alphabet that matters
                    byte[] alphabet = bytes("-XyZ\r\n:;=\" \\form-datanamefilename");
                    input = new byte[random.nextInt(200)];
                    for (int i = 0; i < input.length; i++) {
                        input[i] = alphabet[random.nextInt(alphabet.length)];
                    }
                    break;
            }
            try {
                List<Multipart.Part> parts = Multipart.parse(CT, input);
                assertTrue(parts.size() <= Multipart.MAX_PARTS);
            } catch (Multipart.Malformed expected) {
                assertFalse(expected.getMessage().isEmpty());
            }
        }
    }

    @Test
    void charsetOfPartText() {
        assertEquals(StandardCharsets.ISO_8859_1, Multipart.charsetOf("text/plain; charset=ISO-8859-1"));
        assertEquals(StandardCharsets.UTF_8, Multipart.charsetOf("text/plain; charset=nonsense"));
        assertEquals(StandardCharsets.UTF_8, Multipart.charsetOf(null));
        assertNull(Multipart.headerParams("a=1").get("b"));
    }

    private static Multipart.Malformed assertMalformed(String contentType, String body) {
        return assertThrows(Multipart.Malformed.class, () -> Multipart.parse(contentType, bytes(body)), body);
    }
}
