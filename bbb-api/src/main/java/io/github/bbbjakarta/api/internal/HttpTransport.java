package io.github.bbbjakarta.api.internal;

import io.github.bbbjakarta.api.BbbTransportException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;

/**
 * Sends signed requests through a JAX-RS client and returns the raw answer. Thread-safe as the JAX-RS
 * client is.
 */
public final class HttpTransport implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(HttpTransport.class.getName());
    private static final String XML = "application/xml";

    private final Client client;
    private final boolean owned;

    /**
     * @param client the JAX-RS client
     * @param owned  whether {@link #close()} closes it
     */
    public HttpTransport(Client client, boolean owned) {
        this.client = client;
        this.owned = owned;
    }

    /** Status, {@code Location} header and body of one answer. */
    public record Answer(int status, String location, byte[] body) {
    }

    /** A blocking GET (or POST with an XML body when {@code xmlBody} is not null). */
    public Answer send(String call, URI url, String xmlBody) {
        log(call, url);
        try (Response response = invocation(url, xmlBody).invoke()) {
            return read(response);
        } catch (ProcessingException | IllegalStateException e) {
            throw failure(call, e);
        }
    }

    /** The non-blocking twin of {@link #send}. */
    public CompletionStage<Answer> sendAsync(String call, URI url, String xmlBody) {
        log(call, url);
        CompletionStage<Response> stage;
        try {
            Invocation.Builder request = client.target(url).request(XML);
            stage = xmlBody == null ? request.rx().get() : request.rx().post(Entity.entity(xmlBody, XML));
        } catch (ProcessingException | IllegalStateException e) {
            return CompletableFuture.failedFuture(failure(call, e));
        }
        return stage.handle((response, error) -> {
            if (error != null) {
                throw failure(call, error instanceof CompletionException && error.getCause() != null ? error.getCause() : error);
            }
            try (response) {
                return read(response);
            } catch (ProcessingException | IllegalStateException e) {
                throw failure(call, e);
            }
        });
    }

    private Invocation invocation(URI url, String xmlBody) {
        Invocation.Builder request = client.target(url).request(XML);
        return xmlBody == null ? request.buildGet() : request.buildPost(Entity.entity(xmlBody, XML));
    }

    private static Answer read(Response response) {
        byte[] body = response.hasEntity() ? response.readEntity(byte[].class) : new byte[0];
        return new Answer(response.getStatus(), response.getHeaderString(HttpHeaders.LOCATION), body);
    }

    private static void log(String call, URI url) {
        if (LOG.isLoggable(System.Logger.Level.DEBUG)) {
            LOG.log(System.Logger.Level.DEBUG, "BBB {0}: {1}", call, Redaction.redact(url.toString()));
        }
    }

    /** Maps an I/O failure to a {@link BbbTransportException} with a message free of the URL's query. */
    static BbbTransportException failure(String call, Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            if (root instanceof SocketTimeoutException || root instanceof ConnectException) {
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
        } else {
            what = "request failed: " + root.getClass().getSimpleName()
                    + (root.getMessage() == null ? "" : ": " + Redaction.redact(root.getMessage()));
        }
        return new BbbTransportException(call, what, 0, error);
    }

    @Override
    public void close() {
        if (owned) {
            client.close();
        }
    }
}
