package io.github.bbbjakarta.simulator;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Webhook event delivery (bbb-webhooks 3.x, reference §4 "Webhook callbacks") over real HTTP: hooks are registered
 * with {@code hooks/create}, a JDK HttpServer plays the LMS and checks body, key order and checksum as a receiver
 * would.
 */
class WebhooksTest {
    static final String SECRET = "webhooks-secret";
    static final Duration RETRY = Duration.ofMillis(50);
    /** {@code domain=...&event=...&timestamp=...}, in that order and nothing else. */
    static final Pattern BODY = Pattern.compile("domain=([^&]*)&event=([^&]*)&timestamp=(\\d+)");
    static BbbSimulator sim;
    static HttpServer lms;
    static String lmsUrl;
    static final ConcurrentLinkedQueue<Received> RECEIVED = new ConcurrentLinkedQueue<>();
    /** How many of the next requests to {@code /flaky} answer 500. */
    static final AtomicInteger FAILURES = new AtomicInteger();
    /** Holds the answers to {@code /slow...} until released. */
    static volatile CountDownLatch SLOW = new CountDownLatch(0);

    /** One POST the LMS received; {@code uri} is path and query as sent. */
    record Received(String method, String uri, String contentType, String authorization, String body) {
        String path() {
            int q = uri.indexOf('?');
            return q < 0 ? uri : uri.substring(0, q);
        }

        /** The body's single event. */
        JsonObject event() {
            Matcher m = BODY.matcher(body);
            assertTrue(m.matches(), body);
            JsonArray a = Json.createReader(new StringReader(URLDecoder.decode(m.group(2), StandardCharsets.UTF_8)))
                    .readArray();
            assertEquals(1, a.size());
            return a.getJsonObject(0);
        }

        /** The mapped event's id, or null for a raw message. */
        String id() {
            JsonObject data = event().getJsonObject("data");
            return data == null ? null : data.getString("id");
        }
    }

    private final TestApi api = new TestApi(sim.apiUrl(), SECRET);

    @BeforeAll
    static void start() throws IOException {
        sim = BbbSimulator.builder().secret(SECRET).webhookRetryDelays(RETRY, RETRY).start();
        lms = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        lms.createContext("/", ex -> {
            byte[] body;
            try (InputStream in = ex.getRequestBody()) {
                body = in.readAllBytes();
            }
            RECEIVED.add(new Received(ex.getRequestMethod(), ex.getRequestURI().toString(),
                    ex.getRequestHeaders().getFirst("Content-Type"),
                    ex.getRequestHeaders().getFirst("Authorization"), new String(body, StandardCharsets.UTF_8)));
            String path = ex.getRequestURI().getPath();
            if (path.startsWith("/slow")) {
                try {
                    SLOW.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            int status = path.startsWith("/gone") ? 500 : path.startsWith("/denied") ? 401
                    : path.startsWith("/flaky") && FAILURES.getAndUpdate(n -> Math.max(0, n - 1)) > 0 ? 500 : 200;
            ex.sendResponseHeaders(status, -1);
            ex.close();
        });
        lms.setExecutor(Executors.newCachedThreadPool());
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
        return await(value, done, Duration.ofSeconds(5));
    }

    private static <T> T await(Supplier<T> value, Predicate<T> done, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
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

    /** Waits until every webhook POST so far has stopped trying, then returns what the LMS got at a path. */
    private static List<Received> settled(String path) {
        await(() -> sim.control().callbacks(), l -> l.stream().allMatch(c -> c.attempts() > 0
                && (c.delivered() || c.attempts() > 2)));
        return RECEIVED.stream().filter(r -> r.path().equals(path)).toList();
    }

    /** The mapped event ids sent to a hook URL prefix, in the order the simulator emitted them. */
    private static List<String> emitted(String urlPrefix) {
        List<String> ids = new ArrayList<>();
        for (CallbackSnapshot c : sim.control().callbacks()) {
            if (c.kind() == CallbackSnapshot.Kind.WEBHOOK && c.url().startsWith(urlPrefix + "?")) {
                ids.add(new Received("POST", "", null, null, c.body()).id());
            }
        }
        return ids;
    }

    private String hook(String path, String... extra) {
        String[] kv = new String[extra.length + 2];
        kv[0] = "callbackURL";
        kv[1] = lmsUrl + path;
        System.arraycopy(extra, 0, kv, 2, extra.length);
        Xml x = Xml.parse(api.get("hooks/create", TestApi.query(kv)).body());
        assertEquals("SUCCESS", x.text("returncode"), x::toString);
        return x.text("hookID");
    }

    private static Received only(List<Received> got, String eventId) {
        List<Received> r = got.stream().filter(g -> eventId.equals(g.id())).toList();
        assertEquals(1, r.size(), () -> eventId + " in " + got);
        return r.get(0);
    }

    @Test
    void meetingCreatedIsPostedWithTheFormBodyInKeyOrderAndAVerifiableChecksum() {
        hook("/global");
        api.create("wh-created", "meta_course", "Physics 1", "moderatorPW", "mp", "attendeePW", "ap");
        Received r = only(settled("/global"), "meeting-created");

        assertEquals("POST", r.method());
        assertTrue(r.contentType().startsWith("application/x-www-form-urlencoded"), r.contentType());
        assertNull(r.authorization());
        Matcher m = BODY.matcher(r.body());
        assertTrue(m.matches(), r.body());
        assertEquals("127.0.0.1", m.group(1));
        assertTrue(r.uri().matches("/global\\?checksum=[0-9a-f]{40}"), r.uri());
        String checksum = r.uri().substring(r.uri().indexOf("checksum=") + 9);
        assertEquals(TestApi.digest("SHA-1", lmsUrl + "/global" + r.body() + SECRET), checksum,
                "sha1(callbackURL + body + secret)");

        JsonObject data = r.event().getJsonObject("data");
        assertEquals(List.of("type", "id", "attributes", "event"), List.copyOf(data.keySet()));
        assertEquals("event", data.getString("type"));
        JsonObject meeting = data.getJsonObject("attributes").getJsonObject("meeting");
        assertEquals(List.of("internal-meeting-id", "external-meeting-id", "name", "is-breakout", "parent-id",
                "duration", "create-time", "create-date", "moderator-pass", "viewer-pass", "record", "voice-conf",
                "dial-number", "max-users", "metadata"), List.copyOf(meeting.keySet()));
        MeetingSnapshot snap = sim.control().meetings().get(0);
        assertEquals(snap.internalMeetingID(), meeting.getString("internal-meeting-id"));
        assertEquals("wh-created", meeting.getString("external-meeting-id"));
        assertEquals("Meeting wh-created", meeting.getString("name"));
        assertFalse(meeting.getBoolean("is-breakout"));
        assertEquals("bbb-none", meeting.getString("parent-id"));
        assertEquals("mp", meeting.getString("moderator-pass"));
        assertEquals("ap", meeting.getString("viewer-pass"));
        assertEquals("Physics 1", meeting.getJsonObject("metadata").getString("course"));
        assertTrue(data.getJsonObject("event").getJsonNumber("ts").longValue() > 0);
    }

    @Test
    void aJoinLeaveAndEndAreSentInOrderWithAMeetingEndSpoofingUserLeft() {
        hook("/flow");
        api.create("wh-flow");
        JoinSession first = sim.control().connectUser("wh-flow", "Alice", SimRole.MODERATOR, "ext-alice");
        sim.control().connectUser("wh-flow", "Bob", SimRole.VIEWER, "ext-bob");
        sim.control().disconnect(first.sessionToken());
        sim.control().endMeeting("wh-flow");
        List<Received> got = settled("/flow");

        assertEquals(List.of("meeting-created", "user-joined", "user-presenter-assigned", "user-joined",
                "user-left", "user-left", "meeting-ended"), emitted(lmsUrl + "/flow"));
        List<Received> joined = got.stream().filter(g -> "user-joined".equals(g.id())).toList();
        JsonObject bob = joined.stream().map(j -> j.event().getJsonObject("data").getJsonObject("attributes")
                .getJsonObject("user")).filter(u -> u.getString("name").equals("Bob")).findFirst().orElseThrow();
        assertEquals(List.of("internal-user-id", "external-user-id", "name", "role", "presenter", "guest"),
                List.copyOf(bob.keySet()));
        assertEquals("ext-bob", bob.getString("external-user-id"));
        assertEquals("VIEWER", bob.getString("role"));
        // Alice's own leave has only ids and guest (UserLeftMeetingEvtMsg); Bob's, spoofed at the end, his
        // user-joined attributes.
        List<JsonObject> left = got.stream().filter(g -> "user-left".equals(g.id()))
                .map(g -> g.event().getJsonObject("data").getJsonObject("attributes").getJsonObject("user"))
                .toList();
        assertTrue(left.stream().anyMatch(u -> u.getString("external-user-id").equals("ext-alice")
                && List.copyOf(u.keySet()).equals(List.of("internal-user-id", "external-user-id", "guest"))),
                left::toString);
        assertTrue(left.stream().anyMatch(u -> u.equals(bob)), left::toString);
        JsonObject ended = only(got, "meeting-ended").event().getJsonObject("data").getJsonObject("attributes");
        assertEquals("wh-flow", ended.getJsonObject("meeting").getString("external-meeting-id"));
    }

    @Test
    void anEventIdFilterKeepsOnlyTheListedEventsIgnoringCase() {
        hook("/filtered", "eventID", "MEETING-ENDED,user-joined");
        api.create("wh-filter");
        sim.control().connectUser("wh-filter", "Alice", SimRole.VIEWER);
        sim.control().endMeeting("wh-filter");
        settled("/filtered");
        assertEquals(List.of("user-joined", "meeting-ended"), emitted(lmsUrl + "/filtered"));
    }

    @Test
    void aMeetingHookGetsOnlyItsMeetingAGlobalHookEverything() {
        hook("/all");
        hook("/only-a", "meetingID", "wh-a");
        hook("/only-b", "meetingID", "wh-b");
        api.create("wh-a");
        api.create("wh-c");
        settled("/all");
        assertEquals(List.of("meeting-created", "meeting-created"), emitted(lmsUrl + "/all"));
        assertEquals("wh-a", only(settled("/only-a"), "meeting-created").event().getJsonObject("data")
                .getJsonObject("attributes").getJsonObject("meeting").getString("external-meeting-id"));
        assertEquals(List.of(), emitted(lmsUrl + "/only-b"));
    }

    @Test
    void aMeetingHookStaysAfterItsMeetingEnds() {
        String id = hook("/stays", "meetingID", "wh-stays");
        api.create("wh-stays");
        sim.control().endMeeting("wh-stays");
        settled("/stays");
        assertEquals(List.of("meeting-created", "meeting-ended"), emitted(lmsUrl + "/stays"));
        assertTrue(sim.control().hooks().stream().anyMatch(h -> h.hookID().equals(id)),
                "bbb-webhooks removes only the meeting's id and user mappings");
        api.create("wh-stays");
        settled("/stays");
        assertEquals(List.of("meeting-created", "meeting-ended", "meeting-created"), emitted(lmsUrl + "/stays"));
    }

    @Test
    void aRawHookGetsTheAkkaMessagesAndAFilteredRawHookNothing() {
        hook("/raw", "getRaw", "true");
        hook("/raw-filtered", "getRaw", "true", "eventID", "meeting-created");
        api.create("wh-raw");
        sim.control().connectUser("wh-raw", "Alice", SimRole.VIEWER, "ext-alice");
        List<Received> got = settled("/raw");
        assertEquals(2, got.size(), got::toString);
        JsonObject created = got.stream().map(Received::event)
                .filter(e -> e.getJsonObject("envelope").getString("name").equals("MeetingCreatedEvtMsg"))
                .findFirst().orElseThrow();
        assertEquals(List.of("envelope", "core"), List.copyOf(created.keySet()));
        JsonObject prop = created.getJsonObject("core").getJsonObject("body").getJsonObject("props")
                .getJsonObject("meetingProp");
        assertEquals("wh-raw", prop.getString("extId"));
        assertEquals(sim.control().meetings().get(0).internalMeetingID(), prop.getString("intId"));
        JsonObject joined = got.stream().map(Received::event)
                .filter(e -> e.getJsonObject("envelope").getString("name").equals("UserJoinedMeetingEvtMsg"))
                .findFirst().orElseThrow();
        assertEquals("ext-alice", joined.getJsonObject("core").getJsonObject("body").getString("extId"));
        assertEquals(List.of(), emitted(lmsUrl + "/raw-filtered"), "raw messages have no data.id to filter on");
    }

    @Test
    void aFailedPostIsRetriedWithTheSameBodyUntilItSucceeds() {
        hook("/flaky", "eventID", "meeting-created");
        FAILURES.set(1);
        api.create("wh-flaky");
        List<Received> got = settled("/flaky");
        assertEquals(2, got.size(), got::toString);
        assertEquals(got.get(0).uri(), got.get(1).uri());
        assertEquals(got.get(0).body(), got.get(1).body(), "timestamp fixed when the emitter starts");
        CallbackSnapshot c = sim.control().callbacks().get(0);
        assertEquals(CallbackSnapshot.Kind.WEBHOOK, c.kind());
        assertEquals("POST", c.method());
        assertEquals(2, c.attempts());
        assertEquals(200, c.lastStatus());
        assertTrue(c.delivered());
        assertFalse(c.toString().contains(got.get(0).uri().substring(got.get(0).uri().indexOf('=') + 1)),
                "no checksum in toString");
        assertEquals(List.of(c), SimulatorControl.remote(sim.baseUrl()).callbacks(), "the /__admin JSON API");
    }

    @Test
    void aSilentReceiverHoldsUpNoOtherHook() {
        SLOW = new CountDownLatch(1);
        try {
            hook("/slow-1");
            hook("/slow-2");
            hook("/slow-3");
            hook("/fast");
            api.create("wh-slow");
            // well within the 5 s request timeout that would free a thread blocked on a silent receiver
            List<Received> fast = await(() -> RECEIVED.stream().filter(r -> r.path().equals("/fast")).toList(),
                    l -> !l.isEmpty(), Duration.ofSeconds(2));
            assertEquals(1, fast.size(), "delivered while three receivers have not answered yet");
        } finally {
            SLOW.countDown();
        }
        settled("/fast");
    }

    @Test
    void a401CountsAsDelivered() throws InterruptedException {
        hook("/denied", "eventID", "meeting-created");
        api.create("wh-denied");
        settled("/denied");
        Thread.sleep(RETRY.toMillis() * 4);
        assertEquals(1, RECEIVED.size());
        CallbackSnapshot c = sim.control().callbacks().get(0);
        assertEquals(401, c.lastStatus());
        assertTrue(c.delivered());
        assertEquals(1, c.attempts());
    }

    @Test
    void aHookIsRemovedWhenAPostGivesUp() {
        String gone = hook("/gone", "eventID", "meeting-created");
        String kept = hook("/kept");
        api.create("wh-gone");
        List<Received> got = settled("/gone");
        assertEquals(3, got.size(), "first try and two retries");
        CallbackSnapshot c = sim.control().callbacks().stream().filter(x -> x.url().contains("/gone"))
                .findFirst().orElseThrow();
        assertFalse(c.delivered());
        assertEquals(500, c.lastStatus());
        List<HookSnapshot> hooks = await(() -> sim.control().hooks(), l -> l.size() < 2);
        assertEquals(List.of(kept), hooks.stream().map(HookSnapshot::hookID).toList(), "and not " + gone);
    }

    @Test
    void recordingStartStopAndTheRecordingServerStepsAreSent() {
        hook("/rec");
        hook("/rec-meeting", "meetingID", "wh-rec");
        String internal = api.create("wh-rec", "record", "true", "autoStartRecording", "true")
                .text("internalMeetingID");
        sim.control().connectUser("wh-rec", "Alice", SimRole.MODERATOR);
        sim.control().stopRecording("wh-rec");
        sim.control().endMeeting("wh-rec");
        settled("/rec");
        assertEquals(List.of("meeting-created", "user-joined", "user-presenter-assigned",
                "meeting-recording-started", "meeting-recording-stopped", "user-left", "meeting-ended",
                "rap-archive-started", "rap-archive-ended", "rap-sanity-started", "rap-sanity-ended"),
                emitted(lmsUrl + "/rec"));
        JsonObject archived = only(settled("/rec"), "rap-archive-ended").event().getJsonObject("data");
        JsonObject attributes = archived.getJsonObject("attributes");
        assertEquals(List.of("meeting", "record-id", "success", "step-time", "recorded", "duration"),
                List.copyOf(attributes.keySet()));
        assertEquals(internal, attributes.getString("record-id"));
        assertEquals("wh-rec", attributes.getJsonObject("meeting").getString("external-meeting-id"));
        assertTrue(attributes.getBoolean("recorded"));
        long ts = archived.getJsonObject("event").getJsonNumber("ts").longValue();
        assertTrue(Math.abs(ts - System.currentTimeMillis() / 1000) < 60, "the recording server's seconds");

        RECEIVED.clear();
        sim.control().advanceRecordings();
        sim.control().advanceRecordings();
        List<Received> got = settled("/rec");
        assertEquals(List.of("rap-process-started", "rap-process-ended", "rap-process-started", "rap-process-ended",
                "rap-publish-started", "rap-publish-ended", "rap-publish-started", "rap-publish-ended"),
                emitted(lmsUrl + "/rec").subList(11, 19), "one workflow per playback format");
        List<String> workflows = got.stream().filter(g -> "rap-process-ended".equals(g.id()))
                .map(g -> g.event().getJsonObject("data").getJsonObject("attributes").getString("workflow"))
                .sorted().toList();
        assertEquals(List.of("presentation", "video"), workflows);
        JsonObject recording = got.stream().filter(g -> "rap-publish-ended".equals(g.id()))
                .map(g -> g.event().getJsonObject("data").getJsonObject("attributes"))
                .filter(a -> a.getString("workflow").equals("presentation")).findFirst().orElseThrow()
                .getJsonObject("recording");
        assertEquals("Meeting wh-rec", recording.getString("name"));
        assertEquals("wh-rec", recording.getJsonObject("metadata").getString("meetingId"));
        assertTrue(recording.getJsonObject("playback").getString("link").endsWith(internal));
        assertEquals(emitted(lmsUrl + "/rec"), emitted(lmsUrl + "/rec-meeting"), "rap events name the meeting");

        String answer = api.get("publishRecordings", TestApi.query("recordID", internal, "publish", "false"))
                .body();
        assertEquals("SUCCESS", Xml.parse(answer).text("returncode"), answer);
        api.get("deleteRecordings", TestApi.query("recordID", internal));
        got = settled("/rec");
        JsonObject unpublished = only(got, "rap-unpublished").event().getJsonObject("data")
                .getJsonObject("attributes");
        assertEquals(0, unpublished.getJsonObject("meeting").size(), "bbb-web's message has only the record id");
        assertEquals(internal, unpublished.getString("record-id"));
        only(got, "rap-deleted");
        List<String> meetingHook = emitted(lmsUrl + "/rec-meeting");
        assertFalse(meetingHook.contains("rap-unpublished"), "no meeting id: global hooks only");
    }

    @Test
    void aRecordedMeetingWithoutRecordingIsArchivedAsNotRecorded() {
        hook("/norecord", "eventID", "rap-archive-ended,rap-sanity-started,rap-sanity-ended");
        hook("/unrecorded", "eventID", "rap-archive-started");
        api.create("wh-norecord", "record", "true");
        sim.control().connectUser("wh-norecord", "Alice", SimRole.MODERATOR);
        sim.control().endMeeting("wh-norecord");
        api.create("wh-plain");
        sim.control().endMeeting("wh-plain");
        List<Received> got = settled("/norecord");
        assertEquals(List.of("rap-archive-ended"), emitted(lmsUrl + "/norecord"), "no sanity check, no recording");
        assertFalse(got.get(0).event().getJsonObject("data").getJsonObject("attributes").getBoolean("recorded"));
        assertEquals(List.of("rap-archive-started"), emitted(lmsUrl + "/unrecorded"), "record=false: not archived");
        assertEquals(List.of(), sim.control().recordings());
    }

    @Test
    void bearerAuthReplacesTheChecksum() {
        try (BbbSimulator bearer = BbbSimulator.builder().secret(SECRET).webhookBearerAuth(true).start()) {
            TestApi other = new TestApi(bearer.apiUrl(), SECRET);
            other.get("hooks/create", TestApi.query("callbackURL", lmsUrl + "/bearer?lms=1"));
            other.create("wh-bearer");
            Received r = await(() -> RECEIVED.stream().filter(g -> g.path().equals("/bearer")).toList(),
                    l -> !l.isEmpty()).get(0);
            assertEquals("/bearer?lms=1", r.uri());
            assertEquals("Bearer " + SECRET, r.authorization());
            assertEquals("meeting-created", r.id());
        }
    }

    @Test
    void theHookChecksumAlgorithmIsConfigurable() {
        try (BbbSimulator sha256 = BbbSimulator.builder().secret(SECRET).hookChecksumAlgorithm("SHA256").start()) {
            TestApi other = new TestApi(sha256.apiUrl(), SECRET);
            other.get("hooks/create", TestApi.query("callbackURL", lmsUrl + "/sha256?lms=1"));
            other.create("wh-sha256");
            Received r = await(() -> RECEIVED.stream().filter(g -> g.path().equals("/sha256")).toList(),
                    l -> !l.isEmpty()).get(0);
            assertTrue(r.uri().matches("/sha256\\?lms=1&checksum=[0-9a-f]{64}"), r.uri());
            assertEquals(TestApi.digest("SHA-256", lmsUrl + "/sha256?lms=1" + r.body() + SECRET),
                    r.uri().substring(r.uri().indexOf("checksum=") + 9));
        }
    }
}
