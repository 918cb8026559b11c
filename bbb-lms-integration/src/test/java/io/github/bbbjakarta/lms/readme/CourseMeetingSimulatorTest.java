package io.github.bbbjakarta.lms.readme;

// tag::simulator[]
import io.github.bbbjakarta.api.*;
import io.github.bbbjakarta.simulator.*;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.*;

class CourseMeetingSimulatorTest {
    @RegisterExtension
    static BbbSimulatorExtension SIM = BbbSimulatorExtension.withSecret("s3cret");   // reset after each test

    @Test
    void opensTheCourseMeeting(BbbSimulator sim, SimulatorControl control) {
        try (BigBlueButtonClient bbb = BigBlueButtonClient.builder(sim.apiUrl(), "s3cret").build()) {
            // your LMS code runs here, pointed at sim.apiUrl() with secret "s3cret"
            bbb.meetings().create(CreateMeetingRequest.builder("abc123", "Physics 101").record(true).build());
            JoinMeetingResponse ada = bbb.meetings().join(
                    JoinMeetingRequest.builder("abc123", "Ada", Role.MODERATOR).userID("lms-42").build());

            // then look at what the server received
            MeetingSnapshot meeting = control.meeting("abc123").orElseThrow();   // every create parameter
            assertTrue(meeting.record());
            JoinSession session = control.joinSessions().get(0);                 // who joined, role, userID
            assertEquals(SimRole.MODERATOR, session.role());
            assertEquals("lms-42", session.userID());

            control.connect(ada.sessionToken());                                 // a browser connects: it runs
            assertTrue(bbb.meetings().isMeetingRunning("abc123"));

            control.stub("getMeetings", Stub.badGateway());                      // or truncatedXml(), delay(..)
            assertThrows(BbbTransportException.class, () -> bbb.meetings().getMeetings());
        }
    }
}
// end::simulator[]
