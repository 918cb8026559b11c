package io.github.bbbjakarta.api;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The total deadline per call (callTimeout): a server that trickles its answer a byte at a time, or never
 * answers, or holds every connection, cannot hold a call longer than the deadline, sync or async.
 */
class DeadlineTest {
    private static final Duration DEADLINE = Duration.ofMillis(500);
    /** Scheduling slack on a loaded 2-core machine. */
    private static final long MARGIN_MILLIS = 1_500;
    private static final String XML = "<response><returncode>SUCCESS</returncode><running>true</running></response>";

    private static BigBlueButtonClient client(HostileServer server) {
        // the read timeout (silence between bytes) stays long: only the total deadline can stop a trickle
        return BigBlueButtonClient.builder(server.url(), "s3cret").callTimeout(DEADLINE)
                .readTimeout(Duration.ofSeconds(30)).build();
    }

    static HostileServer.Behaviour behaviour(String kind) {
        String headers = "HTTP/1.1 200 OK\r\nContent-Type: text/xml\r\nContent-Length: " + XML.length() + "\r\n\r\n";
        return switch (kind) {
            case "statusLine" -> HostileServer.trickle(HostileServer.ascii(headers + XML), 100);
            case "headers" -> HostileServer.trickleBody("HTTP/1.1 200 OK\r\n", "", "X-Slow: y\r\n", 100);
            case "body" -> HostileServer.trickleBody("HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n", "<response>", " ", 100);
            case "chunked" -> HostileServer.trickleBody("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n",
                    "a\r\n<response>\r\n", "1\r\n \r\n", 100);
            case "untilClose" -> HostileServer.trickleBody("HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n", "<response>", " ", 100);
            case "silent" -> HostileServer.silent();
            default -> throw new IllegalArgumentException(kind);
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {"statusLine", "headers", "body", "chunked", "untilClose", "silent"})
    void aTricklingOrSilentServerFailsTheCallWithinItsDeadline(String kind) throws Exception {
        try (HostileServer server = new HostileServer(behaviour(kind)); BigBlueButtonClient client = client(server)) {
            BbbTransportException sync = within(() -> assertThrows(BbbTransportException.class,
                    () -> client.meetings().isMeetingRunning("m1")));
            assertTrue(sync.getMessage().contains("timed out") && sync.getMessage().contains("callTimeout"), sync.getMessage());

            BbbTransportException async = within(() -> {
                CompletableFuture<Boolean> f = client.meetings().isMeetingRunningAsync("m1").toCompletableFuture();
                return assertInstanceOf(BbbTransportException.class, assertThrows(CompletionException.class, f::join).getCause());
            });
            assertTrue(async.getMessage().contains("timed out"), async.getMessage());
        }
    }

    @Test
    void theConnectionIsReallyClosedAtTheDeadline() throws Exception {
        try (HostileServer server = new HostileServer(behaviour("body")); BigBlueButtonClient client = client(server)) {
            assertThrows(BbbTransportException.class, () -> client.meetings().isMeetingRunning("m1"));
            // the trickling server notices within a few of its writes that the client hung up
            long until = System.nanoTime() + Duration.ofSeconds(3).toNanos();
            while (server.abortedByClient.get() == 0 && System.nanoTime() < until) {
                Thread.sleep(20);
            }
            assertEquals(1, server.abortedByClient.get(), "the client closed the trickling connection");
        }
    }

    @Test
    void whenEveryConnectionIsHeldTheNextCallFailsWithinItsDeadline() throws Exception {
        try (HostileServer server = new HostileServer(HostileServer.silent());
             BigBlueButtonClient client = BigBlueButtonClient.builder(server.url(), "s3cret").callTimeout(DEADLINE)
                     .maxConnections(2).build()) {
            CompletableFuture<Boolean> first = client.meetings().isMeetingRunningAsync("m-a").toCompletableFuture();
            CompletableFuture<Boolean> second = client.meetings().isMeetingRunningAsync("m-b").toCompletableFuture();
            BbbTransportException e = within(() -> assertThrows(BbbTransportException.class, client.meetings()::getMeetings));
            // it waited for a connection, or got one when the first two timed out, and then timed out itself
            assertTrue(e.getMessage().contains("timed out"), e.getMessage());
            assertThrows(CompletionException.class, first::join);
            assertThrows(CompletionException.class, second::join);
            assertTrue(server.connections() <= 3, "never more than maxConnections at once: " + server.connections());
        }
    }

    @Test
    void aReadTimeoutShorterThanTheDeadlineStillApplies() throws Exception {
        try (HostileServer server = new HostileServer(HostileServer.silent());
             BigBlueButtonClient client = BigBlueButtonClient.builder(server.url(), "s3cret")
                     .readTimeout(Duration.ofMillis(300)).callTimeout(Duration.ofSeconds(20)).build()) {
            BbbTransportException e = within(() -> assertThrows(BbbTransportException.class,
                    () -> client.meetings().isMeetingRunning("m1")));
            assertTrue(e.getMessage().contains("readTimeout"), e.getMessage());
        }
    }

    @Test
    void aServerTricklingItsTlsHandshakeIsCutOffAtTheDeadline() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
            Thread trickler = new Thread(() -> {
                try (Socket s = server.accept()) {
                    OutputStream out = s.getOutputStream();
                    byte[] serverHello = {0x16, 0x03, 0x03, 0x00, 0x50}; // a TLS record header, then its body slowly
                    out.write(serverHello);
                    for (int i = 0; i < 0x50; i++) {
                        out.write(0x02);
                        out.flush();
                        Thread.sleep(100);
                    }
                } catch (IOException | InterruptedException e) {
                    // the client hung up
                }
            });
            trickler.setDaemon(true);
            trickler.start();
            try (BigBlueButtonClient client = BigBlueButtonClient.builder("https://127.0.0.1:" + server.getLocalPort()
                    + "/bigbluebutton/", "s3cret").callTimeout(DEADLINE).connectTimeout(Duration.ofSeconds(30)).build()) {
                BbbTransportException e = within(() -> assertThrows(BbbTransportException.class,
                        () -> client.meetings().isMeetingRunning("m1")));
                assertTrue(e.getMessage().contains("timed out"), e.getMessage());
            }
        }
    }

    /** Runs {@code call}, failing the test if it takes longer than the deadline plus the margin. */
    static <T> T within(Supplier<T> call) {
        long start = System.nanoTime();
        T result = assertTimeoutPreemptively(Duration.ofSeconds(10), call::get, "the call hung past its deadline");
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis < DEADLINE.toMillis() + MARGIN_MILLIS, "took " + millis + " ms");
        return result;
    }
}
