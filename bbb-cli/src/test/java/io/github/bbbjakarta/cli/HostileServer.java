package io.github.bbbjakarta.cli;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/** A raw HTTP server on loopback that answers every request with one status and body, like a broken proxy. */
final class HostileServer implements AutoCloseable {
    private final HttpServer server;

    private HostileServer(HttpServer server) {
        this.server = server;
    }

    /** Answers every request with {@code status} and an HTML {@code body}. */
    static HostileServer answering(int status, String body) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/", exchange -> {
                byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "text/html");
                exchange.sendResponseHeaders(status, bytes.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            });
            server.start();
            return new HostileServer(server);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The {@code BBB_URL} users would paste. */
    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/bigbluebutton/";
    }

    /** The API base URL the client derives from {@link #url()}. */
    String apiUrl() {
        return url() + "api/";
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
