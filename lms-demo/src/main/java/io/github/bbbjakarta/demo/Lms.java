package io.github.bbbjakarta.demo;

import io.github.bbbjakarta.api.GuestPolicy;
import io.github.bbbjakarta.api.Role;
import io.github.bbbjakarta.lms.Activity;
import io.github.bbbjakarta.lms.Course;
import io.github.bbbjakarta.lms.CourseMeetingService;
import io.github.bbbjakarta.lms.JoinSettings;
import io.github.bbbjakarta.lms.LmsUser;
import io.github.bbbjakarta.lms.MeetingContext;
import io.github.bbbjakarta.lms.RoleRules;
import io.github.bbbjakarta.lms.Schedule;
import io.github.bbbjakarta.lms.Section;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The demo LMS's data, in memory: two courses of the tenant {@value #TENANT}, each with an always-open recorded
 * activity (its sections as breakout rooms, students wait for the instructor) and one that opens tomorrow; five
 * users. A real LMS reads the same things from its database; what matters here is how they become a
 * {@link MeetingContext} and {@link JoinSettings} for bbb-lms-integration.
 *
 * <p>There is no real authentication: the "current user" is whatever the user switcher chose (a cookie).
 */
@ApplicationScoped
public class Lms {
    /** The tenant (site) every course belongs to: part of each meeting ID, and what picks a BBB server. */
    static final String TENANT = "demo-university";
    /** The user shown when the switcher has not been used yet. */
    static final String DEFAULT_USER = "ada";

    private final Map<String, LmsUser> users = new LinkedHashMap<>();
    private final Map<String, DemoCourse> courses = new LinkedHashMap<>();
    private CourseMeetingService courseMeetings;

    /** For the container's proxy only. */
    protected Lms() {
    }

    @Inject
    Lms(CourseMeetingService courseMeetings) {
        this.courseMeetings = courseMeetings;
        // LMS user IDs become BBB's userID on join (and the rosters of breakout rooms); roles feed the role rules.
        for (LmsUser u : List.of(
                LmsUser.of("ada", "Ada Lovelace", "Instructor"),
                LmsUser.of("alan", "Alan Turing", "TeachingAssistant"),
                LmsUser.of("grace", "Grace Hopper", "Student"),
                LmsUser.of("katherine", "Katherine Johnson", "Student"),
                LmsUser.of("edsger", "Edsger Dijkstra", "Student"))) {
            users.put(u.id(), u);
        }
        // "Opens tomorrow at 09:00 UTC for two hours": closed now, so the page shows when it opens.
        Instant tomorrow = Instant.now(Clock.systemUTC()).truncatedTo(ChronoUnit.DAYS).plus(Duration.ofHours(24 + 9));
        Schedule tomorrowMorning = Schedule.between(tomorrow, tomorrow.plus(Duration.ofHours(2)));
        add(new Course(TENANT, "PHY-101", "Physics 101", "PHY101"),
                lecture("lecture", "Weekly lecture", "Mechanics, chapter by chapter"),
                scheduled("exam-review", "Exam review", tomorrowMorning));
        add(new Course(TENANT, "HIS-200", "History of Science", "HIS200"),
                lecture("seminar", "Weekly seminar", "From Galileo to Curie"),
                scheduled("office-hours", "Office hours", tomorrowMorning));
    }

    private void add(Course course, DemoActivity... activities) {
        String prefix = course.id().toLowerCase(java.util.Locale.ROOT);
        List<Section> sections = List.of(
                new Section(prefix + "-a", "Section A").withMembers("grace", "katherine"),
                new Section(prefix + "-b", "Section B").withMembers("edsger"));
        courses.put(course.id(), new DemoCourse(course, sections, List.of(activities)));
    }

    /** The recorded lecture: always open, students wait for a moderator, sections become breakout rooms. */
    private DemoActivity lecture(String id, String name, String description) {
        Activity activity = new Activity(id, name)
                .withDescription(description)
                .withRecorded(true)                                 // record=true and a notice in the welcome
                .withOwner("ada")                                   // the course owner always moderates
                .withRoleRules(moderatorRules());
        JoinSettings settings = JoinSettings.defaults()
                .withWaitForModerator(true)                         // students never start the meeting
                .withGuestPolicy(GuestPolicy.ALWAYS_ACCEPT);        // ASK_MODERATOR: guests wait in BBB's lobby
        return new DemoActivity(activity, settings, true);
    }

    /** An activity with a schedule: outside it, join answers Closed and nothing is sent to BBB. */
    private DemoActivity scheduled(String id, String name, Schedule schedule) {
        Activity activity = new Activity(id, name).withOwner("ada").withRoleRules(moderatorRules());
        return new DemoActivity(activity, JoinSettings.defaults().withSchedule(schedule), false);
    }

    /** bbb.lms.moderator-roles (Instructor here), plus: teaching assistants moderate too. */
    private RoleRules moderatorRules() {
        return courseMeetings.defaultRoleRules().withLmsRole("TeachingAssistant", Role.MODERATOR);
    }

    /** Every user, in switcher order. */
    List<LmsUser> users() {
        return List.copyOf(users.values());
    }

    /** The user the switcher chose, or {@value #DEFAULT_USER} for none or an unknown one. */
    LmsUser userOrDefault(String id) {
        return id == null ? users.get(DEFAULT_USER) : users.getOrDefault(id, users.get(DEFAULT_USER));
    }

    Optional<LmsUser> user(String id) {
        return Optional.ofNullable(id).map(users::get);
    }

    List<DemoCourse> courses() {
        return List.copyOf(courses.values());
    }

    Optional<DemoCourse> course(String id) {
        return Optional.ofNullable(id).map(courses::get);
    }

    /** What bbb-lms-integration needs to find (or create) the activity's meeting. */
    MeetingContext context(DemoCourse course, DemoActivity activity) {
        MeetingContext ctx = MeetingContext.of(course.course(), activity.activity())
                .withEnrolledCount(users.size());                  // bbb-meeting-size-hint
        return activity.breakoutSections() ? ctx.withBreakoutSections(course.sections()) : ctx;
    }

    /** The course and activity whose meeting has this ID: meeting IDs are derived, so the LMS computes them. */
    Optional<ActivityRef> activityOfMeeting(String meetingID) {
        for (DemoCourse c : courses.values()) {
            for (DemoActivity a : c.activities()) {
                if (courseMeetings.meetingId(context(c, a)).equals(meetingID)) {
                    return Optional.of(new ActivityRef(c.id(), a.activity().id()));
                }
            }
        }
        return Optional.empty();
    }

    /** A course and one of its activities, by ID. */
    record ActivityRef(String course, String activity) {
    }
}
