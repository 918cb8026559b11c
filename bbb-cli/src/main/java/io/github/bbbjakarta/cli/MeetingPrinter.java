package io.github.bbbjakarta.cli;

import io.github.bbbjakarta.api.Attendee;
import io.github.bbbjakarta.api.CreateMeetingResponse;
import io.github.bbbjakarta.api.MeetingInfo;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;

/** Human-readable renderings of meetings; never prints passwords. Stateless. */
final class MeetingPrinter {
    private MeetingPrinter() {
    }

    /** What create returned, including a duplicate warning. */
    static void created(CreateMeetingResponse m, String name, PrintWriter out) {
        out.println((m.isDuplicate() ? "Meeting already existed: " : "Created meeting: ") + quoted(name));
        out.println("  meetingID:          " + m.meetingID());
        out.println("  internalMeetingID:  " + m.internalMeetingID());
        out.println("  createTime:         " + m.createTime() + time(m.createTime()));
        out.println("  voiceBridge:        " + m.voiceBridge());
        if (m.isDuplicate()) {
            out.println("  warning:            " + m.messageKey() + (m.message() == null || m.message().isEmpty()
                    ? "" : ": " + m.message()));
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
        out.println("  recording:          " + yesNo(m.recording()));
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

    /** One line per meeting, for getMeetings. */
    static void summary(MeetingInfo m, PrintWriter out) {
        out.println(m.meetingID() + "  " + quoted(m.meetingName()) + "  running=" + yesNo(m.running())
                + "  participants=" + m.participantCount() + "  createTime=" + m.createTime());
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
