package io.github.bbbjakarta.api.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Builds BBB query strings. Values are encoded exactly like {@link URLEncoder} with UTF-8: letters, digits and
 * {@code . - * _} stay, space becomes {@code +}, every other character becomes the {@code %XX} escapes (upper-case
 * hex) of its UTF-8 bytes, so {@code ~} is {@code %7E} and {@code '()!} are escaped; a lone surrogate becomes
 * {@code %3F} ({@code ?}), as {@link String#getBytes(java.nio.charset.Charset)} makes it. That output survives a
 * decode-and-re-encode by servers and load balancers unchanged, so the checksum still matches there.
 *
 * <p>The encoder writes straight into an {@link Ascii} buffer (the output is always ASCII), which the signer
 * hashes and turns into the URL without another pass. Stateless.
 */
public final class QueryString {
    /** For each ASCII character: the byte it is written as, or 0 if it is written as {@code %XX}. */
    private static final byte[] UNESCAPED = new byte[128];
    private static final byte[] HEX_UPPER = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);

    static {
        for (char c = 'a'; c <= 'z'; c++) {
            UNESCAPED[c] = (byte) c;
        }
        for (char c = 'A'; c <= 'Z'; c++) {
            UNESCAPED[c] = (byte) c;
        }
        for (char c = '0'; c <= '9'; c++) {
            UNESCAPED[c] = (byte) c;
        }
        for (char c : ".-*_".toCharArray()) {
            UNESCAPED[c] = (byte) c;
        }
        UNESCAPED[' '] = '+';
    }

    private QueryString() {
    }

    /** {@code name=value&name=value...} in the given order; an empty list gives an empty string. */
    public static String encode(List<Map.Entry<String, String>> params) {
        Ascii out = new Ascii(64);
        encode(params, out);
        return out.toString();
    }

    /** Appends {@code name=value&name=value...} in the given order to {@code out}. */
    public static void encode(List<Map.Entry<String, String>> params, Ascii out) {
        int start = out.length();
        for (Map.Entry<String, String> p : params) {
            if (out.length() > start) {
                out.append('&');
            }
            encodeComponent(p.getKey(), out);
            out.append('=');
            encodeComponent(p.getValue(), out);
        }
    }

    /** One name or value, encoded like {@link URLEncoder#encode(String, java.nio.charset.Charset)} with UTF-8. */
    public static String encodeComponent(String s) {
        Ascii out = new Ascii(s.length() + 16);
        encodeComponent(s, out);
        return out.toString();
    }

    private static void encodeComponent(String s, Ascii out) {
        int length = s.length();
        out.ensureSpace(length);
        for (int i = 0; i < length; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                byte unescaped = UNESCAPED[c];
                if (unescaped != 0) {
                    out.append(unescaped);
                } else {
                    escape(c, out);
                }
            } else if (c < 0x800) {
                escape(0xC0 | (c >> 6), out);
                escape(0x80 | (c & 0x3F), out);
            } else if (!Character.isSurrogate(c)) {
                escape(0xE0 | (c >> 12), out);
                escape(0x80 | ((c >> 6) & 0x3F), out);
                escape(0x80 | (c & 0x3F), out);
            } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(s.charAt(i + 1))) {
                int codePoint = Character.toCodePoint(c, s.charAt(++i));
                escape(0xF0 | (codePoint >> 18), out);
                escape(0x80 | ((codePoint >> 12) & 0x3F), out);
                escape(0x80 | ((codePoint >> 6) & 0x3F), out);
                escape(0x80 | (codePoint & 0x3F), out);
            } else {
                escape('?', out);
            }
        }
    }

    private static void escape(int b, Ascii out) {
        out.append('%').append(HEX_UPPER[(b >> 4) & 0xF]).append(HEX_UPPER[b & 0xF]);
    }

    /** A growing buffer of ASCII bytes: cheaper than a {@link StringBuilder} to hash and to turn into a String. */
    public static final class Ascii {
        private byte[] bytes;
        private int length;

        public Ascii(int capacity) {
            bytes = new byte[Math.max(16, capacity)];
        }

        public int length() {
            return length;
        }

        /** The buffer itself (valid up to {@link #length()}); not a copy. */
        public byte[] bytes() {
            return bytes;
        }

        public Ascii append(char c) {
            return append((byte) c);
        }

        public Ascii append(byte b) {
            if (length == bytes.length) {
                ensureSpace(1);
            }
            bytes[length++] = b;
            return this;
        }

        /** Makes room for at least {@code n} more bytes. */
        public void ensureSpace(int n) {
            if (length + n > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + n));
            }
        }

        /** The bytes as text; ASCII, so each byte is one character. */
        @Override
        public String toString() {
            return new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
        }
    }
}
