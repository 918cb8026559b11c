package io.github.bbbjakarta.cli;

import io.github.bbbjakarta.api.PlaybackFormat;
import io.github.bbbjakarta.api.Recording;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Recordings as a table. Stateless. */
final class RecordingPrinter {
    /**
     * The metadata key {@code recordings rename} sets. bbb-web's {@code <name>} is the meeting's name when it was
     * recorded and no API call changes it; front ends such as Greenlight keep a recording's own name in
     * {@code meta_name} and show it instead.
     */
    static final String NAME_KEY = "name";

    private RecordingPrinter() {
    }

    /** The header and one row per recording, in the given order. */
    static void table(List<Recording> recordings, PrintWriter out) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("recordID", "meetingID", "name", "state", "published", "protected", "started", "length",
                "participants", "formats", "playback"));
        for (Recording r : recordings) {
            PlaybackFormat main = mainFormat(r);
            rows.add(List.of(r.recordID(), r.meetingID(), "\"" + name(r) + "\"", r.stateName(),
                    r.published() ? "yes" : "no",
                    r.isProtected().map(p -> p ? "yes" : "no").orElse("-"),
                    r.startTime() > 0 ? Instant.ofEpochMilli(r.startTime()).toString() : "-",
                    main == null ? "-" : main.length() + " min",
                    Integer.toString(r.participants()),
                    r.playbackFormats().isEmpty() ? "-"
                            : r.playbackFormats().stream().map(PlaybackFormat::type).collect(Collectors.joining(",")),
                    main == null || main.url() == null || main.url().isEmpty() ? "-" : main.url()));
        }
        Table.print(rows, out);
    }

    /** The name users see: {@code meta_name} when set (a renamed recording), else bbb-web's {@code <name>}. */
    static String name(Recording r) {
        String renamed = r.metadata().get(NAME_KEY);
        return renamed != null && !renamed.isEmpty() ? renamed : r.name();
    }

    /** The presentation format if there is one, else the first; {@code null} for none. */
    private static PlaybackFormat mainFormat(Recording r) {
        return r.playbackFormats().stream().filter(f -> "presentation".equals(f.type())).findFirst()
                .orElse(r.playbackFormats().isEmpty() ? null : r.playbackFormats().get(0));
    }
}
