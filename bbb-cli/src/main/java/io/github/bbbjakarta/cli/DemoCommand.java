package io.github.bbbjakarta.cli;

import io.github.bbbjakarta.api.ApiVersion;
import io.github.bbbjakarta.api.CreateMeetingRequest;
import io.github.bbbjakarta.api.CreateMeetingResponse;
import io.github.bbbjakarta.api.JoinMeetingRequest;
import io.github.bbbjakarta.api.Meetings;
import io.github.bbbjakarta.api.Role;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * {@code demo}: checks the connection, creates the seed meeting ("Test Meeting", recorded, recording started
 * automatically, start/stop allowed) and prints it with a moderator and an attendee join URL.
 */
@Command(name = "demo", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Create the recorded \"Test Meeting\" and print moderator and attendee join URLs.",
                "Checks the connection first; the join URLs are credentials."})
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
        if (connection.isEmbedded()) {
            out.println("(The embedded simulator stops now, so these URLs lead nowhere: set BBB_URL and BBB_SECRET"
                    + " to use a real server.)");
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
