package io.github.bbbjakarta.lms.internal;

import io.github.bbbjakarta.api.CreateMeetingRequest;
import io.github.bbbjakarta.lms.MeetingContext;

/**
 * What a course meeting is created with: its name and the metadata LMS users rely on (Moodle's and Sakai's
 * {@code bbb-*} keys). The one place for these keys. Immutable and thread-safe.
 */
public final class CourseMeetings {
    public static final String ORIGIN = "bbb-origin";
    public static final String ORIGIN_VERSION = "bbb-origin-version";
    public static final String ORIGIN_SERVER_NAME = "bbb-origin-server-name";
    public static final String CONTEXT = "bbb-context";
    public static final String CONTEXT_ID = "bbb-context-id";
    public static final String CONTEXT_NAME = "bbb-context-name";
    public static final String CONTEXT_LABEL = "bbb-context-label";
    public static final String RECORDING_NAME = "bbb-recording-name";
    public static final String MEETING_SIZE_HINT = "bbb-meeting-size-hint";

    private final LmsSettings settings;

    public CourseMeetings(LmsSettings settings) {
        this.settings = settings;
    }

    /** A create request for the context's meeting, with name and metadata set. */
    public CreateMeetingRequest.Builder createRequest(String meetingID, MeetingContext context) {
        String name = name(context);
        CreateMeetingRequest.Builder b = CreateMeetingRequest.builder(meetingID, name)
                .meta(ORIGIN, settings.origin());
        settings.originVersion().ifPresent(v -> b.meta(ORIGIN_VERSION, v));
        b.meta(ORIGIN_SERVER_NAME, settings.originServerName().orElseGet(LocalHost::name))
                .meta(CONTEXT, context.course().title())
                .meta(CONTEXT_ID, context.course().id())
                .meta(CONTEXT_NAME, context.course().title());
        if (!context.course().shortName().isEmpty()) {
            b.meta(CONTEXT_LABEL, context.course().shortName());
        }
        b.meta(RECORDING_NAME, name);
        context.enrolledCount().ifPresent(n -> b.meta(MEETING_SIZE_HINT, Integer.toString(n)));
        return b;
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
        if (name.length() > CreateMeetingRequest.MAX_NAME_LENGTH) {
            int end = CreateMeetingRequest.MAX_NAME_LENGTH - 1;
            if (Character.isHighSurrogate(name.charAt(end - 1))) {
                end--;
            }
            name = name.substring(0, end) + "…";
        }
        return name;
    }
}
