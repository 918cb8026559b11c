package io.github.bbbjakarta.api;

import org.junit.jupiter.api.Test;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** isMeetingRunning, getMeetingInfo, getMeetings and end over real HTTP, through a meeting's life. */
class MeetingLifecycleTest extends SimulatorTest {

    @Test
    void runningOnlyOnceABrowserConnects() throws Exception {
        client.meetings().create(CreateMeetingRequest.builder("life-1", "Life").meta("bbb-origin", "Sakai").build());
        assertFalse(client.meetings().isMeetingRunning("life-1"));

        JoinMeetingResponse joined = client.meetings().join(JoinMeetingRequest.builder("life-1", "Ada", Role.MODERATOR)
                .userID("lms-1").userdata("bbb_custom_style", "x").build());
        assertFalse(client.meetings().isMeetingRunning("life-1"), "join alone does not start the meeting");

        // the browser opens the client URL
        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(joined.url()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        assertTrue(client.meetings().isMeetingRunning("life-1"));

        MeetingInfo info = client.meetings().getMeetingInfo("life-1");
        assertTrue(info.running());
        assertTrue(info.hasUserJoined());
        assertEquals(1, info.participantCount());
        assertEquals(1, info.moderatorCount());
        assertEquals("Sakai", info.metadata().get("bbb-origin"));
        Attendee ada = info.attendees().get(0);
        assertEquals("lms-1", ada.userID());
        assertEquals(Role.MODERATOR, ada.role());
        assertEquals("x", ada.customData().get("bbb_custom_style"));
    }

    @Test
    void endRemovesTheMeeting() {
        CreateMeetingResponse first = client.meetings().create(CreateMeetingRequest.builder("life-2", "Ending").build());
        client.meetings().end("life-2");
        assertFalse(client.meetings().isMeetingRunning("life-2"));
        BbbApiException gone = assertThrows(BbbApiException.class, () -> client.meetings().getMeetingInfo("life-2"));
        assertEquals("notFound", gone.messageKey());
        assertTrue(client.meetings().findMeetingInfo("life-2").isEmpty());
        assertEquals("notFound", assertThrows(BbbApiException.class, () -> client.meetings().end("life-2")).messageKey());

        CreateMeetingResponse again = client.meetings().create(CreateMeetingRequest.builder("life-2", "Ending").build());
        assertFalse(again.isDuplicate());
        assertFalse(first.internalMeetingID().equals(again.internalMeetingID()));
    }

    @Test
    void getMeetingsWhenEmptyAndWhenNot() {
        assertEquals(List.of(), client.meetings().getMeetings());
        client.meetings().create(CreateMeetingRequest.builder("life-3", "Three").build());
        client.meetings().create(CreateMeetingRequest.builder("life-4", "Four").meta("bbb-context", "c4").build());
        List<MeetingInfo> all = client.meetings().getMeetings();
        assertEquals(List.of("life-3", "life-4"), all.stream().map(MeetingInfo::meetingID).collect(Collectors.toList()));
        assertEquals("c4", all.get(1).metadata().get("bbb-context"));
    }

    @Test
    void groupedCountersAreReadAsNumbers() throws Exception {
        client.meetings().create(CreateMeetingRequest.builder("life-5", "Big lecture").maxParticipants(1500).build());
        // bbb-web's get-meetings template prints counters without ?c, so FreeMarker groups the digits
        String raw = HttpClient.newHttpClient().send(HttpRequest.newBuilder(client.signedUrl("getMeetings", List.of()))
                .build(), HttpResponse.BodyHandlers.ofString()).body();
        assertTrue(raw.contains("<maxUsers>1,500</maxUsers>"), raw);
        assertEquals(1500, client.meetings().getMeetingInfo("life-5").maxUsers());
        assertEquals(1500, client.meetings().getMeetings().get(0).maxUsers());
    }

    @Test
    void asyncTwins() throws Exception {
        client.meetings().create(CreateMeetingRequest.builder("life-6", "Async").build());
        assertFalse(client.meetings().isMeetingRunningAsync("life-6").toCompletableFuture().get());
        assertEquals("Async", client.meetings().getMeetingInfoAsync("life-6").toCompletableFuture().get().meetingName());
        assertEquals(1, client.meetings().getMeetingsAsync().toCompletableFuture().get().size());
        client.meetings().endAsync("life-6").toCompletableFuture().get();
        assertTrue(client.meetings().findMeetingInfo("life-6").isEmpty());
        assertEquals("2.0", client.checkConnectionAsync().toCompletableFuture().get().version());
    }
}
