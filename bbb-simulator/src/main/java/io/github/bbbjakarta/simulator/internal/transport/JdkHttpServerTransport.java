package io.github.bbbjakarta.simulator.internal.transport;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.bbbjakarta.simulator.internal.http.SimRequest;
import io.github.bbbjakarta.simulator.internal.http.SimResponse;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Serves an engine with the JDK's {@code com.sun.net.httpserver.HttpServer} on a bounded pool of daemon
 * threads. Thread-safe; {@link #stop()} is idempotent.
 */
public final class JdkHttpServerTransport {
    /** Largest request body accepted (bigger bodies answer 413). */
    public static final int MAX_BODY_BYTES = 16 * 1024 * 1024;

    private final HttpServer server;
    private final ExecutorService executor;
    private volatile boolean stopped;

    private JdkHttpServerTransport(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /**
     * Binds the socket (so the actual port is known before the engine exists).
     *
     * @param threads size of the handler pool
     */
    public static JdkHttpServerTransport bind(InetSocketAddress address, int threads) throws IOException {
        // Without TCP_NODELAY the JDK server's separate header and body writes meet delayed ACKs (~40 ms per
        // request). The JDK reads this property once; set it only when nobody chose a value.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
        HttpServer server = HttpServer.create(address, 64);
        AtomicInteger n = new AtomicInteger();
        ThreadFactory tf = r -> {
            Thread t = new Thread(r, "bbb-simulator-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        ThreadPoolExecutor executor = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), tf);
        executor.allowCoreThreadTimeOut(true);
        server.setExecutor(executor);
        return new JdkHttpServerTransport(server, executor);
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
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readNBytes(MAX_BODY_BYTES + 1);
            }
            if (body.length > MAX_BODY_BYTES) {
                exchange.sendResponseHeaders(413, -1);
                return;
            }
            Map<String, List<String>> headers = new LinkedHashMap<>();
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k, new ArrayList<>(v)));
            SimRequest req = new SimRequest(exchange.getRequestMethod().toUpperCase(java.util.Locale.ROOT),
                    exchange.getRequestURI().getPath(), exchange.getRequestURI().getRawQuery(), headers, body);
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
            // client went away or the handler failed after headers were sent: nothing more to do
        } finally {
            exchange.close();
        }
    }

    /** Stops accepting, closes the socket and ends the handler threads. */
    public void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        server.stop(0);
        executor.shutdownNow();
    }
}
