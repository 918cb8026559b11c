package io.github.bbbjakarta.simulator.internal.http;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * One HTTP request as a transport adapter received it: method, path (relative to the application root),
 * the raw query string exactly as sent (never decoded), headers and body bytes.
 * Immutable and thread-safe.
 */
public final class SimRequest {
    private final String method;
    private final String path;
    private final String rawQuery;
    private final Map<String, List<String>> headers;
    private final byte[] body;
    private final boolean bodyTooLarge;

    /**
     * @param method   HTTP method, upper case
     * @param path     decoded request path, e.g. {@code /bigbluebutton/api/create}
     * @param rawQuery raw query string after {@code ?}, or {@code null} when the URL has none
     * @param headers  request headers (names are matched case-insensitively)
     * @param body     request body, never {@code null}
     */
    public SimRequest(String method, String path, String rawQuery, Map<String, List<String>> headers, byte[] body) {
        this(method, path, rawQuery, headers, body, false);
    }

    private SimRequest(String method, String path, String rawQuery, Map<String, List<String>> headers, byte[] body,
                       boolean bodyTooLarge) {
        this.method = method;
        this.path = path;
        this.rawQuery = rawQuery;
        TreeMap<String, List<String>> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((k, v) -> {
            if (k != null) {
                h.put(k, List.copyOf(v));
            }
        });
        this.headers = Collections.unmodifiableMap(h);
        this.body = body.clone();
        this.bodyTooLarge = bodyTooLarge;
    }

    /**
     * A request whose body was larger than the simulator's limit and was not read: the body is empty and
     * {@link #bodyTooLarge()} is true.
     */
    public static SimRequest withBodyTooLarge(String method, String path, String rawQuery,
                                              Map<String, List<String>> headers) {
        return new SimRequest(method, path, rawQuery, headers, new byte[0], true);
    }

    /** Whether the body exceeded the size limit (it was then not read, and {@link #body()} is empty). */
    public boolean bodyTooLarge() {
        return bodyTooLarge;
    }

    public String method() {
        return method;
    }

    public String path() {
        return path;
    }

    /** The raw query string, {@code null} when the request URL had no {@code ?}. */
    public String rawQuery() {
        return rawQuery;
    }

    /** First value of a header, or {@code null}. */
    public String header(String name) {
        List<String> v = headers.get(name);
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    public byte[] body() {
        return body.clone();
    }

    public int bodySize() {
        return body.length;
    }

    /** The Content-Type header, or {@code null}. */
    public String contentType() {
        return header("Content-Type");
    }

    /** The lower-cased mime type of the Content-Type header without parameters, or {@code null}. */
    public String mimeType() {
        String ct = contentType();
        if (ct == null) {
            return null;
        }
        int semi = ct.indexOf(';');
        return (semi < 0 ? ct : ct.substring(0, semi)).trim().toLowerCase(Locale.ROOT);
    }

    /** Content-Length as the servlet API reports it: the header value, or -1 when absent or unparseable. */
    public long contentLength() {
        String cl = header("Content-Length");
        if (cl == null) {
            return -1;
        }
        try {
            return Long.parseLong(cl.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
