package io.github.bbbjakarta.api;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.bbbjakarta.api.callbacks.BbbCallbackException;
import io.github.bbbjakarta.api.callbacks.CallbackVerifier;
import io.github.bbbjakarta.api.callbacks.MeetingEndedCallback;
import io.github.bbbjakarta.api.callbacks.RecordingReady;
import io.github.bbbjakarta.simulator.BbbSimulatorExtension;
import io.github.bbbjakarta.simulator.CallbackSnapshot;
import io.github.bbbjakarta.simulator.JoinSession;
import io.github.bbbjakarta.simulator.JournalEntry;
import io.github.bbbjakarta.simulator.SimRole;
import io.github.bbbjakarta.simulator.SimulatorControl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole life of a recording as an LMS sees it, over real HTTP: the client talks to the simulator, and a JDK
 * {@link HttpServer} plays the LMS that receives the simulator's end callback and recording-ready POST. Create with
 * {@code record=true} → users join and connect → recording started → end → end callback → processing →
 * published → recording-ready callback verified with the shared secret → listed → unpublished → protected →
 * renamed → deleted. The client and the simulator were each written from the reference alone, so each step checks
 * both.
 */
class RecordingStoryTest {
    private static final String SECRET = "recording-story-secret";
    private static final String MEETING = "course-42-lecture-7";
    private static final Duration WAIT = Duration.ofSeconds(10);

    @RegisterExtension
    static final BbbSimulatorExtension SIM = BbbSimulatorExtension.withSecret(SECRET)
            .callbackRetryDelays(Duration.ofMillis(50));

    /** What the LMS received: the raw query of each end callback, the content type and body of each ready POST. */
    private record Received(String path, String method, String contentType, String query, String body) {
    }

    private final BlockingQueue<Received> ended = new LinkedBlockingQueue<>();
    private final BlockingQueue<Received> ready = new LinkedBlockingQueue<>();
    private HttpServer lms;
    private String lmsBase;
    private BigBlueButtonClient bbb;

    @BeforeEach
    void start() throws IOException {
        lms = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        lms.createContext("/bbb/ended", x -> receive(x, ended));
        lms.createContext("/bbb/ready", x -> receive(x, ready));
        lms.start();
        lmsBase = "http://127.0.0.1:" + lms.getAddress().getPort();
        bbb = BigBlueButtonClient.builder(SIM.apiUrl(), SECRET).build();
    }

    @AfterEach
    void stop() {
        bbb.close();
        lms.stop(0);
    }

    private static void receive(HttpExchange x, BlockingQueue<Received> into) throws IOException {
        String body = new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        into.add(new Received(x.getRequestURI().getPath(), x.getRequestMethod(),
                x.getRequestHeaders().getFirst("Content-Type"), x.getRequestURI().getRawQuery(), body));
        x.sendResponseHeaders(200, -1);
        x.close();
    }

    private static Received next(BlockingQueue<Received> queue, String what) throws InterruptedException {
        Received r = queue.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        assertNotNull(r, what + " not received within " + WAIT);
        return r;
    }

    private static <T> T await(CompletionStage<T> stage) {
        return stage.toCompletableFuture().orTimeout(WAIT.toSeconds(), TimeUnit.SECONDS).join();
    }

    private Recording only(GetRecordingsRequest request) {
        List<Recording> found = bbb.recordings().getRecordings(request).recordings();
        assertEquals(1, found.size(), found::toString);
        return found.get(0);
    }

    private static GetRecordingsRequest.Builder ofMeeting() {
        return GetRecordingsRequest.builder().meetingIDs(MEETING);
    }

    @Test
    void fromCreateToDelete() throws Exception {
        SimulatorControl control = SIM.control();

        // 1. the LMS creates a recorded meeting with both callbacks pointing at itself
        CreateMeetingResponse created = await(bbb.meetings().createAsync(
                CreateMeetingRequest.builder(MEETING, "Lecture 7: Streams")
                        .record(true)
                        .meta("bbb-origin", "MyLMS")
                        .meta("bbb-context-id", "42")
                        .meta("bbb-recording-name", "Lecture 7")
                        .meta("endCallbackUrl", lmsBase + "/bbb/ended?course=42")
                        .meta("bbb-recording-ready-url", lmsBase + "/bbb/ready")
                        .build()));
        String internalMeetingID = created.internalMeetingID();
        assertFalse(bbb.meetings().isMeetingRunning(MEETING), "nobody connected yet");

        // 2. a teacher joins through the API and her browser opens the client URL; a student connects directly
        JoinMeetingResponse teacher = await(bbb.meetings().joinAsync(
                JoinMeetingRequest.builder(MEETING, "Ada Teacher", Role.MODERATOR).userID("lms-1").build()));
        HttpResponse<Void> opened = HttpClient.newHttpClient().send(HttpRequest.newBuilder(teacher.url()).GET()
                .build(), HttpResponse.BodyHandlers.discarding());
        assertEquals(200, opened.statusCode(), "the simulated client answers " + teacher.url());
        JoinSession session = control.joinSessions().stream()
                .filter(s -> s.sessionToken().equals(teacher.sessionToken())).findFirst().orElseThrow();
        assertTrue(session.connected(), "opening the client URL connects the teacher");
        control.connectUser(MEETING, "Bob Student", SimRole.VIEWER, "lms-2");
        assertTrue(await(bbb.meetings().isMeetingRunningAsync(MEETING)));
        assertEquals(2, bbb.meetings().getMeetingInfo(MEETING).participantCount());

        // 3. the teacher presses "record", then 4. ends the meeting
        control.startRecording(MEETING);
        await(bbb.meetings().endAsync(MEETING));
        assertFalse(bbb.meetings().isMeetingRunning(MEETING));

        // 5. the end callback: GET to the registered URL with meetingID and recordingmarks added
        Received end = next(ended, "end callback");
        assertEquals("GET", end.method());
        assertTrue(end.query().startsWith("course=42&"), "the registered query stays first: " + end.query());
        assertEquals(new MeetingEndedCallback(MEETING, true), MeetingEndedCallback.fromQuery(end.query()));
        assertNull(ready.poll(), "no recording-ready before the recording is published");

        // 6. processing: not in the default listing (published + unpublished) but with state=any
        assertTrue(bbb.recordings().getRecordings(ofMeeting().build()).recordings().isEmpty());
        Recording processing = only(ofMeeting().states(RecordingState.ANY).build());
        assertEquals(RecordingState.PROCESSING, processing.state());
        assertFalse(processing.published());
        String recordID = processing.recordID();
        assertEquals(internalMeetingID, recordID, "BBB's record id is the meeting's internal id");

        assertEquals(1, control.advanceRecordings());
        assertEquals(RecordingState.PROCESSED, only(ofMeeting().states(RecordingState.PROCESSED).build()).state());
        assertNull(ready.poll(), "processed is not published yet");
        assertEquals(1, control.advanceRecordings());

        // 7. the recording-ready POST, verified with the shared secret (and refused with another one)
        Received post = next(ready, "recording-ready callback");
        assertEquals("POST", post.method());
        assertTrue(post.contentType().startsWith("application/x-www-form-urlencoded"), post.contentType());
        RecordingReady announced = CallbackVerifier.builder(SECRET).build().recordingReadyFromForm(post.body());
        assertEquals(new RecordingReady(MEETING, recordID), announced);
        assertThrows(BbbCallbackException.class, () -> CallbackVerifier.builder("some-other-secret").build()
                .recordingReadyFromForm(post.body()));
        // the simulator marks it delivered once it has read our answer, a moment after we received it
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (control.callbacks().stream().noneMatch(c -> c.kind() == CallbackSnapshot.Kind.RECORDING_READY
                && c.delivered()) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(control.callbacks().stream().anyMatch(c -> c.kind() == CallbackSnapshot.Kind.RECORDING_READY
                && c.delivered()), control.callbacks()::toString);

        // 8. listed, with the meeting's metadata and its playback formats
        Recording published = await(bbb.recordings().getRecordingsAsync(ofMeeting().build())).recordings().get(0);
        assertEquals(recordID, published.recordID());
        assertEquals(MEETING, published.meetingID());
        assertEquals(internalMeetingID, published.internalMeetingID());
        assertEquals("Lecture 7: Streams", published.name());
        assertEquals(RecordingState.PUBLISHED, published.state());
        assertTrue(published.published());
        assertFalse(published.isBreakout());
        assertEquals(2, published.participants());
        assertTrue(published.startTime() > 0 && published.endTime() >= published.startTime(), published::toString);
        assertEquals("MyLMS", published.metadata().get("bbb-origin"));
        assertEquals("42", published.metadata().get("bbb-context-id"));
        assertEquals(MEETING, published.metadata().get("meetingId"));
        assertEquals("Lecture 7: Streams", published.metadata().get("meetingName"));
        assertEquals("false", published.metadata().get("isBreakout"));
        PlaybackFormat presentation = published.playbackFormats().stream()
                .filter(f -> f.type().equals("presentation")).findFirst().orElseThrow();
        assertTrue(presentation.url().startsWith("http") && presentation.url().contains(recordID), presentation::url);
        assertFalse(presentation.previewImages().isEmpty(), presentation::toString);
        assertTrue(presentation.previewImages().stream().allMatch(i -> i.url().startsWith("http")
                && i.width() > 0 && i.height() > 0), presentation::toString);
        assertEquals(published, only(GetRecordingsRequest.builder().recordIDs(recordID).build()),
                "found by its record id too");
        assertEquals(published, only(GetRecordingsRequest.builder().recordIDs(recordID.substring(0, 40)).build()),
                "recordID is a prefix match on the server (reference §2.8): the sha1 part finds it");
        assertEquals(published, only(GetRecordingsRequest.builder().meta("bbb-context-id", "42").build()),
                "found by LMS metadata too");

        // 9. unpublished: hidden from state=published, listed as unpublished by default
        await(bbb.recordings().publishRecordingsAsync(false, recordID));
        assertTrue(bbb.recordings().getRecordings(ofMeeting().states(RecordingState.PUBLISHED).build())
                .recordings().isEmpty());
        Recording unpublished = only(ofMeeting().build());
        assertEquals(RecordingState.UNPUBLISHED, unpublished.state());
        assertFalse(unpublished.published());

        // 10. protected: the flag is sent; a server that lists <protected> (BBB 2.6+) must say true
        control.clearRequests();
        bbb.recordings().updateRecordings(UpdateRecordingsRequest.builder(recordID).protect(true).build());
        JournalEntry protect = control.requests("updateRecordings").get(0);
        assertEquals("true", protect.param("protect").orElse(null), protect::toString);
        assertEquals("SUCCESS", protect.outcome(), protect::toString);
        Recording protectedOne = only(ofMeeting().build());
        assertTrue(protectedOne.isProtected().orElse(true), protectedOne::toString);

        // 11. renamed: a rename is a metadata update (reference §2.9); the LMS finds it under its new name
        await(bbb.recordings().updateRecordingsAsync(UpdateRecordingsRequest.builder(recordID)
                .meta("bbb-recording-name", "Lecture 7 – Streams & Collectors").build()));
        Recording renamed = only(GetRecordingsRequest.builder().meta("bbb-recording-name", "Lecture 7 –%").build());
        assertEquals(recordID, renamed.recordID());
        assertEquals("Lecture 7 – Streams & Collectors", renamed.metadata().get("bbb-recording-name"));
        assertEquals("MyLMS", renamed.metadata().get("bbb-origin"), "other metadata stays");
        assertEquals(RecordingState.UNPUBLISHED, renamed.state(), "a rename does not publish");

        // 12. deleted: gone from the default listing, listed with state=deleted, no longer manageable
        await(bbb.recordings().deleteRecordingsAsync(recordID));
        assertTrue(bbb.recordings().getRecordings(ofMeeting().build()).recordings().isEmpty());
        assertEquals(RecordingState.DELETED, only(ofMeeting().states(RecordingState.DELETED).build()).state());
        BbbApiException gone = assertThrows(BbbApiException.class,
                () -> bbb.recordings().publishRecordings(true, recordID));
        assertEquals("notFound", gone.messageKey(), "bbb-web manages only published and unpublished recordings");

        // one end callback and one recording-ready, nothing more
        assertNull(ended.poll(200, TimeUnit.MILLISECONDS));
        assertNull(ready.poll());
        assertEquals(List.of(CallbackSnapshot.Kind.END, CallbackSnapshot.Kind.RECORDING_READY),
                control.callbacks().stream().map(CallbackSnapshot::kind).toList());
    }
}
