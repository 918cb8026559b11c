package io.github.bbbjakarta.simulator;

import org.junit.jupiter.api.Test;

import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Embedding: builder, URLs, secrecy, concurrency and prompt shutdown. */
class BbbSimulatorTest {
    static final String SECRET = "never-print-this-secret";

    @Test
    void builderRequiresANonBlankSecret() {
        assertThrows(IllegalStateException.class, () -> BbbSimulator.builder().build());
        assertThrows(IllegalArgumentException.class, () -> BbbSimulator.builder().secret("  "));
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> BbbSimulator.builder().supportedChecksumAlgorithms("md5"));
        assertEquals("Unknown checksum algorithm: md5 (known: sha1, sha256, sha384, sha512)", unknown.getMessage());
    }

    @Test
    void urlsAndSecrecy() {
        BbbSimulator.Builder builder = BbbSimulator.builder().secret(SECRET);
        assertFalse(builder.toString().contains(SECRET));
        try (BbbSimulator sim = builder.build()) {
            assertThrows(IllegalStateException.class, sim::port);
            sim.start();
            assertTrue(sim.port() > 0);
            assertEquals("http://127.0.0.1:" + sim.port(), sim.baseUrl().toString());
            assertEquals("http://127.0.0.1:" + sim.port() + "/bigbluebutton/api/", sim.apiUrl().toString());
            assertFalse(sim.toString().contains(SECRET));
            assertThrows(IllegalStateException.class, sim::start);
        }
    }

    @Test
    void servesConcurrentRequests() throws Exception {
        try (BbbSimulator sim = BbbSimulator.builder().secret(SECRET).start()) {
            TestApi api = new TestApi(sim, SECRET);
            ExecutorService pool = Executors.newFixedThreadPool(12);
            try {
                List<Future<String>> results = new ArrayList<>();
                for (int i = 0; i < 120; i++) {
                    String id = "c-" + (i % 10);
                    results.add(pool.submit(() -> Xml.parse(api.get("create", TestApi.query("name", "Concurrent",
                            "meetingID", id)).body()).text("returncode")));
                }
                for (Future<String> f : results) {
                    assertEquals("SUCCESS", f.get());
                }
            } finally {
                pool.shutdownNow();
            }
            assertEquals(10, sim.control().meetings().size());
            assertEquals(110, sim.control().requests().stream().filter(e -> "duplicateWarning"
                    .equals(e.messageKey())).count());
        }
    }

    @Test
    void closeIsPromptEvenWithADelayedRequestPending() throws Exception {
        BbbSimulator sim = BbbSimulator.builder().secret(SECRET).start();
        TestApi api = new TestApi(sim, SECRET);
        sim.control().stub("getMeetings", Stub.delay(Duration.ofSeconds(30)));
        CompletableFuture<Void> pending = CompletableFuture.runAsync(() -> {
            try {
                api.get("getMeetings", "");
            } catch (UncheckedIOException expected) {
                // the connection is closed by the shutdown
            }
        });
        // the request must be in the server (journaled, its handler in the stub's delay) before the shutdown: a
        // fixed pause let a slow client connect while the server was closing, and its request then hung unanswered
        long waitUntil = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (sim.control().requests("getMeetings").isEmpty() && System.nanoTime() < waitUntil) {
            Thread.sleep(10);
        }
        assertEquals(1, sim.control().requests("getMeetings").size(), "the delayed request is pending");
        long start = System.nanoTime();
        sim.close();
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() < 2000);
        sim.close(); // idempotent
        assertThrows(IllegalStateException.class, sim::apiUrl);
        HttpRequest req = HttpRequest.newBuilder(api.uri("", null)).timeout(Duration.ofSeconds(2)).GET().build();
        assertThrows(UncheckedIOException.class, () -> TestApi.send(req));
        pending.get(5, java.util.concurrent.TimeUnit.SECONDS);
    }

    @Test
    void fixedPortAndUnknownPaths() {
        int port;
        try (BbbSimulator probe = BbbSimulator.builder().secret(SECRET).start()) {
            port = probe.port();
        }
        try (BbbSimulator sim = BbbSimulator.builder().secret(SECRET).port(port).start()) {
            assertEquals(port, sim.port());
            assertEquals(404, TestApi.getUrl(sim.baseUrl() + "/elsewhere").statusCode());
            assertEquals(404, TestApi.getUrl(sim.baseUrl() + "/html5client?sessionToken=unknown").statusCode());
        }
    }
}
