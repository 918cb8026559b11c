package io.github.bbbjakarta.lms;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Where a meeting lives in the LMS: a course's conferencing activity, optionally for one section or group. Each
 * context has exactly one meeting, whose ID {@link CourseMeetingService#meetingId(MeetingContext)} derives from
 * the tenant, course, activity and section IDs. The enrolled count is a size hint for the server and does not
 * change the meeting; nor do breakout sections, which only shape the meeting when it is created. Immutable and
 * thread-safe.
 */
public final class MeetingContext {
    private final Course course;
    private final Activity activity;
    private final Section section;
    private final int enrolledCount;
    private final List<Section> breakoutSections;

    private MeetingContext(Course course, Activity activity, Section section, int enrolledCount,
                           List<Section> breakoutSections) {
        this.course = Objects.requireNonNull(course, "course");
        this.activity = Objects.requireNonNull(activity, "activity");
        this.section = section;
        this.enrolledCount = enrolledCount;
        this.breakoutSections = breakoutSections;
    }

    /** The meeting of an activity for the whole course. */
    public static MeetingContext of(Course course, Activity activity) {
        return new MeetingContext(course, activity, null, -1, List.of());
    }

    /**
     * The same activity's meeting for one section or group (a different meeting).
     *
     * @throws IllegalStateException if this context has breakout sections
     */
    public MeetingContext inSection(Section value) {
        Objects.requireNonNull(value, "section");
        if (!breakoutSections.isEmpty()) {
            throw new IllegalStateException("a section's meeting has no breakout sections: the course meeting has them");
        }
        return new MeetingContext(course, activity, value, enrolledCount, breakoutSections);
    }

    /**
     * The course meeting with these sections as pre-assigned breakout rooms: create sends them as {@code groups}
     * (BBB 2.5+), one room per section, in this order, named after the section, its roster the section's members.
     * Empty for none. A moderator then starts the rooms in the meeting; users find themselves assigned.
     *
     * @throws IllegalArgumentException if two sections share an ID
     * @throws IllegalStateException    if this is a section's meeting
     */
    public MeetingContext withBreakoutSections(List<Section> sections) {
        List<Section> copy = List.copyOf(sections);
        if (section != null && !copy.isEmpty()) {
            throw new IllegalStateException("breakout sections belong to the course meeting, not to section "
                    + section.id() + "'s meeting");
        }
        Set<String> ids = new HashSet<>();
        for (Section s : copy) {
            if (!ids.add(s.id())) {
                throw new IllegalArgumentException("breakout sections must have distinct IDs: " + s.id() + " twice");
            }
        }
        return new MeetingContext(course, activity, section, enrolledCount, copy);
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
        return new MeetingContext(course, activity, section, value, breakoutSections);
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

    /** The sections that are pre-assigned breakout rooms of this (course) meeting; empty for none. */
    public List<Section> breakoutSections() {
        return breakoutSections;
    }

    /**
     * The sections or groups a user belongs to here: those of {@link LmsUser#sectionIds()}, and this context's
     * section and breakout sections that list the user as a member.
     */
    public Set<String> sectionIdsOf(LmsUser user) {
        Set<String> ids = new LinkedHashSet<>(user.sectionIds());
        if (section != null && section.members().contains(user.id())) {
            ids.add(section.id());
        }
        breakoutSections.stream().filter(s -> s.members().contains(user.id())).forEach(s -> ids.add(s.id()));
        return Set.copyOf(ids);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MeetingContext c && course.equals(c.course) && activity.equals(c.activity)
                && Objects.equals(section, c.section) && enrolledCount == c.enrolledCount
                && breakoutSections.equals(c.breakoutSections);
    }

    @Override
    public int hashCode() {
        return Objects.hash(course, activity, section, enrolledCount, breakoutSections);
    }

    @Override
    public String toString() {
        return "MeetingContext[" + course + ", " + activity + (section == null ? "" : ", " + section)
                + (enrolledCount < 0 ? "" : ", enrolledCount=" + enrolledCount)
                + (breakoutSections.isEmpty() ? "" : ", breakoutSections=" + breakoutSections) + "]";
    }
}
