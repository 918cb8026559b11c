package io.github.bbbjakarta.simulator;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Outgoing callbacks (reference §4 "End callback", "Recording ready") over real HTTP: a JDK HttpServer in the test
 * plays the LMS; the simulator retries with a shortened schedule.
 */
class CallbacksTest {
    static final String SECRET = "callbacks-secret";
    static final Duration RETRY = Duration.ofMillis(50);
    static BbbSimulator sim;
    static HttpServer lms;
    static String lmsUrl;
    /** Requests the LMS received: method, path?query, content type, body. */
    static final ConcurrentLinkedQueue<Received> RECEIVED = new ConcurrentLinkedQueue<>();
    /** How many of the next requests answer 500 (then 200). */
    static final AtomicInteger FAILURES = new AtomicInteger();

    record Received(String method, String uri, String contentType, String body) {
    }

    private final TestApi api = new TestApi(sim.apiUrl(), SECRET);

    @BeforeAll
    static void start() throws IOException {
        sim = BbbSimulator.builder().secret(SECRET).callbackRetryDelays(RETRY, RETRY, RETRY, RETRY).start();
        lms = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        lms.createContext("/", ex -> {
            byte[] body;
            try (InputStream in = ex.getRequestBody()) {
                body = in.readAllBytes();
            }
            RECEIVED.add(new Received(ex.getRequestMethod(), ex.getRequestURI().toString(),
                    ex.getRequestHeaders().getFirst("Content-Type"), new String(body, StandardCharsets.UTF_8)));
            int status = ex.getRequestURI().getPath().startsWith("/gone") ? 410
                    : FAILURES.getAndUpdate(n -> Math.max(0, n - 1)) > 0 ? 500 : 200;
            ex.sendResponseHeaders(status, -1);
            ex.close();
        });
        lms.start();
        lmsUrl = "http://127.0.0.1:" + lms.getAddress().getPort();
    }

    @AfterAll
    static void stop() {
        lms.stop(0);
        sim.close();
    }

    @BeforeEach
    void clean() {
        sim.control().reset();
        RECEIVED.clear();
        FAILURES.set(0);
    }

    private static <T> T await(Supplier<T> value, Predicate<T> done) {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        T v = value.get();
        while (!done.test(v) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
            v = value.get();
        }
        return v;
    }

    private static List<Received> awaitReceived(int n) {
        return await(() -> new ArrayList<>(RECEIVED), l -> l.size() >= n);
    }

    private void end(String meetingID) {
        assertEquals("SUCCESS", Xml.parse(api.get("end", TestApi.query("meetingID", meetingID)).body())
                .text("returncode"));
    }

    @Test
    void endCallbackWithoutRecordingHasFalseMarksAndTheMeetingId() {
        api.create("cb end 1", "meta_endCallbackUrl", lmsUrl + "/ended?course=7");
        end("cb end 1");
        List<Received> got = awaitReceived(1);
        assertEquals(1, got.size(), got::toString);
        assertEquals("GET", got.get(0).method());
        assertEquals("/ended?course=7&recordingmarks=false&meetingID=cb+end+1", got.get(0).uri());
        CallbackSnapshot c = await(() -> sim.control().callbacks(), l -> l.get(0).delivered()).get(0);
        assertEquals(new CallbackSnapshot(CallbackSnapshot.Kind.END, "GET",
                lmsUrl + "/ended?course=7&recordingmarks=false&meetingID=cb+end+1", null, 1, 200, true), c);
    }

    @Test
    void endCallbackAfterRecordingHasTrueMarks() {
        api.create("cb-end-2", "record", "true", "autoStartRecording", "true", "meta_endCallbackUrl",
                lmsUrl + "/ended");
        sim.control().connectUser("cb-end-2", "Mod", SimRole.MODERATOR);
        sim.control().endMeeting("cb-end-2");
        List<Received> got = awaitReceived(1);
        assertEquals("/ended?recordingmarks=true&meetingID=cb-end-2", got.get(0).uri());
    }

    @Test
    void endCallbackIsRetriedUntil2xxThenStops() throws InterruptedException {
        FAILURES.set(2);
        api.create("cb-retry", "meta_endCallbackUrl", lmsUrl + "/ended");
        end("cb-retry");
        List<CallbackSnapshot> cs = await(() -> sim.control().callbacks(), l -> l.get(0).delivered());
        assertEquals(3, cs.get(0).attempts());
        assertEquals(200, cs.get(0).lastStatus());
        Thread.sleep(RETRY.toMillis() * 6);
        assertEquals(3, RECEIVED.size(), RECEIVED::toString);
        assertEquals(3, sim.control().callbacks().get(0).attempts());
    }

    @Test
    void endCallbackGivesUpAfterTheSchedule() throws InterruptedException {
        FAILURES.set(100);
        api.create("cb-fail", "meta_endCallbackUrl", lmsUrl + "/ended");
        end("cb-fail");
        List<CallbackSnapshot> cs = await(() -> sim.control().callbacks(), l -> l.get(0).attempts() >= 5);
        Thread.sleep(RETRY.toMillis() * 6);
        cs = sim.control().callbacks();
        assertEquals(5, cs.get(0).attempts(), "first try and four retries");
        assertEquals(500, cs.get(0).lastStatus());
        assertFalse(cs.get(0).delivered());
        assertEquals(5, RECEIVED.size());
    }

    @Test
    void anExpiredMeetingSendsItsEndCallback() {
        MutableClock clock = new MutableClock(java.time.Instant.parse("2025-04-01T09:00:00Z"));
        try (BbbSimulator timed = BbbSimulator.builder().secret(SECRET).clock(clock).start()) {
            new TestApi(timed.apiUrl(), SECRET).create("cb-expired", "meta_endCallbackUrl", lmsUrl + "/expired");
            clock.advance(Duration.ofMinutes(10));
            assertEquals(List.of(), timed.control().meetings(), "nobody joined: expired");
            List<Received> got = awaitReceived(1);
            assertEquals("/expired?recordingmarks=false&meetingID=cb-expired", got.get(0).uri());
        }
    }

    @Test
    void meetingEndedUrlIsRequestedExactlyAsGiven() {
        String url = lmsUrl + "/meeting-ended?x=a%20b&y=1";
        api.create("cb-meu", "meetingEndedURL", url);
        sim.control().endMeeting("cb-meu");
        List<Received> got = awaitReceived(1);
        assertEquals("/meeting-ended?x=a%20b&y=1", got.get(0).uri());
        CallbackSnapshot c = await(() -> sim.control().callbacks(), l -> l.get(0).delivered()).get(0);
        assertEquals(CallbackSnapshot.Kind.MEETING_ENDED_URL, c.kind());
        assertEquals(url, c.url());
    }

    @Test
    void breakoutRoomsSendNoEndCallbacks() throws InterruptedException {
        api.create("cb-parent");
        api.create(TestApi.digest("SHA-1", "room") + "-1700000000000", "isBreakout", "true", "parentMeetingID",
                "cb-parent", "sequence", "1", "meta_endCallbackUrl", lmsUrl + "/room-ended", "meetingEndedURL",
                lmsUrl + "/room-meu");
        end("cb-parent");
        Thread.sleep(300);
        assertEquals(List.of(), new ArrayList<>(RECEIVED));
        assertEquals(List.of(), sim.control().callbacks());
    }

    @Test
    void recordingReadyIsPostedWithASignedJwtWhenProcessingPublishes() throws Exception {
        String id = api.create("cb-rec", "record", "true", "autoStartRecording", "true",
                "meta_bbb-recording-ready-url", lmsUrl + "/ready").text("internalMeetingID");
        sim.control().connectUser("cb-rec", "Mod", SimRole.MODERATOR);
        sim.control().endMeeting("cb-rec");
        sim.control().advanceRecordings();
        Thread.sleep(100);
        assertEquals(List.of(), new ArrayList<>(RECEIVED), "nothing before publish");
        sim.control().advanceRecordings();
        Received r = awaitReceived(1).get(0);
        assertEquals("POST", r.method());
        assertEquals("/ready", r.uri());
        assertEquals("application/x-www-form-urlencoded", r.contentType());
        assertTrue(r.body().startsWith("signed_parameters="), r.body());
        String jwt = URLDecoder.decode(r.body().substring("signed_parameters=".length()), StandardCharsets.UTF_8);
        String[] parts = jwt.split("\\.");
        assertEquals(3, parts.length, jwt);
        Base64.Decoder b64 = Base64.getUrlDecoder();
        assertEquals("{\"alg\":\"HS256\"}", new String(b64.decode(parts[0]), StandardCharsets.UTF_8));
        assertEquals("{\"meeting_id\":\"cb-rec\",\"record_id\":\"" + id + "\"}",
                new String(b64.decode(parts[1]), StandardCharsets.UTF_8));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(mac.doFinal((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII)));
        assertEquals(expected, parts[2]);

        CallbackSnapshot c = await(() -> sim.control().callbacks(), l -> l.get(0).attempts() == 1).get(0);
        assertEquals(CallbackSnapshot.Kind.RECORDING_READY, c.kind());
        assertEquals("POST", c.method());
        assertEquals(r.body(), c.body());
        // a manual unpublish + publish is not "processing published": no second POST
        api.get("publishRecordings", TestApi.query("recordID", id, "publish", "false"));
        api.get("publishRecordings", TestApi.query("recordID", id, "publish", "true"));
        Thread.sleep(200);
        assertEquals(1, RECEIVED.size());
    }

    @Test
    void recordingReadyFallbackUrlAndNoRetryOn410() throws InterruptedException {
        api.create("cb-rec-2", "record", "true", "meta_canvas-recording-ready-url", lmsUrl + "/gone");
        sim.control().startRecording("cb-rec-2");
        sim.control().endMeeting("cb-rec-2");
        sim.control().advanceRecordings();
        sim.control().advanceRecordings();
        CallbackSnapshot c = await(() -> sim.control().callbacks(), l -> !l.isEmpty() && l.get(0).attempts() == 1)
                .get(0);
        Thread.sleep(RETRY.toMillis() * 4);
        assertEquals(1, RECEIVED.size());
        assertEquals(410, c.lastStatus());
        assertFalse(c.delivered());
        assertEquals(lmsUrl + "/gone", c.url());
    }

    @Test
    void remoteControlListsCallbacksAndResetClearsThem() {
        SimulatorControl remote = SimulatorControl.remote(sim.baseUrl());
        api.create("cb-remote", "meta_endCallbackUrl", lmsUrl + "/ended");
        end("cb-remote");
        List<CallbackSnapshot> local = await(() -> sim.control().callbacks(), l -> l.get(0).delivered());
        assertEquals(local, remote.callbacks());
        assertNull(remote.callbacks().get(0).body());
        remote.reset();
        assertEquals(List.of(), sim.control().callbacks());
    }

    @Test
    void resetCancelsPendingRetries() throws InterruptedException {
        FAILURES.set(100);
        try (BbbSimulator slow = BbbSimulator.builder().secret(SECRET)
                .callbackRetryDelays(Duration.ofMillis(300), Duration.ofMillis(300)).start()) {
            TestApi slowApi = new TestApi(slow.apiUrl(), SECRET);
            slowApi.create("cb-cancel", "meta_endCallbackUrl", lmsUrl + "/ended");
            slow.control().endMeeting("cb-cancel");
            await(() -> slow.control().callbacks(), l -> l.get(0).attempts() == 1);
            slow.control().reset();
            Thread.sleep(800);
            assertEquals(1, RECEIVED.size(), RECEIVED::toString);
            assertEquals(List.of(), slow.control().callbacks());
        }
    }

}
