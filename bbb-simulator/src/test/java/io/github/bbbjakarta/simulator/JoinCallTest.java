package io.github.bbbjakarta.simulator;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code join}: redirects, XML answer, role resolution, error redirects, guests, limits. */
class JoinCallTest {
    static final String SECRET = "join-secret";

    @RegisterExtension
    static BbbSimulatorExtension SIM = BbbSimulatorExtension.withSecret(SECRET);

    private final TestApi api = new TestApi(SIM.apiUrl(), SECRET);
    private String createTime;
    private String internalId;

    @BeforeEach
    void createMeeting() {
        Xml x = api.create("room", "attendeePW", "ap", "moderatorPW", "mp");
        createTime = x.text("createTime");
        internalId = x.text("internalMeetingID");
    }

    private HttpResponse<String> join(String... kv) {
        return api.get("join", TestApi.query(kv));
    }

    /** The decoded {@code errors} JSON of an error redirect. */
    private static String errors(HttpResponse<String> r) {
        assertEquals(302, r.statusCode(), r.body());
        String location = r.headers().firstValue("Location").orElseThrow();
        String query = URI.create(location).getRawQuery();
        int at = query.indexOf("errors=");
        return URLDecoder.decode(query.substring(at + "errors=".length()), StandardCharsets.UTF_8);
    }

    private static String location(HttpResponse<String> r) {
        return r.headers().firstValue("Location").orElseThrow();
    }

    @Test
    void redirectsToTheSimulatedClient() {
        HttpResponse<String> r = join("meetingID", "room", "fullName", "Ann", "role", "MODERATOR");
        assertEquals(302, r.statusCode());
        String location = location(r);
        assertTrue(location.matches("http://127\\.0\\.0\\.1:\\d+/html5client\\?sessionToken=[a-z0-9]{16}"),
                location);
        JoinSession s = SIM.control().joinSessions().get(0);
        assertEquals(location, s.clientUrl());
        assertEquals(SimRole.MODERATOR, s.role());
        assertFalse(s.connected());
        assertEquals("Ann", s.fullName());
        assertTrue(s.internalUserID().matches("w_[a-z0-9]{12}"));
        assertEquals(s.internalUserID(), s.userID(), "userID defaults to the internal user id");
    }

    @Test
    void enforceLayoutAddsWaitLayout() {
        HttpResponse<String> r = join("meetingID", "room", "fullName", "Ann", "role", "viewer",
                "enforceLayout", "VIDEO_FOCUS");
        assertTrue(location(r).contains("/html5client?waitLayout=1&sessionToken="), location(r));
    }

    @Test
    void redirectFalseAnswersJoinXml() {
        Xml x = api.joinXml("meetingID", "room", "fullName", "Bob", "password", "ap", "userID", "lms-42");
        assertEquals("SUCCESS", x.text("returncode"));
        assertEquals("successfullyJoined", x.text("messageKey"));
        assertEquals("You have joined successfully.", x.text("message"));
        assertEquals(internalId, x.text("meeting_id"));
        assertTrue(x.text("user_id").matches("w_[a-z0-9]{12}"));
        assertTrue(x.text("auth_token").matches("[a-z0-9]{12}"));
        assertTrue(x.text("session_token").matches("[a-z0-9]{16}"));
        assertEquals("ALLOW", x.text("guestStatus"));
        assertTrue(x.text("url").endsWith("/html5client?sessionToken=" + x.text("session_token")));
        JoinSession s = SIM.control().joinSessions().get(0);
        assertEquals(SimRole.VIEWER, s.role());
        assertEquals("lms-42", s.userID());
        assertEquals("lms-42", s.joinParam("userID").orElseThrow());
    }

    @Test
    void roleResolution() {
        assertEquals(SimRole.MODERATOR, roleOf("role", "moderator"));
        assertEquals(SimRole.VIEWER, roleOf("role", "VIEWER", "password", "mp"));
        assertEquals(SimRole.MODERATOR, roleOf("role", "admin", "password", "mp"));
        assertEquals(SimRole.VIEWER, roleOf("password", "ap"));
    }

    private SimRole roleOf(String... kv) {
        String[] all = new String[kv.length + 4];
        all[0] = "meetingID";
        all[1] = "room";
        all[2] = "fullName";
        all[3] = "User";
        System.arraycopy(kv, 0, all, 4, kv.length);
        Xml x = api.joinXml(all);
        assertEquals("SUCCESS", x.text("returncode"), x.source());
        String userId = x.text("user_id");
        return SIM.control().joinSessions().stream().filter(s -> s.internalUserID().equals(userId)).findFirst()
                .orElseThrow().role();
    }

    @Test
    void paramsRequiredErrorsAreXmlEvenWhenRedirecting() {
        HttpResponse<String> wrong = join("meetingID", "room", "fullName", "Eve", "password", "nope");
        assertEquals(200, wrong.statusCode());
        Xml x = Xml.parse(wrong.body());
        assertEquals("FAILED", x.text("returncode"));
        assertEquals("Params required", x.text("messageKey"));
        assertEquals("You must enter a valid password", x.text("message"));

        Xml none = Xml.parse(join("meetingID", "room", "fullName", "Eve").body());
        assertEquals("Params required", none.text("messageKey"));
        assertEquals("You must either send the valid role of the user, or the password, sould the meeting has one.",
                none.text("message"));
    }

    @Test
    void validationErrorsRedirectToTheDefaultLogoutUrlEvenWithRedirectFalse() {
        HttpResponse<String> r = join("meetingID", "unknown", "fullName", "Ann", "role", "viewer",
                "redirect", "false");
        assertTrue(location(r).startsWith(SIM.simulator().baseUrl() + "?errors="), location(r));
        // invalidMeetingIdentifier (bucket 10) is masked by meetingForciblyEnded (bucket 7)
        assertEquals("[{\"key\":\"meetingForciblyEnded\",\"message\":\"You can not join a meeting that has already"
                + " been forcibly ended\"}]", errors(r));
        assertTrue(location(r).contains("errors=[%7B%22key%22:%22meetingForciblyEnded%22"), location(r));
    }

    @Test
    void errorRedirectUrlWinsOverLogoutUrl() {
        HttpResponse<String> r = join("meetingID", "room", "fullName", "", "role", "viewer",
                "logoutURL", "https://lms.example/logout", "errorRedirectUrl", "https://lms.example/err?x=1");
        assertTrue(location(r).startsWith("https://lms.example/err?x=1&errors="), location(r));
        assertEquals("[{\"key\":\"missingParamFullName\",\"message\":\"You must provide your name\"}]", errors(r));

        HttpResponse<String> r2 = join("meetingID", "room", "fullName", "", "role", "viewer",
                "logoutURL", "https://lms.example/logout");
        assertTrue(location(r2).startsWith("https://lms.example/logout?errors="), location(r2));
    }

    @Test
    void wrongChecksumIsARedirectToo() {
        HttpResponse<String> r = api.raw("join", TestApi.query("meetingID", "room", "fullName", "A", "role",
                "viewer") + "&checksum=" + "1".repeat(40));
        assertEquals("[{\"key\":\"checksumError\",\"message\":\"Checksums do not match\"}]", errors(r));
    }

    @Test
    void otherValidationErrors() {
        assertTrue(errors(join("meetingID", "room", "fullName", "A", "role", "viewer", "guest", "maybe"))
                .contains("Guest must be a boolean value (true or false)"));
        assertTrue(errors(join("meetingID", "room", "fullName", "A", "role", "viewer", "auth", "maybe"))
                .contains("Auth must be a boolean value (true or false)"));
        assertTrue(errors(join("meetingID", "room", "fullName", "A", "role", "viewer", "createTime", "soon"))
                .contains("Value must be an integral number"));
        assertTrue(errors(join("meetingID", "room", "fullName", "A", "password", "x"))
                .contains("\"key\":\"invalidPassword\""));
        assertTrue(errors(join("fullName", "A", "role", "viewer")).contains("meetingForciblyEnded"));
    }

    @Test
    void missingFullNameFailsLikeBbbWeb() {
        assertEquals(500, join("meetingID", "room", "role", "viewer").statusCode());
    }

    @Test
    void createTimeMismatch() {
        HttpResponse<String> r = join("meetingID", "room", "fullName", "A", "role", "viewer", "createTime", "1");
        assertEquals("[{\"key\":\"mismatchCreateTimeParam\",\"message\":\"The createTime parameter submitted"
                + " mismatches with the current meeting.\"}]", errors(r));
        Xml x = api.joinXml("meetingID", "room", "fullName", "A", "role", "viewer", "createTime", "1");
        assertEquals("mismatchCreateTimeParam", x.text("messageKey"));
        Xml ok = api.joinXml("meetingID", "room", "fullName", "A", "role", "viewer", "createTime", createTime);
        assertEquals("SUCCESS", ok.text("returncode"));
    }

    @Test
    void internalMeetingIdAndItsPrefixAreAccepted() {
        assertEquals("SUCCESS", api.joinXml("meetingID", internalId, "fullName", "A", "role", "viewer")
                .text("returncode"));
        assertEquals("SUCCESS", api.joinXml("meetingID", internalId.substring(0, 20), "fullName", "A", "role",
                "viewer").text("returncode"));
    }

    @Test
    void maxParticipantsCountsConnectedUsers() {
        api.create("small", "maxParticipants", "1");
        Xml first = api.joinXml("meetingID", "small", "fullName", "One", "role", "viewer", "userID", "u1");
        assertEquals("SUCCESS", first.text("returncode"));
        // joined but not connected: the next join is still allowed
        assertEquals("SUCCESS", api.joinXml("meetingID", "small", "fullName", "Two", "role", "viewer",
                "userID", "u2").text("returncode"));
        SIM.control().connect(first.text("session_token"));
        HttpResponse<String> full = join("meetingID", "small", "fullName", "Three", "role", "viewer", "userID", "u3");
        assertEquals("[{\"key\":\"maxParticipantsReached\",\"message\":\"The number of participants allowed for this"
                + " meeting has been reached.\"}]", errors(full));
        assertEquals("maxParticipantsReached", api.joinXml("meetingID", "small", "fullName", "Three", "role",
                "viewer", "userID", "u3").text("messageKey"));
        assertEquals("SUCCESS", api.joinXml("meetingID", "small", "fullName", "One again", "role", "viewer",
                "userID", "u1").text("returncode"), "the same external user may rejoin");
        assertEquals("SUCCESS", api.joinXml("meetingID", "small", "fullName", "Bot", "role", "viewer",
                "userID", "bot", "bot", "true").text("returncode"));
    }

    @Test
    void guestPolicyDeny() {
        api.create("denied", "guestPolicy", "ALWAYS_DENY");
        HttpResponse<String> r = join("meetingID", "denied", "fullName", "G", "role", "viewer");
        assertEquals("[{\"key\":\"guestDeniedAccess\",\"message\":\"You have been denied access to this meeting based"
                + " on the meeting's guest policy\"}]", errors(r));
        Xml x = api.joinXml("meetingID", "denied", "fullName", "G", "role", "viewer");
        assertEquals("guestDeniedAccess", x.text("messageKey"));
        assertEquals("ALLOW", api.joinXml("meetingID", "denied", "fullName", "M", "role", "moderator")
                .text("guestStatus"));
        assertTrue(SIM.control().joinSessions().stream().anyMatch(s -> "DENY".equals(s.guestStatus())));
    }

    @Test
    void guestPolicyAskModerator() {
        api.create("lobby", "guestPolicy", "ASK_MODERATOR");
        Xml viewer = api.joinXml("meetingID", "lobby", "fullName", "V", "role", "viewer");
        assertEquals("WAIT", viewer.text("guestStatus"));
        assertEquals("WAIT", api.joinXml("meetingID", "lobby", "fullName", "G", "role", "viewer", "guest", "true")
                .text("guestStatus"));
        assertEquals("ALLOW", api.joinXml("meetingID", "lobby", "fullName", "M", "role", "moderator")
                .text("guestStatus"));
        HttpResponse<String> page = TestApi.getUrl(viewer.text("url"));
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("waiting"), page.body());
        assertFalse(SIM.control().meeting("lobby").orElseThrow().running());
    }

    @Test
    void userdataIsKeptAsCustomData() {
        Xml x = api.joinXml("meetingID", "room", "fullName", "Cus", "role", "viewer", "userID", "c1",
                "userdata-bbb_custom_style", ":root{--x:1}", "userdata-a-b", "dropped");
        SIM.control().connect(x.text("session_token"));
        Xml info = api.info("room");
        assertEquals(":root{--x:1}", info.text("bbb_custom_style"));
        assertFalse(info.has("b"));
        assertEquals(java.util.Map.of("bbb_custom_style", ":root{--x:1}"),
                SIM.control().meeting("room").orElseThrow().attendees().get(0).customData());
    }

    @Test
    void postIsNotAllowedIn30() {
        HttpResponse<String> r = TestApi.send(HttpRequest.newBuilder(api.uri("join",
                        api.signed("join", TestApi.query("meetingID", "room", "fullName", "A", "role", "viewer"))))
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(405, r.statusCode());
        assertTrue(SIM.control().joinSessions().isEmpty());
    }
}
