package io.github.bbbjakarta.simulator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Running state, users timeout, end, expiry and the read calls, with a clock the test moves. */
class MeetingLifecycleTest {
    static final String SECRET = "lifecycle-secret";
    static final MutableClock CLOCK = new MutableClock(Instant.parse("2025-03-01T10:00:00Z"));

    @RegisterExtension
    static BbbSimulatorExtension SIM = BbbSimulatorExtension.withSecret(SECRET).clock(CLOCK)
            .usersTimeout(Duration.ofSeconds(60));

    private final TestApi api = new TestApi(SIM.apiUrl(), SECRET);

    private boolean running(String id) {
        return Boolean.parseBoolean(Xml.parse(api.get("isMeetingRunning", TestApi.query("meetingID", id)).body())
                .text("running"));
    }

    @Test
    void runningOnlyAfterTheClientConnects() {
        api.create("life-1");
        Xml join = api.joinXml("meetingID", "life-1", "fullName", "Ann", "role", "moderator");
        assertFalse(running("life-1"), "join alone does not make a meeting run");
        assertEquals("false", api.info("life-1").text("hasUserJoined"));

        HttpResponse<String> page = TestApi.getUrl(join.text("url"));
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Ann joined Meeting life-1"), page.body());
        assertTrue(running("life-1"));
        Xml info = api.info("life-1");
        assertEquals("true", info.text("hasUserJoined"));
        assertEquals("1", info.text("participantCount"));
        assertEquals("1", info.text("moderatorCount"));
        assertEquals("true", info.text("isPresenter"));
        assertEquals("HTML5", info.text("clientType"));
        assertEquals("0", info.text("endTime"));

        JoinSession left = SIM.control().disconnect(join.text("session_token"));
        assertFalse(left.connected());
        long leftAt = CLOCK.millis();
        assertTrue(running("life-1"), "a user that left is counted for usersTimeout");
        info = api.info("life-1");
        assertEquals("0", info.text("participantCount"));
        assertEquals(Long.toString(leftAt), info.text("endTime"));
        CLOCK.advance(Duration.ofSeconds(59));
        assertTrue(running("life-1"));
        CLOCK.advance(Duration.ofSeconds(1));
        assertFalse(running("life-1"));
        assertEquals("true", api.info("life-1").text("hasUserJoined"), "hasUserJoined never resets");
    }

    @Test
    void reconnectingKeepsTheMeetingRunning() {
        api.create("life-2");
        JoinSession s = SIM.control().connectUser("life-2", "Bea", SimRole.VIEWER, "bea");
        SIM.control().disconnect(s.sessionToken());
        CLOCK.advance(Duration.ofSeconds(30));
        assertTrue(SIM.control().connect(s.sessionToken()).connected());
        CLOCK.advance(Duration.ofSeconds(120));
        assertTrue(running("life-2"));
        assertEquals("0", api.info("life-2").text("endTime"));
    }

    @Test
    void endRemovesTheMeetingAtOnce() {
        api.create("life-3");
        JoinSession s = SIM.control().connectUser("life-3", "Cy", SimRole.MODERATOR);
        Xml end = Xml.parse(api.get("end", TestApi.query("meetingID", "life-3")).body());
        assertEquals("SUCCESS", end.text("returncode"));
        assertEquals("sentEndMeetingRequest", end.text("messageKey"));
        assertEquals("A request to end the meeting was sent. Please wait a few seconds, and then use the"
                + " getMeetingInfo or isMeetingRunning API calls to verify that it was ended.", end.text("message"));
        Xml info = api.info("life-3");
        assertEquals("notFound", info.text("messageKey"));
        assertEquals("A meeting with that ID does not exist", info.text("message"));
        assertFalse(running("life-3"));
        assertEquals("notFound", Xml.parse(api.get("end", TestApi.query("meetingID", "life-3")).body())
                .text("messageKey"));
        assertEquals(404, TestApi.getUrl(s.clientUrl()).statusCode());
        assertTrue(SIM.control().joinSessions().isEmpty());
    }

    @Test
    void breakoutRoomsOfAnEndedParentStayAnswerableUntilTheirOwnEndIsProcessed() {
        api.create("life-parent");
        String roomId = TestApi.digest("SHA-1", "life-room") + "-1700000000000";
        Xml room = Xml.parse(api.get("create", TestApi.query("name", "Room 1", "meetingID", roomId, "isBreakout",
                "true", "parentMeetingID", "life-parent", "sequence", "1")).body());
        assertEquals("SUCCESS", room.text("returncode"), room.source());

        Xml end = Xml.parse(api.get("end", TestApi.query("meetingID", "life-parent")).body());
        assertEquals("sentEndMeetingRequest", end.text("messageKey"));
        assertEquals("notFound", api.info("life-parent").text("messageKey"));
        assertEquals("SUCCESS", api.info(roomId).text("returncode"), "bbb-web only forwarded the parent's end");
        CLOCK.advance(io.github.bbbjakarta.simulator.internal.state.MeetingRegistry.BREAKOUT_END_DELAY.minusMillis(1));
        assertEquals("SUCCESS", Xml.parse(api.get("end", TestApi.query("meetingID", roomId)).body())
                .text("returncode"), "end on the room is still answered");
        CLOCK.advance(Duration.ofMillis(1));
        assertEquals("notFound", api.info(roomId).text("messageKey"), "akka ended the room a moment later");
        assertTrue(SIM.control().meetings().stream().noneMatch(m -> m.internalMeetingID().equals(roomId)));
    }

    @Test
    void headIsAnsweredWherever3Point0RoutesGet() {
        api.create("life-head");
        String query = api.signed("getMeetingInfo", TestApi.query("meetingID", "life-head"));
        HttpResponse<String> head = TestApi.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(SIM.apiUrl() + "getMeetingInfo?" + query))
                .method("HEAD", java.net.http.HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(200, head.statusCode());
        assertEquals("", head.body());
        assertTrue(head.headers().firstValue("Content-Type").orElse("").startsWith("text/xml"));
        HttpResponse<String> root = TestApi.send(java.net.http.HttpRequest.newBuilder(
                SIM.apiUrl()).method("HEAD", java.net.http.HttpRequest.BodyPublishers.noBody())
                .build());
        assertEquals(200, root.statusCode());
        HttpResponse<String> insert = TestApi.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(SIM.apiUrl() + "insertDocument?" + api.signed("insertDocument",
                        TestApi.query("meetingID", "life-head"))))
                .method("HEAD", java.net.http.HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(405, insert.statusCode(), "insertDocument is POST only, so HEAD is not routed either");
    }

    @Test
    void callsThat3Point0RemovedAreNotRouted() {
        for (String call : List.of("getDefaultConfigXML", "setConfigXML")) {
            HttpResponse<String> r = api.get(call, TestApi.query("meetingID", "m"));
            assertEquals(404, r.statusCode(), call);
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), call);
            assertEquals(404, SIM.control().requests(call).get(SIM.control().requests(call).size() - 1).status());
        }
    }

    @Test
    void readCallsWithoutMeetingId() {
        assertEquals("notFound", Xml.parse(api.get("getMeetingInfo", "").body()).text("messageKey"));
        assertEquals("notFound", Xml.parse(api.get("end", "").body()).text("messageKey"));
        assertEquals("false", Xml.parse(api.get("isMeetingRunning", "").body()).text("running"));
        assertEquals("sizeError", Xml.parse(api.get("isMeetingRunning", "meetingID=").body()).text("messageKey"));
    }

    @Test
    void getMeetingInfoShape() {
        api.create("info-1", "duration", "45", "record", "true", "maxParticipants", "25", "meta_bbb-origin", "LMS");
        SIM.control().connectUser("info-1", "Dan", SimRole.VIEWER, "dan");
        Xml x = api.info("info-1");
        assertEquals(List.of("returncode", "meetingName", "meetingID", "internalMeetingID", "createTime",
                "createDate", "voiceBridge", "dialNumber", "attendeePW", "moderatorPW", "running", "duration",
                "hasUserJoined", "recording", "hasBeenForciblyEnded", "startTime", "endTime", "participantCount",
                "listenerCount", "voiceParticipantCount", "videoCount", "maxUsers", "moderatorCount", "attendees",
                "metadata", "isBreakout"), x.childNames("response"));
        assertEquals("45", x.text("duration"));
        assertEquals("true", x.text("recording"));
        assertEquals("25", x.text("maxUsers"));
        assertEquals("dan", x.text("userID"));
        assertEquals("VIEWER", x.text("role"));
        assertEquals("false", x.text("isPresenter"));
        assertFalse(x.has("customdata"), "synthetic users have no custom data");
        assertEquals("LMS", x.text("bbb-origin"));
        assertEquals("false", x.text("isBreakout"));
        assertEquals(x.text("createTime"), x.text("startTime"));
    }

    @Test
    void getMeetingInfoAcceptsTheInternalIdAndItsPrefix() {
        String internal = api.create("lookup-1").text("internalMeetingID");
        assertEquals("lookup-1", api.info(internal).text("meetingID"));
        assertEquals("lookup-1", api.info(internal.substring(0, 12)).text("meetingID"));
        HttpResponse<String> post = api.post("getMeetingInfo", null, "application/x-www-form-urlencoded",
                TestApi.query("meetingID", "lookup-1", "checksum",
                        TestApi.digest("SHA-1", "getMeetingInfo" + SECRET)));
        assertEquals("lookup-1", Xml.parse(post.body()).text("meetingID"));
    }

    @Test
    void getMeetingsEmptyAndListed() {
        Xml empty = Xml.parse(api.get("getMeetings", "").body());
        assertEquals("SUCCESS", empty.text("returncode"));
        assertTrue(empty.source().contains("<meetings/>"), empty.source());
        assertEquals("noMeetings", empty.text("messageKey"));
        assertEquals("no meetings were found on this server", empty.text("message"));

        api.create("list-1");
        api.create("list-2", "attendeePW", "ap", "moderatorPW", "mp");
        Xml listed = Xml.parse(api.get("getMeetings", "").body());
        assertEquals(List.of("list-1", "list-2"), listed.texts("meetingID"));
        assertFalse(listed.has("messageKey"));
        assertEquals("ap", listed.texts("attendeePW").get(1));
    }

    @Test
    void countersAreGroupedInGetMeetingsOnly() {
        api.create("big-1", "maxParticipants", "1500");
        for (int i = 0; i < 1000; i++) {
            SIM.control().connectUser("big-1", "User " + i, i == 0 ? SimRole.MODERATOR : SimRole.VIEWER, "u" + i);
        }
        Xml listed = Xml.parse(api.get("getMeetings", "").body());
        assertEquals("1,500", listed.text("maxUsers"));
        assertEquals("1,000", listed.text("participantCount"));
        assertEquals("1", listed.text("moderatorCount"));
        Xml info = api.info("big-1");
        assertEquals("1500", info.text("maxUsers"));
        assertEquals("1000", info.text("participantCount"));
    }

    @Test
    void unjoinedMeetingExpires() {
        api.create("expire-1");
        api.create("expire-2", "meetingExpireIfNoUserJoinedInMinutes", "10");
        CLOCK.advance(Duration.ofMinutes(5).plusSeconds(1));
        assertEquals("notFound", api.info("expire-1").text("messageKey"));
        assertEquals("SUCCESS", api.info("expire-2").text("returncode"));
    }

    @Test
    void meetingEndsAfterItsDurationAndAfterTheLastUserLeft() {
        api.create("expire-3", "duration", "30");
        SIM.control().connectUser("expire-3", "Stay", SimRole.MODERATOR);
        api.create("expire-4");
        JoinSession s = SIM.control().connectUser("expire-4", "Leave", SimRole.MODERATOR);
        SIM.control().disconnect(s.sessionToken());
        CLOCK.advance(Duration.ofSeconds(60));
        assertEquals("SUCCESS", api.info("expire-4").text("returncode"));
        assertEquals("false", api.info("expire-4").text("running"));
        CLOCK.advance(Duration.ofSeconds(1));
        assertEquals("notFound", api.info("expire-4").text("messageKey"));
        CLOCK.advance(Duration.ofMinutes(29));
        assertEquals("notFound", api.info("expire-3").text("messageKey"));
    }

    @Test
    void apiRootAnswersVersion() {
        for (String call : List.of("", "/")) {
            HttpResponse<String> r = TestApi.getUrl(SIM.simulator().baseUrl() + "/bigbluebutton/api" + call);
            Xml x = Xml.parse(r.body());
            assertEquals("SUCCESS", x.text("returncode"));
            assertEquals("2.0", x.text("version"));
            assertEquals("2.0", x.text("apiVersion"));
            assertEquals("", x.text("bbbVersion"));
            assertEquals("0.0.94", x.text("html5PluginSdkVersion"));
            assertEquals(SIM.simulator().baseUrl() + "/graphql", x.text("graphqlWebsocketUrl"));
            assertEquals(SIM.simulator().baseUrl() + "/api/rest", x.text("graphqlApiUrl"));
        }
        try (BbbSimulator revealing = BbbSimulator.builder().secret(SECRET).revealBbbVersion("3.0.18").start()) {
            Xml x = Xml.parse(TestApi.getUrl(revealing.apiUrl().toString()).body());
            assertEquals("3.0.18", x.text("bbbVersion"));
            HttpResponse<String> json = TestApi.send(java.net.http.HttpRequest.newBuilder(revealing.apiUrl())
                    .header("Content-Type", "application/json").GET().build());
            assertTrue(json.headers().firstValue("Content-Type").orElseThrow().startsWith("application/json"));
            assertTrue(json.body().contains("\"bbbVersion\": \"3.0.18\""), json.body());
        }
    }

    @Test
    void recordingCallsAnswerAnEmptyStore() {
        Xml none = Xml.parse(api.get("getRecordings", TestApi.query("meetingID", "x")).body());
        assertEquals("SUCCESS", none.text("returncode"));
        assertEquals("noRecordings", none.text("messageKey"));
        assertEquals("There are no recordings for the meeting(s).", none.text("message"));
        Xml bad = Xml.parse(api.raw("getRecordings", "checksum=" + "2".repeat(40)).body());
        assertEquals("You did not pass the checksum security check", bad.text("message"));
        assertEquals("missingParamRecordID", Xml.parse(api.get("deleteRecordings", "").body()).text("messageKey"));
        assertEquals("missingParamPublish", Xml.parse(api.get("publishRecordings",
                TestApi.query("recordID", "r1")).body()).text("messageKey"));
        Xml notFound = Xml.parse(api.get("publishRecordings", TestApi.query("recordID", "r1", "publish", "true"))
                .body());
        assertEquals("notFound", notFound.text("messageKey"));
        assertEquals("We could not find recordings", notFound.text("message"));
    }

    @Test
    void otherCallsAreNotRecognized() {
        Xml x = Xml.parse(api.get("noSuchCall", TestApi.query("meetingID", "m", "message", "hi")).body());
        assertEquals("FAILED", x.text("returncode"));
        assertEquals("validationError", x.text("messageKey"));
        assertEquals("Request not recognized", x.text("message"));
        assertEquals("noSuchCall", SIM.control().requests().get(0).callName());
    }
}
