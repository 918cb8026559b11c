package io.github.bbbjakarta.simulator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The simulated HTML5 client page over real HTTP: what it shows (ids a browser test reads), its leave and end
 * forms, the guest lobby, escaping and HEAD.
 */
class ClientPageTest {
    static final String SECRET = "client-page-secret";

    @RegisterExtension
    static BbbSimulatorExtension SIM = BbbSimulatorExtension.withSecret(SECRET);

    private final TestApi api = new TestApi(SIM.apiUrl(), SECRET);

    /** A join over the API (redirect=false): the client URL and the session token. */
    private record Join(String url, String token) {
    }

    private Join join(String meetingID, String fullName, String role, String... extra) {
        List<String> kv = new ArrayList<>(List.of("meetingID", meetingID, "fullName", fullName, "role", role));
        kv.addAll(List.of(extra));
        Xml x = api.joinXml(kv.toArray(String[]::new));
        assertEquals("SUCCESS", x.text("returncode"), x::toString);
        return new Join(x.text("url"), x.text("session_token"));
    }

    /** create with this name (TestApi.create names it "Meeting ID"). */
    private void create(String meetingID, String name, String... extra) {
        List<String> kv = new ArrayList<>(List.of("name", name, "meetingID", meetingID));
        kv.addAll(List.of(extra));
        Xml x = Xml.parse(api.get("create", TestApi.query(kv.toArray(String[]::new))).body());
        assertEquals("SUCCESS", x.text("returncode"), x::toString);
    }

    private String base() {
        return SIM.simulator().baseUrl().toString().replaceAll("/$", "");
    }

    private HttpResponse<String> post(String path, String token) {
        return TestApi.send(HttpRequest.newBuilder(URI.create(base() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("sessionToken=" + TestApi.enc(token),
                        StandardCharsets.UTF_8)).build());
    }

    /** The text content of the element with this id, or {@code null} when there is none. */
    static String text(String html, String id) {
        Matcher m = Pattern.compile("<(\\w+)[^>]*\\bid=\"" + Pattern.quote(id) + "\"[^>]*>(.*?)</\\1>",
                Pattern.DOTALL).matcher(html);
        return m.find() ? m.group(2).replaceAll("<[^>]*>", "").trim() : null;
    }

    /** The start tag of the element with this id, or {@code null}. */
    static String tag(String html, String id) {
        Matcher m = Pattern.compile("<\\w+[^>]*\\bid=\"" + Pattern.quote(id) + "\"[^>]*>").matcher(html);
        return m.find() ? m.group() : null;
    }

    /** The participants as {@code text|data-role}. */
    static List<String> participants(String html) {
        Matcher m = Pattern.compile("<li class=\"participant\" data-role=\"([A-Z]+)\">([^<]*)</li>").matcher(html);
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.group(2) + "|" + m.group(1));
        }
        return out;
    }

    private JoinSession session(String token) {
        return SIM.control().joinSessions().stream().filter(s -> s.sessionToken().equals(token)).findFirst()
                .orElseThrow();
    }

    @Test
    void moderatorAndViewerSeeTheirNameRoleAndTheParticipants() {
        create("cp-1", "Physics 101");
        Join ann = join("cp-1", "Ann", "moderator", "userID", "ann-7");
        HttpResponse<String> first = TestApi.getUrl(ann.url());
        assertEquals(200, first.statusCode());
        assertTrue(first.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
        Join bob = join("cp-1", "Bob", "viewer");
        String page = TestApi.getUrl(bob.url()).body();

        assertTrue(page.startsWith("<!DOCTYPE html>"), page);
        assertTrue(page.contains("<title>Physics 101 - BigBlueButton (simulated)</title>"), page);
        assertTrue(page.contains("<meta http-equiv=\"refresh\" content=\"2\">"), page);
        assertEquals("Physics 101", text(page, "meeting-name"));
        assertEquals("Bob", text(page, "user-name"));
        assertEquals("VIEWER", text(page, "user-role"));
        assertEquals("", text(page, "user-id"), "no userID on the join");
        assertNull(tag(page, "guest"));
        assertNull(tag(page, "breakout-group"), "no groups on create");
        assertNull(tag(page, "recording"));
        assertEquals(List.of("Ann (MODERATOR)|MODERATOR", "Bob (VIEWER)|VIEWER"), participants(page));
        assertTrue(tag(page, "leave").startsWith("<button"));
        assertNull(tag(page, "end-meeting"), "only moderators may end the meeting");
        assertFalse(page.contains("src=") || page.contains("href="), "no external resources: " + page);

        String annPage = TestApi.getUrl(ann.url()).body();
        assertEquals("Ann", text(annPage, "user-name"));
        assertEquals("MODERATOR", text(annPage, "user-role"));
        assertEquals("ann-7", text(annPage, "user-id"));
        assertTrue(tag(annPage, "end-meeting").startsWith("<button"));
        assertTrue(annPage.contains("<form method=\"post\" action=\"html5client/end\">"), annPage);
        assertEquals(2, SIM.control().meeting("cp-1").orElseThrow().attendees().size(),
                "reloading the page connects nobody twice");
    }

    @Test
    void breakoutGroupOfAMemberAndOfANonMember() {
        api.create("cp-groups", "groups", "[{\"id\":\"g-a\",\"name\":\"Section A\",\"roster\":[\"stu-1\",\"stu-2\"]},"
                + "{\"id\":\"g-b\",\"name\":\"Section B\",\"roster\":[\"stu-3\"]}]");
        String member = TestApi.getUrl(join("cp-groups", "Stu Three", "viewer", "userID", "stu-3").url()).body();
        assertEquals("Section B", text(member, "breakout-group"));
        assertTrue(tag(member, "breakout-group").contains("data-group-id=\"g-b\""), member);

        String outsider = TestApi.getUrl(join("cp-groups", "Tim", "moderator", "userID", "teacher").url()).body();
        assertEquals("no group", text(outsider, "breakout-group"));
        assertFalse(tag(outsider, "breakout-group").contains("data-group-id"), outsider);
    }

    @Test
    void recordingBadgeWhileTheMeetingIsRecorded() {
        api.create("cp-rec", "record", "true", "autoStartRecording", "true");
        Join ann = join("cp-rec", "Ann", "moderator");
        assertEquals("recording", text(TestApi.getUrl(ann.url()).body(), "recording"));
        SIM.control().stopRecording("cp-rec");
        assertNull(tag(TestApi.getUrl(ann.url()).body(), "recording"));
    }

    @Test
    void leaveDisconnectsAndAReloadDoesNotReconnect() {
        create("cp-leave", "Chemistry");
        Join ann = join("cp-leave", "Ann", "moderator");
        Join bob = join("cp-leave", "Bob", "viewer");
        TestApi.getUrl(ann.url());
        TestApi.getUrl(bob.url());

        HttpResponse<String> left = post("/html5client/leave", bob.token());
        assertEquals(303, left.statusCode());
        String location = left.headers().firstValue("Location").orElseThrow();
        assertEquals("left?sessionToken=" + bob.token(), location);
        assertFalse(session(bob.token()).connected());
        assertEquals(List.of("Ann (MODERATOR)|MODERATOR"), participants(TestApi.getUrl(ann.url()).body()));

        HttpResponse<String> result = TestApi.getUrl(base() + "/html5client/" + location);
        assertEquals(200, result.statusCode());
        assertEquals("You left Chemistry.", text(result.body(), "left"));
        HttpResponse<String> reload = TestApi.getUrl(bob.url());
        assertEquals(200, reload.statusCode());
        assertEquals("You left Chemistry.", text(reload.body(), "left"));
        assertFalse(session(bob.token()).connected(), "a reload of the page does not reconnect a user that left");
        assertTrue(SIM.control().meeting("cp-leave").orElseThrow().attendees().stream()
                .filter(a -> a.fullName().equals("Bob")).allMatch(AttendeeSnapshot::left));

        assertTrue(SIM.control().connect(bob.token()).connected(), "the control API still reconnects it");
        assertEquals("Bob", text(TestApi.getUrl(bob.url()).body(), "user-name"));
    }

    @Test
    void aModeratorEndsTheMeetingWithItsCallbacks() {
        create("cp-end", "History", "meta_endCallbackUrl", "http://127.0.0.1:9/lms/ended", "record", "true",
                "autoStartRecording", "true");
        Join ann = join("cp-end", "Ann", "moderator");
        Join bob = join("cp-end", "Bob", "viewer");
        TestApi.getUrl(ann.url());
        TestApi.getUrl(bob.url());

        HttpResponse<String> ended = post("/html5client/end", ann.token());
        assertEquals(303, ended.statusCode());
        String location = ended.headers().firstValue("Location").orElseThrow();
        assertEquals("ended?sessionToken=" + ann.token(), location);
        assertTrue(SIM.control().meeting("cp-end").isEmpty(), "the meeting is gone");
        assertTrue(SIM.control().callbacks().stream().anyMatch(c -> c.kind() == CallbackSnapshot.Kind.END
                && c.url().startsWith("http://127.0.0.1:9/lms/ended?recordingmarks=true&meetingID=cp-end")),
                () -> SIM.control().callbacks().toString());
        assertEquals(List.of("cp-end|processing"), SIM.control().recordings().stream()
                .map(r -> r.meetingID() + "|" + r.state()).toList(), "the recording lifecycle starts as with end");

        HttpResponse<String> result = TestApi.getUrl(base() + "/html5client/" + location);
        assertEquals(200, result.statusCode());
        assertEquals("You ended History. The meeting is over for everyone.", text(result.body(), "ended"));
        HttpResponse<String> viewer = TestApi.getUrl(bob.url());
        assertEquals(404, viewer.statusCode());
        assertEquals("The meeting History has ended.", text(viewer.body(), "meeting-ended"));
        assertEquals(404, TestApi.getUrl(ann.url()).statusCode());
    }

    @Test
    void aViewerCannotEndTheMeeting() {
        api.create("cp-noend");
        TestApi.getUrl(join("cp-noend", "Ann", "moderator").url());
        Join bob = join("cp-noend", "Bob", "viewer");
        TestApi.getUrl(bob.url());
        HttpResponse<String> refused = post("/html5client/end", bob.token());
        assertEquals(403, refused.statusCode());
        assertTrue(text(refused.body(), "forbidden").contains("moderator"), refused.body());
        assertTrue(SIM.control().meeting("cp-noend").orElseThrow().running());
    }

    @Test
    void aGuestWaitsInTheLobbyUntilAdmitted() {
        create("cp-guest", "Open Day", "guestPolicy", "ASK_MODERATOR");
        Join guest = join("cp-guest", "Gina", "viewer", "guest", "true");
        HttpResponse<String> lobby = TestApi.getUrl(guest.url());
        assertEquals(200, lobby.statusCode());
        assertEquals("Gina is waiting for a moderator of Open Day to be let in.", text(lobby.body(), "lobby"));
        assertTrue(lobby.body().contains("<meta http-equiv=\"refresh\" content=\"2\">"));
        assertNull(tag(lobby.body(), "participants"));
        assertFalse(session(guest.token()).connected());

        SIM.control().connect(guest.token());
        String page = TestApi.getUrl(guest.url()).body();
        assertEquals("Gina", text(page, "user-name"));
        assertEquals("guest", text(page, "guest"));
        assertEquals(List.of("Gina (VIEWER)|VIEWER"), participants(page));
    }

    @Test
    void aModeratorAdmitsOrDeniesWaitingGuestsFromItsPage() {
        api.create("cp-admit", "guestPolicy", "ASK_MODERATOR");
        Join ann = join("cp-admit", "Ann", "moderator");
        Join gina = join("cp-admit", "Gina", "viewer", "guest", "true");
        Join gus = join("cp-admit", "Gus", "viewer", "guest", "true");
        TestApi.getUrl(gina.url());
        String annPage = TestApi.getUrl(ann.url()).body();
        String ginaId = session(gina.token()).internalUserID();
        assertTrue(annPage.contains("<li class=\"waiting-guest\" data-user-id=\"" + ginaId + "\">"), annPage);

        HttpResponse<String> admit = TestApi.send(HttpRequest.newBuilder(URI.create(base() + "/html5client/guest"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("sessionToken=" + ann.token() + "&guestUserId=" + ginaId
                        + "&decision=allow")).build());
        assertEquals(303, admit.statusCode());
        assertEquals("../html5client?sessionToken=" + ann.token(), admit.headers().firstValue("Location")
                .orElseThrow());
        assertEquals("Gina", text(TestApi.getUrl(gina.url()).body(), "user-name"), "the lobby's reload lets it in");
        assertTrue(session(gina.token()).connected());

        String gusId = session(gus.token()).internalUserID();
        TestApi.send(HttpRequest.newBuilder(URI.create(base() + "/html5client/guest"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("sessionToken=" + ann.token() + "&guestUserId=" + gusId
                        + "&decision=deny")).build());
        HttpResponse<String> denied = TestApi.getUrl(gus.url());
        assertEquals(403, denied.statusCode());
        assertTrue(text(denied.body(), "denied").startsWith("Gus was denied access"), denied.body());
    }

    @Test
    void namesAreEscaped() {
        create("cp-esc", "<b>Bold</b> & co");
        Join evil = join("cp-esc", "<script>alert('x')</script>", "moderator", "userID", "\"><img>");
        String page = TestApi.getUrl(evil.url()).body();
        assertFalse(page.contains("<script>"), page);
        assertFalse(page.contains("<img>"), page);
        assertTrue(page.contains("<dd id=\"user-name\">&lt;script&gt;alert(&apos;x&apos;)&lt;/script&gt;</dd>"),
                page);
        assertTrue(page.contains("<title>&lt;b&gt;Bold&lt;/b&gt; &amp; co - BigBlueButton (simulated)</title>"),
                page);
        assertEquals("&quot;&gt;&lt;img&gt;", text(page, "user-id"));
    }

    @Test
    void headAnswersWithoutConnecting() {
        api.create("cp-head");
        Join ann = join("cp-head", "Ann", "moderator");
        HttpResponse<String> head = TestApi.send(HttpRequest.newBuilder(URI.create(ann.url()))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(200, head.statusCode());
        assertTrue(head.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
        assertEquals("", head.body());
        assertFalse(session(ann.token()).connected(), "a HEAD is no browser opening the page");
        assertEquals(404, TestApi.send(HttpRequest.newBuilder(URI.create(base() + "/html5client?sessionToken=nope"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build()).statusCode());
    }

    @Test
    void unknownTokensWrongMethodsAndUnknownPages() {
        HttpResponse<String> invalid = TestApi.getUrl(base() + "/html5client?sessionToken=nope");
        assertEquals(404, invalid.statusCode());
        assertEquals("No session has this token.", text(invalid.body(), "invalid"));
        assertEquals(404, post("/html5client/leave", "nope").statusCode());
        assertEquals(404, post("/html5client/end", "nope").statusCode());
        HttpResponse<String> getLeave = TestApi.getUrl(base() + "/html5client/leave?sessionToken=nope");
        assertEquals(405, getLeave.statusCode());
        assertEquals("POST", getLeave.headers().firstValue("Allow").orElseThrow());
        assertEquals(405, post("/html5client", "nope").statusCode());
        assertEquals(404, TestApi.getUrl(base() + "/html5client/other").statusCode());
    }

    @Test
    void aControlDisconnectIsALeaveForThePageToo() {
        api.create("cp-timeout");
        Join ann = join("cp-timeout", "Ann", "moderator");
        Join bob = join("cp-timeout", "Bob", "viewer");
        TestApi.getUrl(ann.url());
        TestApi.getUrl(bob.url());
        SIM.control().disconnect(bob.token());
        assertTrue(text(TestApi.getUrl(bob.url()).body(), "left").startsWith("You left"),
                "a control disconnect is a leave for the page too");
        assertFalse(session(bob.token()).connected());
    }
}
