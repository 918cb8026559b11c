package io.github.bbbjakarta.lms.internal;

import io.github.bbbjakarta.api.BreakoutGroup;
import io.github.bbbjakarta.api.CreateMeetingRequest;
import io.github.bbbjakarta.lms.Activity;
import io.github.bbbjakarta.lms.MeetingContext;

/**
 * What a course meeting is created with: its name, the metadata LMS users rely on (Moodle's and Sakai's
 * {@code bbb-*} keys, plus the keys that find a context's recordings again), the welcome message, recording and
 * breakout groups. The one place for these keys. Immutable and thread-safe.
 */
public final class CourseMeetings {
    public static final String ORIGIN = "bbb-origin";
    public static final String ORIGIN_VERSION = "bbb-origin-version";
    public static final String ORIGIN_SERVER_NAME = "bbb-origin-server-name";
    public static final String ORIGIN_SERVER_COMMON_NAME = "bbb-origin-server-common-name";
    public static final String ORIGIN_TAG = "bbb-origin-tag";
    public static final String CONTEXT = "bbb-context";
    public static final String CONTEXT_ID = "bbb-context-id";
    public static final String CONTEXT_NAME = "bbb-context-name";
    public static final String CONTEXT_LABEL = "bbb-context-label";
    /** The course's tenant: course IDs are unique only within it. */
    public static final String CONTEXT_TENANT = "bbb-context-tenant";
    /** The activity's LMS ID. */
    public static final String CONTEXT_ACTIVITY_ID = "bbb-context-activity-id";
    /** The section's LMS ID, on a section's own meeting. */
    public static final String CONTEXT_SECTION_ID = "bbb-context-section-id";
    public static final String RECORDING_NAME = "bbb-recording-name";
    public static final String RECORDING_DESCRIPTION = "bbb-recording-description";
    public static final String RECORDING_TAGS = "bbb-recording-tags";
    public static final String MEETING_SIZE_HINT = "bbb-meeting-size-hint";

    /** create's parameter (BBB 2.6+) that lets breakout rooms be recorded; not typed in bbb-api yet. */
    public static final String BREAKOUT_ROOMS_RECORD = "breakoutRoomsRecord";

    /** Longest description sent (metadata and welcome message travel in the create URL). */
    public static final int MAX_DESCRIPTION_LENGTH = 256;
    /** The welcome message's notice on a recorded activity. */
    public static final String RECORDING_NOTICE = "This session may be recorded: what you say, show and write in it"
            + " can be part of the recording.";

    private final LmsSettings settings;

    public CourseMeetings(LmsSettings settings) {
        this.settings = settings;
    }

    /** A create request for the context's meeting, with name, metadata, welcome, recording and groups set. */
    public CreateMeetingRequest.Builder createRequest(String meetingID, MeetingContext context) {
        String name = name(context);
        Activity activity = context.activity();
        CreateMeetingRequest.Builder b = CreateMeetingRequest.builder(meetingID, name)
                .meta(ORIGIN, settings.origin());
        settings.originVersion().ifPresent(v -> b.meta(ORIGIN_VERSION, v));
        b.meta(ORIGIN_SERVER_NAME, settings.originServerName().orElseGet(LocalHost::name));
        settings.originServerCommonName().ifPresent(v -> b.meta(ORIGIN_SERVER_COMMON_NAME, v));
        b.meta(ORIGIN_TAG, settings.originTag())
                .meta(CONTEXT, context.course().title())
                .meta(CONTEXT_ID, context.course().id())
                .meta(CONTEXT_NAME, context.course().title());
        if (!context.course().shortName().isEmpty()) {
            b.meta(CONTEXT_LABEL, context.course().shortName());
        }
        b.meta(CONTEXT_TENANT, context.course().tenant())
                .meta(CONTEXT_ACTIVITY_ID, activity.id());
        context.section().ifPresent(s -> b.meta(CONTEXT_SECTION_ID, s.id()));
        b.meta(RECORDING_NAME, name);
        if (!activity.description().isEmpty()) {
            b.meta(RECORDING_DESCRIPTION, cut(activity.description(), MAX_DESCRIPTION_LENGTH));
        }
        if (!activity.tags().isEmpty()) {
            b.meta(RECORDING_TAGS, String.join(",", activity.tags()));
        }
        context.enrolledCount().ifPresent(n -> b.meta(MEETING_SIZE_HINT, Integer.toString(n)));
        b.welcome(welcome(context));
        if (activity.recorded()) {
            b.record(true).notifyRecordingIsOn(true);
        }
        if (!context.breakoutSections().isEmpty()) {
            b.groups(context.breakoutSections().stream()
                    .map(s -> BreakoutGroup.of(s.id(), s.name(), s.members())).toList());
            if (activity.recorded()) {
                b.param(BREAKOUT_ROOMS_RECORD, "true"); // else BBB 2.6+ does not record the rooms
            }
        }
        return b;
    }

    /**
     * The welcome message: the meeting's name in bold with the course's title, the activity's description (cut
     * to {@value #MAX_DESCRIPTION_LENGTH} characters), and {@link #RECORDING_NOTICE} in bold when recorded. LMS
     * text is HTML-escaped.
     */
    public static String welcome(MeetingContext context) {
        StringBuilder w = new StringBuilder("Welcome to <b>").append(html(name(context))).append("</b> (")
                .append(html(context.course().title())).append(")!");
        if (!context.activity().description().isEmpty()) {
            w.append("<br>").append(html(cut(context.activity().description(), MAX_DESCRIPTION_LENGTH)));
        }
        if (context.activity().recorded()) {
            w.append("<br><br><b>").append(RECORDING_NOTICE).append("</b>");
        }
        return w.toString();
    }

    /**
     * The meeting (and recording) name: the activity's name, with the section's in parentheses; prefixed with the
     * course title if shorter than {@link CreateMeetingRequest#MIN_NAME_LENGTH}, cut with an ellipsis if longer
     * than {@link CreateMeetingRequest#MAX_NAME_LENGTH}.
     */
    public static String name(MeetingContext context) {
        String name = context.activity().name().strip()
                + context.section().map(s -> " (" + s.name().strip() + ")").orElse("");
        if (name.length() < CreateMeetingRequest.MIN_NAME_LENGTH) {
            name = context.course().title().strip() + ": " + name;
        }
        return cut(name, CreateMeetingRequest.MAX_NAME_LENGTH);
    }

    /** The text cut to {@code max} characters with an ellipsis, never between a surrogate pair. */
    static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = max - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }

    private static String html(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
