package io.github.bbbjakarta.cdi;

import io.github.bbbjakarta.api.ApiVersion;
import io.github.bbbjakarta.api.BbbApiException;
import io.github.bbbjakarta.api.BbbTransportException;
import io.github.bbbjakarta.api.BigBlueButtonClient;
import io.github.bbbjakarta.api.ChecksumAlgorithm;
import io.github.bbbjakarta.api.CreateMeetingRequest;
import io.github.bbbjakarta.api.CreateMeetingResponse;
import io.github.bbbjakarta.api.JoinMeetingRequest;
import io.github.bbbjakarta.api.JoinMeetingResponse;
import io.github.bbbjakarta.api.JoinUrl;
import io.github.bbbjakarta.api.MeetingInfo;
import io.github.bbbjakarta.api.Role;
import io.github.bbbjakarta.simulator.BbbSimulatorExtension;
import io.github.bbbjakarta.simulator.JoinSession;
import io.github.bbbjakarta.simulator.Stub;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MeetingServiceTest {
    private static final String SECRET = "cdi-test-secret-8f2a";

    @RegisterExtension
    static final BbbSimulatorExtension SIM = BbbSimulatorExtension.withSecret(SECRET);

    private TestContainer start(Map<String, String> extra) {
        Map<String, String> props = new java.util.HashMap<>(Map.of(
                "bbb.url", SIM.apiUrl().toString(), "bbb.secret", SECRET));
        props.putAll(extra);
        return TestContainer.withProperties(props, EventRecorder.class);
    }

    @Test
    void injectedServiceReachesTheConfiguredServer() {
        try (TestContainer cdi = start(Map.of())) {
            MeetingService meetings = cdi.get(MeetingService.class);
            EventRecorder recorder = cdi.get(EventRecorder.class);

            ApiVersion version = meetings.checkConnection();
            assertEquals("2.0", version.version());
            assertEquals(SIM.apiUrl(), meetings.apiUrl());

            CreateMeetingRequest request = CreateMeetingRequest.builder("cdi-m1", "CDI meeting").record(true).build();
            CreateMeetingResponse created = meetings.create(request);
            assertEquals("true", SIM.control().meeting("cdi-m1").orElseThrow().createParam("record").orElseThrow());
            assertTrue(meetings.create(request).isDuplicate(), "second create is a duplicate, served by the record");
            assertEquals(List.of(new MeetingCreated(request, created)), recorder.events(),
                    "MeetingCreated once, not for the duplicate");

            JoinUrl url = meetings.joinUrl(JoinMeetingRequest.builder("cdi-m1", "Ada", Role.MODERATOR).build());
            assertTrue(url.uri().toString().startsWith(SIM.apiUrl() + "join?"));
            JoinMeetingResponse joined = meetings.join(JoinMeetingRequest.builder("cdi-m1", "Grace", Role.VIEWER)
                    .userID("u-7").createTime(created.createTime()).build());
            JoinSession session = SIM.control().joinSessions().get(0);
            assertEquals("u-7", session.userID());
            assertEquals(io.github.bbbjakarta.simulator.SimRole.VIEWER, session.role());
            assertEquals(session.internalUserID(), joined.userID());

            assertFalse(meetings.isMeetingRunning("cdi-m1"), "nobody connected");
            MeetingInfo info = meetings.getMeetingInfo("cdi-m1");
            assertEquals("CDI meeting", info.meetingName());
            assertTrue(meetings.findMeetingInfo("cdi-m1").isPresent());
            assertTrue(meetings.findMeetingInfo("no-such-meeting").isEmpty());
            assertEquals(List.of("cdi-m1"), meetings.getMeetings().stream().map(MeetingInfo::meetingID).toList());

            meetings.end("cdi-m1");
            assertTrue(SIM.control().meeting("cdi-m1").isEmpty());
            assertEquals(new MeetingEnded("cdi-m1"), recorder.events().get(1));
            BbbApiException notFound = assertThrows(BbbApiException.class, () -> meetings.end("cdi-m1"));
            assertEquals("notFound", notFound.messageKey());
            assertEquals(2, recorder.events().size(), "no MeetingEnded for a failed end");

            assertEquals(List.of("", "isMeetingRunning", "create", "join", "isMeetingRunning",
                            "getMeetingInfo", "getMeetingInfo", "getMeetingInfo", "getMeetings", "end", "end"),
                    SIM.control().requests().stream().map(e -> e.callName()).toList(),
                    "each call reaches the server once; the repeated create is served by the created-meeting"
                            + " record; joinUrl sends nothing");
        }
    }

    @Test
    void clientIsOneSharedInstanceWithTheConfiguredSettings() {
        try (TestContainer cdi = start(Map.of("bbb.checksum", "sha512"))) {
            BigBlueButtonClient a = cdi.get(BigBlueButtonClient.class);
            BigBlueButtonClient b = cdi.get(BigBlueButtonClient.class);
            assertSame(a, b);
            assertEquals(ChecksumAlgorithm.SHA512, a.checksumAlgorithm());
            cdi.get(MeetingService.class).checkConnection();
            String checksum = SIM.control().requests().get(1).param("checksum").orElseThrow();
            assertEquals(128, checksum.length(), "signed with sha512");
        }
    }

    @Test
    void clientIsClosedWhenTheContainerStops() {
        BigBlueButtonClient client;
        try (TestContainer cdi = start(Map.of())) {
            client = cdi.get(BigBlueButtonClient.class);
            client.checkConnection();
        }
        BbbTransportException e = assertThrows(BbbTransportException.class, client::checkConnection);
        assertTrue(e.getMessage().contains("closed"), e.getMessage());
    }

    @Test
    void readTimeoutIsApplied() {
        try (TestContainer cdi = start(Map.of("bbb.read-timeout", "200ms"))) {
            // With the default 15 s read timeout this call would succeed after the 1 s delay.
            SIM.control().stub("getMeetings", Stub.delay(Duration.ofSeconds(1)));
            BbbTransportException e = assertThrows(BbbTransportException.class,
                    () -> cdi.get(MeetingService.class).getMeetings());
            assertTrue(e.getMessage().contains("timed out"), e.getMessage());
        }
    }

    @Test
    void callTimeoutIsApplied() {
        try (TestContainer cdi = start(Map.of("bbb.call-timeout", "300ms"))) {
            // The read timeout (15 s) would wait for the delayed answer; the call's total deadline does not.
            SIM.control().stub("getMeetings", Stub.delay(Duration.ofSeconds(2)));
            long start = System.nanoTime();
            BbbTransportException e = assertThrows(BbbTransportException.class,
                    () -> cdi.get(MeetingService.class).getMeetings());
            assertTrue(e.getMessage().contains("timed out"), e.getMessage());
            assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(Duration.ofMillis(1500)) < 0,
                    "gave up at the call's deadline, not after the server's delay");
        }
    }
}
