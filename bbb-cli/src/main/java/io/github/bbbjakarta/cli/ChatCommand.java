package io.github.bbbjakarta.cli;

import io.github.bbbjakarta.api.BbbParameterException;
import io.github.bbbjakarta.api.Meetings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.Map;

/** {@code chat MEETING_ID MESSAGE}: posts to a running meeting's public chat (sendChatMessage, BBB 3.0). */
@Command(name = "chat", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Post to the public chat of a running meeting (sendChatMessage, BBB 3.0).",
                "A meeting runs once a user's client has connected."})
final class ChatCommand extends ServerCommand {
    private static final Map<String, String> OPTIONS = Map.of("meetingID", "MEETING_ID", "message", "MESSAGE",
            "userName", "--user-name");

    @Parameters(index = "0", paramLabel = "MEETING_ID", description = "The meetingID.")
    String meetingID;

    @Parameters(index = "1", paramLabel = "MESSAGE", description = "The message, 1 to 500 characters.")
    String message;

    @Option(names = "--user-name", paramLabel = "NAME",
            description = "The sender shown in the chat, at most 255 characters (default: the server's, System).")
    String userName;

    @Override
    protected void validate() {
        OptionNames.checkMeetingID("MEETING_ID", meetingID);
        if (message.isEmpty() || message.length() > Meetings.MAX_CHAT_MESSAGE_LENGTH) {
            throw CliFailure.usage("MESSAGE: must have 1 to " + Meetings.MAX_CHAT_MESSAGE_LENGTH
                    + " characters (was " + message.length() + ")");
        }
        if (userName != null && userName.length() > Meetings.MAX_CHAT_USER_NAME_LENGTH) {
            throw CliFailure.usage("--user-name: must not exceed " + Meetings.MAX_CHAT_USER_NAME_LENGTH
                    + " characters (was " + userName.length() + ")");
        }
    }

    @Override
    protected void run(Connection connection, PrintWriter out) {
        try {
            connection.client().meetings().sendChatMessage(meetingID, message, userName);
        } catch (BbbParameterException e) {
            throw OptionNames.failure(e, OPTIONS);
        }
        out.println("Sent to the public chat of " + meetingID + (userName == null ? "" : " as \"" + userName + "\""));
    }
}
