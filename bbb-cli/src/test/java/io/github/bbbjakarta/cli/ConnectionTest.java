package io.github.bbbjakarta.cli;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Without {@code BBB_URL} a command runs against an embedded simulator, announced in one stderr line. */
class ConnectionTest {

    @Test
    void withoutBbbUrlAnEmbeddedSimulatorIsUsedAndAnnounced() {
        CliRun run = CliRun.run(Map.of(), "meetings");

        assertEquals(0, run.exitCode(), run::toString);
        assertEquals(List.of("no meetings"), run.outLines());
        assertEquals(1, run.errLines().size(), run::toString);
        assertTrue(run.err().matches("bbb-cli: BBB_URL is not set: using an embedded BigBlueButton simulator at "
                        + "http://127\\.0\\.0\\.1:\\d+/bigbluebutton/api/ \\(stopped when the command ends\\)\\R"),
                run::toString);
    }

    @Test
    void theDemoRunsAgainstTheEmbeddedSimulator() {
        CliRun run = CliRun.run(Map.of("BBB_CHECKSUM", "sha384"), "demo");

        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.err().contains("embedded BigBlueButton simulator"), run::toString);
        assertTrue(run.out().contains("\"Test Meeting\""), run::toString);
        assertEquals(2, run.outLines().stream().filter(l -> l.matches("http://127\\.0\\.0\\.1:\\d+/bigbluebutton/api/"
                + "join\\?.*&checksum=[0-9a-f]{96}")).count(), run::toString);
    }
}
