package io.github.bbbjakarta.lms;

import io.github.bbbjakarta.cdi.BbbServer;
import io.github.bbbjakarta.cdi.ServerSelector;
import io.github.bbbjakarta.cdi.TestContainer;
import io.github.bbbjakarta.simulator.BbbSimulatorExtension;
import io.github.bbbjakarta.simulator.JournalEntry;
import io.github.bbbjakarta.simulator.SimRole;
import jakarta.enterprise.context.ApplicationScoped;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A multi-tenant LMS: each course's meetings, waiting room and recordings live on the server of its tenant. */
class CourseServersTest {
    private static final String SECRET = "lms-default-secret-4e10";
    private static final String EAST_SECRET = "lms-east-secret-77b3";

    @RegisterExtension
    static final BbbSimulatorExtension SIM = BbbSimulatorExtension.withSecret(SECRET);
    @RegisterExtension
    static final BbbSimulatorExtension EAST = BbbSimulatorExtension.withSecret(EAST_SECRET);

    private static final MeetingContext NORTH_LECTURE = MeetingContext.of(
            Course.of("uni-north", "PHY-1", "Physics"), new Activity("lecture", "Lecture"));
    private static final MeetingContext EAST_LECTURE = MeetingContext.of(
            Course.of("uni-east", "PHY-1", "Physics"), new Activity("lecture", "Lecture").withRecorded(true));
    private static final MeetingContext MEDICINE = MeetingContext.of(
            Course.of("uni-north", "MED-9", "Anatomy"), new Activity("lecture", "Lecture"));
    private static final LmsUser TEACHER = LmsUser.of("t-1", "Ada Lovelace", "Instructor");
    private static final LmsUser STUDENT = LmsUser.of("s-1", "Grace Hopper", "Learner");

    private TestContainer cdi;

    /** Medicine has a server of its own. */
    @ApplicationScoped
    static class MedicineOnEast implements ServerSelector {
        @Override
        public String serverFor(String tenant, String courseId) {
            return courseId.startsWith("MED-") ? "east" : BbbServer.DEFAULT;
        }
    }

    private void start(Class<?>... beans) {
        Map<String, String> props = new HashMap<>(Map.of("bbb.url", SIM.apiUrl().toString(), "bbb.secret", SECRET,
                "bbb.servers.east.url", EAST.apiUrl().toString(), "bbb.servers.east.secret", EAST_SECRET,
                "bbb.servers.east.tenants", "uni-east", "bbb.lms.meeting-id-key", "lms-servers-meeting-id-key-0123456789"));
        cdi = TestContainer.withProperties(props, beans);
    }

    @AfterEach
    void stop() {
        cdi.close();
    }

    @Test
    void aTenantsCoursesAreCreatedJoinedWaitedForAndRecordedOnItsServer() {
        start();
        CourseMeetingService meetings = cdi.get(CourseMeetingService.class);
        CourseRecordingService recordings = cdi.get(CourseRecordingService.class);
        assertEquals("east", meetings.serverOf(EAST_LECTURE));
        assertEquals(BbbServer.DEFAULT, meetings.serverOf(NORTH_LECTURE));

        JoinSettings waiting = JoinSettings.defaults().withWaitForModerator(true);
        assertInstanceOf(JoinDecision.Wait.class, meetings.join(EAST_LECTURE, STUDENT, waiting));
        assertTrue(meetings.joinUrl(EAST_LECTURE, TEACHER).uri().toString().startsWith(EAST.apiUrl() + "join?"));
        String eastID = meetings.meetingId(EAST_LECTURE);
        assertTrue(EAST.control().meeting(eastID).isPresent());
        meetings.joinUrl(NORTH_LECTURE, TEACHER);
        assertTrue(SIM.control().meeting(meetings.meetingId(NORTH_LECTURE)).isPresent());
        assertEquals(List.of("create"), calls(SIM), "the north course only");

        EAST.control().connectUser(eastID, "Ada Lovelace", SimRole.MODERATOR, "t-1");
        EAST.control().startRecording(eastID);
        meetings.end(EAST_LECTURE);
        EAST.control().advanceRecordings();
        EAST.control().advanceRecordings();
        assertEquals(1, recordings.list(EAST_LECTURE, RecordingScope.ACTIVITY, TEACHER, 0, 10).recordings().size());
        assertTrue(calls(EAST).containsAll(List.of("getMeetingInfo", "create", "end", "getRecordings")), calls(EAST)::toString);
        assertEquals(List.of("create"), calls(SIM), "nothing of the east course reached the default server");
    }

    @Test
    void theApplicationsSelectorSendsACourseToItsServer() {
        start(MedicineOnEast.class);
        CourseMeetingService meetings = cdi.get(CourseMeetingService.class);
        meetings.open(MEDICINE);
        meetings.open(EAST_LECTURE);
        assertTrue(EAST.control().meeting(meetings.meetingId(MEDICINE)).isPresent());
        assertTrue(SIM.control().meeting(meetings.meetingId(EAST_LECTURE)).isPresent(),
                "the selector decides; tenants lists apply only without one");
    }

    private static List<String> calls(BbbSimulatorExtension server) {
        return server.control().requests().stream().map(JournalEntry::callName).distinct().toList();
    }
}
