package io.github.bbbjakarta.it;

import io.github.bbbjakarta.api.BbbTransportException;
import io.github.bbbjakarta.api.BigBlueButtonClient;
import io.github.bbbjakarta.api.CreateHookRequest;
import io.github.bbbjakarta.api.CreateMeetingRequest;
import io.github.bbbjakarta.api.Role;
import io.github.bbbjakarta.cdi.BbbCallbackResource;
import io.github.bbbjakarta.cdi.MeetingEnded;
import io.github.bbbjakarta.cdi.MeetingService;
import io.github.bbbjakarta.cdi.RecordingReady;
import io.github.bbbjakarta.cdi.UserJoined;
import io.github.bbbjakarta.cdi.WebhookReceived;
import io.github.bbbjakarta.lms.Activity;
import io.github.bbbjakarta.lms.Course;
import io.github.bbbjakarta.lms.CourseMeetingService;
import io.github.bbbjakarta.lms.CourseRecording;
import io.github.bbbjakarta.lms.CourseRecordingService;
import io.github.bbbjakarta.lms.GuestLink;
import io.github.bbbjakarta.lms.JoinDecision;
import io.github.bbbjakarta.lms.JoinSettings;
import io.github.bbbjakarta.lms.LmsUser;
import io.github.bbbjakarta.lms.MeetingContext;
import io.github.bbbjakarta.lms.RecordingAccessDeniedException;
import io.github.bbbjakarta.lms.RecordingScope;
import io.github.bbbjakarta.lms.Section;
import io.github.bbbjakarta.simulator.BreakoutGroupSnapshot;
import io.github.bbbjakarta.simulator.CallbackSnapshot;
import io.github.bbbjakarta.simulator.JoinSession;
import io.github.bbbjakarta.simulator.RecordingSnapshot;
import io.github.bbbjakarta.simulator.SimRole;
import io.github.bbbjakarta.simulator.SimulatorControl;
import io.github.bbbjakarta.simulator.Stub;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the production features do inside the server: the container's Fault Tolerance guards MeetingService, a
 * join storm sends one create, a viewer waits for the moderator, sections become breakout groups, a course's
 * recordings are listed and managed by role, bbb-cdi's callback endpoint (found by the server's JAX-RS scanning in
 * {@code WEB-INF/lib}) turns the simulator's real end callbacks, recording-ready callbacks and webhooks into CDI
 * events once and refuses forged ones, and a guest link lets a guest in as a viewer. One class, so that Payara boots
 * its two processes once.
 *
 * <p>{@code bbb.callback-url} is the application's own URL as the simulator reaches it, predicted per server before
 * deployment ({@link ItContainer#applicationHttpPort()}); {@link #theCallbackEndpointIsServedAtTheConfiguredUrl}
 * checks the prediction against the deployed application's URL.
 */
@ExtendWith({ArquillianExtension.class, ServerLogOnFailure.class})
class LmsFeaturesIT {
    private static final Course COURSE = Course.of("uni-north", "CHEM-200", "Chemistry 200");
    private static final LmsUser TEACHER = LmsUser.of("teacher-1", "Marie Curie", "Instructor");
    private static final LmsUser STUDENT = LmsUser.of("student-7", "Rosalind Franklin", "Learner");
    private static final String APP = "lms-features-app";
    private static final String CALLBACK_URL = "bbb.callback-url";
    /** How long a test waits for an asynchronous callback or webhook. */
    private static final Duration CALLBACK_WAIT = Duration.ofSeconds(15);
    /** bbb.callback-url as {@link #app()} predicted it (test JVM only; in the server, read it from the config). */
    private static String predictedCallbackUrl;

    @Deployment(name = "simulator", order = 1, testable = false)
    static WebArchive simulator() {
        return Deployments.simulator();
    }

    @Deployment(name = "app", order = 2)
    static WebArchive app() {
        predictedCallbackUrl = "http://127.0.0.1:" + ItContainer.current().applicationHttpPort() + "/" + APP + "/"
                + CallbackApi.PATH + "/" + BbbCallbackResource.PATH;
        return Deployments.lmsApp(APP, Deployments.config(Deployments.SECRET)
                        + CALLBACK_URL + "=" + predictedCallbackUrl + "\n"
                        + "bbb.lms.guest-link-key=it-guest-link-key-4b7e91d2c05a\n")
                .addClasses(CallbackApi.class, CallbackEventLog.class);
    }

    @Inject
    MeetingService meetings;
    @Inject
    CourseMeetingService courseMeetings;
    @Inject
    CourseRecordingService recordings;
    @Inject
    BigBlueButtonClient client;
    @Inject
    CallbackEventLog events;

    private final SimulatorControl control = SimulatorControl.remote(URI.create(Deployments.SERVER));
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void reset() {
        control.reset();
    }

    @Test
    @OperateOnDeployment("app")
    void theContainersFaultToleranceRetriesReadsOnly() {
        control.stub("getMeetingInfo", Stub.badGateway());
        assertThrows(BbbTransportException.class, () -> meetings.getMeetingInfo("ft-1"));
        assertEquals(3, control.requests("getMeetingInfo").size(), "a read is tried once and retried twice");
        control.stub("end", Stub.badGateway());
        assertThrows(BbbTransportException.class, () -> meetings.end("ft-1"));
        assertEquals(1, control.requests("end").size(), "end is never repeated");
    }

    @Test
    @OperateOnDeployment("app")
    void aJoinStormSendsOneCreate() throws Exception {
        MeetingContext lecture = MeetingContext.of(COURSE, new Activity("storm", "Lecture start"));
        ExecutorService pool = Executors.newFixedThreadPool(50);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<?>> joins = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                LmsUser student = LmsUser.of("s-" + i, "Student " + i, "Learner");
                joins.add(pool.submit(() -> {
                    go.await();
                    return courseMeetings.joinUrl(lecture, student);
                }));
            }
            go.countDown();
            for (Future<?> join : joins) {
                join.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, control.requests("create").size(), "50 joins, one create");
    }

    @Test
    @OperateOnDeployment("app")
    void aViewerWaitsForTheModerator() {
        MeetingContext seminar = MeetingContext.of(COURSE, new Activity("seminar", "Seminar"));
        JoinSettings waiting = JoinSettings.defaults().withWaitForModerator(true);
        assertInstanceOf(JoinDecision.Wait.class, courseMeetings.join(seminar, STUDENT, waiting));
        assertEquals(0, control.requests("create").size(), "a waiting viewer creates nothing");

        JoinDecision.Join teacher = assertInstanceOf(JoinDecision.Join.class, courseMeetings.join(seminar, TEACHER, waiting));
        control.connectUser(courseMeetings.meetingId(seminar), "Marie Curie", SimRole.MODERATOR, "teacher-1");
        assertEquals(io.github.bbbjakarta.api.Role.MODERATOR, teacher.role());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);   // the shared cache lives 5 s
        JoinDecision student;
        do {
            student = courseMeetings.join(seminar, STUDENT, waiting);
        } while (!(student instanceof JoinDecision.Join) && System.nanoTime() < deadline && sleep());
        assertEquals(io.github.bbbjakarta.api.Role.VIEWER, assertInstanceOf(JoinDecision.Join.class, student).role());
    }

    @Test
    @OperateOnDeployment("app")
    void sectionsBecomeBreakoutGroupsAndTheCoursesRecordingsAreManagedByRole() {
        MeetingContext lab = MeetingContext.of(COURSE, new Activity("lab", "Lab session").withRecorded(true))
                .withBreakoutSections(List.of(new Section("grp-a", "Group A").withMembers("student-7", "s-2"),
                        new Section("grp-b", "Group B").withMembers("s-3")));
        courseMeetings.open(lab);
        String meetingID = courseMeetings.meetingId(lab);
        assertEquals(List.of(new BreakoutGroupSnapshot("grp-a", "Group A", List.of("student-7", "s-2")),
                        new BreakoutGroupSnapshot("grp-b", "Group B", List.of("s-3"))),
                control.meeting(meetingID).orElseThrow().groups());

        control.connectUser(meetingID, "Marie Curie", SimRole.MODERATOR, "teacher-1");
        control.startRecording(meetingID);
        control.endMeeting(meetingID);
        control.advanceRecordings();
        control.advanceRecordings();
        List<CourseRecording> seen = recordings.list(lab, RecordingScope.ACTIVITY, STUDENT, 0, 20).recordings();
        assertEquals(1, seen.size(), seen::toString);
        String recordID = seen.get(0).recordID();

        assertThrows(RecordingAccessDeniedException.class, () -> recordings.delete(lab, STUDENT, recordID));
        assertEquals(0, control.requests("deleteRecordings").size(), "refused before anything is sent");
        recordings.publish(lab, TEACHER, recordID, false);
        assertTrue(recordings.list(lab, RecordingScope.ACTIVITY, STUDENT, 0, 20).recordings().isEmpty(),
                "viewers see published recordings only");
        assertEquals(1, recordings.list(lab, RecordingScope.ACTIVITY, TEACHER, 0, 20).recordings().size());
    }

    // ---- bbb-cdi's callback endpoint, called by the simulator (another deployment) over HTTP ----

    @Test
    @RunAsClient
    void theCallbackEndpointIsServedAtTheConfiguredUrl(@ArquillianResource @OperateOnDeployment("app") URL app)
            throws Exception {
        URI configured = URI.create(predictedCallbackUrl);
        assertEquals(app.getPort(), configured.getPort(), () -> CALLBACK_URL + "=" + predictedCallbackUrl
                + " was predicted by ItContainer." + ItContainer.current().name() + ".applicationHttpPort(), but "
                + ItContainer.current() + " serves the application at " + app
                + ": the simulator's callbacks would not reach it");
        assertEquals(app.getPath().replaceFirst("/$", "") + "/" + CallbackApi.PATH + "/" + BbbCallbackResource.PATH,
                configured.getPath(), "the context root the application is served at");
        HttpResponse<String> tokenless = get(predictedCallbackUrl + "/meeting-ended");
        assertEquals(401, tokenless.statusCode(), "a tokenless end callback is refused by bbb-cdi's endpoint (404 would"
                + " mean the server's JAX-RS scanning did not find BbbCallbackResource in WEB-INF/lib)");
    }

    @Test
    @OperateOnDeployment("app")
    void createSendsTheCallbackUrlsAndAServerSideEndFiresMeetingEndedOnce() throws Exception {
        String callbackUrl = reachableCallbackUrl();
        meetings.create(CreateMeetingRequest.builder("it-cb-1", "Callbacks 1").build());
        Map<String, String> meta = control.meeting("it-cb-1").orElseThrow().metadata();
        assertTrue(meta.getOrDefault("endcallbackurl", "").startsWith(callbackUrl + "/meeting-ended?instance="),
                meta::toString);
        assertEquals(callbackUrl + "/recording-ready", meta.get("bbb-recording-ready-url"));

        control.endMeeting("it-cb-1");   // a moderator ends it in the client, or it expires

        CallbackSnapshot end = awaitCallback("the end callback of it-cb-1", endCallbackOf("it-cb-1"));
        assertEquals(200, end.lastStatus(), end::toString);
        assertEquals(1, end.attempts(), end::toString);
        assertEquals(List.of(new MeetingEnded("it-cb-1", MeetingEnded.Origin.END_CALLBACK)),
                events.of(MeetingEnded.class, "it-cb-1"));
    }

    @Test
    @OperateOnDeployment("app")
    void aPublishedRecordingFiresRecordingReadyOnceAndAResentCallbackFiresNothing() throws Exception {
        reachableCallbackUrl();
        String id = "it-cb-rec";
        meetings.create(CreateMeetingRequest.builder(id, "Callbacks recorded").record(true).autoStartRecording(true)
                .build());
        control.connectUser(id, "Marie Curie", SimRole.MODERATOR, "teacher-1");
        control.endMeeting(id);
        awaitCallback("the end callback of " + id, endCallbackOf(id));
        for (int i = 0; i < 4 && !recordingOf(id).state().equals("published"); i++) {
            control.advanceRecordings();
        }
        String recordID = recordingOf(id).recordID();
        assertEquals("published", recordingOf(id).state());

        CallbackSnapshot ready = awaitCallback("the recording-ready callback of " + id,
                c -> c.kind() == CallbackSnapshot.Kind.RECORDING_READY && c.delivered());
        assertEquals(200, ready.lastStatus(), ready::toString);
        assertEquals(List.of(new RecordingReady(id, recordID)), events.of(RecordingReady.class, id),
                "the JWT verified in the server, the event fired once");

        HttpResponse<String> resent = post(ready.url(), ready.body(), Map.of());
        assertEquals(200, resent.statusCode(), "a resent recording-ready callback is answered 200 ...");
        assertEquals(List.of(new RecordingReady(id, recordID)), events.of(RecordingReady.class, id),
                "... and fires nothing");
    }

    @Test
    @OperateOnDeployment("app")
    void aWebhookUserJoinedFiresUserJoinedAndAnEndThroughTheServiceFiresMeetingEndedOnce() throws Exception {
        String callbackUrl = reachableCallbackUrl();
        String id = "it-cb-hook";
        client.hooks().create(CreateHookRequest.builder(callbackUrl + "/events").build());
        meetings.create(CreateMeetingRequest.builder(id, "Callbacks hooked").build());

        control.connectUser(id, "Ada Lovelace", SimRole.MODERATOR, "lms-ada");

        await("a UserJoined of " + id, () -> !events.of(UserJoined.class, id).isEmpty());
        List<UserJoined> joined = events.of(UserJoined.class, id);
        assertEquals(1, joined.size(), joined::toString);
        assertEquals("lms-ada", joined.get(0).userID());
        assertEquals("Ada Lovelace", joined.get(0).name());
        assertEquals("MODERATOR", joined.get(0).role());

        meetings.end(id);

        await("the end callback and the meeting-ended webhook of " + id + " delivered", () -> {
            List<CallbackSnapshot> all = control.callbacks();
            return all.stream().allMatch(CallbackSnapshot::delivered)
                    && all.stream().anyMatch(endCallbackOf(id))
                    && all.stream().anyMatch(c -> c.kind() == CallbackSnapshot.Kind.WEBHOOK
                    && c.body().contains("meeting-ended"));
        });
        List<CallbackSnapshot> all = control.callbacks();
        assertTrue(all.stream().allMatch(c -> c.lastStatus() == 200), all::toString);
        assertEquals(List.of(new MeetingEnded(id, MeetingEnded.Origin.MEETING_SERVICE)),
                events.of(MeetingEnded.class, id), "ended through MeetingService: the server's end callback and "
                        + "meeting-ended webhook fire nothing more");
        assertEquals(1, events.of(UserJoined.class, id).size());
        long webhookEvents = all.stream().filter(c -> c.kind() == CallbackSnapshot.Kind.WEBHOOK).count();
        assertEquals(webhookEvents, events.of(WebhookReceived.class, id).size(), "each webhook event once");
    }

    @Test
    @OperateOnDeployment("app")
    void forgedAndTamperedCallbacksAreRefusedAndFireNothing() throws Exception {
        String callbackUrl = reachableCallbackUrl();
        String id = "it-cb-forged";
        client.hooks().create(CreateHookRequest.builder(callbackUrl + "/events").build());
        meetings.create(CreateMeetingRequest.builder(id, "Callbacks forged").build());
        CallbackSnapshot created = awaitCallback("the meeting-created webhook of " + id,
                c -> c.kind() == CallbackSnapshot.Kind.WEBHOOK && c.delivered() && c.body().contains(id));
        assertEquals(200, created.lastStatus(), created::toString);
        List<Object> before = events.about(id);

        String claims = "{\"meeting_id\":\"" + id + "\",\"record_id\":\"it-forged-recording\"}";
        assertEquals(401, post(callbackUrl + "/recording-ready", "signed_parameters="
                + URLEncoder.encode(jwt(claims, "another-secret-1d9f"), StandardCharsets.UTF_8), Map.of()).statusCode(),
                "a recording-ready JWT signed with another secret");

        String endQuery = URI.create(control.meeting(id).orElseThrow().metadata().get("endcallbackurl")).getRawQuery();
        assertEquals(403, get(callbackUrl + "/meeting-ended?" + endQuery + "&recordingmarks=false&meetingID=it-cb-other")
                .statusCode(), "the real end callback query of " + id + " for another meeting");

        String tampered = created.body().replace(id, "it-cb-tampered");
        assertFalse(tampered.equals(created.body()));
        assertEquals(401, post(created.url(), tampered, Map.of()).statusCode(),
                "a webhook whose body was changed after it was signed");

        assertEquals(before, events.about(id), "nothing fired for " + id);
        assertEquals(List.of(), events.about("it-cb-other"));
        assertEquals(List.of(), events.about("it-cb-tampered"));
    }

    // ---- bbb-lms-integration's guest link ----

    @Test
    @OperateOnDeployment("app")
    void aGuestLinkLetsAGuestInAsAViewerOnceAModeratorIsThereAndATamperedLinkIsRefused() throws Exception {
        JoinSettings settings = JoinSettings.defaults();
        MeetingContext early = MeetingContext.of(COURSE, new Activity("guest-early", "Nobody there yet"));
        GuestLink earlyLink = courseMeetings.createGuestLink(early, Duration.ofHours(1));
        JoinDecision.Wait waiting = assertInstanceOf(JoinDecision.Wait.class,
                courseMeetings.joinAsGuest(early, earlyLink.token(), "Guest Visitor", settings));
        assertEquals(JoinDecision.WaitReason.MODERATOR_NOT_PRESENT, waiting.reason());
        assertEquals(0, control.requests("create").size(), "a guest never creates the meeting");

        MeetingContext talk = MeetingContext.of(COURSE, new Activity("guest-talk", "Guest talk"));
        Instant now = Instant.now();
        GuestLink link = courseMeetings.createGuestLink(talk, Duration.ofHours(1));
        assertTrue(!link.expiresAt().isBefore(now.plus(Duration.ofMinutes(59)))
                && !link.expiresAt().isAfter(now.plus(Duration.ofMinutes(61))), link::toString);
        assertInstanceOf(JoinDecision.Join.class, courseMeetings.join(talk, TEACHER, settings));
        String meetingID = courseMeetings.meetingId(talk);
        control.connectUser(meetingID, "Marie Curie", SimRole.MODERATOR, "teacher-1");

        JoinDecision.Join guest = assertInstanceOf(JoinDecision.Join.class,
                courseMeetings.joinAsGuest(talk, link.token(), "  Guest Visitor ", settings));
        assertEquals(Role.VIEWER, guest.role());
        Map<String, String> query = query(guest.url().uri());
        assertEquals("true", query.get("guest"), query.keySet()::toString);
        assertEquals("VIEWER", query.get("role"));
        assertEquals("Guest Visitor", query.get("fullName"));
        assertEquals(meetingID, query.get("meetingID"));
        http.send(HttpRequest.newBuilder(guest.url().uri()).build(), HttpResponse.BodyHandlers.discarding());
        JoinSession session = control.joinSessions().stream().filter(s -> s.fullName().equals("Guest Visitor"))
                .findFirst().orElseThrow(() -> new AssertionError("the simulator did not accept the guest's join URL: "
                        + control.requests("join")));
        assertTrue(session.guest());
        assertEquals(SimRole.VIEWER, session.role());
        assertEquals(meetingID, session.meetingID());

        String token = link.token();
        String prolonged = (Long.parseLong(token.substring(0, token.indexOf('.'))) + 86_400) + token.substring(token.indexOf('.'));
        assertEquals(new JoinDecision.Refused(JoinDecision.RefusedReason.GUEST_LINK_INVALID),
                courseMeetings.joinAsGuest(talk, prolonged, "Guest Visitor", settings), "a link whose expiry was changed");
        assertEquals(new JoinDecision.Refused(JoinDecision.RefusedReason.GUEST_LINK_INVALID),
                courseMeetings.joinAsGuest(talk, earlyLink.token(), "Guest Visitor", settings),
                "the link of another activity");
    }

    // ---- helpers ----

    /**
     * bbb.callback-url as the application's config holds it, after checking that it reaches this application's
     * callback endpoint (a tokenless end callback answers 401).
     */
    private String reachableCallbackUrl() throws Exception {
        String url = org.eclipse.microprofile.config.ConfigProvider.getConfig().getValue(CALLBACK_URL, String.class);
        int status;
        try {
            status = get(url + "/meeting-ended").statusCode();
        } catch (IOException e) {
            status = -1;
        }
        assertEquals(401, status, CALLBACK_URL + "=" + url + " does not reach this application's callback endpoint on "
                + ItContainer.current() + " (see theCallbackEndpointIsServedAtTheConfiguredUrl)");
        return url;
    }

    private static Predicate<CallbackSnapshot> endCallbackOf(String meetingID) {
        return c -> c.kind() == CallbackSnapshot.Kind.END && c.delivered()
                && c.url().endsWith("&meetingID=" + URLEncoder.encode(meetingID, StandardCharsets.UTF_8));
    }

    private RecordingSnapshot recordingOf(String meetingID) {
        return control.recordings().stream().filter(r -> r.meetingID().equals(meetingID)).findFirst()
                .orElseThrow(() -> new AssertionError("no recording of " + meetingID + ": " + control.recordings()));
    }

    private CallbackSnapshot awaitCallback(String what, Predicate<CallbackSnapshot> done) {
        CallbackSnapshot[] found = new CallbackSnapshot[1];
        await(what, () -> {
            found[0] = control.callbacks().stream().filter(done).findFirst().orElse(null);
            return found[0] != null;
        });
        return found[0];
    }

    /** Polls until done, for at most {@link #CALLBACK_WAIT}. */
    private void await(String what, BooleanSupplier done) {
        long deadline = System.nanoTime() + CALLBACK_WAIT.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no " + what + " within " + CALLBACK_WAIT.toSeconds() + " s; the simulator's"
                        + " callbacks: " + control.callbacks());
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + what, e);
            }
        }
    }

    private HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String url, String formBody, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formBody));
        headers.forEach(b::header);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** An HS256 JWT, as the recording server signs its recording-ready callback, with the given secret. */
    private static String jwt(String claims, String secret) throws GeneralSecurityException {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String input = b64.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(claims.getBytes(StandardCharsets.UTF_8));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return input + "." + b64.encodeToString(mac.doFinal(input.getBytes(StandardCharsets.US_ASCII)));
    }

    /** The decoded query parameters of a URI (the first value of each). */
    private static Map<String, String> query(URI uri) {
        Map<String, String> params = new HashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            params.putIfAbsent(URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
                    eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return params;
    }

    private static boolean sleep() {
        try {
            Thread.sleep(500);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
