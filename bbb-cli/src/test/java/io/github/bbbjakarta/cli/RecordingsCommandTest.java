package io.github.bbbjakarta.cli;

import io.github.bbbjakarta.simulator.BbbSimulatorExtension;
import io.github.bbbjakarta.simulator.JournalEntry;
import io.github.bbbjakarta.simulator.RecordingSnapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code recordings} and its subcommands against the simulator, over HTTP. */
class RecordingsCommandTest {
    @RegisterExtension
    static final BbbSimulatorExtension SIM = TestServer.extension();

    @Test
    void listsTheRecordingsOfAMeetingAsATable() {
        String id = Recorded.meeting(SIM, "physics-1", "Physics 1");
        Recorded.meeting(SIM, "chemistry-1", "Chemistry 1");
        RecordingSnapshot r = SIM.control().recording(id).orElseThrow();

        CliRun run = CliRun.run(TestServer.environment(SIM), "recordings", "--meeting", "physics-1");

        assertEquals(0, run.exitCode(), run::toString);
        assertEquals("", run.err());
        assertEquals(2, run.outLines().size(), run::toString);
        String header = run.outLines().get(0);
        assertTrue(header.matches("recordID +meetingID +name +state +published +protected +started +length"
                + " +participants +formats +playback"), header);
        String row = run.outLines().get(1);
        assertAll(
                () -> assertTrue(row.startsWith(id + "  physics-1  \"Physics 1\"  published  yes  "), row),
                () -> assertTrue(row.contains(Instant.ofEpochMilli(r.startTime()).toString()), row),
                () -> assertTrue(row.contains(" 1  "), "one participant: " + row),
                () -> assertTrue(row.matches(".*presentation\\S* +http://\\S+/playback/presentation/\\S*" + id + ".*"),
                        row),
                () -> assertEquals(header.indexOf("meetingID"), row.indexOf("physics-1"), "aligned"));
        JournalEntry sent = SIM.control().requests("getRecordings").get(0);
        assertEquals("physics-1", param(sent, "meetingID"));
    }

    @Test
    void filtersByManyMeetingsStateAndMetadataWithWildcards() {
        String physics = Recorded.meeting(SIM, "physics-2", "Physics 2", "--meta", "course=PHY-101");
        String chemistry = Recorded.meeting(SIM, "chemistry-2", "Chemistry 2", "--meta", "course=CHE-201");
        Recorded.meeting(SIM, "biology-2", "Biology 2", "--meta", "course=BIO-301");

        CliRun two = CliRun.run(TestServer.environment(SIM), "recordings", "--meeting", "physics-2,chemistry-2");
        CliRun repeated = CliRun.run(TestServer.environment(SIM), "recordings", "--meeting", "physics-2",
                "--meeting", "chemistry-2", "--state", "published,unpublished");
        CliRun wildcard = CliRun.run(TestServer.environment(SIM), "recordings", "--meta", "course=PHY%",
                "--state", "ANY");
        CliRun byRecord = CliRun.run(TestServer.environment(SIM), "recordings", "--record", chemistry);

        assertAll(
                () -> assertEquals(3, two.outLines().size(), two::toString),
                () -> assertEquals(3, repeated.outLines().size(), repeated::toString),
                () -> assertEquals(2, wildcard.outLines().size(), wildcard::toString),
                () -> assertTrue(wildcard.outLines().get(1).startsWith(physics), wildcard::toString),
                () -> assertEquals(2, byRecord.outLines().size(), byRecord::toString),
                () -> assertTrue(byRecord.outLines().get(1).startsWith(chemistry), byRecord::toString));
        List<JournalEntry> sent = SIM.control().requests("getRecordings");
        assertEquals("physics-2,chemistry-2", param(sent.get(1), "meetingID"));
        assertEquals("published,unpublished", param(sent.get(1), "state"));
        assertEquals("PHY%", param(sent.get(2), "meta_course"));
        assertEquals("any", param(sent.get(2), "state"));
    }

    @Test
    void onePageSaysWhereTheNextStartsAndAllWalksEveryPage() {
        String first = Recorded.meeting(SIM, "paged-1", "Paged 1");
        String second = Recorded.meeting(SIM, "paged-2", "Paged 2");
        String third = Recorded.meeting(SIM, "paged-3", "Paged 3");

        CliRun page = CliRun.run(TestServer.environment(SIM), "recordings", "--limit", "2");
        CliRun last = CliRun.run(TestServer.environment(SIM), "recordings", "--offset", "2", "--limit", "2");
        SIM.control().clearRequests();
        CliRun all = CliRun.run(TestServer.environment(SIM), "recordings", "--all", "--limit", "2");

        assertEquals(0, page.exitCode(), page::toString);
        assertEquals(List.of("recordings 1-2 of 3 (next page: --offset 2 --limit 2, or --all)"),
                page.outLines().subList(3, 4), page::toString);
        assertEquals("recordings 3-3 of 3", last.outLines().get(2), last::toString);
        assertEquals(0, all.exitCode(), all::toString);
        assertEquals(5, all.outLines().size(), all::toString);
        assertEquals("3 recordings", all.outLines().get(4));
        String listed = String.join("\n", all.outLines());
        assertTrue(listed.contains(first) && listed.contains(second) && listed.contains(third), listed);
        List<String> offsets = SIM.control().requests("getRecordings").stream().map(e -> param(e, "offset")).toList();
        assertEquals(List.of("0", "2"), offsets, "two pages of 2, fetched one after the other");
    }

    @Test
    void unpublishPublishProtectRenameAndDelete() {
        String id = Recorded.meeting(SIM, "lifecycle-1", "Lifecycle");
        String other = Recorded.meeting(SIM, "lifecycle-2", "Lifecycle 2");

        CliRun unpublish = CliRun.run(TestServer.environment(SIM), "recordings", "unpublish", id, other);
        assertEquals(0, unpublish.exitCode(), unpublish::toString);
        assertEquals("Unpublished " + id + ", " + other, unpublish.outLines().get(0));
        assertTrue(unpublish.outLines().get(2).matches(id + " +lifecycle-1 +\"Lifecycle\" +unpublished +no .*"),
                unpublish::toString);
        assertEquals("unpublished", SIM.control().recording(other).orElseThrow().state());

        CliRun publish = CliRun.run(TestServer.environment(SIM), "recordings", "publish", id + "," + other);
        assertEquals(0, publish.exitCode(), publish::toString);
        assertEquals("published", SIM.control().recording(id).orElseThrow().state());
        assertEquals(id + "," + other, param(SIM.control().requests("publishRecordings").get(1), "recordID"));

        CliRun protect = CliRun.run(TestServer.environment(SIM), "recordings", "protect", id);
        CliRun unprotect = CliRun.run(TestServer.environment(SIM), "recordings", "unprotect", id);
        assertEquals(0, protect.exitCode(), protect::toString);
        assertEquals(0, unprotect.exitCode(), unprotect::toString);
        List<JournalEntry> updates = SIM.control().requests("updateRecordings");
        assertEquals("true", param(updates.get(0), "protect"));
        assertEquals("false", param(updates.get(1), "protect"));

        CliRun rename = CliRun.run(TestServer.environment(SIM), "recordings", "rename", id, "--name", "Week 1: Optics");
        assertEquals(0, rename.exitCode(), rename::toString);
        assertEquals("Renamed (meta_name=\"Week 1: Optics\") " + id, rename.outLines().get(0));
        assertEquals("Week 1: Optics", SIM.control().recording(id).orElseThrow().metadata().get("name"));
        CliRun listed = CliRun.run(TestServer.environment(SIM), "recordings", "--meeting", "lifecycle-1");
        assertTrue(listed.outLines().get(1).contains("\"Week 1: Optics\""), listed::toString);

        CliRun delete = CliRun.run(TestServer.environment(SIM), "recordings", "delete", id);
        assertEquals(0, delete.exitCode(), delete::toString);
        assertEquals("deleted", SIM.control().recording(id).orElseThrow().state());
        assertTrue(delete.outLines().get(2).contains("  deleted  "), delete::toString);
        assertEquals(1, CliRun.run(TestServer.environment(SIM), "recordings", "--meeting", "lifecycle-1")
                .outLines().size(), "a deleted recording is not listed by default");
    }

    @Test
    void anUnknownRecordIsTheServersNotFound() {
        CliRun run = CliRun.run(TestServer.environment(SIM), "recordings", "publish", "no-such-recording");

        assertEquals(BbbCli.EXIT_FAILED, run.exitCode(), run::toString);
        assertEquals(1, run.errLines().size(), run::toString);
        assertTrue(run.err().startsWith("bbb-cli: publishRecordings failed: notFound"), run::toString);
    }

    @Test
    void badOptionsAreNamedAndNothingIsSent() {
        CliRun offset = CliRun.run(TestServer.environment(SIM), "recordings", "--offset", "5");
        CliRun limit = CliRun.run(TestServer.environment(SIM), "recordings", "--limit", "101");
        CliRun state = CliRun.run(TestServer.environment(SIM), "recordings", "--state", "unknown");
        CliRun meta = CliRun.run(TestServer.environment(SIM), "recordings", "--meta", "course");
        CliRun name = CliRun.run(TestServer.environment(SIM), "recordings", "rename", "r-1", "--name", " ");
        CliRun noId = CliRun.run(TestServer.environment(SIM), "recordings", "delete");

        assertAll(
                () -> assertEquals(List.of("bbb-cli: --offset: needs --limit (or --all): BBB pages only when a limit"
                        + " is sent"), offset.errLines()),
                () -> assertEquals(List.of("bbb-cli: --limit: must be 1 to 100, was 101"), limit.errLines()),
                () -> assertTrue(state.err().startsWith("bbb-cli: Invalid value for option '--state' (STATE):"
                        + " 'unknown' is not a state; use processing,"), state::toString),
                () -> assertTrue(meta.err().contains("'course' is not name=value"), meta::toString),
                () -> assertEquals(List.of("bbb-cli: --name: must not be empty"), name.errLines()),
                () -> assertTrue(noId.err().contains("RECORD_ID"), noId::toString));
        for (CliRun run : List.of(offset, limit, state, meta, name, noId)) {
            assertEquals(BbbCli.EXIT_USAGE, run.exitCode(), run::toString);
            assertEquals("", run.out(), run::toString);
        }
        assertTrue(SIM.control().requests().isEmpty());
    }

    @Test
    void aProxyErrorIsExplainedForSubcommandsToo() {
        try (HostileServer proxy = HostileServer.answering(502, "<html>Bad Gateway</html>")) {
            Map<String, String> env = Map.of("BBB_URL", proxy.url(), "BBB_SECRET", TestServer.SECRET);

            CliRun list = CliRun.run(env, "recordings");
            CliRun delete = CliRun.run(env, "recordings", "delete", "r-1");

            for (CliRun run : List.of(list, delete)) {
                assertEquals(BbbCli.EXIT_UNREACHABLE, run.exitCode(), run::toString);
                assertEquals(1, run.errLines().size(), run::toString);
                assertTrue(run.err().startsWith("bbb-cli: the server at " + proxy.apiUrl() + " answered HTTP 502 Bad"
                        + " Gateway to "), run::toString);
            }
            assertTrue(delete.err().contains(" to deleteRecordings "), delete::toString);
        }
    }

    @Test
    void theEmbeddedSimulatorAnswersWhenNoServerIsConfigured() {
        CliRun run = CliRun.run(Map.of(), "recordings", "--meeting", "nothing-here");

        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.outLines().get(0).startsWith("Using an embedded BigBlueButton simulator at "), run::toString);
        assertEquals("no recordings", run.outLines().get(1));
        assertFalse(run.out().contains("checksum="), run::toString);
    }

    static String param(JournalEntry entry, String name) {
        return entry.params().stream().filter(p -> p.name().equals(name)).map(p -> p.value()).findFirst()
                .orElse(null);
    }
}
