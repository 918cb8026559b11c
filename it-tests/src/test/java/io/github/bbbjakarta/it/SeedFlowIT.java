package io.github.bbbjakarta.it;

import io.github.bbbjakarta.api.ApiVersion;
import io.github.bbbjakarta.api.CreateMeetingRequest;
import io.github.bbbjakarta.api.CreateMeetingResponse;
import io.github.bbbjakarta.api.JoinMeetingRequest;
import io.github.bbbjakarta.api.JoinUrl;
import io.github.bbbjakarta.api.MeetingInfo;
import io.github.bbbjakarta.api.Role;
import io.github.bbbjakarta.cdi.MeetingService;
import io.github.bbbjakarta.simulator.MeetingSnapshot;
import io.github.bbbjakarta.simulator.SimulatorControl;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The seed's flow through an injected MeetingService, inside the server, against the simulator WAR. */
@ExtendWith({ArquillianExtension.class, ServerLogOnFailure.class})
class SeedFlowIT {

    @Deployment(name = "simulator", order = 1, testable = false)
    static WebArchive simulator() {
        return Deployments.simulator();
    }

    @Deployment(name = "app", order = 2)
    static WebArchive app() {
        return Deployments.lmsApp("seed-app", Deployments.config(Deployments.SECRET));
    }

    @Inject
    MeetingService meetings;

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
        assertTrue(moderator.toExternalForm().startsWith(Deployments.BBB_URL + "api/join?") && moderator.toExternalForm().contains("role=MODERATOR"));
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
