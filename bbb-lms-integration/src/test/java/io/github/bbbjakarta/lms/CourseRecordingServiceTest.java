package io.github.bbbjakarta.lms;

import io.github.bbbjakarta.api.Role;
import io.github.bbbjakarta.cdi.TestContainer;
import io.github.bbbjakarta.simulator.BbbSimulatorExtension;
import io.github.bbbjakarta.simulator.JournalEntry;
import io.github.bbbjakarta.simulator.RecordingSeed;
import io.github.bbbjakarta.simulator.RecordingSnapshot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static io.github.bbbjakarta.lms.RecordingAccessDeniedException.Reason.NOT_A_MODERATOR;
import static io.github.bbbjakarta.lms.RecordingAccessDeniedException.Reason.NOT_IN_CONTEXT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Recordings of a course, activity or section over real HTTP against the simulator, managed by role. */
class CourseRecordingServiceTest {
    private static final String SECRET = "lms-rec-secret-8d21";

    @RegisterExtension
    static final BbbSimulatorExtension SIM = BbbSimulatorExtension.withSecret(SECRET);

    private static final Course PHYSICS = new Course("moodle.example.edu", "course-42", "Physics 101", "PHY101");
    private static final Activity LECTURE = new Activity("act-7", "Weekly lecture");
    private static final MeetingContext LECTURES = MeetingContext.of(PHYSICS, LECTURE);
    private static final Section GROUP_A = new Section("grp-a", "Group A").withMembers("student-1");
    private static final Section GROUP_B = new Section("grp-b", "Group B").withMembers("student-2");
    private static final MeetingContext GROUP_A_LECTURES = LECTURES.inSection(GROUP_A);
    private static final MeetingContext LABS = MeetingContext.of(PHYSICS, new Activity("act-8", "Lab"));
    private static final MeetingContext OTHER_COURSE = MeetingContext.of(
            new Course("moodle.example.edu", "course-43", "Chemistry", ""), LECTURE);
    private static final MeetingContext OTHER_TENANT = MeetingContext.of(
            new Course("other.example.edu", "course-42", "Physics 101", ""), LECTURE);

    private static final LmsUser TEACHER = LmsUser.of("teacher-1", "Ada Lovelace", "Instructor");
    private static final LmsUser STUDENT = LmsUser.of("student-1", "Grace Hopper", "Learner");

    private TestContainer cdi;
    private CourseMeetingService meetings;
    private CourseRecordingService recordings;
    private int seeded;

    @BeforeEach
    void start() {
        cdi = TestContainer.withProperties(Map.of("bbb.url", SIM.apiUrl().toString(), "bbb.secret", SECRET,
                "bbb.lms.meeting-id-key", "lms-rec-meeting-id-key-0123456789"));
        meetings = cdi.get(CourseMeetingService.class);
        recordings = cdi.get(CourseRecordingService.class);
    }

    @AfterEach
    void stop() {
        cdi.close();
    }

    /** A recording of the context's meeting with the metadata that meeting was really created with. */
    private RecordingSnapshot record(MeetingContext context, String state) {
        meetings.open(context);
        String meetingID = meetings.meetingId(context);
        Map<String, String> meta = SIM.control().meeting(meetingID).orElseThrow().metadata();
        return SIM.control().addRecording(RecordingSeed.of(meetingID).withMetadata(meta).withState(state)
                .withName(CourseMeetingsName.of(context))
                .withStartTime(Instant.parse("2026-01-05T09:00:00Z").plusSeconds(3600L * seeded++)));
    }

    private List<String> ids(CourseRecordingsPage page) {
        return page.recordings().stream().map(CourseRecording::recordID).toList();
    }

    private Set<String> all(MeetingContext context, RecordingScope scope, LmsUser user) {
        try (Stream<CourseRecording> s = recordings.streamAll(context, scope, user)) {
            return s.map(CourseRecording::recordID).collect(Collectors.toSet());
        }
    }

    private List<String> calls() {
        return SIM.control().requests().stream().map(JournalEntry::callName).toList();
    }

    @Test
    void listsTheRecordingsOfACourseAnActivityOrASectionPaged() {
        List<String> lecture = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            lecture.add(record(LECTURES, "published").recordID());
        }
        String groupA1 = record(GROUP_A_LECTURES, "published").recordID();
        String groupA2 = record(GROUP_A_LECTURES, "published").recordID();
        String lab = record(LABS, "published").recordID();
        record(OTHER_COURSE, "published");
        record(OTHER_TENANT, "published");

        Set<String> activity = Set.of(lecture.get(0), lecture.get(1), lecture.get(2), groupA1, groupA2);
        assertEquals(activity, all(LECTURES, RecordingScope.ACTIVITY, TEACHER));
        assertEquals(activity, all(LECTURES, RecordingScope.MEETING, TEACHER), "the course meeting's scope");
        assertEquals(Set.of(groupA1, groupA2), all(GROUP_A_LECTURES, RecordingScope.MEETING, TEACHER));
        Set<String> course = new java.util.HashSet<>(activity);
        course.add(lab);
        assertEquals(course, all(LABS, RecordingScope.COURSE, TEACHER), "not the other course's, nor the other tenant's");

        CourseRecordingsPage first = recordings.list(LECTURES, RecordingScope.ACTIVITY, TEACHER, 0, 2);
        CourseRecordingsPage second = recordings.list(LECTURES, RecordingScope.ACTIVITY, TEACHER, 2, 2);
        CourseRecordingsPage third = recordings.list(LECTURES, RecordingScope.ACTIVITY, TEACHER, 4, 2);
        assertEquals(List.of(2, 2, 1), List.of(first.recordings().size(), second.recordings().size(),
                third.recordings().size()));
        assertEquals(5, first.totalElements());
        assertTrue(first.hasNext());
        assertFalse(third.hasNext());
        Set<String> paged = new java.util.HashSet<>(ids(first));
        paged.addAll(ids(second));
        paged.addAll(ids(third));
        assertEquals(activity, paged);

        JournalEntry list = SIM.control().requests().stream().filter(e -> e.callName().equals("getRecordings"))
                .reduce((a, b) -> b).orElseThrow();
        assertEquals("course-42", list.param("meta_bbb-context-id").orElseThrow(), "filtered by BBB, not here");
        assertEquals("act-7", list.param("meta_bbb-context-activity-id").orElseThrow());
        assertEquals("4", list.param("offset").orElseThrow());
    }

    @Test
    void viewersSeePublishedRecordingsOnly() {
        String published = record(LECTURES, "published").recordID();
        String unpublished = record(LECTURES, "unpublished").recordID();
        String processing = record(LECTURES, "processing").recordID();
        assertEquals(Set.of(published), all(LECTURES, RecordingScope.ACTIVITY, STUDENT));
        assertEquals(Set.of(published, unpublished, processing), all(LECTURES, RecordingScope.ACTIVITY, TEACHER));
        assertEquals(1, recordings.list(LECTURES, RecordingScope.ACTIVITY, STUDENT, 0, 10).totalElements());
    }

    @Test
    void moderatorsRenameDescribeProtectPublishAndDelete() {
        String id = record(LECTURES, "published").recordID();
        recordings.rename(LECTURES, TEACHER, id, "  Lecture 1: vectors ");
        recordings.describe(LECTURES, TEACHER, id, "Vectors and forces");
        recordings.protect(LECTURES, TEACHER, id, true);

        CourseRecording r = recordings.list(LECTURES, RecordingScope.ACTIVITY, TEACHER, 0, 10).recordings().get(0);
        assertEquals("Lecture 1: vectors", r.name());
        assertEquals("Vectors and forces", r.description());
        JournalEntry protect = SIM.control().requests().stream().filter(e -> e.callName().equals("updateRecordings"))
                .reduce((a, b) -> b).orElseThrow();
        assertEquals("true", protect.param("protect").orElseThrow(), "the simulator does not keep the flag: the call");
        assertEquals(id, protect.param("recordID").orElseThrow());
        assertEquals("SUCCESS", protect.outcome());
        assertEquals("Lecture 1: vectors", SIM.control().recording(id).orElseThrow().metadata().get("bbb-recording-name"));

        recordings.describe(LECTURES, TEACHER, id, " ");
        assertFalse(SIM.control().recording(id).orElseThrow().metadata().containsKey("bbb-recording-description"));

        recordings.publish(LECTURES, TEACHER, id, false);
        assertEquals("unpublished", SIM.control().recording(id).orElseThrow().state());
        assertEquals(Set.of(), all(LECTURES, RecordingScope.ACTIVITY, STUDENT));
        recordings.publish(LECTURES, TEACHER, id, true);
        assertEquals(Set.of(id), all(LECTURES, RecordingScope.ACTIVITY, STUDENT));

        recordings.delete(LECTURES, TEACHER, id);
        assertEquals("deleted", SIM.control().recording(id).orElseThrow().state());
        assertEquals(Set.of(), all(LECTURES, RecordingScope.ACTIVITY, TEACHER));
    }

    @Test
    void viewersAndOtherActivitiesAreRefusedBeforeAnythingIsSent() {
        String id = record(LECTURES, "published").recordID();
        int before = SIM.control().requests().size();
        RecordingAccessDeniedException e = assertThrows(RecordingAccessDeniedException.class,
                () -> recordings.delete(LECTURES, STUDENT, id));
        assertEquals(NOT_A_MODERATOR, e.reason());
        assertEquals("delete", e.operation());
        assertEquals(id, e.recordID());
        assertEquals(NOT_A_MODERATOR, assertThrows(RecordingAccessDeniedException.class,
                () -> recordings.publish(LECTURES, STUDENT, id, false)).reason());
        assertEquals(NOT_A_MODERATOR, assertThrows(RecordingAccessDeniedException.class,
                () -> recordings.rename(LECTURES, STUDENT, id, "Mine")).reason());
        assertEquals(before, SIM.control().requests().size(), "a viewer's attempt sends nothing");

        assertEquals(NOT_IN_CONTEXT, assertThrows(RecordingAccessDeniedException.class,
                () -> recordings.delete(LABS, TEACHER, id)).reason(), "a moderator of another activity");
        assertEquals(NOT_IN_CONTEXT, assertThrows(RecordingAccessDeniedException.class,
                () -> recordings.delete(OTHER_TENANT, TEACHER, id)).reason(), "same course id, other tenant");
        assertEquals(NOT_IN_CONTEXT, assertThrows(RecordingAccessDeniedException.class,
                () -> recordings.protect(LECTURES, TEACHER, id.substring(0, 10), true)).reason(),
                "a prefix of the ID is not the recording");
        assertFalse(calls().contains("deleteRecordings"));
        assertFalse(calls().contains("updateRecordings"));
        assertEquals("published", SIM.control().recording(id).orElseThrow().state());

        MeetingContext owned = MeetingContext.of(PHYSICS, LECTURE.withOwner("student-1"));
        recordings.rename(owned, STUDENT, id, "By its owner");
        assertEquals("By its owner", SIM.control().recording(id).orElseThrow().metadata().get("bbb-recording-name"));
    }

    @Test
    void breakoutRoomRecordingsAreShownWithTheirSection() {
        MeetingContext course = LECTURES.withBreakoutSections(List.of(GROUP_A, GROUP_B));
        RecordingSnapshot parent = record(course, "published");
        Map<String, String> meta = parent.metadata(); // BBB gives breakout rooms their parent's metadata
        String roomA = SIM.control().addRecording(RecordingSeed.of("room-a").withMetadata(meta)
                .withName("Weekly lecture (Group A)").asBreakoutOf(parent.recordID(), 1, false)).recordID();
        String roomB = SIM.control().addRecording(RecordingSeed.of("room-b").withMetadata(meta)
                .withName("Room 2").asBreakoutOf(parent.recordID(), 2, false)).recordID();

        Map<String, CourseRecording> listed;
        try (Stream<CourseRecording> s = recordings.streamAll(course, RecordingScope.ACTIVITY, TEACHER)) {
            listed = s.collect(Collectors.toMap(CourseRecording::recordID, r -> r));
        }
        assertEquals(Set.of(parent.recordID(), roomA, roomB), listed.keySet());
        assertEquals(Optional.empty(), listed.get(parent.recordID()).section());
        assertFalse(listed.get(parent.recordID()).isBreakout());
        assertEquals(Optional.of(GROUP_A), listed.get(roomA).section(), "by the room's name");
        assertEquals(Optional.of(parent.recordID()), listed.get(roomA).parentRecordID());
        assertEquals(Optional.of(GROUP_B), listed.get(roomB).section(), "by the room's sequence");
        assertEquals(Role.VIEWER, meetings.roleOf(course, STUDENT));
        assertEquals(3, all(course, RecordingScope.ACTIVITY, STUDENT).size(), "published rooms are seen by viewers");
    }

    @Test
    void aServerThatDoesNotPageIsPagedHere() {
        StringBuilder xml = new StringBuilder("<response><returncode>SUCCESS</returncode><recordings>");
        for (int i = 1; i <= 3; i++) {
            xml.append("<recording><recordID>r").append(i).append("</recordID><meetingID>m</meetingID>")
                    .append("<internalMeetingID>r").append(i).append("</internalMeetingID><name>Lecture ").append(i)
                    .append("</name><isBreakout>false</isBreakout><published>true</published><state>published</state>")
                    .append("<startTime>1</startTime><endTime>2</endTime><participants>1</participants><metadata>")
                    .append("<bbb-context-tenant>moodle.example.edu</bbb-context-tenant>")
                    .append("<bbb-context-id>course-42</bbb-context-id>")
                    .append("<bbb-context-activity-id>").append(i == 3 ? "other" : "act-7")
                    .append("</bbb-context-activity-id></metadata><playback></playback></recording>");
        }
        xml.append("</recordings></response>");
        SIM.control().stub("getRecordings", io.github.bbbjakarta.simulator.Stub.response(200, "text/xml",
                xml.toString()));

        CourseRecordingsPage page = recordings.list(LECTURES, RecordingScope.ACTIVITY, TEACHER, 1, 1);
        assertEquals(List.of("r2"), ids(page), "the second of the whole answer");
        assertEquals(3, page.totalElements());
        assertTrue(page.hasNext());
        assertEquals(List.of("r1"), ids(recordings.list(LECTURES, RecordingScope.ACTIVITY, TEACHER, 0, 1)));
        assertEquals(List.of(), ids(recordings.list(LECTURES, RecordingScope.ACTIVITY, TEACHER, 2, 1)),
                "a recording whose metadata does not match exactly is not shown, whatever the server says");
    }

    /** The name the integration gives a context's meeting, for seeded recordings. */
    private static final class CourseMeetingsName {
        static String of(MeetingContext context) {
            return io.github.bbbjakarta.lms.internal.CourseMeetings.name(context);
        }
    }
}
