package io.github.bbbjakarta.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;

/** {@code info MEETING_ID}: getMeetingInfo, human-readable. */
@Command(name = "info", mixinStandardHelpOptions = true,
        description = "Show a meeting: name, running, participants, attendees with roles, metadata.")
final class InfoCommand extends ServerCommand {
    @Parameters(paramLabel = "MEETING_ID", description = "The meetingID.")
    String meetingID;

    @Override
    protected void run(Connection connection, PrintWriter out) {
        MeetingPrinter.info(connection.client().meetings().getMeetingInfo(meetingID), out);
    }
}
