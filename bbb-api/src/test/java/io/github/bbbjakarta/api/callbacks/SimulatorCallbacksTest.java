package io.github.bbbjakarta.api.callbacks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.bbbjakarta.api.BigBlueButtonClient;
import io.github.bbbjakarta.api.CreateHookRequest;
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
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The simulator's outgoing callbacks (end callback GET, recording-ready POST) reach a JDK HttpServer playing the
 * LMS and are parsed and verified by the client's {@link MeetingEndedCallback} and {@link CallbackVerifier}: both
 * sides were written from the reference alone, so each checks the other.
 */
class SimulatorCallbacksTest {
    private static final String SECRET = "simulator-callbacks-secret";

    @RegisterExtension
    static final BbbSimulatorExtension SIM = BbbSimulatorExtension.withSecret(SECRET)
            .callbackRetryDelays(Duration.ofMillis(50)).webhookRetryDelays(Duration.ofMillis(50));

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
        lms.createContext("/hook", x -> {
            String body = new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String query = x.getRequestURI().getRawQuery();
            String checksum = query.substring(query.lastIndexOf("checksum=") + "checksum=".length());
            String url = CallbackVerifier.registeredCallbackURL(base + x.getRequestURI().toString());
            answer(x, () -> verifier.webhook(url, checksum, null, body));
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

    @Test
    void webhookEventsAreVerifiedAndTypedByTheClient() throws InterruptedException {
        try (BigBlueButtonClient bbb = BigBlueButtonClient.builder(SIM.apiUrl(), SECRET).build()) {
            bbb.hooks().create(CreateHookRequest.builder(base + "/hook?course=8").meetingID("lms course 8").build());
            bbb.meetings().create(CreateMeetingRequest.builder("lms course 8", "Course 8")
                    .record(true).autoStartRecording(true).build());
            SIM.control().connectUser("lms course 8", "Teacher", SimRole.MODERATOR, "t-1");
            bbb.meetings().end("lms course 8");
        }
        // each event is its own POST, sent in the background: arrival order is not guaranteed
        List<Object> got = awaitEvents(List.of(WebhookEvent.MeetingCreated.class, WebhookEvent.UserJoined.class,
                WebhookEvent.RecordingStarted.class, WebhookEvent.UserLeft.class, WebhookEvent.MeetingEnded.class));
        List<WebhookEvent> events = new ArrayList<>();
        for (Object o : got) {
            if (o instanceof BbbCallbackException) {
                throw new AssertionError("the client refused a webhook of the simulator", (Throwable) o);
            }
            events.addAll(((WebhookDelivery) o).events());
        }
        assertTrue(events.stream().allMatch(e -> e.meetingID().equals("lms course 8")), events.toString());
        WebhookEvent.MeetingCreated created = only(events, WebhookEvent.MeetingCreated.class);
        assertEquals("Course 8", created.name());
        assertTrue(created.record());
        WebhookEvent.UserJoined joined = only(events, WebhookEvent.UserJoined.class);
        assertEquals("t-1", joined.userID());
        assertEquals("Teacher", joined.name());
        assertEquals(1, events.stream().filter(WebhookEvent.UserLeft.class::isInstance).count(), events.toString());
        assertEquals(1, events.stream().filter(WebhookEvent.RecordingStarted.class::isInstance).count(),
                events.toString());
        assertTrue(created.timestamp().orElseThrow().compareTo(joined.timestamp().orElseThrow()) <= 0,
                events.toString());
    }

    private List<Object> awaitEvents(List<Class<? extends WebhookEvent>> types) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (System.nanoTime() < deadline) {
            List<Object> now = new ArrayList<>(received);
            if (types.stream().allMatch(type -> now.stream().anyMatch(o -> o instanceof WebhookDelivery d
                    && d.events().stream().anyMatch(type::isInstance)))) {
                Thread.sleep(100);   // and any duplicate would have arrived
                return new ArrayList<>(received);
            }
            Thread.sleep(20);
        }
        throw new AssertionError("not all of " + types + " within 5 s: " + received);
    }

    private static <T extends WebhookEvent> T only(List<WebhookEvent> events, Class<T> type) {
        List<T> matching = events.stream().filter(type::isInstance).map(type::cast).toList();
        assertEquals(1, matching.size(), events.toString());
        return matching.get(0);
    }
}
