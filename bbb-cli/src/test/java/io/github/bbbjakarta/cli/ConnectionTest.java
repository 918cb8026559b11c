package io.github.bbbjakarta.cli;

import io.github.bbbjakarta.simulator.BbbSimulatorExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * With no {@code BBB_*} variable a command runs against an embedded simulator, announced on stdout and stderr;
 * {@code BBB_URL} missing while another {@code BBB_*} variable is set is refused.
 */
class ConnectionTest {
    private static final String ANNOUNCEMENT = "embedded BigBlueButton simulator at "
            + "http://127\\.0\\.0\\.1:\\d+/bigbluebutton/api/ \\(BBB_URL is not set; stopped when the command ends\\)";

    @RegisterExtension
    static final BbbSimulatorExtension SIM = TestServer.extension();

    @Test
    void withoutAnyBbbVariableAnEmbeddedSimulatorIsUsedAndAnnouncedOnStdoutAndStderr() {
        CliRun run = CliRun.run(Map.of("PATH", "/usr/bin"), "meetings");

        assertEquals(0, run.exitCode(), run::toString);
        assertEquals(2, run.outLines().size(), run::toString);
        assertTrue(run.outLines().get(0).matches("Using an " + ANNOUNCEMENT), run::toString);
        assertEquals("no meetings", run.outLines().get(1), run::toString);
        assertEquals(List.of(), run.errLines(), "said once, on stdout");
    }

    @Test
    void theDemoRunsAgainstTheEmbeddedSimulator() {
        CliRun run = CliRun.run(Map.of(), "demo");

        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().contains("Using an embedded BigBlueButton simulator"), run::toString);
        assertTrue(run.out().contains("\"Test Meeting\""), run::toString);
        assertEquals(2, run.outLines().stream().filter(l -> l.matches("http://127\\.0\\.0\\.1:\\d+/bigbluebutton/api/"
                + "join\\?.*&checksum=[0-9a-f]{64}")).count(), run::toString);
    }

    @Test
    void aSecretWithoutUrlIsRefusedBeforeAnythingIsStarted() {
        for (String command : List.of("check", "meetings", "demo", "info x-1", "end x-1", "create --meeting-id x-1 --name Xy")) {
            CliRun run = CliRun.run(Map.of("BBB_SECRET", TestServer.SECRET), command.split(" "));

            assertEquals(BbbCli.EXIT_USAGE, run.exitCode(), run::toString);
            assertEquals(List.of("bbb-cli: BBB_SECRET is set but BBB_URL is not:"
                    + " export BBB_URL=https://your-server/bigbluebutton/"
                    + " (or unset BBB_* to use the embedded simulator)"), run.errLines(), run::toString);
            assertEquals("", run.out(), run::toString);
        }
    }

    @Test
    void anyOtherBbbVariableWithoutUrlIsRefusedNamingThemAll() {
        CliRun run = CliRun.run(Map.of("BBB_CHECKSUM", "sha1", "BBB_TIMEOUT", "5s", "BBB_URL", " "), "check");

        assertEquals(BbbCli.EXIT_USAGE, run.exitCode(), run::toString);
        assertEquals(List.of("bbb-cli: BBB_CHECKSUM, BBB_TIMEOUT are set but BBB_URL is not:"
                + " export BBB_URL=https://your-server/bigbluebutton/"
                + " (or unset BBB_* to use the embedded simulator)"), run.errLines(), run::toString);
        assertEquals("", run.out(), run::toString);
    }

    @Test
    void aConfiguredServerIsNotAnnounced() {
        CliRun run = CliRun.run(TestServer.environment(SIM), "meetings");

        assertEquals(0, run.exitCode(), run::toString);
        assertEquals(List.of("no meetings"), run.outLines());
        assertEquals("", run.err());
    }
}
