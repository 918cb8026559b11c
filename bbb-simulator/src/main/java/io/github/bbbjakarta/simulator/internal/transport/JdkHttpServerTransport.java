package io.github.bbbjakarta.simulator.internal.transport;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.bbbjakarta.simulator.internal.http.RequestBodies;
import io.github.bbbjakarta.simulator.internal.http.SimRequest;
import io.github.bbbjakarta.simulator.internal.http.SimResponse;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Serves an engine with the JDK's {@code com.sun.net.httpserver.HttpServer}. Thread-safe; {@link #stop()} is
 * idempotent.
 *
 * <p>Stalled clients cannot stop it: each exchange runs on a pool of up to {@code threads} daemon threads
 * (created on demand, ended after 30 s idle), and a watchdog of this server (not the JVM-wide
 * {@code sun.net.httpserver.maxReqTime}) gives each request {@code readTimeout} to deliver its headers and whole
 * body. When that time passes, the handler thread is interrupted, which closes the connection (the JDK server
 * reads from an interruptible {@code SocketChannel}) and frees the thread. Handling and answering are not timed,
 * so a stub's delay is kept.
 */
public final class JdkHttpServerTransport {
    private final HttpServer server;
    private final ThreadPoolExecutor executor;
    private final ScheduledThreadPoolExecutor watchdog;
    private final Duration readTimeout;
    private final int maxBodyBytes;
    private final ThreadLocal<ReadDeadline> deadline = new ThreadLocal<>();
    private volatile boolean stopped;

    private JdkHttpServerTransport(HttpServer server, ThreadPoolExecutor executor,
                                   ScheduledThreadPoolExecutor watchdog, Duration readTimeout, int maxBodyBytes) {
        this.server = server;
        this.executor = executor;
        this.watchdog = watchdog;
        this.readTimeout = readTimeout;
        this.maxBodyBytes = maxBodyBytes;
    }

    /**
     * Binds the socket (so the actual port is known before the engine exists).
     *
     * @param threads      most exchanges served at once
     * @param readTimeout  time a request has to deliver its headers and body
     * @param maxBodyBytes largest body read; a larger one reaches the engine as {@link SimRequest#bodyTooLarge()}
     */
    public static JdkHttpServerTransport bind(InetSocketAddress address, int threads, Duration readTimeout,
                                              int maxBodyBytes) throws IOException {
        // Without TCP_NODELAY the JDK server's separate header and body writes meet delayed ACKs (~40 ms per
        // request). The JDK reads this property once; set it only when nobody chose a value.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
        HttpServer server = HttpServer.create(address, 64);
        ThreadPoolExecutor executor = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), daemons("bbb-simulator-"));
        executor.allowCoreThreadTimeOut(true);
        ScheduledThreadPoolExecutor watchdog = new ScheduledThreadPoolExecutor(1, daemons("bbb-simulator-watchdog-"));
        watchdog.setRemoveOnCancelPolicy(true);
        JdkHttpServerTransport transport = new JdkHttpServerTransport(server, executor, watchdog, readTimeout,
                maxBodyBytes);
        server.setExecutor(transport.timedExecutor());
        return transport;
    }

    private static ThreadFactory daemons(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** Runs each exchange (header parsing included) under a read deadline that the handler ends once the body is read. */
    private Executor timedExecutor() {
        return task -> executor.execute(() -> {
            ReadDeadline d = new ReadDeadline(Thread.currentThread());
            try {
                d.timer = watchdog.schedule(d::expire, readTimeout.toNanos(), TimeUnit.NANOSECONDS);
            } catch (RejectedExecutionException e) {
                return; // stopping: the server closes the connection
            }
            deadline.set(d);
            try {
                task.run();
            } finally {
                deadline.remove();
                d.finish();
            }
        });
    }

    /** The read deadline of one exchange. */
    private static final class ReadDeadline {
        private final Thread thread;
        private ScheduledFuture<?> timer;
        private boolean armed = true;

        ReadDeadline(Thread thread) {
            this.thread = thread;
        }

        synchronized void expire() {
            if (armed) {
                armed = false;
                thread.interrupt();
            }
        }

        /** @return whether the request was read in time (false: the watchdog has interrupted the thread) */
        synchronized boolean disarm() {
            if (!armed) {
                return false;
            }
            armed = false;
            timer.cancel(false);
            return true;
        }

        synchronized void finish() {
            armed = false;
            timer.cancel(false);
            Thread.interrupted(); // a pool thread must not carry this exchange's interrupt into the next one
        }
    }

    /** The bound port. */
    public int port() {
        return server.getAddress().getPort();
    }

    /** Starts serving the handler. */
    public void start(Function<SimRequest, SimResponse> handler) {
        server.createContext("/", exchange -> serve(exchange, handler));
        server.start();
    }

    private void serve(HttpExchange exchange, Function<SimRequest, SimResponse> handler) {
        try {
            SimRequest req = read(exchange);
            ReadDeadline d = deadline.get();
            if (d != null && !d.disarm()) {
                return; // deadline passed: the connection is (being) closed
            }
            SimResponse resp = handler.apply(req);
            if (!resp.delay().isZero()) {
                Thread.sleep(resp.delay().toMillis());
            }
            if (resp.dropConnection()) {
                return; // closing an exchange without a response closes the connection
            }
            if (resp.contentType() != null) {
                exchange.getResponseHeaders().set("Content-Type", resp.contentType());
            }
            for (Map.Entry<String, String> h : resp.headers()) {
                exchange.getResponseHeaders().add(h.getKey(), h.getValue());
            }
            if (req.bodyTooLarge()) {
                exchange.getResponseHeaders().set("Connection", "close"); // the rest of the body was not read
            }
            byte[] out = resp.body();
            boolean head = "HEAD".equals(req.method());
            exchange.sendResponseHeaders(resp.status(), out.length == 0 || head ? -1 : out.length);
            if (out.length > 0 && !head) {
                try (OutputStream os = exchange.getResponseBody()) {
                    os.write(out);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException e) {
            // client went away, read deadline passed, or the handler failed after headers were sent
        } finally {
            exchange.close();
        }
    }

    private SimRequest read(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
        String path = exchange.getRequestURI().getPath();
        String query = exchange.getRequestURI().getRawQuery();
        Map<String, List<String>> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((k, v) -> headers.put(k, new ArrayList<>(v)));
        long contentLength = -1;
        String cl = exchange.getRequestHeaders().getFirst("Content-Length");
        if (cl != null) {
            try {
                contentLength = Long.parseLong(cl.trim());
            } catch (NumberFormatException e) {
                contentLength = -1;
            }
        }
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = RequestBodies.readAtMost(in, contentLength, maxBodyBytes);
        }
        return body == null ? SimRequest.withBodyTooLarge(method, path, query, headers)
                : new SimRequest(method, path, query, headers, body);
    }

    /** Stops accepting, closes the socket and ends the handler threads. */
    public void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        server.stop(0);
        executor.shutdownNow();
        watchdog.shutdownNow();
    }
}
