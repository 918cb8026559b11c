package io.github.bbbjakarta.api.internal;

import io.github.bbbjakarta.api.BbbTransportException;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.Semaphore;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLSocketFactory;

/**
 * The default transport: HTTP/1.1 over JDK sockets, written for untrusted servers.
 * <ul>
 *   <li>One request per call: nothing is ever re-sent (no library retry, no redirect followed).</li>
 *   <li>A total deadline ({@code callTimeout}) over waiting for a connection, connecting, sending and reading the
 *       whole answer; a blocked socket is closed when it passes.</li>
 *   <li>At most {@code maxConnections} calls in flight; the others wait inside their deadline.</li>
 *   <li>Bodies are read up to {@code maxResponseSize}, whatever their Content-Type.</li>
 *   <li>Idle connections are reused for up to 10 s if the server has not closed them.</li>
 *   <li>No logging of URLs beyond {@link HttpTransport}'s redacted DEBUG line; TLS certificates and host names are
 *       verified.</li>
 * </ul>
 * Thread-safe.
 */
public final class SocketTransport extends HttpTransport {
    static final int MAX_IDLE_SECONDS = 10;
    private static final long MAX_IDLE_NANOS = TimeUnit.SECONDS.toNanos(MAX_IDLE_SECONDS);
    private static final AtomicInteger CLIENTS = new AtomicInteger();

    private final TransportSettings settings;
    private final Semaphore permits;
    private final Deque<Http1Connection> idle = new ArrayDeque<>();
    private final Set<Http1Connection> active = ConcurrentHashMap.newKeySet();
    private final ExecutorService io;
    private final ScheduledThreadPoolExecutor alarms;
    private volatile SSLSocketFactory tls;
    private volatile boolean closed;

    public SocketTransport(TransportSettings settings) {
        this.settings = settings;
        this.permits = new Semaphore(settings.maxConnections(), true);
        int id = CLIENTS.incrementAndGet();
        this.io = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 30, TimeUnit.SECONDS, new SynchronousQueue<>(),
                daemons("bbb-client-" + id + "-io-"));
        this.alarms = new ScheduledThreadPoolExecutor(1, daemons("bbb-client-" + id + "-deadline-"));
        this.alarms.setRemoveOnCancelPolicy(true);
        this.alarms.setKeepAliveTime(30, TimeUnit.SECONDS);
        this.alarms.allowCoreThreadTimeOut(true);
    }

    private static ThreadFactory daemons(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    @Override
    public Answer send(String call, URI url, String accept, RequestBody body) {
        log(call, url);
        return exchange(call, url, accept, body, deadline(), null);
    }

    @Override
    public CompletionStage<Answer> sendAsync(String call, URI url, String accept, RequestBody body) {
        log(call, url);
        long deadline = deadline();
        CompletableFuture<Answer> result = new CompletableFuture<>();
        try {
            io.execute(() -> {
                try {
                    result.complete(exchange(call, url, accept, body, deadline, result));
                } catch (RuntimeException | Error e) {
                    result.completeExceptionally(e instanceof BbbTransportException ? e : failure(call, e));
                }
            });
        } catch (RejectedExecutionException e) {
            result.completeExceptionally(closedClient(call));
        }
        return result;
    }

    private long deadline() {
        return System.nanoTime() + settings.callTimeout().toNanos();
    }

    private Answer exchange(String call, URI url, String accept, RequestBody body, long deadline,
                            CompletableFuture<Answer> owner) {
        if (closed) {
            throw closedClient(call);
        }
        boolean acquired;
        try {
            acquired = permits.tryAcquire(Math.max(0, Http1Connection.remaining(deadline)), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BbbTransportException(call, "interrupted while waiting for a connection", 0, e);
        }
        if (!acquired) {
            throw new BbbTransportException(call, "timed out: all " + settings.maxConnections()
                    + " connections (maxConnections) stayed busy for " + TransportSettings.human(settings.callTimeout())
                    + " (callTimeout)", 0, null);
        }
        Http1Connection connection = null;
        ScheduledFuture<?> alarm = null;
        boolean reusable = false;
        try {
            Guard guard = new Guard();
            // armed before connecting, so a server trickling its TLS handshake is cut off at the deadline too
            alarm = alarms.schedule(guard, Math.max(0, Http1Connection.remaining(deadline)), TimeUnit.NANOSECONDS);
            connection = checkout(url, deadline, guard);
            active.add(connection);
            guard.watch(connection::abort);
            if (owner != null) {
                owner.whenComplete((a, t) -> {
                    if (t instanceof CancellationException) {
                        guard.run();
                    }
                });
            }
            if (closed) {
                throw closedClient(call);
            }
            connection.write(url, accept, body, deadline);
            Http1Connection.Response response = connection.read(settings.maxResponseSize());
            reusable = response.keepAlive();
            return new Answer(response.status(), response.location(), response.body(), server(url));
        } catch (Http1Connection.Problem e) {
            throw new BbbTransportException(call, e.getMessage(), 0, e);
        } catch (IOException | RuntimeException e) {
            if (e instanceof BbbTransportException b) {
                throw b;
            }
            if (closed) {
                throw closedClient(call);
            }
            if (Http1Connection.remaining(deadline) <= 0) {
                throw new BbbTransportException(call, "timed out: no complete answer within "
                        + TransportSettings.human(settings.callTimeout()) + " (callTimeout)", 0, e);
            }
            throw failure(call, e);
        } finally {
            if (alarm != null) {
                alarm.cancel(false);
            }
            if (connection != null) {
                active.remove(connection);
                if (reusable && !closed && !connection.isAborted()) {
                    checkin(connection);
                } else {
                    connection.abort();
                }
            }
            permits.release();
        }
    }

    /** Closes what the call currently uses (a socket being connected, then the connection) when it fires. */
    private static final class Guard implements Runnable {
        private volatile AutoCloseable target;
        private volatile boolean fired;

        void watch(AutoCloseable value) {
            target = value;
            if (fired) {
                closeQuietly(value);
            }
        }

        @Override
        public void run() {
            fired = true;
            AutoCloseable t = target;
            if (t != null) {
                closeQuietly(t);
            }
        }

        private static void closeQuietly(AutoCloseable c) {
            try {
                c.close();
            } catch (Exception ignored) {
                // closing to abort
            }
        }
    }

    private Http1Connection checkout(URI url, long deadline, Guard guard) throws IOException {
        String origin = Http1Connection.origin(url, Http1Connection.proxyFor(url, settings.proxy()));
        while (true) {
            Http1Connection pooled;
            synchronized (idle) {
                pooled = idle.pollLast();
            }
            if (pooled == null) {
                break;
            }
            if (pooled.origin.equals(origin) && !pooled.isStale(MAX_IDLE_NANOS)) {
                return pooled;
            }
            pooled.abort();
        }
        return Http1Connection.open(url, settings, tls(url), deadline, guard::watch);
    }

    private void checkin(Http1Connection connection) {
        connection.markIdle();
        Http1Connection evicted = null;
        synchronized (idle) {
            idle.addLast(connection);
            if (idle.size() > settings.maxConnections()) {
                evicted = idle.pollFirst();
            }
        }
        if (evicted != null) {
            evicted.abort();
        }
    }

    private SSLSocketFactory tls(URI url) {
        if (!"https".equalsIgnoreCase(url.getScheme())) {
            return null;
        }
        SSLSocketFactory f = tls;
        if (f == null) {
            f = settings.sslContext() != null ? settings.sslContext().getSocketFactory()
                    : (SSLSocketFactory) SSLSocketFactory.getDefault();
            tls = f;
        }
        return f;
    }

    private static BbbTransportException closedClient(String call) {
        return new BbbTransportException(call, "the client is closed", 0, null);
    }

    @Override
    public void close() {
        closed = true;
        synchronized (idle) {
            idle.forEach(Http1Connection::abort);
            idle.clear();
        }
        active.forEach(Http1Connection::abort);
        io.shutdown();
        alarms.shutdownNow();
    }

    @Override
    public String toString() {
        return "SocketTransport[" + settings.maxConnections() + " connections, callTimeout "
                + TransportSettings.human(settings.callTimeout()) + "]";
    }
}
