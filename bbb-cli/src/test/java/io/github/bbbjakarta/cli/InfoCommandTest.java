package io.github.bbbjakarta.cli;

import io.github.bbbjakarta.simulator.BbbSimulatorExtension;
import io.github.bbbjakarta.simulator.SimRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InfoCommandTest {
    @RegisterExtension
    static final BbbSimulatorExtension SIM = TestServer.extension();

    @Test
    void showsRunningAttendeesWithRolesAndMetadata() {
        assertEquals(0, CliRun.run(TestServer.environment(SIM), "create", "--meeting-id", "info-1",
                "--name", "Info Meeting", "--record", "--meta", "bbb-origin=Moodle").exitCode());
        SIM.control().connectUser("info-1", "Ada Lovelace", SimRole.MODERATOR, "u-ada");
        SIM.control().connectUser("info-1", "Bob", SimRole.VIEWER, "u-bob");

        CliRun run = CliRun.run(TestServer.environment(SIM), "info", "info-1");

        assertEquals(0, run.exitCode(), run::toString);
        String out = run.out();
        assertTrue(out.contains("Meeting:            \"Info Meeting\""), out);
        assertTrue(out.contains("meetingID:          info-1"), out);
        assertTrue(out.contains("running:            yes"), out);
        assertTrue(out.contains("records:            yes"), out);
        assertFalse(out.contains("recording:"), "'recording' would mean it is being recorded now: " + out);
        assertTrue(out.contains("participants:       2 (moderators 1"), out);
        assertTrue(out.contains("MODERATOR  \"Ada Lovelace\"  userID=u-ada"), out);
        assertTrue(out.contains("VIEWER  \"Bob\"  userID=u-bob"), out);
        assertTrue(out.contains("bbb-origin = Moodle"), out);
    }
}
