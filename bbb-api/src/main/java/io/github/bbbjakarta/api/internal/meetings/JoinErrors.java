package io.github.bbbjakarta.api.internal.meetings;

import io.github.bbbjakarta.api.internal.Json;
import io.github.bbbjakarta.api.internal.Wire.JsonName;
import jakarta.json.stream.JsonParser;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the {@code errors=[{"key":"…","message":"…"}, …]} of a join error redirect, as bbb-web writes it
 * (percent-encoded by {@code java.net.URI}), with limits on its size, nesting and entry count. Other members
 * and their order do not matter.
 */
final class JoinErrors {
    /** Longest {@code errors} value read, in characters (still encoded). */
    static final int MAX_LENGTH = 16 * 1024;
    /** Deepest nesting inside the array (an entry is depth 2); BBB's entries hold only strings. */
    static final int MAX_DEPTH = 8;
    /** Most entries read. */
    static final int MAX_ENTRIES = 64;

    private JoinErrors() {
    }

    /** One {@code {key, message}}; either may be null when absent. */
    record Entry(String key, String message) {
    }

    /** The value is not the JSON array bbb-web writes. */
    static final class UnreadableException extends Exception {
        private static final long serialVersionUID = 1L;

        UnreadableException(String message) {
            super(message);
        }

        UnreadableException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Decodes and reads an encoded {@code errors} value. */
    static List<Entry> read(String encoded) throws UnreadableException {
        if (encoded.length() > MAX_LENGTH) {
            throw new UnreadableException("longer than " + MAX_LENGTH + " characters");
        }
        return parse(percentDecode(encoded));
    }

    /** Decodes {@code %XX} sequences (as {@code java.net.URI} writes them) as UTF-8; {@code +} stays {@code +}. */
    static String percentDecode(String s) throws UnreadableException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%') {
                int hi = i + 1 < s.length() ? Character.digit(s.charAt(i + 1), 16) : -1;
                int lo = i + 2 < s.length() ? Character.digit(s.charAt(i + 2), 16) : -1;
                if (hi < 0 || lo < 0) {
                    throw new UnreadableException("a '%' not followed by two hex digits at " + i);
                }
                out.write(hi * 16 + lo);
                i += 2;
            } else {
                out.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(out.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw new UnreadableException("not UTF-8 once decoded", e);
        }
    }

    static List<Entry> parse(String json) throws UnreadableException {
        List<Entry> out = new ArrayList<>();
        try (JsonParser p = Json.parser(json)) {
            expect(p, JsonParser.Event.START_ARRAY);
            JsonParser.Event e = next(p);
            while (e != JsonParser.Event.END_ARRAY) {
                if (e != JsonParser.Event.START_OBJECT) {
                    throw new UnreadableException("an entry is not an object");
                }
                if (out.size() == MAX_ENTRIES) {
                    throw new UnreadableException("more than " + MAX_ENTRIES + " entries");
                }
                out.add(entry(p));
                e = next(p);
            }
            if (p.hasNext()) {
                throw new UnreadableException("text after the array");
            }
            return out;
        } catch (RuntimeException e) {
            // JsonParsingException and the like; caught by type RuntimeException so that this class loads
            // (and the caller can report a missing JSON-P) without jakarta.json on the class path
            throw new UnreadableException("not well-formed JSON", e);
        }
    }

    /** One object; the parser is just after its start. */
    private static Entry entry(JsonParser p) throws UnreadableException {
        String key = null;
        String message = null;
        JsonParser.Event e = next(p);
        while (e != JsonParser.Event.END_OBJECT) {
            String name = p.getString();
            e = next(p);
            if (e == JsonParser.Event.VALUE_STRING) {
                if (JsonName.KEY.equals(name)) {
                    key = p.getString();
                } else if (JsonName.MESSAGE.equals(name)) {
                    message = p.getString();
                }
            } else if (e == JsonParser.Event.START_OBJECT || e == JsonParser.Event.START_ARRAY) {
                skip(p);
            }
            e = next(p);
        }
        return new Entry(key, message);
    }

    /** Skips a nested value whose start was just read, within {@link #MAX_DEPTH}. */
    private static void skip(JsonParser p) throws UnreadableException {
        int depth = 1;
        while (depth > 0) {
            JsonParser.Event e = next(p);
            if (e == JsonParser.Event.START_OBJECT || e == JsonParser.Event.START_ARRAY) {
                if (++depth + 2 > MAX_DEPTH) {
                    throw new UnreadableException("nested deeper than " + MAX_DEPTH);
                }
            } else if (e == JsonParser.Event.END_OBJECT || e == JsonParser.Event.END_ARRAY) {
                depth--;
            }
        }
    }

    private static void expect(JsonParser p, JsonParser.Event expected) throws UnreadableException {
        if (next(p) != expected) {
            throw new UnreadableException("not a JSON array");
        }
    }

    private static JsonParser.Event next(JsonParser p) throws UnreadableException {
        if (!p.hasNext()) {
            throw new UnreadableException("unexpected end of JSON");
        }
        return p.next();
    }
}
