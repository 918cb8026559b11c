package io.github.bbbjakarta.it;

import io.github.bbbjakarta.api.BbbTransportException;
import io.github.bbbjakarta.cdi.MeetingService;
import io.github.bbbjakarta.lms.Activity;
import io.github.bbbjakarta.lms.Course;
import io.github.bbbjakarta.lms.CourseMeetingService;
import io.github.bbbjakarta.lms.CourseRecording;
import io.github.bbbjakarta.lms.CourseRecordingService;
import io.github.bbbjakarta.lms.JoinDecision;
import io.github.bbbjakarta.lms.JoinSettings;
import io.github.bbbjakarta.lms.LmsUser;
import io.github.bbbjakarta.lms.MeetingContext;
import io.github.bbbjakarta.lms.RecordingAccessDeniedException;
import io.github.bbbjakarta.lms.RecordingScope;
import io.github.bbbjakarta.lms.Section;
import io.github.bbbjakarta.simulator.BreakoutGroupSnapshot;
import io.github.bbbjakarta.simulator.SimRole;
import io.github.bbbjakarta.simulator.SimulatorControl;
import io.github.bbbjakarta.simulator.Stub;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the production features do inside the server: the container's Fault Tolerance guards MeetingService, a
 * join storm sends one create, a viewer waits for the moderator, sections become breakout groups, and a course's
 * recordings are listed and managed by role. One class, so that Payara boots its two processes once.
 */
@ExtendWith({ArquillianExtension.class, ServerLogOnFailure.class})
class LmsFeaturesIT {
    private static final Course COURSE = Course.of("uni-north", "CHEM-200", "Chemistry 200");
    private static final LmsUser TEACHER = LmsUser.of("teacher-1", "Marie Curie", "Instructor");
    private static final LmsUser STUDENT = LmsUser.of("student-7", "Rosalind Franklin", "Learner");

    @Deployment(name = "simulator", order = 1, testable = false)
    static WebArchive simulator() {
        return Deployments.simulator();
    }

    @Deployment(name = "app", order = 2)
    static WebArchive app() {
        return Deployments.lmsApp("lms-features-app", Deployments.config(Deployments.SECRET));
    }

    @Inject
    MeetingService meetings;
    @Inject
    CourseMeetingService courseMeetings;
    @Inject
    CourseRecordingService recordings;

    private final SimulatorControl control = SimulatorControl.remote(URI.create(Deployments.SERVER));

    @AfterEach
    void reset() {
        control.reset();
    }

    @Test
    @OperateOnDeployment("app")
    void theContainersFaultToleranceRetriesReadsOnly() {
        control.stub("getMeetingInfo", Stub.badGateway());
        assertThrows(BbbTransportException.class, () -> meetings.getMeetingInfo("ft-1"));
        assertEquals(3, control.requests("getMeetingInfo").size(), "a read is tried once and retried twice");
        control.stub("end", Stub.badGateway());
        assertThrows(BbbTransportException.class, () -> meetings.end("ft-1"));
        assertEquals(1, control.requests("end").size(), "end is never repeated");
    }

    @Test
    @OperateOnDeployment("app")
    void aJoinStormSendsOneCreate() throws Exception {
        MeetingContext lecture = MeetingContext.of(COURSE, new Activity("storm", "Lecture start"));
        ExecutorService pool = Executors.newFixedThreadPool(50);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<?>> joins = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                LmsUser student = LmsUser.of("s-" + i, "Student " + i, "Learner");
                joins.add(pool.submit(() -> {
                    go.await();
                    return courseMeetings.joinUrl(lecture, student);
                }));
            }
            go.countDown();
            for (Future<?> join : joins) {
                join.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, control.requests("create").size(), "50 joins, one create");
    }

    @Test
    @OperateOnDeployment("app")
    void aViewerWaitsForTheModerator() {
        MeetingContext seminar = MeetingContext.of(COURSE, new Activity("seminar", "Seminar"));
        JoinSettings waiting = JoinSettings.defaults().withWaitForModerator(true);
        assertInstanceOf(JoinDecision.Wait.class, courseMeetings.join(seminar, STUDENT, waiting));
        assertEquals(0, control.requests("create").size(), "a waiting viewer creates nothing");

        JoinDecision.Join teacher = assertInstanceOf(JoinDecision.Join.class, courseMeetings.join(seminar, TEACHER, waiting));
        control.connectUser(courseMeetings.meetingId(seminar), "Marie Curie", SimRole.MODERATOR, "teacher-1");
        assertEquals(io.github.bbbjakarta.api.Role.MODERATOR, teacher.role());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);   // the shared cache lives 5 s
        JoinDecision student;
        do {
            student = courseMeetings.join(seminar, STUDENT, waiting);
        } while (!(student instanceof JoinDecision.Join) && System.nanoTime() < deadline && sleep());
        assertEquals(io.github.bbbjakarta.api.Role.VIEWER, assertInstanceOf(JoinDecision.Join.class, student).role());
    }

    @Test
    @OperateOnDeployment("app")
    void sectionsBecomeBreakoutGroupsAndTheCoursesRecordingsAreManagedByRole() {
        MeetingContext lab = MeetingContext.of(COURSE, new Activity("lab", "Lab session").withRecorded(true))
                .withBreakoutSections(List.of(new Section("grp-a", "Group A").withMembers("student-7", "s-2"),
                        new Section("grp-b", "Group B").withMembers("s-3")));
        courseMeetings.open(lab);
        String meetingID = courseMeetings.meetingId(lab);
        assertEquals(List.of(new BreakoutGroupSnapshot("grp-a", "Group A", List.of("student-7", "s-2")),
                        new BreakoutGroupSnapshot("grp-b", "Group B", List.of("s-3"))),
                control.meeting(meetingID).orElseThrow().groups());

        control.connectUser(meetingID, "Marie Curie", SimRole.MODERATOR, "teacher-1");
        control.startRecording(meetingID);
        control.endMeeting(meetingID);
        control.advanceRecordings();
        control.advanceRecordings();
        List<CourseRecording> seen = recordings.list(lab, RecordingScope.ACTIVITY, STUDENT, 0, 20).recordings();
        assertEquals(1, seen.size(), seen::toString);
        String recordID = seen.get(0).recordID();

        assertThrows(RecordingAccessDeniedException.class, () -> recordings.delete(lab, STUDENT, recordID));
        assertEquals(0, control.requests("deleteRecordings").size(), "refused before anything is sent");
        recordings.publish(lab, TEACHER, recordID, false);
        assertTrue(recordings.list(lab, RecordingScope.ACTIVITY, STUDENT, 0, 20).recordings().isEmpty(),
                "viewers see published recordings only");
        assertEquals(1, recordings.list(lab, RecordingScope.ACTIVITY, TEACHER, 0, 20).recordings().size());
    }

    private static boolean sleep() {
        try {
            Thread.sleep(500);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
