package io.github.bbbjakarta.api;

import io.github.bbbjakarta.simulator.JoinSession;
import org.junit.jupiter.api.Test;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** join URLs followed like a browser would, and server-side joins, against the simulator. */
class JoinMeetingTest extends SimulatorTest {
    private static final HttpClient BROWSER = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private static CreateMeetingResponse create(String meetingID) {
        return client.meetings().create(CreateMeetingRequest.builder(meetingID, "Join Test").build());
    }

    private static HttpResponse<String> follow(JoinUrl url) throws Exception {
        return BROWSER.send(HttpRequest.newBuilder(url.uri()).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void joinUrlsRedirectToTheClientWithTheRoleAsked() throws Exception {
        CreateMeetingResponse meeting = create("join-1");
        JoinUrl moderator = client.meetings().joinUrl(JoinMeetingRequest.builder("join-1", "Ada Lovelace", Role.MODERATOR)
                .userID("lms-7").createTime(meeting.createTime()).userdata("bbb_auto_join_audio", "true").build());
        JoinUrl viewer = client.meetings().joinUrl(JoinMeetingRequest.builder("join-1", "Émile Zola", Role.VIEWER)
                .userID("lms-8").build());

        HttpResponse<String> r = follow(moderator);
        assertEquals(302, r.statusCode());
        assertTrue(r.headers().firstValue("Location").orElseThrow().contains("/html5client?sessionToken="));
        assertEquals(302, follow(viewer).statusCode());

        List<JoinSession> sessions = SIM.simulator().control().joinSessions();
        assertEquals(2, sessions.size());
        assertEquals(io.github.bbbjakarta.simulator.SimRole.MODERATOR, sessions.get(0).role());
        assertEquals("lms-7", sessions.get(0).userID());
        assertEquals("true", sessions.get(0).customData().get("bbb_auto_join_audio"));
        assertEquals(io.github.bbbjakarta.simulator.SimRole.VIEWER, sessions.get(1).role());
        assertEquals("Émile Zola", sessions.get(1).fullName());
    }

    @Test
    void everyTypedJoinParameterArrivesUnderItsWireName() throws Exception {
        CreateMeetingResponse meeting = create("join-all");
        JoinMeetingRequest request = JoinMeetingRequest.builder("join-all", "Ada Lovelace", Role.VIEWER).userID("lms-9")
                .createTime(meeting.createTime()).avatarURL("https://lms.example.com/a.png")
                .webcamBackgroundURL("https://lms.example.com/bg.png").redirect(true)
                .errorRedirectUrl("https://lms.example.com/error").logoutURL("https://lms.example.com/bye")
                .guest(false).auth(true).bot(false).excludeFromDashboard(true).firstName("Ada").lastName("Lovelace")
                .enforceLayout(MeetingLayout.PRESENTATION_FOCUS).defaultLayout(MeetingLayout.SMART_LAYOUT)
                .userdata("bbb_skip_check_audio", "true").param("futureJoinParam", "x").build();
        assertEquals(302, follow(client.meetings().joinUrl(request)).statusCode());

        JoinSession session = SIM.simulator().control().joinSessions().get(0);
        List<java.util.Map.Entry<String, String>> received = session.joinParams().stream()
                .filter(p -> !p.name().equals("checksum")).map(p -> java.util.Map.entry(p.name(), p.value())).toList();
        assertEquals(request.parameters(), received);
    }

    @Test
    void serverSideJoinReturnsTheSession() {
        CreateMeetingResponse meeting = create("join-2");
        JoinMeetingResponse joined = client.meetings().join(JoinMeetingRequest.builder("join-2", "Ada", Role.MODERATOR)
                .userID("lms-1").build());
        assertEquals(meeting.internalMeetingID(), joined.internalMeetingID());
        assertTrue(joined.userID().startsWith("w_"));
        assertEquals(GuestStatus.ALLOW, joined.guestStatus());
        assertTrue(joined.url().toString().contains("sessionToken=" + joined.sessionToken()));
        assertFalse(joined.toString().contains(joined.sessionToken()));
        assertEquals("false", SIM.simulator().control().requests("join").get(0).param("redirect").orElseThrow());
    }

    @Test
    void aGuestWaitsUnderAskModerator() {
        client.meetings().create(CreateMeetingRequest.builder("join-3", "Lobby").guestPolicy(GuestPolicy.ASK_MODERATOR).build());
        JoinMeetingResponse guest = client.meetings().join(JoinMeetingRequest.builder("join-3", "Guest", Role.VIEWER)
                .guest(true).build());
        assertEquals(GuestStatus.WAIT, guest.guestStatus());
        BbbApiException denied = assertThrows(BbbApiException.class, () -> {
            client.meetings().create(CreateMeetingRequest.builder("join-4", "Closed").guestPolicy(GuestPolicy.ALWAYS_DENY).build());
            client.meetings().join(JoinMeetingRequest.builder("join-4", "Guest", Role.VIEWER).guest(true).build());
        });
        assertEquals("guestDeniedAccess", denied.messageKey());
    }

    @Test
    void joinErrorsSentAsRedirectsBecomeApiExceptions() {
        BbbApiException unknown = assertThrows(BbbApiException.class, () -> client.meetings().join(
                JoinMeetingRequest.builder("no-such-meeting", "Ada", Role.VIEWER).build()));
        assertEquals("meetingForciblyEnded", unknown.messageKey());
        assertEquals("You can not join a meeting that has already been forcibly ended", unknown.serverMessage());

        create("join-5");
        BbbApiException stale = assertThrows(BbbApiException.class, () -> client.meetings().join(
                JoinMeetingRequest.builder("join-5", "Ada", Role.VIEWER).createTime(1L).build()));
        assertEquals("mismatchCreateTimeParam", stale.messageKey());
    }

    @Test
    void aWrongPasswordIsTheLiteralParamsRequiredError() {
        create("join-6");
        BbbApiException e = assertThrows(BbbApiException.class, () -> client.meetings().join(
                JoinMeetingRequest.withPassword("join-6", "Ada", "wrong-password").build()));
        assertEquals("Params required", e.messageKey());
        assertEquals("You must enter a valid password", e.serverMessage());
    }

    @Test
    void theParticipantLimitIsEnforced() {
        client.meetings().create(CreateMeetingRequest.builder("join-7", "Small").maxParticipants(1).build());
        JoinMeetingResponse first = client.meetings().join(JoinMeetingRequest.builder("join-7", "One", Role.VIEWER).userID("u1").build());
        SIM.simulator().control().connect(first.sessionToken());
        BbbApiException e = assertThrows(BbbApiException.class, () -> client.meetings().join(
                JoinMeetingRequest.builder("join-7", "Two", Role.VIEWER).userID("u2").build()));
        assertEquals("maxParticipantsReached", e.messageKey());
    }

    @Test
    void joinAsync() throws Exception {
        create("join-8");
        JoinMeetingResponse r = client.meetings().joinAsync(JoinMeetingRequest.builder("join-8", "Ada", Role.VIEWER).build())
                .toCompletableFuture().get();
        assertEquals(GuestStatus.ALLOW, r.guestStatus());
    }
}
