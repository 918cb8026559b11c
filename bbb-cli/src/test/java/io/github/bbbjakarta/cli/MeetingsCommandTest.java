package io.github.bbbjakarta.cli;

import io.github.bbbjakarta.simulator.BbbSimulatorExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code meetings} and {@code end}. */
class MeetingsCommandTest {
    @RegisterExtension
    static final BbbSimulatorExtension SIM = TestServer.extension();

    @Test
    void listsOneLinePerMeetingAndEndsThem() {
        assertEquals(List.of("no meetings"), CliRun.run(TestServer.environment(SIM), "meetings").outLines());
        CliRun.run(TestServer.environment(SIM), "create", "--meeting-id", "first", "--name", "First");
        CliRun.run(TestServer.environment(SIM), "create", "--meeting-id", "second", "--name", "Second");

        CliRun list = CliRun.run(TestServer.environment(SIM), "meetings");

        assertEquals(0, list.exitCode(), list::toString);
        assertEquals(2, list.outLines().size(), list::toString);
        assertTrue(list.outLines().get(0).startsWith("first  \"First\"  running=no  participants=0"), list::toString);
        assertTrue(list.outLines().get(1).startsWith("second  \"Second\""), list::toString);

        CliRun end = CliRun.run(TestServer.environment(SIM), "end", "first");

        assertEquals(0, end.exitCode(), end::toString);
        assertEquals(List.of("Ended meeting first"), end.outLines());
        assertTrue(SIM.control().meeting("first").isEmpty());
        assertEquals(1, CliRun.run(TestServer.environment(SIM), "meetings").outLines().size());
    }
}
