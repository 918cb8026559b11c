package io.github.bbbjakarta.cli;

import io.github.bbbjakarta.api.BigBlueButtonClient;
import io.github.bbbjakarta.api.JoinMeetingRequest;
import io.github.bbbjakarta.api.Role;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code join-url}: prints a signed join URL on one line. Computed offline (nothing is sent), so it needs
 * {@code BBB_URL} and {@code BBB_SECRET}: a URL into an embedded simulator would die with the command.
 */
@Command(name = "join-url", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Print a signed join URL (a credential) on one line. Nothing is sent to the server.",
                "Needs BBB_URL and BBB_SECRET."})
final class JoinUrlCommand implements Callable<Integer> {
    @ParentCommand
    BbbCli cli;

    @Spec
    CommandSpec spec;

    @Option(names = "--meeting-id", required = true, paramLabel = "ID", description = "The meetingID.")
    String meetingID;

    @Option(names = "--name", required = true, paramLabel = "FULL_NAME",
            description = "The user's full name (fullName).")
    String fullName;

    @Option(names = "--role", paramLabel = "ROLE", defaultValue = "VIEWER",
            description = "MODERATOR or VIEWER (default ${DEFAULT-VALUE}).")
    Role role;

    @Option(names = "--user-id", paramLabel = "ID", description = "Your user ID (userID).")
    String userID;

    @Option(names = "--create-time", paramLabel = "MILLIS",
            description = "The meeting's createTime: join fails if the meeting was re-created since.")
    Long createTime;

    @Option(names = "--param", paramLabel = "NAME=VALUE", converter = NameValue.Converter.class,
            description = "Any join parameter by its BBB name (repeatable).")
    List<NameValue> params = new ArrayList<>();

    @Override
    public Integer call() {
        ServerSettings settings = ServerSettings.from(cli.environment());
        try (BigBlueButtonClient client = settings.client("join-url signs for a configured server")) {
            JoinMeetingRequest.Builder b = JoinMeetingRequest.builder(meetingID, fullName, role);
            if (userID != null) {
                b.userID(userID);
            }
            if (createTime != null) {
                b.createTime(createTime);
            }
            params.forEach(p -> b.param(p.name(), p.value()));
            PrintWriter out = spec.commandLine().getOut();
            out.println(client.meetings().joinUrl(b.build()).toExternalForm());
            out.flush();
        }
        return 0;
    }
}
