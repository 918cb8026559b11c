package io.github.bbbjakarta.cli;

import io.github.bbbjakarta.simulator.BbbSimulatorExtension;
import io.github.bbbjakarta.simulator.SimRole;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Makes published recordings in a test's simulator the way a real meeting does: create, connect, record, end. */
final class Recorded {
    private Recorded() {
    }

    /**
     * A recorded meeting created with bbb-cli, a user connected, recording started, ended, processed and published.
     *
     * @param createOptions more {@code create} options, e.g. {@code --meta}
     * @return the record ID
     */
    static String meeting(BbbSimulatorExtension sim, String meetingID, String name, String... createOptions) {
        List<String> args = new ArrayList<>(List.of("create", "--meeting-id", meetingID, "--name", name, "--record"));
        args.addAll(List.of(createOptions));
        CliRun create = CliRun.run(TestServer.environment(sim), args.toArray(String[]::new));
        assertEquals(0, create.exitCode(), create::toString);
        sim.control().connectUser(meetingID, "Teacher", SimRole.MODERATOR, "teacher-1");
        sim.control().startRecording(meetingID);
        sim.control().endMeeting(meetingID);
        sim.control().advanceRecordings();
        sim.control().advanceRecordings();
        return sim.control().recordings().stream().filter(r -> r.meetingID().equals(meetingID)).findFirst()
                .orElseThrow().recordID();
    }
}
