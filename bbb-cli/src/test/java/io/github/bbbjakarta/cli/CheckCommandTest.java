package io.github.bbbjakarta.cli;

import io.github.bbbjakarta.simulator.BbbSimulatorExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CheckCommandTest {
    @RegisterExtension
    static final BbbSimulatorExtension SIM = TestServer.extension();

    @Test
    void printsTheServerUrlAndVersions() {
        CliRun run = CliRun.run(TestServer.environment(SIM, "sha512"), "check");

        assertEquals(0, run.exitCode(), run::toString);
        assertEquals("", run.err());
        assertEquals("Server:       " + SIM.apiUrl().toString(), run.outLines().get(0));
        assertEquals("Checksum:     sha512 accepted", run.outLines().get(1));
        assertTrue(run.outLines().get(2).startsWith("API version:  2.0"), run::toString);
        assertTrue(run.outLines().get(3).startsWith("BBB version:  "), run::toString);
        assertFalse(run.out().contains("checksum="), run::toString);
    }
}
