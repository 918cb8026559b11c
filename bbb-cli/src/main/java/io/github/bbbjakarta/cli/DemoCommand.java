package io.github.bbbjakarta.cli;

import io.github.bbbjakarta.api.ApiVersion;
import io.github.bbbjakarta.api.CreateMeetingRequest;
import io.github.bbbjakarta.api.CreateMeetingResponse;
import io.github.bbbjakarta.api.GetRecordingsRequest;
import io.github.bbbjakarta.api.JoinMeetingRequest;
import io.github.bbbjakarta.api.Meetings;
import io.github.bbbjakarta.api.Recording;
import io.github.bbbjakarta.api.Role;
import io.github.bbbjakarta.simulator.SimRole;
import io.github.bbbjakarta.simulator.SimulatorControl;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * {@code demo}: checks the connection, creates the seed meeting ("Test Meeting", recorded, recording started
 * automatically, start/stop allowed) and prints it with a moderator and an attendee join URL. On the embedded
 * simulator it then plays the meeting through: a simulated moderator connects, recording runs, the meeting is
 * ended and its recording processed, and the client lists the recording. Against a real server it prints the
 * commands to end the meeting and list its recording later.
 */
@Command(name = "demo", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Create the recorded \"Test Meeting\" and print moderator and attendee join URLs.",
                "Checks the connection first; the join URLs are credentials. On the embedded simulator, then",
                "records, ends the meeting and lists its recording; on a real server, says how to later."})
final class DemoCommand extends ServerCommand {
    static final String MEETING_NAME = "Test Meeting";
    private static final String MODERATOR_USER_ID = "test-moderator";
    private static final String ATTENDEE_USER_ID = "test-attendee";

    @Option(names = "--meeting-id", paramLabel = "ID", description = "The meetingID (default: test-meeting-<random>).")
    String meetingID;

    private CreateMeetingRequest request;

    /** Builds the create request (and so checks {@code --meeting-id}) before anything is started or sent. */
    @Override
    protected void validate() {
        String id = meetingID != null ? meetingID : "test-meeting-" + randomSuffix();
        request = CreateMeetingRequest.builder(id, MEETING_NAME)
                .record(true)
                .autoStartRecording(true)
                .allowStartStopRecording(true)
                .build();
        JoinMeetingRequest.builder(id, "Test Moderator", Role.MODERATOR).userID(MODERATOR_USER_ID).build();
    }

    @Override
    protected void run(Connection connection, PrintWriter out) {
        ApiVersion version = connection.client().checkConnection();
        out.println("Server:   " + connection.apiUrl() + " (API " + version.version()
                + version.bbbRelease().map(v -> ", BBB " + v).orElse("") + ", checksum "
                + connection.client().checksumAlgorithm().bbbName() + ")");

        Meetings meetings = connection.client().meetings();
        CreateMeetingResponse created = meetings.create(request);
        MeetingPrinter.created(created, meetings.findMeetingInfo(created.meetingID()), out);
        out.println("  recording options:  " + (created.isDuplicate()
                ? "not reported by the server (the existing meeting keeps its own)"
                : "autoStartRecording=true, allowStartStopRecording=true"));

        joinUrl(meetings, created, "Moderator", MODERATOR_USER_ID, Role.MODERATOR, out);
        joinUrl(meetings, created, "Attendee", ATTENDEE_USER_ID, Role.VIEWER, out);
        Optional<SimulatorControl> control = connection.embeddedControl();
        if (control.isPresent() && !created.isDuplicate()) {
            recordAndEnd(connection, control.get(), created.meetingID(), out);
        } else {
            out.println("Next: join as moderator, record, and end the meeting (" + BbbCli.NAME + " end "
                    + created.meetingID() + "); once the server has processed the recording, list it with:");
            out.println("  " + BbbCli.NAME + " recordings --meeting " + created.meetingID());
        }
        if (connection.isEmbedded()) {
            out.println("(The embedded simulator stops now, so these URLs lead nowhere: set BBB_URL and BBB_SECRET"
                    + " to use a real server.)");
        }
    }

    /**
     * On the embedded simulator: a simulated moderator connects, recording runs, the meeting is ended through the
     * API, the simulator processes and publishes the recording, and the client lists it with getRecordings.
     */
    private static void recordAndEnd(Connection connection, SimulatorControl control, String meetingID,
                                     PrintWriter out) {
        control.connectUser(meetingID, "Test Moderator", SimRole.MODERATOR, MODERATOR_USER_ID);
        control.startRecording(meetingID);
        out.println("Simulated session: \"Test Moderator\" connected, recording started (simulator control API)");
        connection.client().meetings().end(meetingID);
        out.println("Ended meeting " + meetingID);
        control.advanceRecordings();
        control.advanceRecordings();
        out.println("Recording processed and published (the simulator's processing, advanced at once)");
        List<Recording> recordings = connection.client().recordings().getRecordings(
                GetRecordingsRequest.builder().meetingIDs(meetingID).build()).recordings();
        out.println("Recordings of " + meetingID + " (getRecordings):");
        if (recordings.isEmpty()) {
            out.println("no recordings");
        } else {
            RecordingPrinter.table(recordings, out);
        }
    }

    private static void joinUrl(Meetings meetings, CreateMeetingResponse created, String who, String userID,
                                Role role, PrintWriter out) {
        JoinMeetingRequest request = JoinMeetingRequest.builder(created.meetingID(), "Test " + who, role)
                .userID(userID)
                .createTime(created.createTime())
                .build();
        out.println(who + " join URL (role=" + role + ", userID=" + userID + "):");
        out.println(meetings.joinUrl(request).toExternalForm());
    }

    private static String randomSuffix() {
        byte[] bytes = new byte[4];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
