package io.github.bbbjakarta.cli;

import io.github.bbbjakarta.simulator.BbbSimulatorExtension;
import io.github.bbbjakarta.simulator.MeetingSnapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DemoCommandTest {
    @RegisterExtension
    static final BbbSimulatorExtension SIM = TestServer.extension();

    @Test
    void createsTheRecordedTestMeetingAndPrintsTwoJoinUrls() {
        CliRun run = CliRun.run(TestServer.environment(SIM), "demo");

        assertEquals(0, run.exitCode(), run::toString);
        assertEquals("", run.err(), run::toString);
        assertTrue(run.out().contains("\"Test Meeting\""), run::toString);
        String joinPrefix = SIM.apiUrl() + "join?";
        List<String> joinUrls = run.outLines().stream().filter(l -> l.startsWith(joinPrefix)).toList();
        assertEquals(2, joinUrls.size(), run::toString);

        List<MeetingSnapshot> meetings = SIM.control().meetings();
        assertEquals(1, meetings.size());
        MeetingSnapshot meeting = meetings.get(0);
        assertAll(
                () -> assertEquals("Test Meeting", meeting.name()),
                () -> assertTrue(meeting.meetingID().startsWith("test-meeting-"), meeting.meetingID()),
                () -> assertTrue(run.out().contains(meeting.meetingID())),
                () -> assertEquals("true", meeting.createParam("record").orElse(null)),
                () -> assertEquals("true", meeting.createParam("autoStartRecording").orElse(null)),
                () -> assertEquals("true", meeting.createParam("allowStartStopRecording").orElse(null)),
                () -> assertTrue(meeting.record()));

        Map<String, String> moderator = query(joinUrls.get(0));
        Map<String, String> attendee = query(joinUrls.get(1));
        String createTime = Long.toString(meeting.createTime());
        assertAll(
                () -> assertEquals("MODERATOR", moderator.get("role")),
                () -> assertEquals("VIEWER", attendee.get("role")),
                () -> assertEquals(meeting.meetingID(), moderator.get("meetingID")),
                () -> assertEquals(meeting.meetingID(), attendee.get("meetingID")),
                () -> assertEquals(createTime, moderator.get("createTime")),
                () -> assertEquals(createTime, attendee.get("createTime")),
                () -> assertFalse(moderator.get("userID").isEmpty()),
                () -> assertFalse(attendee.get("userID").equals(moderator.get("userID"))),
                () -> assertEquals(64, moderator.get("checksum").length(), "sha256 by default"));
    }

    @Test
    void againstAServerTheMeetingStaysAndDemoSaysHowToListItsRecordingLater() {
        CliRun run = CliRun.run(TestServer.environment(SIM), "demo", "--meeting-id", "demo-later");

        assertEquals(0, run.exitCode(), run::toString);
        List<String> lines = run.outLines();
        assertEquals("Next: join as moderator, record, and end the meeting (bbb-cli end demo-later); once the server"
                + " has processed the recording, list it with:", lines.get(lines.size() - 2));
        assertEquals("  bbb-cli recordings --meeting demo-later", lines.get(lines.size() - 1));
        assertTrue(SIM.control().meeting("demo-later").isPresent(), "not ended: the join URLs still work");
        assertTrue(SIM.control().requests("end").isEmpty());
        assertTrue(SIM.control().requests("getRecordings").isEmpty(), "no waiting for processing");
    }

    @Test
    void onTheEmbeddedSimulatorDemoRecordsEndsAndListsTheRecordingWithTheClient() {
        CliRun run = CliRun.run(Map.of(), "demo", "--meeting-id", "demo-embedded");

        assertEquals(0, run.exitCode(), run::toString);
        assertEquals("", run.err(), run::toString);
        List<String> lines = run.outLines();
        int joinUrls = (int) lines.stream().filter(l -> l.contains("/bigbluebutton/api/join?")).count();
        assertEquals(2, joinUrls, run::toString);
        int session = lines.indexOf("Simulated session: \"Test Moderator\" connected, recording started (simulator"
                + " control API)");
        assertTrue(session > 0, run::toString);
        assertEquals("Ended meeting demo-embedded", lines.get(session + 1));
        assertEquals("Recordings of demo-embedded (getRecordings):", lines.get(session + 3));
        assertTrue(lines.get(session + 4).startsWith("recordID "), run::toString);
        String row = lines.get(session + 5);
        assertTrue(row.matches("[0-9a-f]{40}-\\d+ +demo-embedded +\"Test Meeting\" +published +yes .*"), row);
        assertTrue(row.contains("/playback/presentation/"), row);
        assertTrue(lines.get(session + 6).startsWith("(The embedded simulator stops now"), run::toString);
    }

    @Test
    void aRepeatedDemoPrintsTheExistingMeetingAsTheServerHasIt() {
        assertEquals(0, CliRun.run(TestServer.environment(SIM), "create", "--meeting-id", "demo-kept",
                "--name", "Someone Else's Meeting").exitCode());
        long createTime = SIM.control().meeting("demo-kept").orElseThrow().createTime();

        CliRun run = CliRun.run(TestServer.environment(SIM), "demo", "--meeting-id", "demo-kept");

        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().contains("Meeting already existed, created at " + Instant.ofEpochMilli(createTime)
                + ": \"Someone Else's Meeting\""), run::toString);
        assertTrue(run.out().contains("records:            no"), run::toString);
        assertTrue(run.out().contains("recording options:  not reported by the server"), run::toString);
        assertFalse(run.out().contains("\"Test Meeting\""), run::toString);
        assertFalse(run.out().contains("record=true"), run::toString);
    }

    @Test
    void aNewDemoMeetingShowsTheServersRecordFlag() {
        CliRun run = CliRun.run(TestServer.environment(SIM), "demo", "--meeting-id", "demo-new");

        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().contains("Created meeting: \"Test Meeting\""), run::toString);
        assertTrue(run.out().contains("records:            yes"), run::toString);
        assertTrue(run.out().contains("recording options:  autoStartRecording=true, allowStartStopRecording=true"),
                run::toString);
    }

    @Test
    void aBadMeetingIdIsRefusedBeforeAnythingIsSent() {
        CliRun run = CliRun.run(TestServer.environment(SIM), "demo", "--meeting-id", "a,b");

        assertEquals(BbbCli.EXIT_USAGE, run.exitCode(), run::toString);
        assertEquals(List.of("bbb-cli: invalid parameter meetingID: must not contain ','"), run.errLines());
        assertEquals("", run.out());
        assertTrue(SIM.control().requests().isEmpty(), "nothing sent, not even the connection check");
    }

    @Test
    void aBadMeetingIdIsRefusedBeforeAnEmbeddedSimulatorIsStarted() {
        CliRun run = CliRun.run(Map.of(), "demo", "--meeting-id", "x");

        assertEquals(BbbCli.EXIT_USAGE, run.exitCode(), run::toString);
        assertEquals(1, run.errLines().size(), run::toString);
        assertTrue(run.err().startsWith("bbb-cli: invalid parameter meetingID: "), run::toString);
        assertEquals("", run.out(), "no simulator announced");
    }

    private static Map<String, String> query(String url) {
        Map<String, String> out = new LinkedHashMap<>();
        Arrays.stream(URI.create(url).getRawQuery().split("&")).forEach(p -> {
            int eq = p.indexOf('=');
            out.put(p.substring(0, eq), URLDecoder.decode(p.substring(eq + 1), StandardCharsets.UTF_8));
        });
        return out;
    }
}
