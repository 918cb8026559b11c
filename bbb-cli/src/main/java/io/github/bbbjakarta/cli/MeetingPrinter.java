package io.github.bbbjakarta.cli;

import io.github.bbbjakarta.api.Attendee;
import io.github.bbbjakarta.api.CreateMeetingResponse;
import io.github.bbbjakarta.api.MeetingInfo;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Human-readable renderings of meetings; never prints passwords. Stateless. */
final class MeetingPrinter {
    private MeetingPrinter() {
    }

    /**
     * What the server answered to create, including a duplicate warning: the name and whether the meeting is
     * recorded come from the server's getMeetingInfo ({@code server}), never from the request, since an existing
     * meeting keeps its own.
     */
    static void created(CreateMeetingResponse m, Optional<MeetingInfo> server, PrintWriter out) {
        String name = server.map(i -> quoted(i.meetingName())).orElse("(name unknown: the meeting is gone)");
        out.println(m.isDuplicate()
                ? "Meeting already existed, created at " + Instant.ofEpochMilli(m.createTime()) + ": " + name
                : "Created meeting: " + name);
        out.println("  meetingID:          " + m.meetingID());
        out.println("  internalMeetingID:  " + m.internalMeetingID());
        out.println("  createTime:         " + m.createTime() + time(m.createTime()));
        out.println("  voiceBridge:        " + m.voiceBridge());
        server.ifPresent(i -> out.println("  records:            " + yesNo(i.recording())));
        if (m.isDuplicate()) {
            out.println("  warning:            " + m.messageKey() + (m.message() == null || m.message().isEmpty()
                    ? "" : ": " + m.message()));
            out.println("  note:               the existing meeting keeps its settings; those just sent were not"
                    + " applied");
        }
    }

    /** Everything getMeetingInfo said that an admin looks at. */
    static void info(MeetingInfo m, PrintWriter out) {
        out.println("Meeting:            " + quoted(m.meetingName()));
        out.println("  meetingID:          " + m.meetingID());
        out.println("  internalMeetingID:  " + m.internalMeetingID());
        out.println("  createTime:         " + m.createTime() + time(m.createTime()));
        out.println("  voiceBridge:        " + m.voiceBridge());
        out.println("  running:            " + yesNo(m.running()));
        out.println("  records:            " + yesNo(m.recording()));
        out.println("  participants:       " + m.participantCount() + " (moderators " + m.moderatorCount()
                + ", listen-only " + m.listenerCount() + ", voice " + m.voiceParticipantCount()
                + ", video " + m.videoCount() + (m.maxUsers() > 0 ? ", limit " + m.maxUsers() : "") + ")");
        if (m.duration() > 0) {
            out.println("  duration:           " + m.duration() + " min");
        }
        if (m.isBreakout()) {
            out.println("  breakout of:        " + m.parentMeetingID() + " (room " + m.sequence() + ")");
        }
        if (!m.breakoutRooms().isEmpty()) {
            out.println("  breakout rooms:     " + String.join(", ", m.breakoutRooms()));
        }
        if (m.attendees().isEmpty()) {
            out.println("  attendees:          none");
        } else {
            out.println("  attendees:");
            for (Attendee a : m.attendees()) {
                out.println("    " + a.role() + "  " + quoted(a.fullName()) + "  userID=" + a.userID()
                        + (a.isPresenter() ? "  presenter" : "") + (a.isListeningOnly() ? "  listen-only" : "")
                        + (a.hasJoinedVoice() ? "  voice" : "") + (a.hasVideo() ? "  video" : ""));
            }
        }
        if (m.metadata().isEmpty()) {
            out.println("  metadata:           none");
        } else {
            out.println("  metadata:");
            m.metadata().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(e -> out.println("    " + e.getKey() + " = " + e.getValue()));
        }
    }

    /**
     * getMeetings as a table: a header, then one row per meeting in the given order, each column padded to its
     * widest value.
     */
    static void table(List<MeetingInfo> meetings, PrintWriter out) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("meetingID", "name", "running", "participants", "records", "createTime", "created"));
        for (MeetingInfo m : meetings) {
            rows.add(List.of(m.meetingID(), quoted(m.meetingName()), yesNo(m.running()),
                    Integer.toString(m.participantCount()), yesNo(m.recording()), Long.toString(m.createTime()),
                    m.createTime() > 0 ? Instant.ofEpochMilli(m.createTime()).toString() : "-"));
        }
        Table.print(rows, out);
    }

    static Comparator<MeetingInfo> byCreateTime() {
        return Comparator.comparingLong(MeetingInfo::createTime).thenComparing(MeetingInfo::meetingID);
    }

    private static String time(long epochMillis) {
        return epochMillis > 0 ? " (" + Instant.ofEpochMilli(epochMillis) + ")" : "";
    }

    private static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }

    private static String quoted(String value) {
        return "\"" + value + "\"";
    }
}
