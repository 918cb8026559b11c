package io.github.bbbjakarta.api.internal;

import io.github.bbbjakarta.api.BreakoutGroup;

import java.util.ArrayList;
import java.util.List;

/** The two bits of JSON BBB needs: create's {@code groups} and join's error redirect {@code errors}. */
public final class Json {
    private Json() {
    }

    /** create's {@code groups}: {@code [{"id":"1","name":"A","roster":["u1"]}, ...]}. */
    public static String groups(List<BreakoutGroup> groups) {
        StringBuilder sb = new StringBuilder("[");
        for (BreakoutGroup g : groups) {
            if (sb.length() > 1) {
                sb.append(',');
            }
            sb.append("{\"id\":");
            string(sb, g.id());
            if (g.name() != null) {
                sb.append(",\"name\":");
                string(sb, g.name());
            }
            sb.append(",\"roster\":[");
            for (int i = 0; i < g.roster().size(); i++) {
                if (i > 0) {
                    sb.append(',');
                }
                string(sb, g.roster().get(i));
            }
            sb.append("]}");
        }
        return sb.append(']').toString();
    }

    private static void string(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }

    /** One {@code {key, message}} of a join error redirect. */
    public record ErrorEntry(String key, String message) {
    }

    /**
     * Reads {@code [{"key":"…","message":"…"}, …]} as bbb-web writes it; tolerant of other members and order.
     *
     * @throws IllegalArgumentException if the text is not such an array
     */
    public static List<ErrorEntry> errors(String json) {
        Reader r = new Reader(json);
        List<ErrorEntry> out = new ArrayList<>();
        r.expect('[');
        if (r.peek() == ']') {
            return out;
        }
        do {
            r.expect('{');
            String key = null;
            String message = null;
            if (r.peek() != '}') {
                do {
                    String name = r.string();
                    r.expect(':');
                    String value = r.string();
                    if ("key".equals(name)) {
                        key = value;
                    } else if ("message".equals(name)) {
                        message = value;
                    }
                } while (r.consumeIf(','));
            }
            r.expect('}');
            out.add(new ErrorEntry(key, message));
        } while (r.consumeIf(','));
        r.expect(']');
        return out;
    }

    private static final class Reader {
        private final String s;
        private int i;

        Reader(String s) {
            this.s = s;
        }

        char peek() {
            skipBlanks();
            if (i >= s.length()) {
                throw new IllegalArgumentException("unexpected end of JSON");
            }
            return s.charAt(i);
        }

        void expect(char c) {
            if (peek() != c) {
                throw new IllegalArgumentException("expected '" + c + "' at " + i);
            }
            i++;
        }

        boolean consumeIf(char c) {
            if (peek() == c) {
                i++;
                return true;
            }
            return false;
        }

        String string() {
            expect('"');
            StringBuilder sb = new StringBuilder();
            while (i < s.length()) {
                char c = s.charAt(i++);
                if (c == '"') {
                    return sb.toString();
                }
                if (c == '\\' && i < s.length()) {
                    char e = s.charAt(i++);
                    switch (e) {
                        case 'n' -> sb.append('\n');
                        case 'r' -> sb.append('\r');
                        case 't' -> sb.append('\t');
                        case 'b' -> sb.append('\b');
                        case 'f' -> sb.append('\f');
                        case 'u' -> {
                            sb.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                            i += 4;
                        }
                        default -> sb.append(e);
                    }
                } else {
                    sb.append(c);
                }
            }
            throw new IllegalArgumentException("unterminated JSON string");
        }

        private void skipBlanks() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }
    }
}
