package io.github.bbbjakarta.api;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A server (or a proxy) that reads the request and drops the connection without answering: the request has
 * reached it exactly once. The client never repeats it, on a fresh connection or on a reused one.
 */
class OneRequestTest {
    private static final String RUNNING = "<response><returncode>SUCCESS</returncode><running>false</running></response>";

    static Consumer<BigBlueButtonClient> call(String name) {
        return switch (name) {
            case "join" -> c -> c.meetings().join(JoinMeetingRequest.builder("m-1", "Ada", Role.MODERATOR).build());
            case "end" -> c -> c.meetings().end("m-1");
            case "createWithDocuments" -> c -> c.meetings().create(CreateMeetingRequest.builder("m-1", "Room")
                    .presentations(PresentationDocument.fromBytes("slides.pdf",
                            "%PDF-1.4".getBytes(StandardCharsets.US_ASCII))).build());
            case "getMeetings" -> c -> c.meetings().getMeetings();
            case "joinAsync" -> c -> {
                CompletionException e = assertThrows(CompletionException.class, () -> c.meetings()
                        .joinAsync(JoinMeetingRequest.builder("m-1", "Ada", Role.MODERATOR).build()).toCompletableFuture().join());
                throw assertInstanceOf(BbbTransportException.class, e.getCause());
            };
            default -> throw new IllegalArgumentException(name);
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {"join", "end", "createWithDocuments", "getMeetings", "joinAsync"})
    void aDroppedConnectionOnAFreshConnectionMeansOneRequest(String name) throws Exception {
        try (HostileServer server = new HostileServer(HostileServer.dropAfterRead());
             BigBlueButtonClient client = BigBlueButtonClient.create(server.url(), "s3cret")) {
            BbbTransportException e = assertThrows(BbbTransportException.class, () -> call(name).accept(client));
            assertTrue(e.getMessage().contains("without answering"), e.getMessage());
            assertEquals(1, server.requests().size(), "requests the server received");
            if (name.equals("createWithDocuments")) {
                assertEquals("POST", server.requests().get(0).method());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"join", "end", "createWithDocuments", "getMeetings"})
    void aDroppedConnectionOnAReusedConnectionMeansOneRequest(String name) throws Exception {
        try (HostileServer server = new HostileServer(HostileServer.answer(200, "text/xml", RUNNING));
             BigBlueButtonClient client = BigBlueButtonClient.create(server.url(), "s3cret")) {
            client.meetings().isMeetingRunning("m-1"); // leaves a kept-alive connection in the pool
            assertEquals(1, server.connections());
            server.behaviour = HostileServer.dropAfterRead();
            assertThrows(BbbTransportException.class, () -> call(name).accept(client));
            assertEquals(1, server.connections(), "the call went over the reused connection");
            assertEquals(2, server.requests().size(), "the first call, then the dropped one once");
        }
    }

    @Test
    void aKeptAliveConnectionIsReused() throws Exception {
        try (HostileServer server = new HostileServer(HostileServer.answer(200, "text/xml", RUNNING));
             BigBlueButtonClient client = BigBlueButtonClient.create(server.url(), "s3cret")) {
            for (int i = 0; i < 5; i++) {
                client.meetings().isMeetingRunning("m-1");
            }
            assertEquals(1, server.connections());
            assertEquals(5, server.requests().size());
        }
    }

    @Test
    void aConnectionTheServerClosedWhileIdleIsNotReused() throws Exception {
        HostileServer.Behaviour answerThenClose = (r, out) -> {
            HostileServer.answer(200, "text/xml", RUNNING).answer(r, out);
            out.flush();
            return false; // closes after answering, without saying Connection: close
        };
        try (HostileServer server = new HostileServer(answerThenClose);
             BigBlueButtonClient client = BigBlueButtonClient.create(server.url(), "s3cret")) {
            client.meetings().isMeetingRunning("m-1");
            Thread.sleep(100); // the close reaches the client
            client.meetings().isMeetingRunning("m-1");
            assertEquals(2, server.connections());
            assertEquals(2, server.requests().size());
        }
    }
}
