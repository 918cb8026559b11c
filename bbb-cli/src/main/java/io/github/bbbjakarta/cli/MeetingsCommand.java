package io.github.bbbjakarta.cli;

import io.github.bbbjakarta.api.MeetingInfo;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.util.List;

/** {@code meetings}: getMeetings, one line per meeting. */
@Command(name = "meetings", mixinStandardHelpOptions = true,
        description = "List the server's meetings as a table, one row per meeting (oldest first).")
final class MeetingsCommand extends ServerCommand {

    @Override
    protected void run(Connection connection, PrintWriter out) {
        List<MeetingInfo> meetings = connection.client().meetings().getMeetings();
        if (meetings.isEmpty()) {
            out.println("no meetings");
            return;
        }
        MeetingPrinter.table(meetings.stream().sorted(MeetingPrinter.byCreateTime()).toList(), out);
    }
}
