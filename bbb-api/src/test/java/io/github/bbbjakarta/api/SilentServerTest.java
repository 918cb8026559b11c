package io.github.bbbjakarta.api;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Servers that accept and never answer, or do not listen: the call fails in time with a transport error. */
class SilentServerTest {

    @Test
    void aServerThatAcceptsAndNeverAnswersFailsWithinTheReadTimeout() throws Exception {
        List<Socket> accepted = new ArrayList<>();
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        accepted.add(silent.accept()); // hold the connection open, never write
                    }
                } catch (IOException closed) {
                    // test over
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            String url = "http://127.0.0.1:" + silent.getLocalPort() + "/bigbluebutton/api/";
            try (BigBlueButtonClient client = BigBlueButtonClient.builder(url, "s3cret")
                    .readTimeout(Duration.ofMillis(700)).build()) {
                long start = System.nanoTime();
                BbbTransportException e = assertThrows(BbbTransportException.class,
                        () -> client.meetings().getMeetingInfo("abc123"));
                long millis = (System.nanoTime() - start) / 1_000_000;
                assertTrue(millis >= 600 && millis < 5_000, "failed after " + millis + " ms");
                assertTrue(e.getMessage().startsWith("getMeetingInfo: timed out"), e.getMessage());
                assertFalse(e.getMessage().contains("checksum"));

                CompletionException async = assertThrows(CompletionException.class,
                        () -> client.meetings().isMeetingRunningAsync("abc123").toCompletableFuture().join());
                assertInstanceOf(BbbTransportException.class, async.getCause());
            }
        } finally {
            for (Socket s : accepted) {
                s.close();
            }
        }
    }

    @Test
    void aClosedPortIsATransportErrorNotAHang() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        try (BigBlueButtonClient client = BigBlueButtonClient.create("http://127.0.0.1:" + port + "/bigbluebutton/", "s3cret")) {
            BbbTransportException e = assertThrows(BbbTransportException.class, client::checkConnection);
            assertTrue(e.getMessage().contains("cannot connect"), e.getMessage());
            assertTrue(e.httpStatus().isEmpty());
        }
    }
}
