package io.github.bbbjakarta.it;

import io.github.bbbjakarta.api.ApiVersion;
import io.github.bbbjakarta.api.BbbApiException;
import io.github.bbbjakarta.api.CreateMeetingRequest;
import io.github.bbbjakarta.api.CreateMeetingResponse;
import io.github.bbbjakarta.api.JoinMeetingRequest;
import io.github.bbbjakarta.api.JoinUrl;
import io.github.bbbjakarta.api.MeetingInfo;
import io.github.bbbjakarta.api.Role;
import io.github.bbbjakarta.cdi.BbbServer;
import io.github.bbbjakarta.cdi.BbbServers;
import io.github.bbbjakarta.cdi.MeetingService;
import io.github.bbbjakarta.lms.Activity;
import io.github.bbbjakarta.lms.Course;
import io.github.bbbjakarta.lms.CourseMeetingService;
import io.github.bbbjakarta.lms.LmsUser;
import io.github.bbbjakarta.lms.MeetingContext;
import io.github.bbbjakarta.lms.Section;
import io.github.bbbjakarta.simulator.JoinSession;
import io.github.bbbjakarta.simulator.MeetingSnapshot;
import io.github.bbbjakarta.simulator.SimRole;
import io.github.bbbjakarta.simulator.SimulatorControl;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A course section's meeting, opened through the injected CourseMeetingService inside the server; named servers
 * injected by qualifier and picked per tenant.
 */
@ExtendWith({ArquillianExtension.class, ServerLogOnFailure.class})
class CourseMeetingIT {

    @Deployment(name = "simulator", order = 1, testable = false)
    static WebArchive simulator() {
        return Deployments.simulator();
    }

    @Deployment(name = "app", order = 2)
    static WebArchive app() {
        // two named servers on the same simulator: "east" signs with sha1 and serves tenant uni-east; "stale"
        // has an old secret
        return Deployments.lmsApp("course-app", Deployments.config(Deployments.SECRET)
                + "bbb.servers.east.url=" + Deployments.BBB_URL + "\nbbb.servers.east.secret=" + Deployments.SECRET + "\n"
                + "bbb.servers.east.checksum=sha1\nbbb.servers.east.tenants=uni-east\n"
                + "bbb.servers.stale.url=" + Deployments.BBB_URL + "\nbbb.servers.stale.secret=rotated-away-secret\n");
    }

    @Inject
    CourseMeetingService courseMeetings;
    @Inject
    MeetingService meetings;
    @Inject
    @BbbServer("east")
    MeetingService east;
    @Inject
    BbbServers servers;

    @Test
    @OperateOnDeployment("app")
    void namedServersAreInjectedAndPickedPerTenant() {
        SimulatorControl control = SimulatorControl.remote(URI.create(Deployments.SERVER));
        east.create(CreateMeetingRequest.builder("it-east-1", "On the east server").build());
        MeetingContext eastCourse = MeetingContext.of(Course.of("uni-east", "BIO-1", "Biology"), new Activity("a", "A"));
        MeetingContext northCourse = MeetingContext.of(Course.of("uni-north", "BIO-1", "Biology"), new Activity("a", "A"));
        courseMeetings.open(eastCourse);
        courseMeetings.open(northCourse);
        assertEquals(List.of(40, 40, 64), List.of(checksumLength(control, "it-east-1"),
                        checksumLength(control, courseMeetings.meetingId(eastCourse)),
                        checksumLength(control, courseMeetings.meetingId(northCourse))),
                "east's creates are signed with its sha1, the default server's with sha256");
        BbbApiException refused = assertThrows(BbbApiException.class, () -> servers.meetings("stale").getMeetings());
        assertTrue(refused.isChecksumError(), "the stale server signs with its own secret");
        east.end("it-east-1");
    }

    private static int checksumLength(SimulatorControl control, String meetingID) {
        return control.requests("create").stream().filter(e -> e.param("meetingID").orElse("").equals(meetingID))
                .findFirst().orElseThrow().param("checksum").orElse("").length();
    }

    @Test
    @OperateOnDeployment("app")
    void instructorsModerateAndLearnersView() throws Exception {
        MeetingContext context = MeetingContext.of(
                        Course.of("uni-north", "PHY-101", "Physics 101").withShortName("PHY101"),
                        new Activity("act-42", "Weekly lecture"))
                .inSection(new Section("sec-B", "Section B")).withEnrolledCount(35);
        LmsUser instructor = LmsUser.of("teacher-1", "Grace Hopper", "Instructor");
        LmsUser learner = LmsUser.of("student-9", "Alan Turing", "Learner");

        JoinUrl instructorUrl = courseMeetings.joinUrl(context, instructor);
        JoinUrl learnerUrl = courseMeetings.joinUrl(context, learner);
        String meetingId = courseMeetings.meetingId(context);
        assertTrue(meetingId.length() <= 64);
        for (String lmsId : List.of("uni-north", "PHY-101", "act-42", "sec-B")) {
            assertFalse(meetingId.contains(lmsId), meetingId);
        }

        HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        for (JoinUrl url : List.of(instructorUrl, learnerUrl)) {
            HttpResponse<Void> r = browser.send(HttpRequest.newBuilder(url.uri()).build(), HttpResponse.BodyHandlers.discarding());
            assertEquals(302, r.statusCode());
        }

        SimulatorControl control = SimulatorControl.remote(URI.create(Deployments.SERVER));
        MeetingSnapshot meeting = control.meeting(meetingId).orElseThrow();
        assertEquals("PHY-101", meeting.metadata().get("bbb-context-id"));
        assertEquals("Physics 101", meeting.metadata().get("bbb-context-name"));
        assertEquals("PHY101", meeting.metadata().get("bbb-context-label"));
        assertEquals("35", meeting.metadata().get("bbb-meeting-size-hint"));
        assertEquals("it-tests", meeting.metadata().get("bbb-origin"));

        List<JoinSession> sessions = control.joinSessions().stream().filter(s -> s.meetingID().equals(meetingId)).toList();
        assertEquals(2, sessions.size());
        assertEquals("teacher-1", sessions.get(0).userID());
        assertEquals(SimRole.MODERATOR, sessions.get(0).role());
        assertEquals("Grace Hopper", sessions.get(0).fullName());
        assertEquals("student-9", sessions.get(1).userID());
        assertEquals(SimRole.VIEWER, sessions.get(1).role());
        List<String> calls = control.requests().stream()
                .filter(e -> e.param("meetingID").orElse("").equals(meetingId)).map(e -> e.callName()).toList();
        // create before the first join URL; the second's identical create is answered from MeetingService's
        // created-meeting record (bbb.created-meeting-ttl); then the two browsers' joins
        assertEquals(List.of("create", "join", "join"), calls);
        courseMeetings.end(context);
    }

    /** README's main job (the CLI's demo) through the injected MeetingService of the default server. */
    @Test
    @OperateOnDeployment("app")
    void seedFlow() {
        ApiVersion version = meetings.checkConnection();
        assertEquals("2.0", version.version());

        CreateMeetingResponse created = meetings.create(CreateMeetingRequest.builder("seed-it-1", "Test Meeting")
                .record(true).autoStartRecording(true).allowStartStopRecording(true)
                .meta("bbb-origin", "it-tests").build());
        JoinUrl moderator = meetings.joinUrl(JoinMeetingRequest.builder("seed-it-1", "Ada Moderator", Role.MODERATOR)
                .createTime(created.createTime()).build());
        JoinUrl attendee = meetings.joinUrl(JoinMeetingRequest.builder("seed-it-1", "Bob Attendee", Role.VIEWER)
                .createTime(created.createTime()).build());
        assertTrue(moderator.toExternalForm().startsWith(Deployments.BBB_URL + "api/join?")
                && moderator.toExternalForm().contains("role=MODERATOR"));
        assertTrue(attendee.toExternalForm().contains("role=VIEWER"));

        MeetingInfo info = meetings.getMeetingInfo("seed-it-1");
        assertEquals("Test Meeting", info.meetingName());
        assertEquals("it-tests", info.metadata().get("bbb-origin"));

        MeetingSnapshot onServer = SimulatorControl.remote(URI.create(Deployments.SERVER)).meeting("seed-it-1").orElseThrow();
        assertTrue(onServer.record());
        assertEquals("true", onServer.createParam("autoStartRecording").orElseThrow());
        assertEquals("true", onServer.createParam("allowStartStopRecording").orElseThrow());

        meetings.end("seed-it-1");
        assertTrue(meetings.findMeetingInfo("seed-it-1").isEmpty());
        assertFalse(meetings.isMeetingRunning("seed-it-1"));
    }
}
