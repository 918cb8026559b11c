package io.github.bbbjakarta.api.internal;

import io.github.bbbjakarta.api.BbbMissingLibraryException;
import io.github.bbbjakarta.api.BreakoutGroup;
import io.github.bbbjakarta.api.internal.Wire.JsonName;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonParser;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;

/**
 * The client's access to Jakarta JSON Processing (JSON-P): the container's implementation, or in Java SE
 * {@code org.eclipse.parsson:parsson} on the class path. Thread-safe.
 */
public final class Json {
    /** Coordinates to add in Java SE, for the message when no implementation is found. */
    public static final String SE_IMPLEMENTATION = "org.eclipse.parsson:parsson:1.1.7";

    private Json() {
    }

    private static volatile JsonProvider provider;

    /**
     * The JSON-P implementation, looked up once.
     *
     * @throws BbbMissingLibraryException naming {@link #SE_IMPLEMENTATION} when there is none
     */
    public static JsonProvider provider() {
        JsonProvider p = provider;
        if (p == null) {
            try {
                p = JsonProvider.provider();
            } catch (RuntimeException | LinkageError e) {
                // JsonException without an implementation, NoClassDefFoundError without the API itself
                throw new BbbMissingLibraryException("no Jakarta JSON Processing (JSON-P) implementation found: a"
                        + " Jakarta EE container provides one; in Java SE add the Maven dependency " + SE_IMPLEMENTATION
                        + " (" + e.getClass().getSimpleName() + ")", e);
            }
            provider = p;
        }
        return p;
    }

    /** A streaming parser over {@code json}. */
    public static JsonParser parser(String json) {
        return provider().createParser(new StringReader(json));
    }

    /** create's {@code groups}: {@code [{"id":"1","name":"A","roster":["u1"]}, ...]}; a null name is left out. */
    public static String groups(List<BreakoutGroup> groups) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = provider().createGenerator(out)) {
            g.writeStartArray();
            for (BreakoutGroup group : groups) {
                g.writeStartObject();
                g.write(JsonName.ID, group.id());
                if (group.name() != null) {
                    g.write(JsonName.NAME, group.name());
                }
                g.writeStartArray(JsonName.ROSTER);
                for (String user : group.roster()) {
                    g.write(user);
                }
                g.writeEnd();
                g.writeEnd();
            }
            g.writeEnd();
        }
        return out.toString();
    }
}
