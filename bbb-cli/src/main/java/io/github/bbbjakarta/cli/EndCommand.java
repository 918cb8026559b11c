package io.github.bbbjakarta.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;

/** {@code end MEETING_ID}: ends a meeting. */
@Command(name = "end", mixinStandardHelpOptions = true,
        description = "End a meeting (a real server ends it asynchronously).")
final class EndCommand extends ServerCommand {
    @Parameters(paramLabel = "MEETING_ID", description = "The meetingID.")
    String meetingID;

    @Override
    protected void run(Connection connection, PrintWriter out) {
        connection.client().meetings().end(meetingID);
        out.println("Ended meeting " + meetingID);
    }
}
