package io.github.bbbjakarta.api;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A stand-in BBB server (raw JDK HttpServer) for calls the test wants to answer itself: records every request,
 * checks its checksum like bbb-webhooks (strictly: algorithm by length, lower-case hex; bbb-web would also accept
 * upper case) and answers a valid one with {@link #answer}, an invalid one with {@link #checksumFailure}.
 */
final class FakeBbbServer implements AutoCloseable {
    private static final String API = "/bigbluebutton/api/";

    /** One request as the server saw it: the call name and the decoded parameters in order. */
    record Request(String call, Map<String, String> params) {
    }

    private final HttpServer server;
    private final String secret;
    final List<Request> requests = new CopyOnWriteArrayList<>();
    volatile Set<String> supported = Set.of("sha1", "sha256", "sha384", "sha512");
    volatile boolean getOnly;
    volatile Function<Request, byte[]> answer = r -> new byte[0];
    volatile byte[] checksumFailure = new byte[0];

    FakeBbbServer(String secret) throws IOException {
        this.secret = secret;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext(API, this::handle);
        server.start();
    }

    /** The server URL as users paste it. */
    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/bigbluebutton/";
    }

    /** The one request received. */
    Request only() {
        assertEquals(1, requests.size(), "requests: " + requests);
        return requests.get(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String call = exchange.getRequestURI().getRawPath().substring(API.length());
        String query = exchange.getRequestURI().getRawQuery() == null ? "" : exchange.getRequestURI().getRawQuery();
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            if (!pair.isEmpty()) {
                int eq = pair.indexOf('=');
                params.put(URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
                        eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        Request request = new Request(call, params);
        requests.add(request);
        byte[] body = getOnly && !"GET".equals(exchange.getRequestMethod()) ? null
                : checksumValid(call, query, params.get("checksum")) ? answer.apply(request) : checksumFailure;
        byte[] sent = body == null ? "Not Found".getBytes(StandardCharsets.UTF_8) : body;
        exchange.getResponseHeaders().set("Content-Type", "text/xml");
        exchange.sendResponseHeaders(body == null ? 404 : 200, sent.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(sent);
        }
    }

    /** Reference §1.1/§1.3: H(call + query without the checksum + secret), H chosen by the checksum's length. */
    private boolean checksumValid(String call, String query, String checksum) {
        if (checksum == null) {
            return false;
        }
        String algorithm = switch (checksum.length()) {
            case 40 -> "sha1";
            case 64 -> "sha256";
            case 96 -> "sha384";
            case 128 -> "sha512";
            default -> null;
        };
        if (algorithm == null || !supported.contains(algorithm)) {
            return false;
        }
        String unsigned = query.replaceAll("(^|&)checksum=[^&]*", "");
        try {
            byte[] hash = MessageDigest.getInstance("SHA-" + algorithm.substring(3))
                    .digest((call + unsigned + secret).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash).equals(checksum);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
