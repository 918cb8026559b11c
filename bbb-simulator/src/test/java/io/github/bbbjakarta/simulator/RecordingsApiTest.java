package io.github.bbbjakarta.simulator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Recordings over real HTTP, signed by hand: a recorded meeting becomes a recording when it ends, the control
 * API moves it through its states, and getRecordings / publishRecordings / deleteRecordings / updateRecordings
 * answer as bbb-web's RecordingController does (reference §2.8, §2.9, §1.4).
 */
class RecordingsApiTest {
    static final String SECRET = "recordings-secret";
    static final MutableClock CLOCK = new MutableClock(Instant.parse("2025-04-01T09:00:00Z"));

    @RegisterExtension
    static BbbSimulatorExtension SIM = BbbSimulatorExtension.withSecret(SECRET).clock(CLOCK);

    private final TestApi api = new TestApi(SIM.apiUrl(), SECRET);

    private Xml call(String call, String... kv) {
        return Xml.parse(api.get(call, TestApi.query(kv)).body());
    }

    /** Creates a recorded meeting, records it for {@code minutes} with one moderator, ends it; its record id. */
    private String recorded(String meetingID, long minutes, String... meta) {
        String[] extra = new String[meta.length + 4];
        extra[0] = "record";
        extra[1] = "true";
        extra[2] = "autoStartRecording";
        extra[3] = "true";
        System.arraycopy(meta, 0, extra, 4, meta.length);
        String internal = api.create(meetingID, extra).text("internalMeetingID");
        SIM.control().connectUser(meetingID, "Mod " + meetingID, SimRole.MODERATOR);
        CLOCK.advance(Duration.ofMinutes(minutes));
        assertEquals("SUCCESS", call("end", "meetingID", meetingID).text("returncode"));
        return internal;
    }

    private static void publishAll() {
        SIM.control().advanceRecordings();
        SIM.control().advanceRecordings();
    }

    @Test
    void aRecordedMeetingBecomesAPublishedRecording() {
        String id = recorded("rec-life", 7, "meta_Course", "Math 101", "meta_bbb-origin", "lms");
        assertTrue(id.startsWith(TestApi.digest("SHA-1", "rec-life") + "-"), id);
        RecordingSnapshot r = SIM.control().recording(id).orElseThrow();
        assertEquals("processing", r.state());
        assertEquals(1, r.participants());
        // not visible yet: the default states are published and unpublished
        assertEquals("noRecordings", call("getRecordings", "meetingID", "rec-life").text("messageKey"));
        assertEquals(1, SIM.control().advanceRecordings());
        assertEquals("processed", SIM.control().recording(id).orElseThrow().state());
        assertEquals(1, SIM.control().advanceRecordings());
        assertEquals(0, SIM.control().advanceRecordings());
        assertEquals("published", SIM.control().recording(id).orElseThrow().state());

        Xml x = call("getRecordings", "meetingID", "rec-life");
        assertEquals("SUCCESS", x.text("returncode"));
        assertFalse(x.has("messageKey"), x::toString);
        assertEquals(List.of(id), x.texts("recordID"));
        assertEquals("rec-life", x.text("meetingID"));
        assertEquals(id, x.text("internalMeetingID"));
        assertEquals("Meeting rec-life", x.text("name"));
        assertEquals("true", x.text("published"));
        assertEquals("published", x.text("state"));
        assertEquals("1", x.text("participants"));
        long start = Long.parseLong(x.text("startTime"));
        assertEquals(7 * 60_000L, Long.parseLong(x.text("endTime")) - start);
        assertEquals("Math 101", x.text("course"));
        assertEquals("lms", x.text("bbb-origin"));
        assertEquals("rec-life", x.text("meetingId"));
        assertEquals("Meeting rec-life", x.text("meetingName"));
        assertEquals("false", x.texts("isBreakout").get(1));
        assertEquals(List.of("presentation", "video"), x.texts("type"));
        String base = "http://127.0.0.1:" + SIM.apiUrl().getPort();
        assertEquals(List.of(base + "/playback/presentation/2.3/" + id, base + "/playback/video/" + id + "/"),
                x.texts("url"));
        assertEquals(List.of("7", "7"), x.texts("length"));
        assertEquals(3, x.texts("image").size());
        assertTrue(x.source().contains("<image width=\"176\" height=\"136\""), x::toString);
        assertTrue(Long.parseLong(x.text("processingTime")) > 0);
        assertTrue(Long.parseLong(x.text("rawSize")) > 0);
        assertEquals(Map.of("course", "Math 101", "bbb-origin", "lms", "meetingId", "rec-life",
                "meetingName", "Meeting rec-life", "isBreakout", "false"), r.metadata());
    }

    @Test
    void recordingNeedsRecordTrueAndRecordingMarks() {
        api.create("no-record", "autoStartRecording", "true");
        SIM.control().connectUser("no-record", "A", SimRole.MODERATOR);
        SIM.control().endMeeting("no-record");
        api.create("no-marks", "record", "true");
        SIM.control().connectUser("no-marks", "B", SimRole.MODERATOR);
        call("end", "meetingID", "no-marks");
        api.create("no-user", "record", "true", "autoStartRecording", "true");
        call("end", "meetingID", "no-user");
        assertEquals(List.of(), SIM.control().recordings());
        // started through the control API: a recording, although autoStartRecording is off
        api.create("manual", "record", "true");
        SIM.control().startRecording("manual");
        SIM.control().stopRecording("manual");
        SIM.control().endMeeting("manual");
        assertEquals(List.of("manual"), SIM.control().recordings().stream().map(RecordingSnapshot::meetingID).toList());
        api.create("plain");
        assertThrows(IllegalStateException.class, () -> SIM.control().startRecording("plain"));
        assertThrows(IllegalArgumentException.class, () -> SIM.control().startRecording("nope"));
    }

    @Test
    void anExpiredMeetingBecomesARecordingToo() {
        String id = api.create("rec-expiry", "record", "true", "autoStartRecording", "true")
                .text("internalMeetingID");
        JoinSession s = SIM.control().connectUser("rec-expiry", "Lea", SimRole.VIEWER);
        CLOCK.advance(Duration.ofMinutes(5));
        SIM.control().disconnect(s.sessionToken());
        CLOCK.advance(Duration.ofMinutes(2));   // last user left more than 1 minute ago: akka ends the meeting
        RecordingSnapshot r = SIM.control().recording(id).orElseThrow();
        assertTrue(SIM.control().meeting("rec-expiry").isEmpty());
        assertEquals("processing", r.state());
        assertEquals(7 * 60_000L, r.endTime() - r.startTime());
    }

    @Test
    void aBreakoutRoomRecordingCarriesItsBreakoutElement() {
        String parentInternal = api.create("rec-parent", "record", "true").text("internalMeetingID");
        String childId = TestApi.digest("SHA-1", "rec-child") + "-1700000000000";
        Xml child = api.create(childId, "isBreakout", "true", "parentMeetingID", "rec-parent", "sequence", "2",
                "freeJoin", "true", "record", "true", "autoStartRecording", "true");
        SIM.control().connectUser(childId, "Kid", SimRole.VIEWER);
        call("end", "meetingID", "rec-parent");   // the parent had no recording marks
        CLOCK.advance(io.github.bbbjakarta.simulator.internal.state.MeetingRegistry.BREAKOUT_END_DELAY);
        call("isMeetingRunning", "meetingID", childId);   // akka ended the room a moment later
        publishAll();
        List<RecordingSnapshot> all = SIM.control().recordings();
        assertEquals(1, all.size());
        assertTrue(all.get(0).breakout());
        assertEquals(child.text("meetingID"), all.get(0).meetingID());
        Xml x = call("getRecordings", "recordID", childId);
        assertEquals(List.of(childId), x.texts("recordID"));
        assertEquals(List.of("true", "true"), x.texts("isBreakout"));   // element and metadata
        assertEquals(parentInternal, x.text("parentId"));
        assertEquals("2", x.text("sequence"));
        assertEquals("true", x.text("freeJoin"));
    }

    @Test
    void settingsUnpublishedAndPresentationOnly() {
        SIM.control().recordingSettings(RecordingSettings.defaults().withAutoPublish(false).withVideoFormat(false));
        String id = recorded("rec-unpub", 2);
        publishAll();
        RecordingSnapshot r = SIM.control().recording(id).orElseThrow();
        assertEquals("unpublished", r.state());
        assertEquals(List.of("presentation"), r.playbackFormats());
        Xml x = call("getRecordings", "recordID", id);
        assertEquals("false", x.text("published"));
        assertEquals(List.of("presentation"), x.texts("type"));
        SIM.control().reset();
        assertEquals(RecordingSettings.defaults(), SIM.control().recordingSettings());
        assertEquals(List.of(), SIM.control().recordings());
    }

    @Test
    void filtersByMeetingRecordIdStateAndMetadata() {
        String a = recorded("filter-a", 1, "meta_course", "Math 101", "meta_term", "spring");
        String b = recorded("filter-b", 1, "meta_course", "Physics 101", "meta_term", "fall");
        publishAll();
        String c = recorded("filter-c", 1, "meta_course", "Math 202");   // still processing
        assertEquals(List.of(a, b), call("getRecordings").texts("recordID"));
        assertEquals(List.of(b), call("getRecordings", "meetingID", "filter-b").texts("recordID"));
        assertEquals(List.of(a, b), call("getRecordings", "meetingID", "filter-a,filter-b").texts("recordID"));
        // recordID wins over meetingID and matches by prefix
        assertEquals(List.of(a), call("getRecordings", "meetingID", "filter-b",
                "recordID", a.substring(0, 12)).texts("recordID"));
        assertEquals(List.of(c), call("getRecordings", "state", "processing").texts("recordID"));
        assertEquals(List.of(a, b, c), call("getRecordings", "state", "any").texts("recordID"));
        assertEquals(List.of(a, b, c), call("getRecordings", "state", "published,processing").texts("recordID"));
        assertEquals(List.of(a), call("getRecordings", "meta_course", "Math 101").texts("recordID"));
        assertEquals(List.of(a), call("getRecordings", "meta_course", "Math%").texts("recordID"));
        assertEquals(List.of(a, c), call("getRecordings", "meta_course", "Math%", "state", "any").texts("recordID"));
        assertEquals(List.of(a, b), call("getRecordings", "meta_course", "% 101").texts("recordID"));
        assertEquals(List.of(b), call("getRecordings", "meta_course", "%hys%").texts("recordID"));
        assertEquals(List.of(b), call("getRecordings", "meta_course", "%101", "meta_term", "fall")
                .texts("recordID"));
        Xml none = call("getRecordings", "meta_course", "Chemistry");
        assertEquals("noRecordings", none.text("messageKey"));
        assertEquals("There are no recordings for the meeting(s).", none.text("message"));
        assertTrue(none.has("recordings"));
        assertEquals(List.of(), none.texts("recording"));
    }

    @Test
    void pagingShapesAndFetchAll() {
        String a = recorded("page-a", 1);
        String b = recorded("page-b", 1);
        String c = recorded("page-c", 1);
        publishAll();
        Xml p = call("getRecordings", "limit", "2", "offset", "1");
        assertEquals(List.of(b, c), p.texts("recordID"));
        assertEquals("1", p.text("offset"));
        assertEquals("2", p.text("limit"));
        assertEquals("true", p.text("paged"));
        assertEquals("false", p.text("unpaged"));
        assertEquals("3", p.text("totalElements"));
        assertEquals("false", p.text("empty"));
        assertTrue(p.source().contains("</recordings>\n<pagination>\n<pageable>"), p::toString);
        assertEquals(List.of(a), call("getRecordings", "limit", "0").texts("recordID"));          // clamped to 1
        assertEquals(List.of(a, b, c), call("getRecordings", "limit", "500").texts("recordID"));  // clamped to 100
        Xml unpaged = call("getRecordings", "limit", "x");
        assertEquals(3, unpaged.texts("recordID").size());
        assertFalse(unpaged.has("pagination"));
        assertFalse(unpaged.has("totalElements"));
        Xml past = call("getRecordings", "limit", "2", "offset", "5");
        assertEquals("true", past.text("empty"));
        assertEquals("noRecordings", past.text("messageKey"));

        SIM.control().recordingSettings(RecordingSettings.defaults().withBareTotalElements(true));
        Xml dev = call("getRecordings", "limit", "1");
        assertFalse(dev.has("pagination"));
        assertTrue(dev.source().contains("</recordings>\n<totalElements>3</totalElements>\n</response>"),
                dev::toString);

        SIM.control().recordingSettings(RecordingSettings.defaults().withAllowFetchAllRecordings(false));
        Xml refused = call("getRecordings");
        assertEquals("<response>\n<returncode>SUCCESS</returncode>\n<messageKey>noRecordings</messageKey>\n"
                + "<message>No recordings found. This may occur if you attempt to retrieve all recordings.</message>\n"
                + "</response>", refused.source());
        assertEquals(1, call("getRecordings", "limit", "1").texts("recordID").size());
        assertEquals(List.of(a), call("getRecordings", "meetingID", "page-a").texts("recordID"));
    }

    @Test
    void publishUnpublishDeleteAndUpdate() {
        String a = recorded("manage-a", 3, "meta_course", "Math");
        String b = recorded("manage-b", 3);
        publishAll();
        Xml un = call("publishRecordings", "recordID", a + "," + b, "publish", "false");
        assertEquals("SUCCESS", un.text("returncode"));
        assertEquals("false", un.text("published"));
        assertEquals("unpublished", SIM.control().recording(a).orElseThrow().state());
        assertEquals("unpublished", SIM.control().recording(b).orElseThrow().state());
        Xml pub = call("publishRecordings", "recordID", a, "publish", "TRUE");
        assertEquals("TRUE", pub.text("published"));   // echoed as sent
        assertEquals("published", SIM.control().recording(a).orElseThrow().state());

        Xml upd = call("updateRecordings", "recordID", a, "meta_course", "Algebra", "meta_Room", "12");
        assertEquals("true", upd.text("updated"));
        assertEquals("Algebra", SIM.control().recording(a).orElseThrow().metadata().get("course"));
        assertEquals("12", call("getRecordings", "recordID", a).text("room"));
        call("updateRecordings", "recordID", a, "meta_course", "");
        assertFalse(SIM.control().recording(a).orElseThrow().metadata().containsKey("course"));

        Xml del = call("deleteRecordings", "recordID", b);
        assertEquals("<response>\n<returncode>SUCCESS</returncode>\n<deleted>true</deleted>\n</response>",
                del.source());
        assertEquals("deleted", SIM.control().recording(b).orElseThrow().state());
        assertEquals(List.of(a), call("getRecordings").texts("recordID"));
        assertEquals(List.of(b), call("getRecordings", "state", "deleted").texts("recordID"));
        assertEquals(List.of(a, b), call("getRecordings", "state", "any").texts("recordID"));
        // update reaches a deleted recording once an existing id passed the check (bbb-web updateMetaParams)
        assertEquals("true", call("updateRecordings", "recordID", a + "," + b, "meta_note", "kept").text("updated"));
        assertEquals("kept", SIM.control().recording(b).orElseThrow().metadata().get("note"));
        // a deleted recording is no longer found by the management calls; the id must match exactly
        assertEquals("notFound", call("updateRecordings", "recordID", b, "meta_note", "x").text("messageKey"));
        assertEquals("notFound", call("deleteRecordings", "recordID", b).text("messageKey"));
        assertEquals("notFound", call("publishRecordings", "recordID", a.substring(0, 10), "publish", "true")
                .text("messageKey"));
    }

    @Test
    void errorsInBbbWebOrder() {
        String a = recorded("err-a", 1);
        publishAll();
        String bad = "0".repeat(40);
        for (String c : List.of("publishRecordings", "deleteRecordings", "updateRecordings")) {
            // 1. missing checksum wins over a missing recordID
            assertError(api.raw(c, "publish=true").body(), "checksumError",
                    "You did not pass the checksum security check");
            // 2. missing recordID wins over a wrong checksum
            assertError(api.raw(c, "checksum=" + bad).body(), "missingParamRecordID", "You must specify a recordID.");
        }
        // 3. publish: missing publish wins over a wrong checksum
        assertError(api.raw("publishRecordings", "recordID=" + a + "&checksum=" + bad).body(),
                "missingParamPublish", "You must specify a publish value true or false.");
        assertError(api.raw("publishRecordings", "recordID=" + a + "&publish=&checksum=" + bad).body(),
                "missingParamPublish", "You must specify a publish value true or false.");
        // 4. wrong checksum
        assertError(api.raw("publishRecordings", "recordID=" + a + "&publish=true&checksum=" + bad).body(),
                "checksumError", "You did not pass the checksum security check");
        assertError(api.raw("deleteRecordings", "recordID=" + a + "&checksum=" + bad).body(),
                "checksumError", "You did not pass the checksum security check");
        // 5. unknown id
        assertError(call("updateRecordings", "recordID", "nope", "meta_x", "1").source(), "notFound",
                "We could not find recordings");
        assertError(api.raw("getRecordings", "meetingID=err-a").body(), "checksumError",
                "You did not pass the checksum security check");
        assertError(api.raw("getRecordings", "meetingID=err-a&checksum=" + bad).body(), "checksumError",
                "You did not pass the checksum security check");
        assertEquals("published", SIM.control().recording(a).orElseThrow().state());
    }

    @Test
    void checksumRuleAlgorithmsAndJournal() {
        String a = recorded("sum-a", 1);
        publishAll();
        String query = "recordID=" + a;
        String sha256 = TestApi.digest("SHA-256", "getRecordings" + query + SECRET);
        assertEquals(List.of(a), Xml.parse(api.raw("getRecordings", query + "&checksum=" + sha256).body())
                .texts("recordID"));
        // the checksum of another call does not fit
        String other = TestApi.digest("SHA-1", "getMeetings" + query + SECRET);
        assertError(api.raw("getRecordings", query + "&checksum=" + other).body(), "checksumError",
                "You did not pass the checksum security check");
        // the checksum may sit anywhere in the query
        String cs = api.sha1("deleteRecordings", query);
        Xml del = Xml.parse(api.raw("deleteRecordings", "checksum=" + cs + "&" + query).body());
        assertEquals("true", del.text("deleted"));
        JournalEntry last = SIM.control().requests("deleteRecordings").get(0);
        assertEquals("SUCCESS", last.returnCode());
        assertEquals("checksumError", SIM.control().requests("getRecordings").get(1).messageKey());
    }

    @Test
    void controlApiRemote() {
        SimulatorControl remote = SimulatorControl.remote(URI.create("http://127.0.0.1:" + SIM.apiUrl().getPort()));
        remote.recordingSettings(RecordingSettings.defaults().withVideoFormat(false).withBareTotalElements(true));
        assertEquals(new RecordingSettings(true, false, true, true), remote.recordingSettings());
        assertEquals(new RecordingSettings(true, false, true, true), SIM.control().recordingSettings());
        api.create("remote-rec", "record", "true", "meta_course", "Remote");
        remote.connectUser("remote-rec", "R", SimRole.MODERATOR);
        remote.startRecording("remote-rec");
        remote.stopRecording("remote-rec");
        CLOCK.advance(Duration.ofMinutes(3));
        remote.endMeeting("remote-rec");
        assertTrue(remote.meeting("remote-rec").isEmpty());
        assertEquals(1, remote.advanceRecordings());
        assertEquals(1, remote.advanceRecordings());
        List<RecordingSnapshot> recs = remote.recordings();
        assertEquals(SIM.control().recordings(), recs);
        RecordingSnapshot r = recs.get(0);
        assertEquals("remote-rec", r.meetingID());
        assertTrue(r.published());
        assertEquals(List.of("presentation"), r.playbackFormats());
        assertEquals("Remote", r.metadata().get("course"));
        assertEquals(3 * 60_000L, r.endTime() - r.startTime());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> remote.endMeeting("gone"));
        assertTrue(e.getMessage().contains("gone"), e.getMessage());
        api.create("remote-plain");
        assertThrows(IllegalStateException.class, () -> remote.startRecording("remote-plain"));
        remote.reset();
        assertEquals(List.of(), remote.recordings());
        assertEquals(RecordingSettings.defaults(), remote.recordingSettings());
    }

    private static void assertError(String body, String key, String message) {
        Xml x = Xml.parse(body);
        assertEquals("FAILED", x.text("returncode"), body);
        assertEquals(key, x.text("messageKey"), body);
        assertEquals(message, x.text("message"), body);
    }
}
