package io.github.bbbjakarta.lms;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Where a meeting lives in the LMS: a course's conferencing activity, optionally for one section or group. Each
 * context has exactly one meeting, whose ID {@link CourseMeetingService#meetingId(MeetingContext)} derives from
 * the tenant, course, activity and section IDs. The enrolled count is a size hint for the server and does not
 * change the meeting. Immutable and thread-safe.
 */
public final class MeetingContext {
    private final Course course;
    private final Activity activity;
    private final Section section;
    private final int enrolledCount;

    private MeetingContext(Course course, Activity activity, Section section, int enrolledCount) {
        this.course = Objects.requireNonNull(course, "course");
        this.activity = Objects.requireNonNull(activity, "activity");
        this.section = section;
        this.enrolledCount = enrolledCount;
    }

    /** The meeting of an activity for the whole course. */
    public static MeetingContext of(Course course, Activity activity) {
        return new MeetingContext(course, activity, null, -1);
    }

    /** The same activity's meeting for one section or group (a different meeting). */
    public MeetingContext inSection(Section value) {
        return new MeetingContext(course, activity, Objects.requireNonNull(value, "section"), enrolledCount);
    }

    /**
     * This context with the number of users enrolled (sent as {@code bbb-meeting-size-hint}).
     *
     * @throws IllegalArgumentException if negative
     */
    public MeetingContext withEnrolledCount(int value) {
        if (value < 0) {
            throw new IllegalArgumentException("enrolled count must be 0 or more, was " + value);
        }
        return new MeetingContext(course, activity, section, value);
    }

    /** The course the meeting belongs to. */
    public Course course() {
        return course;
    }

    /** The activity (the meeting room) within the course. */
    public Activity activity() {
        return activity;
    }

    /** The section or group, if the meeting is for one. */
    public Optional<Section> section() {
        return Optional.ofNullable(section);
    }

    /** How many users are enrolled, if known. */
    public OptionalInt enrolledCount() {
        return enrolledCount < 0 ? OptionalInt.empty() : OptionalInt.of(enrolledCount);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MeetingContext c && course.equals(c.course) && activity.equals(c.activity)
                && Objects.equals(section, c.section) && enrolledCount == c.enrolledCount;
    }

    @Override
    public int hashCode() {
        return Objects.hash(course, activity, section, enrolledCount);
    }

    @Override
    public String toString() {
        return "MeetingContext[" + course + ", " + activity + (section == null ? "" : ", " + section)
                + (enrolledCount < 0 ? "" : ", enrolledCount=" + enrolledCount) + "]";
    }
}
