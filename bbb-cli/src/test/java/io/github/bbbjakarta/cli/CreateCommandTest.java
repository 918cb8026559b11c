package io.github.bbbjakarta.cli;

import io.github.bbbjakarta.simulator.BbbSimulatorExtension;
import io.github.bbbjakarta.simulator.MeetingSnapshot;
import io.github.bbbjakarta.simulator.Parameter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CreateCommandTest {
    @RegisterExtension
    static final BbbSimulatorExtension SIM = TestServer.extension();

    @Test
    void sendsOptionsParamsAndMetadataExactly() {
        CliRun run = CliRun.run(TestServer.environment(SIM), "create",
                "--meeting-id", "course-42-section-1", "--name", "Física 1 & Co",
                "--record", "--mute-on-start=false", "--duration", "90", "--guest-policy", "ask_moderator",
                "--welcome", "Hello %%CONFNAME%%!",
                "--param", "meetingLayout=VIDEO_FOCUS", "--param", "bannerText=a=b c+d",
                "--meta", "bbb-origin=bbb-cli", "--meta", "bbb-context-name=Física 1");

        assertEquals(0, run.exitCode(), run::toString);
        MeetingSnapshot meeting = SIM.control().meeting("course-42-section-1").orElseThrow();
        assertEquals(List.of(
                new Parameter("name", "Física 1 & Co"),
                new Parameter("meetingID", "course-42-section-1"),
                new Parameter("record", "true"),
                new Parameter("welcome", "Hello %%CONFNAME%%!"),
                new Parameter("duration", "90"),
                new Parameter("muteOnStart", "false"),
                new Parameter("guestPolicy", "ASK_MODERATOR"),
                new Parameter("meetingLayout", "VIDEO_FOCUS"),
                new Parameter("bannerText", "a=b c+d"),
                new Parameter("meta_bbb-origin", "bbb-cli"),
                new Parameter("meta_bbb-context-name", "Física 1")),
                meeting.createParams().stream().filter(p -> !p.name().equals("checksum")).toList());
        assertEquals("checksum", meeting.createParams().get(meeting.createParams().size() - 1).name());
        assertEquals(Map.of("bbb-origin", "bbb-cli", "bbb-context-name", "Física 1"), meeting.metadata());

        assertAll(
                () -> assertTrue(run.out().contains("Created meeting: \"Física 1 & Co\""), run::toString),
                () -> assertTrue(run.out().contains("meetingID:          course-42-section-1"), run::toString),
                () -> assertTrue(run.out().contains("internalMeetingID:  " + meeting.internalMeetingID()),
                        run::toString),
                () -> assertTrue(run.out().contains("createTime:         " + meeting.createTime()), run::toString),
                () -> assertTrue(run.out().contains("voiceBridge:        " + meeting.voiceBridge()), run::toString));
    }

    @Test
    void reportsTheDuplicateWarningOfASecondCreate() {
        String[] args = {"create", "--meeting-id", "twice", "--name", "Twice"};
        assertEquals(0, CliRun.run(TestServer.environment(SIM), args).exitCode());

        CliRun again = CliRun.run(TestServer.environment(SIM), args);

        assertEquals(0, again.exitCode(), again::toString);
        assertTrue(again.out().contains("Meeting already existed"), again::toString);
        assertTrue(again.out().contains("warning:            duplicateWarning"), again::toString);
    }

    @Test
    void aRepeatedCreatePrintsTheServersNameAndRecordingNotTheRequested() {
        assertEquals(0, CliRun.run(TestServer.environment(SIM), "create", "--meeting-id", "kept",
                "--name", "Original Name").exitCode());
        long createTime = SIM.control().meeting("kept").orElseThrow().createTime();

        CliRun again = CliRun.run(TestServer.environment(SIM), "create", "--meeting-id", "kept",
                "--name", "Requested Name", "--record");

        assertEquals(0, again.exitCode(), again::toString);
        assertEquals("Meeting already existed, created at " + Instant.ofEpochMilli(createTime) + ": \"Original Name\"",
                again.outLines().get(0), again::toString);
        assertTrue(again.out().contains("records:            no"), again::toString);
        assertTrue(again.out().contains("the existing meeting keeps its settings"), again::toString);
        assertFalse(again.out().contains("Requested Name"), again::toString);
    }

    @Test
    void aNewMeetingIsPrintedAsTheServerHasIt() {
        CliRun run = CliRun.run(TestServer.environment(SIM), "create", "--meeting-id", "new-1", "--name", "New",
                "--record");

        assertEquals(0, run.exitCode(), run::toString);
        assertEquals("Created meeting: \"New\"", run.outLines().get(0), run::toString);
        assertTrue(run.out().contains("records:            yes"), run::toString);
    }

    @Test
    void aMalformedParamIsRejectedNamingTheOption() {
        CliRun run = CliRun.run(TestServer.environment(SIM), "create", "--meeting-id", "m-1", "--name", "M 1",
                "--param", "welcome");

        assertEquals(BbbCli.EXIT_USAGE, run.exitCode());
        assertEquals(1, run.errLines().size(), run::toString);
        assertTrue(run.err().contains("--param") && run.err().contains("'welcome' is not name=value"), run::toString);
        assertTrue(SIM.control().requests().isEmpty(), "nothing sent");
    }

    @Test
    void aBadParameterIsNamed() {
        CliRun run = CliRun.run(TestServer.environment(SIM), "create", "--meeting-id", "a,b", "--name", "Comma");

        assertEquals(BbbCli.EXIT_USAGE, run.exitCode());
        assertEquals(List.of("bbb-cli: invalid parameter meetingID: must not contain ','"), run.errLines());
        assertEquals("", run.out());
        assertTrue(SIM.control().requests().isEmpty(), "nothing sent");
    }

    @Test
    void aBadMetadataKeyIsNamed() {
        CliRun run = CliRun.run(TestServer.environment(SIM), "create", "--meeting-id", "m-2", "--name", "M 2",
                "--meta", "bad key=x");

        assertEquals(BbbCli.EXIT_USAGE, run.exitCode());
        assertEquals(1, run.errLines().size(), run::toString);
        assertTrue(run.err().startsWith("bbb-cli: invalid parameter meta_bad key:"), run::toString);
    }

    @Test
    void anUnknownEnumValueIsNamed() {
        CliRun run = CliRun.run(TestServer.environment(SIM), "create", "--meeting-id", "m-3", "--name", "M 3",
                "--guest-policy", "sometimes");

        assertEquals(BbbCli.EXIT_USAGE, run.exitCode());
        assertEquals(1, run.errLines().size(), run::toString);
        assertTrue(run.err().contains("--guest-policy") && run.err().contains("ALWAYS_ACCEPT"), run::toString);
    }

    @Test
    void aMissingRequiredOptionIsOneLine() {
        CliRun run = CliRun.run(TestServer.environment(SIM), "create", "--name", "No ID");

        assertEquals(BbbCli.EXIT_USAGE, run.exitCode());
        assertEquals(1, run.errLines().size(), run::toString);
        assertTrue(run.err().contains("--meeting-id") && run.err().contains("bbb-cli create --help"), run::toString);
    }
}
