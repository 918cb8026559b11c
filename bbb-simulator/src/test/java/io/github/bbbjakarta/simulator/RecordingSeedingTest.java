package io.github.bbbjakarta.simulator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Recordings seeded through the control API (in-process and over the admin API), thousands of them answered by
 * getRecordings with paging and filters over HTTP, and the breakout links between a parent's recording and its
 * rooms' recordings.
 */
class RecordingSeedingTest {
    static final String SECRET = "seed-secret";
    static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");
    static final MutableClock CLOCK = new MutableClock(NOW);

    @RegisterExtension
    static BbbSimulatorExtension SIM = BbbSimulatorExtension.withSecret(SECRET).clock(CLOCK);

    private final TestApi api = new TestApi(SIM.apiUrl(), SECRET);

    private Xml recordings(String... kv) {
        return Xml.parse(api.get("getRecordings", TestApi.query(kv)).body());
    }

    private static SimulatorControl remote() {
        return SimulatorControl.remote(URI.create("http://127.0.0.1:" + SIM.apiUrl().getPort()));
    }

    @Test
    void aSeedWithDefaultsIsAPublishedHourLongRecording() {
        RecordingSnapshot r = SIM.control().addRecording(RecordingSeed.of("course-1"));
        assertEquals("published", r.state());
        assertEquals(NOW.toEpochMilli(), r.endTime());
        assertEquals(NOW.toEpochMilli() - 3_600_000L, r.startTime());
        assertEquals(TestApi.digest("SHA-1", "course-1") + "-" + r.startTime(), r.recordID());
        assertEquals(Map.of("meetingId", "course-1", "meetingName", "course-1", "isBreakout", "false"), r.metadata());
        assertEquals(List.of("presentation", "video"), r.playbackFormats());
        Xml x = recordings("meetingID", "course-1");
        assertEquals(List.of(r.recordID()), x.texts("recordID"));
        assertEquals("course-1", x.text("name"));
        assertEquals(List.of("60", "60"), x.texts("length"));
        assertEquals("1", x.text("participants"));
        // a second seed of the same meeting and start gets its own id
        RecordingSnapshot again = SIM.control().addRecording(RecordingSeed.of("course-1"));
        assertEquals(TestApi.digest("SHA-1", "course-1") + "-" + (r.startTime() + 1), again.recordID());
        // it is managed like any other recording
        assertEquals("SUCCESS", Xml.parse(api.get("publishRecordings",
                TestApi.query("recordID", again.recordID(), "publish", "false")).body()).text("returncode"));
        assertEquals("unpublished", SIM.control().recording(again.recordID()).orElseThrow().state());
    }

    @Test
    void everyValueCanBeSet() {
        RecordingSeed seed = RecordingSeed.of("c-2").withName("Algebra").withState("processing")
                .withMeta("course", "Math").withMetadata(Map.of("bbb-origin", "lms"))
                .withStartTime(Instant.parse("2025-01-01T10:00:00Z")).withDuration(Duration.ofMinutes(95))
                .withParticipants(23).withPlaybackFormats("presentation").withRecordID("rec-c-2");
        RecordingSnapshot r = remote().addRecording(seed);
        assertEquals("rec-c-2", r.recordID());
        assertEquals("processing", r.state());
        assertEquals("Algebra", r.name());
        assertEquals(23, r.participants());
        assertEquals(95 * 60_000L, r.endTime() - r.startTime());
        assertEquals(List.of("presentation"), r.playbackFormats());
        assertEquals("Math", r.metadata().get("course"));
        assertEquals("lms", r.metadata().get("bbb-origin"));
        assertEquals(r, SIM.control().recording("rec-c-2").orElseThrow());
        assertEquals(1, SIM.control().advanceRecordings());
        Xml x = recordings("recordID", "rec-c-2", "state", "processed");
        assertEquals("95", x.text("length"));
        assertEquals("Math", x.text("course"));

        assertThrows(IllegalArgumentException.class, () -> SIM.control().addRecording(seed));
        assertThrows(IllegalArgumentException.class, () -> remote().addRecording(seed));
        assertThrows(IllegalArgumentException.class, () -> RecordingSeed.of(""));
        assertThrows(IllegalArgumentException.class, () -> RecordingSeed.of("a,b"));
        assertThrows(IllegalArgumentException.class, () -> seed.withRecordID("a b/c"));
        assertThrows(IllegalArgumentException.class, () -> seed.withState("gone"));
        assertThrows(IllegalArgumentException.class, () -> seed.withMeta("1bad", "x"));
        assertThrows(IllegalArgumentException.class, () -> seed.withParticipants(-1));
        assertThrows(IllegalArgumentException.class, () -> seed.withDuration(Duration.ofSeconds(-1)));
        assertThrows(IllegalArgumentException.class, () -> seed.withPlaybackFormats("a b"));
        HttpResponse<String> bad = TestApi.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + SIM.apiUrl().getPort() + "/__admin/recordings"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"meetingID\":\"x\",\"state\":\"gone\"}")).build());
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("state must be one of"), bad.body());
    }

    @Test
    void fiveThousandSeededRecordingsArePagedAndFilteredOverHttp() {
        int n = 5_000;
        List<RecordingSeed> seeds = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String state = i % 25 == 0 ? "deleted" : i % 10 == 0 ? "unpublished" : "published";
            seeds.add(RecordingSeed.of("m-" + i).withName("Lecture " + i).withState(state)
                    .withMeta("course", "course-" + (i % 50))
                    .withStartTime(NOW.minus(Duration.ofMinutes(n - i))).withDuration(Duration.ofMinutes(1)));
        }
        List<RecordingSnapshot> added = remote().addRecordings(seeds);   // one admin request
        assertEquals(n, added.size());
        assertEquals(n, SIM.control().recordings().size());
        long deleted = added.stream().filter(r -> r.state().equals("deleted")).count();
        long visible = n - deleted;

        Xml page = recordings("limit", "100", "offset", "4700");
        assertEquals(Long.toString(visible), page.text("totalElements"));
        List<String> ids = page.texts("recordID");
        List<String> expected = added.stream().filter(r -> !r.state().equals("deleted")).skip(4700).limit(100)
                .map(RecordingSnapshot::recordID).toList();
        assertEquals(expected, ids);
        assertEquals("4700", page.text("offset"));

        Xml course = recordings("meta_course", "course-7", "limit", "100");
        long courseCount = added.stream().filter(r -> r.metadata().get("course").equals("course-7")
                && !r.state().equals("deleted")).count();
        assertEquals(Long.toString(courseCount), course.text("totalElements"));
        assertEquals(courseCount, course.texts("recordID").size());

        Xml unpublished = recordings("state", "unpublished", "meta_course", "course-1%", "limit", "100");
        long unpublishedCount = added.stream().filter(r -> r.state().equals("unpublished")
                && r.metadata().get("course").startsWith("course-1")).count();
        assertEquals(Long.toString(unpublishedCount), unpublished.text("totalElements"));
        assertTrue(unpublished.texts("state").stream().allMatch("unpublished"::equals));

        Xml two = recordings("meetingID", "m-17,m-4242");
        assertEquals(List.of("m-17", "m-4242"), two.texts("meetingID"));
        assertEquals(Integer.toString(n), recordings("state", "any", "limit", "1").text("totalElements"));
        Xml last = recordings("limit", "100", "offset", Long.toString(visible));
        assertEquals("noRecordings", last.text("messageKey"));
        assertEquals("true", last.text("empty"));
    }

    @Test
    void aParentsRecordingListsItsBreakoutRecordings() {
        // recorded meetings: the parent and two rooms (one of them not recorded)
        String parent = api.create("bo-parent", "record", "true", "autoStartRecording", "true")
                .text("internalMeetingID");
        SIM.control().connectUser("bo-parent", "Teacher", SimRole.MODERATOR);
        List<String> rooms = new ArrayList<>();
        for (int seq = 1; seq <= 3; seq++) {
            String roomId = TestApi.digest("SHA-1", "bo-room-" + seq) + "-1700000000000";
            rooms.add(api.create(roomId, "isBreakout", "true", "parentMeetingID", "bo-parent", "sequence",
                    Integer.toString(seq), "record", seq == 2 ? "false" : "true", "autoStartRecording", "true")
                    .text("internalMeetingID"));
            SIM.control().connectUser(roomId, "Kid " + seq, SimRole.VIEWER);
        }
        CLOCK.advance(Duration.ofMinutes(2));
        SIM.control().endMeeting("bo-parent");
        CLOCK.advance(io.github.bbbjakarta.simulator.internal.state.MeetingRegistry.BREAKOUT_END_DELAY);
        api.get("getMeetings", "");   // akka ended the rooms a moment after the parent
        SIM.control().advanceRecordings();
        SIM.control().advanceRecordings();
        Xml x = recordings("recordID", parent);
        assertEquals(List.of(rooms.get(0), rooms.get(2)), x.texts("breakoutRoom"));
        assertTrue(x.source().indexOf("<breakoutRooms>") > x.source().indexOf("</metadata>"));
        assertTrue(x.source().indexOf("</breakoutRooms>") < x.source().indexOf("<size>"));
        Xml room = recordings("recordID", rooms.get(0));
        assertFalse(room.has("breakoutRooms"), room::toString);
        assertEquals(parent, room.text("parentId"));

        // seeded: a parent and its rooms
        RecordingSnapshot p = SIM.control().addRecording(RecordingSeed.of("seed-parent").withRecordID("sp"));
        SIM.control().addRecording(RecordingSeed.of("seed-room-1").withRecordID("sr1").asBreakoutOf("sp", 1, true));
        SIM.control().addRecording(RecordingSeed.of("seed-room-2").withRecordID("sr2").asBreakoutOf("sp", 2, false));
        Xml seeded = recordings("recordID", p.recordID());
        assertEquals(List.of("sr1", "sr2"), seeded.texts("breakoutRoom"));
        Xml seededRoom = recordings("recordID", "sr2");
        assertEquals("sp", seededRoom.text("parentId"));
        assertEquals("2", seededRoom.text("sequence"));
        assertEquals("false", seededRoom.text("freeJoin"));
        assertEquals(List.of("true", "true"), seededRoom.texts("isBreakout"));
    }
}
