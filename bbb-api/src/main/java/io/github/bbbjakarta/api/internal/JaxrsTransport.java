package io.github.bbbjakarta.api.internal;

import io.github.bbbjakarta.api.BbbTransportException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends through a JAX-RS client the caller configured (opt-in, e.g. a container-managed one). The deadline is
 * enforced on the caller's side: the call fails in time, but the JAX-RS client may keep its connection busy until
 * its own timeouts; its retries, redirects and logging are its own. The size limit applies while reading.
 * Loaded only when such a client is supplied. Thread-safe as the JAX-RS client is.
 */
public final class JaxrsTransport extends HttpTransport {
    private final Client client;
    private final TransportSettings settings;

    public JaxrsTransport(Object client, TransportSettings settings) {
        this.client = (Client) client;
        this.settings = settings;
    }

    @Override
    public Answer send(String call, URI url, String accept, RequestBody body) {
        CompletableFuture<Answer> answer = sendAsync(call, url, accept, body).toCompletableFuture();
        try {
            return answer.get(settings.callTimeout().toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            answer.cancel(true);
            throw timeout(call, e);
        } catch (InterruptedException e) {
            answer.cancel(true);
            Thread.currentThread().interrupt();
            throw new BbbTransportException(call, "interrupted", 0, e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof BbbTransportException b ? b : failure(call, e.getCause());
        }
    }

    @Override
    public CompletionStage<Answer> sendAsync(String call, URI url, String accept, RequestBody body) {
        log(call, url);
        CompletionStage<Response> stage;
        try {
            Invocation.Builder request = client.target(url).request().header(HttpHeaders.ACCEPT, accept);
            stage = body == null ? request.rx().get()
                    : request.rx().post(Entity.entity(body.content(), body.contentType()));
        } catch (ProcessingException | IllegalStateException e) {
            return CompletableFuture.failedFuture(failure(call, e));
        }
        return stage.toCompletableFuture().handle((response, error) -> {
            if (error != null) {
                Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
                throw failure(call, cause);
            }
            try (response) {
                return read(response, url);
            } catch (ProcessingException | IllegalStateException | IOException e) {
                throw e instanceof Http1Connection.Problem ? new BbbTransportException(call, e.getMessage(), 0, e) : failure(call, e);
            }
        }).orTimeout(settings.callTimeout().toNanos(), TimeUnit.NANOSECONDS).exceptionally(e -> {
            Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
            if (cause instanceof TimeoutException || cause instanceof CancellationException) {
                throw timeout(call, cause);
            }
            throw cause instanceof BbbTransportException b ? b : failure(call, cause);
        });
    }

    private BbbTransportException timeout(String call, Throwable cause) {
        return new BbbTransportException(call, "timed out: no complete answer within "
                + TransportSettings.human(settings.callTimeout()) + " (callTimeout)", 0, cause);
    }

    /** Reads the body whatever its Content-Type, up to the size limit. */
    private Answer read(Response response, URI url) throws IOException {
        byte[] body = new byte[0];
        InputStream in = response.readEntity(InputStream.class);
        if (in != null) {
            try (in) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                byte[] buffer = new byte[8192];
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    if (out.size() + n > settings.maxResponseSize()) {
                        throw new Http1Connection.Problem("the answer is larger than the limit of "
                                + TransportSettings.bytes(settings.maxResponseSize()) + " (maxResponseSize)");
                    }
                    out.write(buffer, 0, n);
                }
                body = out.toByteArray();
            }
        }
        return new Answer(response.getStatus(), response.getHeaderString(HttpHeaders.LOCATION), body, server(url));
    }

    /** Leaves the caller's client open. */
    @Override
    public void close() {
        // the caller owns the JAX-RS client
    }
}
