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

    @Option(names = "--meeting-id", paramLabel = "ID", description = "The meetingID (default: test-meeting-<random>).")
    String meetingID;

    @Override
    protected void run(Connection connection, PrintWriter out) {
        ApiVersion version = connection.client().checkConnection();
        out.println("Server:   " + connection.apiUrl() + " (API " + version.version()
                + version.bbbRelease().map(v -> ", BBB " + v).orElse("") + ", checksum "
                + connection.client().checksumAlgorithm().bbbName() + ")");

        String id = meetingID != null ? meetingID : "test-meeting-" + randomSuffix();
        Meetings meetings = connection.client().meetings();
        CreateMeetingResponse created = meetings.create(CreateMeetingRequest.builder(id, MEETING_NAME)
                .record(true)
                .autoStartRecording(true)
                .allowStartStopRecording(true)
                .build());
        MeetingPrinter.created(created, MEETING_NAME, out);
        out.println("  recording:          record=true, autoStartRecording=true, allowStartStopRecording=true");

        joinUrl(meetings, created, "Moderator", "test-moderator", Role.MODERATOR, out);
        joinUrl(meetings, created, "Attendee", "test-attendee", Role.VIEWER, out);
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
