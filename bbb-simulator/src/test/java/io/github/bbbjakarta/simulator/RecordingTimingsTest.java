package io.github.bbbjakarta.simulator;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Recordings processed by themselves after {@code processingTime} (settings given at start through the extension,
 * the builder, the command line, or at run time through the control and admin API).
 */
class RecordingTimingsTest {
    static final String SECRET = "timings-secret";
    static final MutableClock CLOCK = new MutableClock(Instant.parse("2025-07-01T08:00:00Z"));
    static final RecordingSettings START = RecordingSettings.defaults().withProcessingTime(Duration.ofMinutes(5));

    @RegisterExtension
    static BbbSimulatorExtension SIM = BbbSimulatorExtension.withSecret(SECRET).clock(CLOCK).recordingSettings(START);

    private final TestApi api = new TestApi(SIM.apiUrl(), SECRET);

    private String recorded(String meetingID) {
        String id = api.create(meetingID, "record", "true").text("internalMeetingID");
        SIM.control().startRecording(meetingID);
        SIM.control().endMeeting(meetingID);
        return id;
    }

    private String stateOverHttp(String recordID) {
        return Xml.parse(api.get("getRecordings", TestApi.query("recordID", recordID, "state", "any")).body())
                .text("state");
    }

    @Test
    void eachStepTakesTheProcessingTime() {
        assertEquals(START, SIM.control().recordingSettings());
        String id = recorded("t-steps");
        assertEquals("processing", stateOverHttp(id));
        CLOCK.advance(Duration.ofMinutes(4));
        assertEquals("processing", stateOverHttp(id));
        CLOCK.advance(Duration.ofMinutes(1));
        assertEquals("processed", stateOverHttp(id));
        CLOCK.advance(Duration.ofMinutes(5));
        assertEquals("published", SIM.control().recording(id).orElseThrow().state());
        // late observation: both steps at once
        String late = recorded("t-late");
        CLOCK.advance(Duration.ofMinutes(30));
        assertEquals("published", stateOverHttp(late));
        // advanceRecordings still works, and a recording moved by hand waits its full time again
        String manual = recorded("t-manual");
        CLOCK.advance(Duration.ofMinutes(3));
        assertEquals(1, SIM.control().advanceRecordings());
        assertEquals("processed", SIM.control().recording(manual).orElseThrow().state());
        CLOCK.advance(Duration.ofMinutes(4));
        assertEquals("processed", stateOverHttp(manual));
        CLOCK.advance(Duration.ofMinutes(1));
        assertEquals("published", stateOverHttp(manual));
    }

    @Test
    void uploadedTextTracksAndSeedsToo() {
        String id = SIM.control().addRecording(RecordingSeed.of("t-seed").withState("processing")).recordID();
        CLOCK.advance(Duration.ofMinutes(10));
        assertEquals("published", SIM.control().recording(id).orElseThrow().state());
        String boundary = "b0undary";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"t.vtt\"\r\n\r\n"
                + "WEBVTT\r\n--" + boundary + "--\r\n";
        String query = api.signed("putRecordingTextTrack",
                TestApi.query("recordID", id, "kind", "captions", "lang", "en"));
        assertEquals(200, api.post("putRecordingTextTrack", query, "multipart/form-data; boundary=" + boundary, body)
                .statusCode());
        assertEquals(false, SIM.control().textTracks(id).get(0).processed());
        CLOCK.advance(Duration.ofMinutes(5));
        assertEquals(true, SIM.control().textTracks(id).get(0).processed());
    }

    @Test
    void settingsAtRunTimeAndReset() {
        SIM.control().recordingSettings(RecordingSettings.defaults());
        String id = recorded("t-off");
        CLOCK.advance(Duration.ofHours(2));
        assertEquals("processing", stateOverHttp(id));
        // over the admin API, and back
        SimulatorControl remote = SimulatorControl.remote(URI.create("http://127.0.0.1:" + SIM.apiUrl().getPort()));
        remote.recordingSettings(RecordingSettings.defaults().withAutoPublish(false)
                .withProcessingTime(Duration.ofSeconds(90)));
        assertEquals(Duration.ofSeconds(90), remote.recordingSettings().processingTime());
        // the recording has been processing for 2 hours: it moves at once, to unpublished
        assertEquals("unpublished", stateOverHttp(id));
        SIM.control().reset();
        assertEquals(START, SIM.control().recordingSettings());   // the start settings, not the defaults
        assertThrows(IllegalArgumentException.class,
                () -> RecordingSettings.defaults().withProcessingTime(Duration.ofSeconds(-1)));
        assertEquals(Duration.ZERO, RecordingSettings.defaults().withProcessingTime(null).processingTime());
    }

    @Test
    void withARealClockRecordingsPublishByThemselvesAndTheCallbackArrives() throws IOException, InterruptedException {
        CountDownLatch ready = new CountDownLatch(1);
        HttpServer lms = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        lms.createContext("/ready", ex -> {
            ex.sendResponseHeaders(200, -1);
            ex.close();
            ready.countDown();
        });
        lms.start();
        try (BbbSimulator sim = BbbSimulator.builder().secret(SECRET)
                .recordingSettings(RecordingSettings.defaults().withProcessingTime(Duration.ofMillis(50))).start()) {
            TestApi real = new TestApi(sim, SECRET);
            real.create("t-real", "record", "true", "meta_bbb-recording-ready-url",
                    "http://127.0.0.1:" + lms.getAddress().getPort() + "/ready");
            sim.control().startRecording("t-real");
            sim.control().endMeeting("t-real");
            // nobody asks for recordings: the background ticker publishes, and the LMS is called
            assertTrue(ready.await(10, TimeUnit.SECONDS), "recording-ready callback");
            assertEquals(List.of("published"), sim.control().recordings().stream().map(RecordingSnapshot::state)
                    .toList());
        } finally {
            lms.stop(0);
        }
    }

    @Test
    void commandLineOptions() {
        try (BbbSimulator sim = SimulatorMain.parse(new String[] {"--secret", "s", "--recording-processing-time-ms",
                "2000", "--recording-auto-publish", "false", "--allow-fetch-all-recordings", "false"}).start()) {
            assertEquals(RecordingSettings.defaults().withProcessingTime(Duration.ofSeconds(2)).withAutoPublish(false)
                    .withAllowFetchAllRecordings(false), sim.control().recordingSettings());
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SimulatorMain.parse(
                new String[] {"--secret", "s", "--recording-processing-time-ms", "soon"}));
        assertTrue(e.getMessage().contains("recording-processing-time-ms"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SimulatorMain.parse(
                new String[] {"--secret", "s", "--recording-video-format", "yes"}));
    }
}
