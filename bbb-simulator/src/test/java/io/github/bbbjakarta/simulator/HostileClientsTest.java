package io.github.bbbjakarta.simulator;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Stalled and hostile clients over real sockets: the simulator keeps answering others, closes what stalls, and
 * answers oversized or deeply nested bodies cleanly instead of dropping the connection.
 */
class HostileClientsTest {
    static final String SECRET = "hostile-secret";

    /** Sends a request head that announces a body, and never sends the body. */
    private static Socket stall(BbbSimulator sim) throws IOException {
        Socket s = new Socket("127.0.0.1", sim.port());
        OutputStream out = s.getOutputStream();
        out.write(("POST /bigbluebutton/api/create HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Content-Type: application/xml\r\nContent-Length: 1000\r\n\r\n<modules>")
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return s;
    }

    private static void closeAll(List<Socket> sockets) {
        for (Socket s : sockets) {
            try {
                s.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }

    /** An API-root call with a short client timeout: throws when the simulator does not answer in time. */
    private static HttpResponse<String> version(BbbSimulator sim) {
        return TestApi.send(HttpRequest.newBuilder(sim.apiUrl()).timeout(Duration.ofSeconds(5)).GET().build());
    }

    @Test
    void stalledBodiesDoNotStopTheSimulator() throws IOException {
        try (BbbSimulator sim = BbbSimulator.builder().secret(SECRET).start()) {
            List<Socket> stalled = new ArrayList<>();
            try {
                for (int i = 0; i < 40; i++) {
                    stalled.add(stall(sim));
                }
                HttpResponse<String> r = version(sim);
                assertEquals(200, r.statusCode());
                assertTrue(r.body().contains("<returncode>SUCCESS</returncode>"), r.body());
            } finally {
                closeAll(stalled);
            }
        }
    }

    @Test
    void theReadTimeoutClosesAStalledConnection() throws IOException {
        try (BbbSimulator sim = BbbSimulator.builder().secret(SECRET).readTimeout(Duration.ofMillis(300)).start();
             Socket s = stall(sim)) {
            s.setSoTimeout(10_000);
            InputStream in = s.getInputStream();
            long start = System.nanoTime();
            int first;
            try {
                first = in.read();
            } catch (SocketTimeoutException e) {
                throw new AssertionError("the simulator kept the stalled connection open", e);
            } catch (IOException e) {
                first = -1; // reset by the server: closed as well
            }
            assertEquals(-1, first, "closed without an answer");
            assertTrue(System.nanoTime() - start < 9_000_000_000L);
            assertEquals(200, version(sim).statusCode());
        }
    }

    @Test
    void moreStalledClientsThanThreadsAreShedByTheReadTimeout() throws IOException {
        try (BbbSimulator sim = BbbSimulator.builder().secret(SECRET).readTimeout(Duration.ofMillis(500)).start()) {
            List<Socket> stalled = new ArrayList<>();
            try {
                for (int i = 0; i < BbbSimulator.HANDLER_THREADS + 20; i++) {
                    stalled.add(stall(sim));
                }
                assertEquals(200, version(sim).statusCode());
            } finally {
                closeAll(stalled);
            }
        }
    }

    @Test
    void aRequestHeadTrickledPastTheReadTimeoutIsClosed() throws IOException {
        try (BbbSimulator sim = BbbSimulator.builder().secret(SECRET).readTimeout(Duration.ofMillis(300)).start();
             Socket s = new Socket("127.0.0.1", sim.port())) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write("GET /bigbluebutton/api/ HTTP/1.1\r\nHost: 127.0.0.1\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            int first;
            try {
                first = s.getInputStream().read();
            } catch (SocketTimeoutException e) {
                throw new AssertionError("the simulator kept the trickling connection open", e);
            } catch (IOException e) {
                first = -1;
            }
            assertEquals(-1, first);
        }
    }

    @Test
    void xmlNestedTenThousandDeepGetsAFailedAnswer() {
        try (BbbSimulator sim = BbbSimulator.builder().secret(SECRET).start()) {
            TestApi api = new TestApi(sim, SECRET);
            String body = "<modules><module name=\"presentation\"><document name=\"a.pdf\">"
                    + "<x>".repeat(10_000) + "</x>".repeat(10_000) + "</document></module></modules>";
            HttpResponse<String> r = api.post("create", api.signed("create", TestApi.query("name", "Deep",
                    "meetingID", "deep-1")), "application/xml", body);
            assertEquals(200, r.statusCode());
            Xml x = Xml.parse(r.body());
            assertEquals("FAILED", x.text("returncode"));
            assertEquals("requestBodyTooDeep", x.text("messageKey"));
            assertTrue(sim.control().meeting("deep-1").isEmpty());
            assertEquals("requestBodyTooDeep", sim.control().requests("create").get(0).messageKey());
        }
    }

    @Test
    void xmlWithinTheDepthLimitIsStillAccepted() {
        try (BbbSimulator sim = BbbSimulator.builder().secret(SECRET).start()) {
            TestApi api = new TestApi(sim, SECRET);
            String body = "<modules><module name=\"presentation\"><document name=\"a.pdf\">"
                    + "<x>".repeat(50) + "YQ==" + "</x>".repeat(50) + "</document></module></modules>";
            HttpResponse<String> r = api.post("create", api.signed("create", TestApi.query("name", "Deepish",
                    "meetingID", "deep-2")), "application/xml", body);
            assertEquals("SUCCESS", Xml.parse(r.body()).text("returncode"), r.body());
            assertEquals(1, sim.control().meeting("deep-2").orElseThrow().documents().size());
        }
    }

    @Test
    void adminJsonNestedFiveThousandDeepGetsA400() {
        try (BbbSimulator sim = BbbSimulator.builder().secret(SECRET).start()) {
            String body = "{\"type\":" + "[".repeat(5_000) + "]".repeat(5_000) + "}";
            HttpResponse<String> r = TestApi.send(HttpRequest.newBuilder(
                    URI.create(sim.baseUrl() + "/__admin/stubs?call=create"))
                    .PUT(HttpRequest.BodyPublishers.ofString(body)).build());
            assertEquals(400, r.statusCode(), r.body());
            assertTrue(r.body().startsWith("{\"error\":"), r.body());
            assertTrue(sim.control().stubs().isEmpty());
        }
    }

    @Test
    void bodiesOverTheLimitGetACleanAnswer() {
        try (BbbSimulator sim = BbbSimulator.builder().secret(SECRET).maxBodySize(1000).start()) {
            TestApi api = new TestApi(sim, SECRET);
            String big = "x".repeat(2000);
            HttpResponse<String> r = api.post("create", api.signed("create", TestApi.query("name", "Big",
                    "meetingID", "big-1")), "application/xml", big);
            Xml x = Xml.parse(r.body());
            assertEquals("FAILED", x.text("returncode"));
            assertEquals("requestBodyTooLarge", x.text("messageKey"));
            assertTrue(x.text("message").contains("1000"), x.text("message"));

            HttpResponse<String> admin = TestApi.send(HttpRequest.newBuilder(
                    URI.create(sim.baseUrl() + "/__admin/stubs?call=create"))
                    .PUT(HttpRequest.BodyPublishers.ofString(big)).build());
            assertEquals(413, admin.statusCode());
            assertTrue(admin.body().startsWith("{\"error\":"), admin.body());

            String small = "<modules/>";
            assertEquals("SUCCESS", Xml.parse(api.post("create", api.signed("create", TestApi.query("name",
                    "Small", "meetingID", "small-1")), "application/xml", small).body()).text("returncode"));
        }
    }

    @Test
    void builderRejectsNonsenseLimits() {
        assertThrows(IllegalArgumentException.class, () -> BbbSimulator.builder().maxBodySize(0));
        assertThrows(IllegalArgumentException.class, () -> BbbSimulator.builder().readTimeout(Duration.ZERO));
    }
}
