package io.github.bbbjakarta.cdi;

import io.github.bbbjakarta.api.BigBlueButtonClient;
import io.github.bbbjakarta.api.CreateHookRequest;
import io.github.bbbjakarta.api.CreateMeetingRequest;
import io.github.bbbjakarta.cdi.internal.CallbackSupport;
import io.github.bbbjakarta.simulator.BbbSimulatorExtension;
import io.github.bbbjakarta.simulator.CallbackSnapshot;
import io.github.bbbjakarta.simulator.SimRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The callback endpoint in a real JAX-RS runtime (RESTEasy on Undertow), its bean from Weld SE, receiving the
 * simulator's real callbacks over HTTP: end callback, recording-ready and webhooks; and forged, tampered and
 * replayed calls sent by the test.
 */
class BbbCallbackResourceTest {
    private static final String SECRET = "cdi-callbacks-secret-5c1e";

    @RegisterExtension
    static final BbbSimulatorExtension SIM = BbbSimulatorExtension.withSecret(SECRET)
            .callbackRetryDelays(Duration.ofMillis(100)).webhookRetryDelays(Duration.ofMillis(100));

    private final HttpClient http = HttpClient.newHttpClient();
    private CallbackServer server;
    private TestContainer cdi;

    private CallbackEventRecorder start(Map<String, String> extra) {
        server = new CallbackServer();
        Map<String, String> props = new HashMap<>(Map.of("bbb.url", SIM.apiUrl().toString(), "bbb.secret", SECRET,
                "bbb.callback-url", server.callbackUrl()));
        props.putAll(extra);
        props.values().removeIf(String::isEmpty);
        cdi = TestContainer.withProperties(props, CallbackEventRecorder.class);
        server.deploy(() -> cdi.get(BbbCallbackResource.class));
        return cdi.get(CallbackEventRecorder.class);
    }

    @AfterEach
    void stop() {
        if (cdi != null) {
            cdi.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void createAddsTheCallbackSupportUnlessTheRequestHasItsOwn() {
        start(Map.of());
        MeetingService meetings = cdi.get(MeetingService.class);
        meetings.create(CreateMeetingRequest.builder("course-1", "Course 1").meta("bbb-context", "Physics").build());
        Map<String, String> meta = SIM.control().meeting("course-1").orElseThrow().metadata();
        assertTrue(meta.get("endcallbackurl").matches(java.util.regex.Pattern.quote(server.callbackUrl())
                + "/meeting-ended\\?instance=[A-Za-z0-9_-]{16}&token=[A-Za-z0-9_-]{43}"), meta.toString());
        assertEquals(server.callbackUrl() + "/recording-ready", meta.get("bbb-recording-ready-url"));
        assertEquals("Physics", meta.get("bbb-context"));

        meetings.create(CreateMeetingRequest.builder("course-2", "Course 2")
                .meta("endCallbackUrl", "https://lms.example.org/own-end").build());
        meta = SIM.control().meeting("course-2").orElseThrow().metadata();
        assertEquals("https://lms.example.org/own-end", meta.get("endcallbackurl"));
        assertEquals(server.callbackUrl() + "/recording-ready", meta.get("bbb-recording-ready-url"));
    }

    @Test
    void withoutACallbackUrlCreateSendsNoCallbackUrls() {
        start(Map.of("bbb.callback-url", ""));
        CreateMeetingRequest request = CreateMeetingRequest.builder("course-3", "Course 3").build();
        cdi.get(MeetingService.class).create(request);
        assertEquals(Map.of(), SIM.control().meeting("course-3").orElseThrow().metadata());
        assertEquals(List.of(request.parameters()), SIM.control().requests("create").stream()
                .map(e -> request.parameters()).toList());
    }

    @Test
    void aMeetingEndedOnTheServerFiresMeetingEndedOnceThoughTheCallbackIsRetried() throws InterruptedException {
        CallbackEventRecorder recorder = start(Map.of());
        cdi.get(MeetingService.class).create(CreateMeetingRequest.builder("course 4", "Course 4").build());
        server.loseAnswers("meeting-ended", 1);

        SIM.control().endMeeting("course 4");   // a moderator ends it in the client, or it expires

        CallbackSnapshot end = awaitCallback(c -> c.kind() == CallbackSnapshot.Kind.END && c.delivered());
        assertEquals(2, end.attempts(), "the first answer was lost, so the server retried");
        assertEquals(List.of(new MeetingEnded("course 4", MeetingEnded.Origin.END_CALLBACK)), recorder.events());
        assertEquals(2, server.log().stream().filter(l -> l.endsWith("meeting-ended 200")).count(), server.log().toString());
    }

    @Test
    void aFailedEndThroughTheServiceLeavesTheServersLaterEndToTheCallback() throws InterruptedException {
        CallbackEventRecorder recorder = start(Map.of());
        MeetingService meetings = cdi.get(MeetingService.class);
        meetings.create(CreateMeetingRequest.builder("course-11", "Course 11").build());
        SIM.control().stub("end", io.github.bbbjakarta.simulator.Stub.badGateway());
        org.junit.jupiter.api.Assertions.assertThrows(io.github.bbbjakarta.api.BbbTransportException.class,
                () -> meetings.end("course-11"));
        SIM.control().removeStub("end");

        SIM.control().endMeeting("course-11");   // the meeting ends later on the server

        awaitCallback(c -> c.kind() == CallbackSnapshot.Kind.END && c.delivered());
        assertEquals(List.of(new MeetingEnded("course-11", MeetingEnded.Origin.END_CALLBACK)), recorder.events());
    }

    @Test
    void anObserverFailureAnswers500AndTheRetryFiresAgain() throws InterruptedException {
        CallbackEventRecorder recorder = start(Map.of());
        cdi.get(MeetingService.class).create(CreateMeetingRequest.builder("course-5", "Course 5").build());
        recorder.failNext(new IllegalStateException("the LMS database is down"));

        SIM.control().endMeeting("course-5");

        CallbackSnapshot end = awaitCallback(c -> c.kind() == CallbackSnapshot.Kind.END && c.delivered());
        assertEquals(2, end.attempts());
        assertEquals(List.of(new MeetingEnded("course-5", MeetingEnded.Origin.END_CALLBACK)), recorder.events());
        assertTrue(server.log().get(0).endsWith("meeting-ended 500"), server.log().toString());
    }

    @Test
    void aPublishedRecordingFiresRecordingReadyOnceAndAReplayFiresNothing() throws Exception {
        CallbackEventRecorder recorder = start(Map.of());
        cdi.get(MeetingService.class).create(CreateMeetingRequest.builder("course-6", "Course 6")
                .record(true).autoStartRecording(true).build());
        SIM.control().connectUser("course-6", "Teacher", SimRole.MODERATOR, "t-1");
        SIM.control().endMeeting("course-6");
        SIM.control().advanceRecordings();
        SIM.control().advanceRecordings();

        CallbackSnapshot ready = awaitCallback(c -> c.kind() == CallbackSnapshot.Kind.RECORDING_READY && c.delivered());
        String recordID = SIM.control().recordings().get(0).recordID();
        awaitEvents(recorder, 2);
        // two callbacks, each its own POST: either may arrive first
        assertEquals(java.util.Set.of(new MeetingEnded("course-6", MeetingEnded.Origin.END_CALLBACK),
                new RecordingReady("course-6", recordID)), java.util.Set.copyOf(recorder.events()));

        assertEquals(200, post("/recording-ready", ready.body(), Map.of()), "a replay is answered 200 ...");
        assertEquals(2, recorder.events().size(), "... and fires nothing");
    }

    @Test
    void webhooksFireTypedEventsOnceThoughADeliveryIsRetried() throws InterruptedException {
        CallbackEventRecorder recorder = start(Map.of());
        BigBlueButtonClient client = cdi.get(BigBlueButtonClient.class);
        client.hooks().create(CreateHookRequest.builder(cdi.get(CallbackSupport.class).eventsUrl().orElseThrow()).build());
        server.loseAnswers("events", 2);
        MeetingService meetings = cdi.get(MeetingService.class);
        meetings.create(CreateMeetingRequest.builder("course-7", "Course 7").record(true).build());
        SIM.control().connectUser("course-7", "Ada Lovelace", SimRole.MODERATOR, "lms-ada");
        SIM.control().startRecording("course-7");
        meetings.end("course-7");

        awaitCallbacks(c -> c.delivered(), 6);   // created, joined, recording started, left, ended; end callback
        Thread.sleep(300);   // the recording's processing events, and any duplicate, would have arrived
        awaitCallbacks(c -> c.delivered(), 6);
        String internal = recorder.events(UserJoined.class).get(0).internalMeetingID();
        assertEquals(List.of(new UserJoined("course-7", internal, "lms-ada",
                        recorder.events(UserJoined.class).get(0).internalUserID(), "Ada Lovelace", "MODERATOR")),
                recorder.events(UserJoined.class));
        assertEquals(1, recorder.events(UserLeft.class).size(), recorder.events().toString());
        assertEquals("lms-ada", recorder.events(UserLeft.class).get(0).userID());
        List<RecordingStatusChanged> recording = recorder.events(RecordingStatusChanged.class);
        assertTrue(recording.contains(new RecordingStatusChanged("course-7", internal,
                RecordingStatusChanged.RECORDING_STARTED, java.util.Optional.empty())), recording.toString());
        assertTrue(recording.contains(new RecordingStatusChanged("course-7", internal, "archive-ended",
                java.util.Optional.of(true))), recording.toString());
        assertEquals(recording.size(), recording.stream().distinct().count(), "each status once: " + recording);
        assertEquals(List.of(new MeetingEnded("course-7")), recorder.events(MeetingEnded.class),
                "ended through MeetingService: the end callback and the meeting-ended webhook fire nothing more");
        long webhookEvents = SIM.control().callbacks().stream().filter(c -> c.kind() == CallbackSnapshot.Kind.WEBHOOK)
                .count();
        assertEquals(webhookEvents, recorder.webhooks().size(), "each webhook event once: " + recorder.webhooks());
        assertTrue(SIM.control().callbacks().stream().filter(c -> c.kind() == CallbackSnapshot.Kind.WEBHOOK)
                .mapToInt(CallbackSnapshot::attempts).sum() >= webhookEvents + 2, "two answers were lost");
    }

    @Test
    void forgedTamperedAndUnsignedCallsAreRefusedAndFireNothing() throws Exception {
        CallbackEventRecorder recorder = start(Map.of());
        List<String> logged = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.logging.Logger log = java.util.logging.Logger.getLogger("io.github.bbbjakarta.cdi.callbacks");
        java.util.logging.Handler capture = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord r) {
                logged.add(r.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        capture.setLevel(java.util.logging.Level.ALL);
        log.setLevel(java.util.logging.Level.ALL);
        log.setUseParentHandlers(false);
        log.addHandler(capture);
        try {
            forgedCalls(recorder, logged);
        } finally {
            log.removeHandler(capture);
            log.setUseParentHandlers(true);
            log.setLevel(java.util.logging.Level.SEVERE);
        }
    }

    private void forgedCalls(CallbackEventRecorder recorder, List<String> logged) throws Exception {
        cdi.get(MeetingService.class).create(CreateMeetingRequest.builder("course-8", "Course 8").build());
        String endUrl = SIM.control().meeting("course-8").orElseThrow().metadata().get("endcallbackurl");
        String endQuery = URI.create(endUrl).getRawQuery();

        // recording ready
        String claims = "{\"meeting_id\":\"course-8\",\"record_id\":\"r-1\"}";
        assertEquals(401, post("/recording-ready", form(jwt(claims, "another-secret")), Map.of()), "wrong secret");
        assertEquals(401, post("/recording-ready", form(unsigned(claims)), Map.of()), "alg none");
        String good = jwt(claims, SECRET);
        assertEquals(401, post("/recording-ready", form(good.substring(0, good.length() - 2) + "AA"), Map.of()),
                "tampered signature");
        assertEquals(400, post("/recording-ready", "signed_parameters=not-a-token", Map.of()), "malformed");
        assertEquals(400, post("/recording-ready", "", Map.of()), "empty");

        // end callback
        assertEquals(401, get("/meeting-ended?recordingmarks=false&meetingID=course-8"), "no token");
        assertEquals(403, get("/meeting-ended?" + endQuery + "&recordingmarks=false&meetingID=course-9"),
                "a token of another meeting");
        String wrongToken = endQuery.substring(0, endQuery.length() - 1)
                + (endQuery.endsWith("A") ? "B" : "A");
        assertEquals(403, get("/meeting-ended?" + wrongToken + "&recordingmarks=false&meetingID=course-8"),
                "a forged token");
        String otherInstance = endQuery.replaceFirst("instance=[^&]+", "instance=AAAAAAAAAAAAAAAA");
        assertEquals(403, get("/meeting-ended?" + otherInstance + "&recordingmarks=false&meetingID=course-8"),
                "the token of another run of the meeting");
        assertEquals(400, get("/meeting-ended?" + endQuery + "&recordingmarks=false"), "no meetingID");
        assertEquals(400, get("/meeting-ended?" + endQuery + "&meetingID=course-8&recordingmarks=false&meetingID=x"),
                "meetingID twice");

        // webhooks
        String eventsUrl = server.callbackUrl() + "/events";
        String body = "domain=bbb.example.org&event=" + URLEncoder.encode("[{\"data\":{\"type\":\"event\",\"id\":"
                + "\"meeting-ended\",\"attributes\":{\"meeting\":{\"external-meeting-id\":\"course-8\","
                + "\"internal-meeting-id\":\"abc-1\"}},\"event\":{\"ts\":1}}}]", StandardCharsets.UTF_8)
                + "&timestamp=1";
        String checksum = sha1(eventsUrl + body + SECRET);
        String tampered = body.replace("course-8", "course-X");
        assertEquals(401, post("/events?checksum=" + checksum, tampered, Map.of()), "tampered body");
        assertEquals(401, post("/events?checksum=" + sha1(eventsUrl + body + "another-secret"), body, Map.of()),
                "wrong secret");
        assertEquals(401, post("/events?checksum=" + sha1(server.appUrl() + "/other" + body + SECRET), body, Map.of()),
                "checksum of another URL");
        assertEquals(401, post("/events", body, Map.of()), "unsigned");
        assertEquals(401, post("/events", body, Map.of("Authorization", "Bearer another-secret")), "wrong bearer");
        String malformed = "domain=x&event=%5Bnot-json&timestamp=1";
        assertEquals(400, post("/events?checksum=" + sha1(eventsUrl + malformed + SECRET), malformed, Map.of()),
                "signed but malformed");

        assertEquals(List.of(), recorder.events());
        assertEquals(List.of(), recorder.webhooks());
        assertTrue(logged.size() >= 15, logged.toString());
        String token = endQuery.substring(endQuery.indexOf("token=") + 6);
        for (String message : logged) {
            for (String credential : List.of(SECRET, token, checksum, good, good.substring(good.lastIndexOf('.') + 1))) {
                assertFalse(message.contains(credential), () -> "a credential was logged: " + message);
            }
        }

        // the genuine ones pass, once
        assertEquals(200, post("/events?checksum=" + checksum, body, Map.of()));
        assertEquals(200, post("/events?checksum=" + checksum, body, Map.of()), "a replay is answered 200 ...");
        assertEquals(200, post("/events", body, Map.of("Authorization", "Bearer " + SECRET)));
        assertEquals(List.of(new MeetingEnded("course-8", MeetingEnded.Origin.WEBHOOK)), recorder.events(),
                "... and fires nothing");
    }

    @Test
    void secretsOfARotationAreAccepted() throws Exception {
        String oldSecret = "the-old-secret-9a7b";
        String oldEndUrl;
        try (TestContainer old = TestContainer.withProperties(Map.of("bbb.url", SIM.apiUrl().toString(),
                "bbb.secret", oldSecret, "bbb.callback-url", "https://lms.example.org/app/bbb/callbacks"))) {
            oldEndUrl = old.get(CallbackSupport.class).endCallbackUrl("course-9").orElseThrow();
        }
        CallbackEventRecorder recorder = start(Map.of("bbb.callback-secrets", "unused-one," + oldSecret));
        assertEquals(200, get("/meeting-ended?" + URI.create(oldEndUrl).getRawQuery()
                + "&recordingmarks=true&meetingID=course-9"), "an end URL made with the old secret");
        assertEquals(200, post("/recording-ready",
                form(jwt("{\"meeting_id\":\"course-9\",\"record_id\":\"r-9\"}", oldSecret)), Map.of()),
                "a recording-ready token signed with the old secret");
        assertEquals(List.of(new MeetingEnded("course-9", MeetingEnded.Origin.END_CALLBACK),
                new RecordingReady("course-9", "r-9")), recorder.events());
    }

    @Test
    void theEndpointMovesToTheConfiguredPath() throws Exception {
        server = new CallbackServer();
        CallbackEventRecorder recorder;
        cdi = TestContainer.withProperties(Map.of("bbb.url", SIM.apiUrl().toString(), "bbb.secret", SECRET,
                "bbb.callback-path", "/lms/bbb-events/", "bbb.callback-url", server.appUrl() + "/lms/bbb-events"),
                CallbackEventRecorder.class);
        server.deploy(() -> cdi.get(BbbCallbackResource.class));
        recorder = cdi.get(CallbackEventRecorder.class);
        cdi.get(MeetingService.class).create(CreateMeetingRequest.builder("course-10", "Course 10").build());
        String endQuery = URI.create(SIM.control().meeting("course-10").orElseThrow().metadata().get("endcallbackurl"))
                .getRawQuery();
        assertEquals(404, get("/meeting-ended?" + endQuery + "&recordingmarks=false&meetingID=course-10"),
                "the default path is not the endpoint any more");

        SIM.control().endMeeting("course-10");
        awaitCallback(c -> c.kind() == CallbackSnapshot.Kind.END && c.delivered());
        assertEquals(List.of(new MeetingEnded("course-10", MeetingEnded.Origin.END_CALLBACK)), recorder.events());
    }

    // ---- helpers ----

    private int get(String pathAndQuery) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(server.callbackUrl() + pathAndQuery)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private int post(String pathAndQuery, String body, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.callbackUrl() + pathAndQuery))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(b::header);
        return http.send(b.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static String form(String jwt) {
        return "signed_parameters=" + URLEncoder.encode(jwt, StandardCharsets.UTF_8);
    }

    private static String jwt(String claims, String secret) throws Exception {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String input = b64.encodeToString("{\"alg\":\"HS256\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(claims.getBytes(StandardCharsets.UTF_8));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return input + "." + b64.encodeToString(mac.doFinal(input.getBytes(StandardCharsets.US_ASCII)));
    }

    private static String unsigned(String claims) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return b64.encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + ".";
    }

    private static String sha1(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static CallbackSnapshot awaitCallback(Predicate<CallbackSnapshot> done) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            for (CallbackSnapshot c : SIM.control().callbacks()) {
                if (done.test(c)) {
                    return c;
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no such callback within 10 s: " + SIM.control().callbacks());
    }

    private static void awaitCallbacks(Predicate<CallbackSnapshot> done, int n) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            List<CallbackSnapshot> all = SIM.control().callbacks();
            if (all.size() >= n && all.stream().allMatch(done)) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("not " + n + " callbacks done within 10 s: " + SIM.control().callbacks());
    }

    private static void awaitEvents(CallbackEventRecorder recorder, int n) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (recorder.events().size() < n && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertFalse(recorder.events().size() < n, recorder.events().toString());
    }
}
