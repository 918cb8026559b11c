package io.github.bbbjakarta.api.callbacks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.bbbjakarta.api.BigBlueButtonClient;
import io.github.bbbjakarta.api.CreateMeetingRequest;
import io.github.bbbjakarta.simulator.BbbSimulatorExtension;
import io.github.bbbjakarta.simulator.SimRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The simulator's outgoing callbacks (end callback GET, recording-ready POST) reach a JDK HttpServer playing the
 * LMS and are parsed and verified by the client's {@link MeetingEndedCallback} and {@link CallbackVerifier}: both
 * sides were written from the reference alone, so each checks the other.
 */
class SimulatorCallbacksTest {
    private static final String SECRET = "simulator-callbacks-secret";

    @RegisterExtension
    static final BbbSimulatorExtension SIM = BbbSimulatorExtension.withSecret(SECRET)
            .callbackRetryDelays(Duration.ofMillis(50));

    private final CallbackVerifier verifier = CallbackVerifier.builder(SECRET).build();
    private final List<Object> received = new CopyOnWriteArrayList<>();
    private HttpServer lms;
    private String base;

    @BeforeEach
    void start() throws IOException {
        lms = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        lms.createContext("/ended", x -> answer(x, () -> MeetingEndedCallback.fromQuery(x.getRequestURI().getRawQuery())));
        lms.createContext("/ready", x -> {
            String body = new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            answer(x, () -> verifier.recordingReadyFromForm(body));
        });
        lms.start();
        base = "http://127.0.0.1:" + lms.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        lms.stop(0);
    }

    private interface Parse {
        Object get();
    }

    private void answer(HttpExchange x, Parse parse) throws IOException {
        int status;
        try {
            received.add(parse.get());
            status = 200;
        } catch (BbbCallbackException e) {
            received.add(e);
            status = 400;
        }
        x.sendResponseHeaders(status, -1);
        x.close();
    }

    private List<Object> await(int n) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (received.size() < n && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        return new ArrayList<>(received);
    }

    @Test
    void endCallbackAndRecordingReadyAreAcceptedByTheClientsParsers() throws InterruptedException {
        String internal;
        try (BigBlueButtonClient bbb = BigBlueButtonClient.builder(SIM.apiUrl(), SECRET).build()) {
            internal = bbb.meetings().create(CreateMeetingRequest.builder("lms course 7", "Course 7")
                    .record(true).autoStartRecording(true)
                    .meta("endCallbackUrl", base + "/ended?course=7")
                    .meta("bbb-recording-ready-url", base + "/ready")
                    .build()).internalMeetingID();
            SIM.control().connectUser("lms course 7", "Teacher", SimRole.MODERATOR);
            bbb.meetings().end("lms course 7");
        }
        assertEquals(List.of(new MeetingEndedCallback("lms course 7", true)), await(1));

        SIM.control().advanceRecordings();
        SIM.control().advanceRecordings();
        assertEquals(List.of(new MeetingEndedCallback("lms course 7", true),
                new RecordingReady("lms course 7", internal)), await(2));
    }
}
