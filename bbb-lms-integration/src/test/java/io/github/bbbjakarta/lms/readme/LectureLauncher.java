package io.github.bbbjakarta.lms.readme;

// tag::client[]
import io.github.bbbjakarta.api.*;

import java.time.Duration;

public class LectureLauncher {
    /** Opens the lecture and returns the URL to send the instructor's browser to. */
    public String launch(String secret) {
        // one client per server, shared by the whole application (closed at shutdown); here for one job
        try (BigBlueButtonClient bbb = BigBlueButtonClient.builder("https://bbb.example.com/bigbluebutton/", secret)
                .checksumAlgorithm(ChecksumAlgorithm.SHA256)  // default; SHA1 for BBB 2.4
                .callTimeout(Duration.ofSeconds(30))          // whole call, default 30 s (connect 5 s, silence 15 s)
                .build()) {

            ApiVersion version = bbb.checkConnection();      // reachable, and the secret is right

            CreateMeetingResponse meeting = bbb.meetings().create(
                    CreateMeetingRequest.builder("abc123", "Test Meeting")
                            .record(true).autoStartRecording(true).allowStartStopRecording(true)
                            .guestPolicy(GuestPolicy.ASK_MODERATOR)
                            .disabledFeatures(Feature.POLLS)
                            .meta("bbb-origin", "MyLMS")
                            .build());

            MeetingInfo info = bbb.meetings().getMeetingInfo("abc123");   // attendees, metadata, breakout rooms

            JoinUrl url = bbb.meetings().joinUrl(            // signed offline; a credential, never logged
                    JoinMeetingRequest.builder("abc123", "Ada Lovelace", Role.MODERATOR)
                            .userID("lms-42").createTime(meeting.createTime()).build());
            return url.toExternalForm();                     // e.g. response.sendRedirect(...)
        }
    }
}
// end::client[]
