package io.github.bbbjakarta.api;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A raw HTTP server for tests that misbehaves on purpose: each request it reads in full is counted, then a
 * {@link Behaviour} answers it (or not). Keeps connections alive unless the behaviour closes them.
 */
final class HostileServer implements AutoCloseable {
    /** One request as received. */
    record Request(String method, String target, byte[] body) {
    }

    /** What to do with a request; return false to close the connection. */
    @FunctionalInterface
    interface Behaviour {
        boolean answer(Request request, OutputStream out) throws IOException, InterruptedException;
    }

    private final ServerSocket server;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final List<Request> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger connections = new AtomicInteger();
    /** Connections whose peer (the client) went away while the behaviour was still writing or waiting. */
    final AtomicInteger abortedByClient = new AtomicInteger();
    volatile Behaviour behaviour;

    HostileServer(Behaviour behaviour) throws IOException {
        this.behaviour = behaviour;
        this.server = new ServerSocket(0, 100, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::acceptLoop, "hostile-acceptor");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** The server URL as users paste it. */
    String url() {
        return "http://127.0.0.1:" + server.getLocalPort() + "/bigbluebutton/";
    }

    URI apiUrl() {
        return URI.create(url() + "api/");
    }

    List<Request> requests() {
        return received;
    }

    int connections() {
        return connections.get();
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket s = server.accept();
                open.add(s);
                connections.incrementAndGet();
                Thread t = new Thread(() -> serve(s), "hostile-connection");
                t.setDaemon(true);
                t.start();
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(Socket s) {
        try (s) {
            InputStream in = new BufferedInputStream(s.getInputStream());
            OutputStream out = s.getOutputStream();
            while (true) {
                Request r = readRequest(in);
                if (r == null) {
                    return;
                }
                received.add(r);
                boolean keep;
                try {
                    keep = behaviour.answer(r, out);
                    out.flush();
                } catch (IOException clientGone) {
                    abortedByClient.incrementAndGet();
                    return;
                }
                if (!keep) {
                    return;
                }
            }
        } catch (IOException | InterruptedException e) {
            // connection over
        } finally {
            open.remove(s);
        }
    }

    private static Request readRequest(InputStream in) throws IOException {
        String line = readLine(in);
        if (line == null || line.isEmpty()) {
            return null;
        }
        String[] parts = line.split(" ");
        int length = 0;
        String h;
        while ((h = readLine(in)) != null && !h.isEmpty()) {
            if (h.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                length = Integer.parseInt(h.substring(15).trim());
            }
        }
        byte[] body = in.readNBytes(length);
        return new Request(parts[0], parts.length > 1 ? parts[1] : "", body);
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        int c;
        while ((c = in.read()) >= 0 && c != '\n') {
            if (c != '\r') {
                b.write(c);
            }
        }
        return c < 0 && b.size() == 0 ? null : b.toString(StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (Socket s : open) {
            s.close();
        }
    }

    // ---- behaviours ----

    static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** A complete answer with a Content-Length. */
    static Behaviour answer(int status, String contentType, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return (r, out) -> {
            out.write(ascii("HTTP/1.1 " + status + " X\r\n"
                    + (contentType == null ? "" : "Content-Type: " + contentType + "\r\n")
                    + "Content-Length: " + bytes.length + "\r\n\r\n"));
            out.write(bytes);
            return true;
        };
    }

    /** Reads the request, then closes the connection without a byte of answer. */
    static Behaviour dropAfterRead() {
        return (r, out) -> false;
    }

    /** Reads the request and never answers (until the client or the test closes the connection). */
    static Behaviour silent() {
        return (r, out) -> {
            Thread.sleep(60_000);
            return false;
        };
    }

    /** Writes {@code bytes} one byte every {@code everyMillis}. */
    static Behaviour trickle(byte[] bytes, long everyMillis) {
        return (r, out) -> {
            for (byte b : bytes) {
                out.write(b);
                out.flush();
                Thread.sleep(everyMillis);
            }
            return false;
        };
    }

    /** Headers at once, then {@code prefix}, then one byte of body every {@code everyMillis}, forever. */
    static Behaviour trickleBody(String headers, String prefix, String repeated, long everyMillis) {
        return (r, out) -> {
            out.write(ascii(headers));
            out.write(ascii(prefix));
            out.flush();
            for (int i = 0; i < 100_000; i++) {
                out.write(ascii(repeated));
                out.flush();
                Thread.sleep(everyMillis);
            }
            return false;
        };
    }
}
