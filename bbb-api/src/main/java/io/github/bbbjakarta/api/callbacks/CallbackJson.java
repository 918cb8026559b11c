package io.github.bbbjakarta.api.callbacks;

import io.github.bbbjakarta.api.BbbMissingLibraryException;
import io.github.bbbjakarta.api.callbacks.BbbCallbackException.Reason;
import io.github.bbbjakarta.api.internal.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;

import java.io.StringReader;

/** JSON of untrusted callbacks, read with JSON-P under a nesting limit. */
final class CallbackJson {
    /** Deepest nesting accepted; bbb-webhooks events nest 5 levels, metadata adds none. */
    static final int MAX_DEPTH = 32;

    private CallbackJson() {
    }

    static JsonObject object(String callback, String json) {
        JsonStructure s = read(callback, json);
        if (!(s instanceof JsonObject o)) {
            throw new BbbCallbackException(callback, Reason.MALFORMED, "not a JSON object");
        }
        return o;
    }

    static JsonArray array(String callback, String json) {
        JsonStructure s = read(callback, json);
        if (!(s instanceof JsonArray a)) {
            throw new BbbCallbackException(callback, Reason.MALFORMED, "not a JSON array");
        }
        return a;
    }

    private static JsonStructure read(String callback, String json) {
        checkDepth(callback, json);
        try (JsonReader reader = Json.provider().createReader(new StringReader(json))) {
            return reader.read();
        } catch (BbbMissingLibraryException e) {
            throw e;
        } catch (RuntimeException e) {
            // JsonParsingException, JsonException, NumberFormatException, … — the input's text is not echoed
            throw new BbbCallbackException(callback, Reason.MALFORMED, "not valid JSON");
        }
    }

    /** Refuses nesting deeper than {@link #MAX_DEPTH} before a parser recurses into it. */
    private static void checkDepth(String callback, String json) {
        int depth = 0;
        boolean inString = false;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                if (++depth > MAX_DEPTH) {
                    throw new BbbCallbackException(callback, Reason.TOO_LARGE,
                            "JSON nested deeper than " + MAX_DEPTH + " levels");
                }
            } else if ((c == '}' || c == ']') && --depth < 0) {
                throw new BbbCallbackException(callback, Reason.MALFORMED, "not valid JSON");
            }
        }
    }

    static JsonObject objectOrEmpty(JsonObject parent, String name) {
        JsonValue v = parent == null ? null : parent.get(name);
        return v instanceof JsonObject o ? o : JsonValue.EMPTY_JSON_OBJECT;
    }

    /** A string member, a number's text, or {@code ""} when absent, null or structured. */
    static String text(JsonObject parent, String name) {
        JsonValue v = parent.get(name);
        if (v instanceof JsonString s) {
            return s.getString();
        }
        if (v instanceof JsonNumber n) {
            return n.toString();
        }
        if (v != null && (v.getValueType() == JsonValue.ValueType.TRUE
                || v.getValueType() == JsonValue.ValueType.FALSE)) {
            return v.toString();
        }
        return "";
    }

    /** {@code true} for JSON {@code true} or the string {@code "true"}. */
    static boolean flag(JsonObject parent, String name) {
        JsonValue v = parent.get(name);
        return v != null && (v.getValueType() == JsonValue.ValueType.TRUE
                || v instanceof JsonString s && "true".equalsIgnoreCase(s.getString()));
    }
}
