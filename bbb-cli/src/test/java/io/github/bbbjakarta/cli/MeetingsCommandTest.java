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
        CliRun.run(TestServer.environment(SIM), "create", "--meeting-id", "second-with-a-longer-id",
                "--name", "Second, with a longer name", "--record");

        CliRun list = CliRun.run(TestServer.environment(SIM), "meetings");

        assertEquals(0, list.exitCode(), list::toString);
        assertEquals(3, list.outLines().size(), list::toString);
        String header = list.outLines().get(0);
        assertTrue(header.startsWith("meetingID                name                          running  participants"
                + "  records  createTime     created"), list::toString);
        long firstCreated = SIM.control().meeting("first").orElseThrow().createTime();
        assertEquals("first                    \"First\"                       no       0             no       "
                + firstCreated + "  " + java.time.Instant.ofEpochMilli(firstCreated), list.outLines().get(1));
        assertTrue(list.outLines().get(2).startsWith("second-with-a-longer-id  \"Second, with a longer name\"  no"
                + "       0             yes      "), list::toString);

        CliRun end = CliRun.run(TestServer.environment(SIM), "end", "first");

        assertEquals(0, end.exitCode(), end::toString);
        assertEquals(List.of("Ended meeting first"), end.outLines());
        assertTrue(SIM.control().meeting("first").isEmpty());
        assertEquals(2, CliRun.run(TestServer.environment(SIM), "meetings").outLines().size());
    }
}
