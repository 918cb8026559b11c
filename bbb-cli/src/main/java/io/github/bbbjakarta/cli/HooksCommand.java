package io.github.bbbjakarta.cli;

import io.github.bbbjakarta.api.BbbParameterException;
import io.github.bbbjakarta.api.CreateHookRequest;
import io.github.bbbjakarta.api.Hook;
import io.github.bbbjakarta.api.HookCreated;
import io.github.bbbjakarta.api.Hooks;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code hooks}: lists the hooks of bbb-webhooks; its subcommands create and destroy one. The calls are signed with
 * the hooks checksum algorithm ({@code --hooks-checksum}, {@code BBB_HOOKS_CHECKSUM}, default sha1).
 */
@Command(name = "hooks", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"List the webhooks of the server (hooks/list), or create or destroy one.",
                "Signed with the hooks checksum algorithm (default sha1)."},
        subcommands = {HooksCommand.Create.class, HooksCommand.Destroy.class})
final class HooksCommand extends ServerCommand {
    @Option(names = "--meeting", paramLabel = "MEETING_ID",
            description = "Only the hooks that receive this meeting's events: the global ones and its own.")
    String meetingID;

    @Mixin
    HooksChecksumOption hooksChecksum;

    @Override
    protected void validate() {
        if (meetingID != null) {
            OptionNames.checkMeetingID("--meeting", meetingID);
        }
        hooksChecksum.check();
    }

    @Override
    protected ServerSettings settings(ServerSettings fromEnvironment) {
        return hooksChecksum.apply(fromEnvironment);
    }

    @Override
    protected void run(Connection connection, PrintWriter out) {
        Hooks hooks = connection.client().hooks();
        List<Hook> list = meetingID == null ? hooks.list() : hooks.list(meetingID);
        if (list.isEmpty()) {
            out.println("no hooks");
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("hookID", "callbackURL", "meetingID", "events", "raw", "permanent"));
        for (Hook h : list) {
            rows.add(List.of(h.hookID(), h.callbackURL(), h.meetingID().orElse("(all meetings)"),
                    h.eventIDs().isEmpty() ? "all" : String.join(",", h.eventIDs()), yesNo(h.rawData()),
                    yesNo(h.permanentHook())));
        }
        Table.print(rows, out);
    }

    private static String yesNo(boolean b) {
        return b ? "yes" : "no";
    }

    private static void check(Runnable r) {
        try {
            r.run();
        } catch (BbbParameterException e) {
            throw OptionNames.failure(e, Map.of("meetingID", "--meeting", "callbackURL", "--callback-url",
                    "eventID", "--event", "hookID", "HOOK_ID"));
        }
    }

    /** {@code hooks create}. */
    @Command(name = "create", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"Create a hook (hooks/create): bbb-webhooks POSTs events to the callback URL.",
                    "A URL that has a hook already keeps it, unchanged (duplicateWarning)."})
    static final class Create extends ServerCommand {
        @Option(names = "--callback-url", required = true, paramLabel = "URL",
                description = "Where the events are POSTed (absolute http or https URL).")
        String callbackURL;

        @Option(names = "--meeting", paramLabel = "MEETING_ID",
                description = "Only this meeting's events (default: every meeting's).")
        String meetingID;

        @Option(names = "--event", paramLabel = "EVENT_ID", split = ",",
                description = "Only these events, e.g. meeting-ended,user-joined (repeatable or comma-separated;"
                        + " default: all).")
        List<String> eventIDs = new ArrayList<>();

        @Option(names = "--raw", description = "Send the events as bbb-webhooks receives them (getRaw=true).")
        boolean raw;

        @Mixin
        HooksChecksumOption hooksChecksum;

        private CreateHookRequest request;

        @Override
        protected void validate() {
            check(() -> {
                CreateHookRequest.Builder b = CreateHookRequest.builder(callbackURL);
                if (meetingID != null) {
                    b.meetingID(meetingID);
                }
                if (!eventIDs.isEmpty()) {
                    b.eventIDs(eventIDs.toArray(String[]::new));
                }
                request = b.getRaw(raw).build();
            });
            hooksChecksum.check();
        }

        @Override
        protected ServerSettings settings(ServerSettings fromEnvironment) {
            return hooksChecksum.apply(fromEnvironment);
        }

        @Override
        protected void run(Connection connection, PrintWriter out) {
            HookCreated created = connection.client().hooks().create(request);
            if (created.isDuplicate()) {
                out.println("A hook for this callback URL already existed: " + created.hookID());
                out.println("  warning:  " + created.messageKey() + (created.message() == null
                        || created.message().isEmpty() ? "" : ": " + created.message()));
                out.println("  note:     the existing hook keeps its meeting and events; those just sent were not"
                        + " applied (destroy it first to change them)");
                return;
            }
            out.println("Created hook " + created.hookID());
            out.println("  callbackURL:  " + request.callbackURL());
            out.println("  meetingID:    " + (request.meetingID() == null ? "(all meetings)" : request.meetingID()));
            out.println("  events:       " + (request.eventIDs().isEmpty() ? "all" : String.join(",", request.eventIDs())));
            out.println("  raw:          " + yesNo(created.rawData()));
        }
    }

    /** {@code hooks destroy}. */
    @Command(name = "destroy", mixinStandardHelpOptions = true,
            description = "Destroy a hook (hooks/destroy); permanent hooks cannot be destroyed.")
    static final class Destroy extends ServerCommand {
        @Parameters(paramLabel = "HOOK_ID", description = "The hookID, as hooks lists it.")
        String hookID;

        @Mixin
        HooksChecksumOption hooksChecksum;

        @Override
        protected void validate() {
            hooksChecksum.check();
        }

        @Override
        protected ServerSettings settings(ServerSettings fromEnvironment) {
            return hooksChecksum.apply(fromEnvironment);
        }

        @Override
        protected void run(Connection connection, PrintWriter out) {
            try {
                connection.client().hooks().destroy(hookID);
            } catch (BbbParameterException e) {
                throw OptionNames.failure(e, Map.of("hookID", "HOOK_ID"));
            }
            out.println("Destroyed hook " + hookID);
        }
    }
}
