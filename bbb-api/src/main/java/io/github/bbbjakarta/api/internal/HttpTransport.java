package io.github.bbbjakarta.api.internal;

import io.github.bbbjakarta.api.BbbTransportException;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.concurrent.CompletionStage;
import javax.net.ssl.SSLException;

/**
 * Sends signed requests and returns the raw answer: the default {@link SocketTransport} (plain JDK sockets,
 * one request per call, a total deadline, a size limit) or {@link JaxrsTransport} over a caller's JAX-RS client.
 * Implementations are thread-safe.
 */
public abstract class HttpTransport implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(HttpTransport.class.getName());

    HttpTransport() {
    }

    /**
     * Status, {@code Location} header and body of one answer, and the URL it came from without its query
     * ({@code server}, null when unknown).
     */
    public record Answer(int status, String location, byte[] body, String server) {
        /** An answer whose server URL is unknown. */
        public Answer(int status, String location, byte[] body) {
            this(status, location, body, null);
        }

        /**
         * What an HTTP status that is not a BBB answer means, for a message, e.g. {@code the server at
         * https://bbb.example.com/bigbluebutton/api/create answered HTTP 502 Bad Gateway (a proxy in front of
         * BBB could not reach it)}. Holds no query string, so no credential.
         */
        public String describeStatus() {
            return (server == null ? "the server" : "the server at " + server) + " answered " + statusText(status);
        }
    }

    /** {@code HTTP 502 Bad Gateway (a proxy in front of BBB could not reach it)} and the like. */
    public static String statusText(int status) {
        return "HTTP " + status + switch (status) {
            case 301, 302, 303, 307, 308 -> " redirect (not followed: is the URL right?)";
            case 400 -> " Bad Request";
            case 401 -> " Unauthorized (a proxy in front of BBB asks for a login)";
            case 403 -> " Forbidden";
            case 404 -> " Not Found (is the URL right? it must end in /bigbluebutton/)";
            case 405 -> " Method Not Allowed";
            case 413 -> " Payload Too Large";
            case 429 -> " Too Many Requests";
            case 500 -> " Internal Server Error";
            case 502 -> " Bad Gateway (a proxy in front of BBB could not reach it)";
            case 503 -> " Service Unavailable (BBB, or a proxy in front of it, is down or overloaded)";
            case 504 -> " Gateway Timeout (a proxy in front of BBB got no answer in time)";
            default -> "";
        };
    }

    /** The {@code Accept} header of the calls BBB answers in XML (all but the text-track ones). */
    public static final String ACCEPT_XML = "application/xml, text/xml";
    /**
     * The {@code Accept} header of the calls bbb-web answers in JSON (the text-track ones): JSON first, XML still
     * acceptable, since some of their errors come as XML.
     */
    public static final String ACCEPT_JSON = "application/json, application/xml;q=0.5, text/xml;q=0.5";

    /** A blocking GET (or POST with an XML body when {@code xmlBody} is not null), accepting XML. */
    public final Answer send(String call, URI url, String xmlBody) {
        return send(call, url, ACCEPT_XML, xmlBody == null ? null : RequestBody.xml(xmlBody));
    }

    /** The non-blocking twin of {@link #send(String, URI, String)}. */
    public final CompletionStage<Answer> sendAsync(String call, URI url, String xmlBody) {
        return sendAsync(call, url, ACCEPT_XML, xmlBody == null ? null : RequestBody.xml(xmlBody));
    }

    /**
     * A blocking GET, or a POST of {@code body} (with its own Content-Type) when it is not null. Sent once, under
     * the call's deadline; the answer is read up to the size limit whatever its Content-Type.
     *
     * @param accept the {@code Accept} header, e.g. {@link #ACCEPT_XML}
     */
    public abstract Answer send(String call, URI url, String accept, RequestBody body);

    /**
     * The non-blocking twin of {@link #send(String, URI, String, RequestBody)}: completes exceptionally with
     * {@link BbbTransportException}.
     */
    public abstract CompletionStage<Answer> sendAsync(String call, URI url, String accept, RequestBody body);

    /** Releases connections and threads; later calls fail with a {@link BbbTransportException}. */
    @Override
    public abstract void close();

    /** The URL without its query, for messages: never a credential. */
    static String server(URI url) {
        String s = url.toString();
        int q = s.indexOf('?');
        return q < 0 ? s : s.substring(0, q);
    }

    static void log(String call, URI url) {
        if (LOG.isLoggable(System.Logger.Level.DEBUG)) {
            LOG.log(System.Logger.Level.DEBUG, "BBB {0}: {1}", call, Redaction.redact(url.toString()));
        }
    }

    /** Maps an I/O failure to a {@link BbbTransportException} with a message free of the URL's query. */
    static BbbTransportException failure(String call, Throwable error) {
        if (error instanceof BbbTransportException e) {
            return e;
        }
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            if (root instanceof SocketTimeoutException || root instanceof ConnectException || root instanceof SSLException) {
                break;
            }
            root = root.getCause();
        }
        String what;
        if (root instanceof SocketTimeoutException) {
            what = "timed out: " + root.getMessage();
        } else if (root instanceof ConnectException) {
            what = "cannot connect: " + root.getMessage();
        } else if (root instanceof UnknownHostException) {
            what = "unknown host: " + root.getMessage();
        } else if (root instanceof SSLException) {
            what = "TLS failed (certificates are always verified): " + Redaction.redact(String.valueOf(root.getMessage()));
        } else {
            what = "request failed: " + root.getClass().getSimpleName()
                    + (root.getMessage() == null ? "" : ": " + Redaction.redact(root.getMessage()));
        }
        return new BbbTransportException(call, what, 0, error);
    }
}
