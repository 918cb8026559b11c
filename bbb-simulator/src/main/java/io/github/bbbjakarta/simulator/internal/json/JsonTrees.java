package io.github.bbbjakarta.simulator.internal.json;

import io.github.bbbjakarta.simulator.internal.wire.Limits;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Jakarta JSON-P in one place for the simulator: one provider (looked up once), a reader with a nesting limit,
 * and null-tolerant helpers for building and reading trees. Stateless and thread-safe.
 */
public final class JsonTrees {
    private static final JsonProvider PROVIDER = JsonProvider.provider();
    /** Parsson's name for its nesting limit; other providers ignore it (Parsson's default is 1000). */
    private static final String PARSSON_MAX_DEPTH = "org.eclipse.parsson.maxDepth";
    private static final JsonParserFactory PARSERS =
            PROVIDER.createParserFactory(Map.of(PARSSON_MAX_DEPTH, Limits.MAX_JSON_DEPTH));

    private JsonTrees() {
    }

    /** A new object builder. */
    public static JsonObjectBuilder object() {
        return PROVIDER.createObjectBuilder();
    }

    /** A new array builder. */
    public static JsonArrayBuilder array() {
        return PROVIDER.createArrayBuilder();
    }

    /** Adds a string, or JSON {@code null} for {@code null}. */
    public static JsonObjectBuilder put(JsonObjectBuilder b, String key, String value) {
        return value == null ? b.addNull(key) : b.add(key, value);
    }

    /** An object of string values in map order ({@code null} values as JSON {@code null}). */
    public static JsonObject strings(Map<String, String> map) {
        JsonObjectBuilder b = object();
        map.forEach((k, v) -> put(b, k, v));
        return b.build();
    }

    /** An array of strings. */
    public static JsonArray strings(List<String> list) {
        JsonArrayBuilder b = array();
        list.forEach(b::add);
        return b.build();
    }

    /**
     * Parses JSON text.
     *
     * @throws IllegalArgumentException when the text is not JSON or nests deeper than the limit
     */
    public static JsonValue parse(String text) {
        try (JsonParser p = PARSERS.createParser(new StringReader(text))) {
            p.next();
            JsonValue value = p.getValue();
            if (p.hasNext()) {
                throw new IllegalArgumentException("Trailing characters after the JSON value");
            }
            return value;
        } catch (RuntimeException e) {
            // JsonException, or a plain RuntimeException for Parsson's nesting limit
            throw new IllegalArgumentException(e.getMessage(), e);
        } catch (StackOverflowError e) {
            throw new IllegalArgumentException("JSON nested too deeply", e);
        }
    }

    /** A JSON string literal (quoted and escaped) of a text. */
    public static String quote(String text) {
        return PROVIDER.createValue(text).toString();
    }

    /** The compact text of a value. */
    public static String write(JsonValue value) {
        return value.toString();
    }

    /**
     * The value as an object.
     *
     * @throws IllegalArgumentException when it is not one
     */
    public static JsonObject obj(JsonValue v) {
        if (v == null || v.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new IllegalArgumentException("Expected a JSON object");
        }
        return v.asJsonObject();
    }

    /**
     * The value as an array.
     *
     * @throws IllegalArgumentException when it is not one
     */
    public static JsonArray arr(JsonValue v) {
        if (v == null || v.getValueType() != JsonValue.ValueType.ARRAY) {
            throw new IllegalArgumentException("Expected a JSON array");
        }
        return v.asJsonArray();
    }

    /** A member as text: a string's value, another scalar's JSON text, or {@code null} when absent or null. */
    public static String str(JsonObject o, String key) {
        return text(o.get(key));
    }

    private static String text(JsonValue v) {
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        return v instanceof JsonString ? ((JsonString) v).getString() : v.toString();
    }

    /**
     * A numeric member.
     *
     * @throws IllegalArgumentException when absent or not a whole number in {@code long} range
     */
    public static long num(JsonObject o, String key) {
        JsonValue v = o.get(key);
        if (!(v instanceof JsonNumber)) {
            throw new IllegalArgumentException("Expected a number: " + key);
        }
        try {
            return ((JsonNumber) v).longValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("Expected a whole number: " + key, e);
        }
    }

    /** A boolean member ({@code false} unless it is JSON {@code true}). */
    public static boolean bool(JsonObject o, String key) {
        JsonValue v = o.get(key);
        return v != null && v.getValueType() == JsonValue.ValueType.TRUE;
    }

    /** An object of scalars as a map of texts, in document order. */
    public static Map<String, String> strMap(JsonValue v) {
        Map<String, String> out = new LinkedHashMap<>();
        obj(v).forEach((k, x) -> out.put(k, text(x)));
        return out;
    }

    /** An array of scalars as texts. */
    public static List<String> strList(JsonValue v) {
        List<String> out = new ArrayList<>();
        for (JsonValue x : arr(v)) {
            out.add(String.valueOf(text(x)));
        }
        return out;
    }
}
