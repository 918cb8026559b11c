package io.github.bbbjakarta.cdi;

import io.github.bbbjakarta.simulator.BbbSimulatorExtension;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.net.ServerSocket;
import java.util.Map;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HealthCheckTest {
    private static final String SECRET = "health-secret-77ab";
    private static final Pattern HEX_CHECKSUM = Pattern.compile("[0-9a-fA-F]{40,}");

    @RegisterExtension
    static final BbbSimulatorExtension SIM = BbbSimulatorExtension.withSecret(SECRET).revealBbbVersion("3.0.18");

    private static HealthCheckResponse readiness(String url, String secret) {
        try (TestContainer cdi = TestContainer.withProperties(Map.of("bbb.url", url, "bbb.secret", secret,
                "bbb.connect-timeout", "1s", "bbb.read-timeout", "2s"))) {
            return cdi.get(HealthCheck.class, Readiness.Literal.INSTANCE).call();
        }
    }

    private static String output(HealthCheckResponse r) {
        return r.getName() + " " + r.getStatus() + " " + r.getData().orElseThrow();
    }

    @Test
    void upWithTheServersVersion() {
        HealthCheckResponse r = readiness(SIM.apiUrl().toString(), SECRET);
        assertEquals("bbb", r.getName());
        assertEquals(HealthCheckResponse.Status.UP, r.getStatus(), output(r));
        Map<String, Object> data = r.getData().orElseThrow();
        assertEquals("2.0", data.get("apiVersion"));
        assertEquals("3.0.18", data.get("bbbVersion"));
        assertEquals(SIM.apiUrl().toString(), data.get("apiUrl"));
        assertFalse(output(r).contains(SECRET));
        assertFalse(HEX_CHECKSUM.matcher(output(r)).find(), output(r));
    }

    @Test
    void downWithWrongSecretSaysSoWithoutSecretsOrChecksums() {
        String wrong = "wrong-secret-0042";
        HealthCheckResponse r = readiness(SIM.apiUrl().toString(), wrong);
        assertEquals(HealthCheckResponse.Status.DOWN, r.getStatus());
        String reason = (String) r.getData().orElseThrow().get("reason");
        assertTrue(reason.contains("rejected our checksum: bbb.secret is wrong"), reason);
        String all = output(r);
        assertFalse(all.contains(wrong), all);
        assertFalse(all.contains(SECRET), all);
        assertFalse(HEX_CHECKSUM.matcher(all).find(), all);
    }

    @Test
    void downWhenUnreachable() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        HealthCheckResponse r = readiness("http://127.0.0.1:" + port + "/bigbluebutton/", SECRET);
        assertEquals(HealthCheckResponse.Status.DOWN, r.getStatus());
        String reason = (String) r.getData().orElseThrow().get("reason");
        assertTrue(reason.contains("unreachable"), reason);
        assertFalse(output(r).contains(SECRET));
    }

    /**
     * A server (or a proxy in front of it) that echoes the signed request, checksum included, in its answer: the
     * reason must not pass it on. The API root answers normally; the signed call gets {@code answer}.
     */
    private static HealthCheckResponse readinessAgainstEchoingServer(int status, String contentType, String answer)
            throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String uri = exchange.getRequestURI().toString();
            String body = exchange.getRequestURI().getRawQuery() == null
                    ? "<response><returncode>SUCCESS</returncode><version>2.0</version><apiVersion>2.0</apiVersion></response>"
                    : answer.replace("{uri}", answer.startsWith("<response>") ? uri.replace("&", "&amp;") : uri);
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", contentType);
            exchange.sendResponseHeaders(exchange.getRequestURI().getRawQuery() == null ? 200 : status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        try {
            return readiness("http://127.0.0.1:" + server.getAddress().getPort() + "/bigbluebutton/", SECRET);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void downWithoutTheChecksumWhenAProxyEchoesTheSignedUrl() throws IOException {
        HealthCheckResponse r = readinessAgainstEchoingServer(502, "text/html",
                "<html>checksum=0123456789abcdef0123456789abcdef01234567 Bad Gateway for {uri}</html>");
        assertEquals(HealthCheckResponse.Status.DOWN, r.getStatus());
        String all = output(r);
        assertTrue(all.contains("502"), all);
        assertFalse(all.contains("checksum=0123456789abcdef"), all);
        assertFalse(HEX_CHECKSUM.matcher(all).find(), all);
        assertFalse(all.contains(SECRET), all);
    }

    @Test
    void downWithoutTheChecksumWhenTheServerEchoesTheSignedUrl() throws IOException {
        HealthCheckResponse r = readinessAgainstEchoingServer(200, "text/xml",
                "<response><returncode>FAILED</returncode><messageKey>invalidRequest</messageKey>"
                        + "<message>cannot handle {uri}</message></response>");
        assertEquals(HealthCheckResponse.Status.DOWN, r.getStatus());
        String all = output(r);
        assertTrue(all.contains("the server refused the call: isMeetingRunning answered invalidRequest"), all);
        assertFalse(HEX_CHECKSUM.matcher(all).find(), all);
    }
}
