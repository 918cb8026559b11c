package io.github.bbbjakarta.cli;

import io.github.bbbjakarta.api.BbbParameterException;
import io.github.bbbjakarta.api.GetRecordingsRequest;
import io.github.bbbjakarta.api.Recording;
import io.github.bbbjakarta.api.RecordingState;
import io.github.bbbjakarta.api.RecordingsPage;
import io.github.bbbjakarta.api.Recordings;
import io.github.bbbjakarta.api.UpdateRecordingsRequest;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@code recordings}: getRecordings with every filter as a table; its subcommands publish, unpublish, protect,
 * unprotect, delete and rename recordings.
 */
@Command(name = "recordings", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"List recordings as a table (getRecordings), or change them with a subcommand.",
                "Without --state the server lists published and unpublished ones."},
        subcommands = {
                RecordingsCommand.Publish.class,
                RecordingsCommand.Unpublish.class,
                RecordingsCommand.Protect.class,
                RecordingsCommand.Unprotect.class,
                RecordingsCommand.Delete.class,
                RecordingsCommand.Rename.class})
final class RecordingsCommand extends ServerCommand {
    private static final Map<String, String> OPTIONS = Map.of("meetingID", "--meeting", "recordID", "--record",
            "state", "--state", "offset", "--offset", "limit", "--limit", "meta_", "--meta");

    @Option(names = "--meeting", paramLabel = "MEETING_ID", split = ",",
            description = "Only the recordings of these meetings (repeatable or comma-separated).")
    List<String> meetingIDs = new ArrayList<>();

    @Option(names = "--record", paramLabel = "RECORD_ID", split = ",",
            description = "Only these recordings; each matches as a prefix of the record ID (repeatable or"
                    + " comma-separated).")
    List<String> recordIDs = new ArrayList<>();

    @Option(names = "--state", paramLabel = "STATE", split = ",", converter = StateConverter.class,
            description = "Only recordings in these states: processing, processed, published, unpublished,"
                    + " deleted, or any (repeatable or comma-separated).")
    List<RecordingState> states = new ArrayList<>();

    @Option(names = "--meta", paramLabel = "KEY=VALUE", converter = NameValue.Converter.class,
            description = "Only recordings whose metadata KEY is VALUE; a %% at the start or end of VALUE is a"
                    + " wildcard (repeatable).")
    List<NameValue> meta = new ArrayList<>();

    @Option(names = "--offset", paramLabel = "N", description = "Skip the first N recordings (needs --limit, or --all).")
    Integer offset;

    @Option(names = "--limit", paramLabel = "N",
            description = "At most N recordings (1 to 100): one page. With --all: the page size.")
    Integer limit;

    @Option(names = "--all", description = "Every matching recording: page after page (pages of --limit,"
            + " default 100) until the last, printed as one table.")
    boolean all;

    private GetRecordingsRequest request;

    @Override
    protected void validate() {
        try {
            GetRecordingsRequest.Builder b = GetRecordingsRequest.builder()
                    .meetingIDs(meetingIDs.toArray(String[]::new))
                    .states(states.toArray(RecordingState[]::new));
            if (!recordIDs.isEmpty()) {
                b.recordIDs(recordIDs.toArray(String[]::new));
            }
            for (NameValue m : meta) {
                b.meta(m.name(), m.value());
            }
            int pageSize = limit != null ? limit : all ? Recordings.DEFAULT_PAGE_SIZE : 0;
            if (limit != null || all) {
                b.limit(pageSize);
            }
            if (offset != null) {
                if (pageSize == 0) {
                    throw CliFailure.usage("--offset: needs --limit (or --all): BBB pages only when a limit is sent");
                }
                b.offset(offset);
            }
            request = b.build();
        } catch (BbbParameterException e) {
            throw OptionNames.failure(e, OPTIONS);
        }
    }

    @Override
    protected void run(Connection connection, PrintWriter out) {
        Recordings recordings = connection.client().recordings();
        if (all) {
            List<Recording> every;
            try (Stream<Recording> stream = recordings.streamAll(request)) {
                every = stream.toList();
            }
            print(every, out);
            if (!every.isEmpty()) {
                out.println(every.size() + " recording" + (every.size() == 1 ? "" : "s"));
            }
            return;
        }
        RecordingsPage page = recordings.getRecordings(request);
        print(page.recordings(), out);
        page.paging().ifPresent(p -> {
            int shown = page.recordings().size();
            if (shown > 0) {
                long last = (long) p.offset() + shown;
                out.println("recordings " + (p.offset() + 1) + "-" + last + " of " + p.totalElements()
                        + (last < p.totalElements() ? " (next page: --offset " + last + " --limit " + p.limit()
                        + ", or --all)" : ""));
            }
        });
    }

    private void print(List<Recording> list, PrintWriter out) {
        if (list.isEmpty()) {
            boolean filtered = !meetingIDs.isEmpty() || !recordIDs.isEmpty() || !meta.isEmpty();
            out.println("no recordings" + (filtered || limit != null || all ? ""
                    : " (a server with allowFetchAllRecordings=false lists none without --meeting, --record,"
                    + " --meta or --limit)"));
            return;
        }
        RecordingPrinter.table(list, out);
    }

    /** A filter state by its BBB name, case-insensitive; {@code unknown} is no filter. */
    static final class StateConverter implements CommandLine.ITypeConverter<RecordingState> {
        private static final String NAMES = "processing, processed, published, unpublished, deleted or any";

        @Override
        public RecordingState convert(String value) {
            String name = value.strip().toUpperCase(Locale.ROOT);
            for (RecordingState s : RecordingState.values()) {
                if (s != RecordingState.UNKNOWN && s.name().equals(name)) {
                    return s;
                }
            }
            throw new CommandLine.TypeConversionException("'" + value + "' is not a state; use " + NAMES);
        }
    }

    /** The record IDs of an action; validated before anything is started or sent. */
    abstract static class Action extends ServerCommand {
        @Parameters(arity = "1..*", paramLabel = "RECORD_ID", split = ",",
                description = "The recordings (exact record IDs; several, or comma-separated).")
        List<String> recordIDs = new ArrayList<>();

        @Override
        protected void validate() {
            try {
                UpdateRecordingsRequest.builder(ids());
            } catch (BbbParameterException e) {
                throw OptionNames.failure(e, Map.of("recordID", "RECORD_ID"));
            }
            validateMore();
        }

        /** Checks the action's own options. */
        protected void validateMore() {
        }

        final String[] ids() {
            return new LinkedHashSet<>(recordIDs).toArray(String[]::new);
        }

        @Override
        protected final void run(Connection connection, PrintWriter out) {
            String done = act(connection.client().recordings());
            out.println(done + " " + String.join(", ", ids()));
            showAfter(connection.client().recordings(), out);
        }

        /** Does the call; returns the past tense of what was done, e.g. {@code Published}. */
        protected abstract String act(Recordings recordings);

        /** Lists the recordings as the server has them now (any state), and the IDs it does not know. */
        private void showAfter(Recordings recordings, PrintWriter out) {
            Set<String> wanted = new LinkedHashSet<>(List.of(ids()));
            List<Recording> now = recordings.getRecordings(GetRecordingsRequest.builder().recordIDs(ids())
                            .states(RecordingState.ANY).build()).recordings().stream()
                    .filter(r -> wanted.contains(r.recordID())).toList();
            if (!now.isEmpty()) {
                RecordingPrinter.table(now, out);
            }
            now.forEach(r -> wanted.remove(r.recordID()));
            if (!wanted.isEmpty()) {
                out.println("not found: " + String.join(", ", wanted));
            }
        }
    }

    /** {@code recordings publish}. */
    @Command(name = "publish", mixinStandardHelpOptions = true,
            description = "Publish recordings (publishRecordings publish=true): their playback becomes reachable.")
    static final class Publish extends Action {
        @Override
        protected String act(Recordings recordings) {
            recordings.publishRecordings(true, ids());
            return "Published";
        }
    }

    /** {@code recordings unpublish}. */
    @Command(name = "unpublish", mixinStandardHelpOptions = true,
            description = "Unpublish recordings (publishRecordings publish=false): their playback is hidden.")
    static final class Unpublish extends Action {
        @Override
        protected String act(Recordings recordings) {
            recordings.publishRecordings(false, ids());
            return "Unpublished";
        }
    }

    /** {@code recordings protect}. */
    @Command(name = "protect", mixinStandardHelpOptions = true,
            description = "Protect recordings (updateRecordings protect=true, BBB 2.6+): playback only through"
                    + " a link the front end hands out.")
    static final class Protect extends Action {
        @Override
        protected String act(Recordings recordings) {
            recordings.updateRecordings(UpdateRecordingsRequest.builder(ids()).protect(true).build());
            return "Protected";
        }
    }

    /** {@code recordings unprotect}. */
    @Command(name = "unprotect", mixinStandardHelpOptions = true,
            description = "Lift the protection of recordings (updateRecordings protect=false).")
    static final class Unprotect extends Action {
        @Override
        protected String act(Recordings recordings) {
            recordings.updateRecordings(UpdateRecordingsRequest.builder(ids()).protect(false).build());
            return "Unprotected";
        }
    }

    /** {@code recordings delete}. */
    @Command(name = "delete", mixinStandardHelpOptions = true,
            description = "Delete recordings (deleteRecordings): they move to state deleted.")
    static final class Delete extends Action {
        @Override
        protected String act(Recordings recordings) {
            recordings.deleteRecordings(ids());
            return "Deleted";
        }
    }

    /** {@code recordings rename}: sets {@code meta_name}. */
    @Command(name = "rename", mixinStandardHelpOptions = true,
            description = {"Rename recordings: updateRecordings meta_name=NAME.",
                    "bbb-web's own <name> (the meeting's name when recorded) cannot be changed by any call;"
                            + " front ends such as Greenlight show meta_name instead, and so does this tool."})
    static final class Rename extends Action {
        @Option(names = "--name", required = true, paramLabel = "NAME", description = "The new name.")
        String name;

        @Override
        protected void validateMore() {
            if (name.isBlank()) {
                throw CliFailure.usage("--name: must not be empty");
            }
        }

        @Override
        protected String act(Recordings recordings) {
            recordings.updateRecordings(UpdateRecordingsRequest.builder(ids())
                    .meta(RecordingPrinter.NAME_KEY, name).build());
            return "Renamed (meta_" + RecordingPrinter.NAME_KEY + "=\"" + name + "\")";
        }
    }
}
