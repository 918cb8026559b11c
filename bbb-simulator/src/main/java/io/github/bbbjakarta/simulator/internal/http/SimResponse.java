package io.github.bbbjakarta.simulator.internal.http;

import io.github.bbbjakarta.simulator.internal.wire.Wire;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a transport adapter must send back: status, content type, extra headers and body, plus the fault
 * directives of a stub (answer only after {@link #delay()}, or {@link #dropConnection() drop the connection}
 * without answering). Immutable and thread-safe.
 */
public final class SimResponse {
    private final int status;
    private final String contentType;
    private final List<Map.Entry<String, String>> headers;
    private final byte[] body;
    private final Duration delay;
    private final boolean dropConnection;

    private SimResponse(int status, String contentType, List<Map.Entry<String, String>> headers, byte[] body,
                        Duration delay, boolean dropConnection) {
        this.status = status;
        this.contentType = contentType;
        this.headers = List.copyOf(headers);
        this.body = body.clone();
        this.delay = delay;
        this.dropConnection = dropConnection;
    }

    /** A response with a body. */
    public static SimResponse of(int status, String contentType, String body) {
        return new SimResponse(status, contentType, List.of(), body.getBytes(StandardCharsets.UTF_8), Duration.ZERO,
                false);
    }

    /** An HTTP 200 XML answer as bbb-web sends it. */
    public static SimResponse xml(String body) {
        return of(200, Wire.CONTENT_TYPE_XML, body).withHeader("Cache-Control", "no-cache");
    }

    /** An HTTP 200 JSON answer. */
    public static SimResponse json(int status, String body) {
        return of(status, Wire.CONTENT_TYPE_JSON, body);
    }

    /** A 302 redirect. */
    public static SimResponse redirect(String location) {
        return new SimResponse(302, null, List.of(Map.entry("Location", location)), new byte[0], Duration.ZERO,
                false);
    }

    /** A 303 See Other: the browser GETs the location (a reload there does not re-submit a form). */
    public static SimResponse seeOther(String location) {
        return new SimResponse(303, null, List.of(Map.entry("Location", location)), new byte[0], Duration.ZERO,
                false);
    }

    /** A response without body. */
    public static SimResponse empty(int status) {
        return new SimResponse(status, null, List.of(), new byte[0], Duration.ZERO, false);
    }

    /** Tells the adapter to close the connection without sending anything. */
    public static SimResponse dropped() {
        return new SimResponse(0, null, List.of(), new byte[0], Duration.ZERO, true);
    }

    /** A copy with one more header. */
    public SimResponse withHeader(String name, String value) {
        List<Map.Entry<String, String>> h = new ArrayList<>(headers);
        h.add(Map.entry(name, value));
        return new SimResponse(status, contentType, h, body, delay, dropConnection);
    }

    /** A copy that the adapter sends only after the given delay. */
    public SimResponse withDelay(Duration d) {
        return new SimResponse(status, contentType, headers, body, d, dropConnection);
    }

    /** A copy with another body (same status, type and headers). */
    public SimResponse withBody(byte[] newBody) {
        return new SimResponse(status, contentType, headers, newBody, delay, dropConnection);
    }

    public int status() {
        return status;
    }

    /** The Content-Type to send, or {@code null} for none. */
    public String contentType() {
        return contentType;
    }

    public List<Map.Entry<String, String>> headers() {
        return headers;
    }

    /** First value of a header, or {@code null}. */
    public String header(String name) {
        for (Map.Entry<String, String> e : headers) {
            if (e.getKey().equalsIgnoreCase(name)) {
                return e.getValue();
            }
        }
        return null;
    }

    public byte[] body() {
        return body.clone();
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    public Duration delay() {
        return delay;
    }

    public boolean dropConnection() {
        return dropConnection;
    }
}
