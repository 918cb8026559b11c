package io.github.bbbjakarta.simulator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The control API served as JSON under /__admin/, through {@link SimulatorControl#remote} and raw HTTP. */
class AdminApiTest {
    static final String SECRET = "admin-secret";

    @RegisterExtension
    static BbbSimulatorExtension SIM = BbbSimulatorExtension.withSecret(SECRET);

    private final TestApi api = new TestApi(SIM.apiUrl(), SECRET);

    private SimulatorControl remote() {
        return SimulatorControl.remote(SIM.simulator().baseUrl());
    }

    private static HttpResponse<String> admin(String method, String path, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(SIM.simulator().baseUrl() + "/__admin" + path));
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        return TestApi.send(b.build());
    }

    @Test
    void snapshotsOverHttpEqualTheInProcessOnes() {
        api.create("adm-1", "meta_bbb-context", "Course 101", "attendeePW", "ap", "moderatorPW", "mp");
        Xml join = api.joinXml("meetingID", "adm-1", "fullName", "Zoë \"Q\" <z>", "password", "mp",
                "userdata-bbb_x", "1");
        SimulatorControl remote = remote();
        assertEquals(SIM.control().meetings(), remote.meetings());
        assertEquals(SIM.control().joinSessions(), remote.joinSessions());
        assertEquals(SIM.control().requests(), remote.requests());
        assertEquals(SIM.control().requests("join"), remote.requests("join"));
        MeetingSnapshot m = remote.meeting("adm-1").orElseThrow();
        assertEquals("Course 101", m.metadata().get("bbb-context"));
        assertEquals(join.text("session_token"), m.joins().get(0).sessionToken());
    }

    @Test
    void journalEntriesDescribeRequestsAndOutcomes() {
        api.create("adm-2");
        api.get("getMeetingInfo", TestApi.query("meetingID", "missing"));
        List<JournalEntry> entries = remote().requests();
        assertEquals(2, entries.size());
        JournalEntry create = entries.get(0);
        assertEquals("GET", create.method());
        assertEquals("/bigbluebutton/api/create", create.path());
        assertEquals("create", create.callName());
        assertEquals("adm-2", create.param("meetingID").orElseThrow());
        assertEquals(200, create.status());
        assertEquals("SUCCESS", create.outcome());
        assertEquals("notFound", entries.get(1).outcome());
        assertTrue(entries.get(1).rawQuery().startsWith("meetingID=missing&checksum="));
        remote().clearRequests();
        assertTrue(SIM.control().requests().isEmpty());
    }

    @Test
    void connectAndDisconnectThroughTheAdminApi() {
        api.create("adm-3");
        Xml join = api.joinXml("meetingID", "adm-3", "fullName", "Al", "role", "viewer");
        JoinSession s = remote().connect(join.text("session_token"));
        assertTrue(s.connected());
        assertTrue(SIM.control().meeting("adm-3").orElseThrow().running());
        assertFalse(remote().disconnect(s.sessionToken()).connected());
        JoinSession synthetic = remote().connectUser("adm-3", "Synthetic", SimRole.MODERATOR, "ext-9");
        assertEquals("ext-9", synthetic.userID());
        assertEquals(SimRole.MODERATOR, synthetic.role());
        assertEquals(2, SIM.control().meeting("adm-3").orElseThrow().attendees().size());
    }

    @Test
    void stubsThroughTheAdminApi() {
        SimulatorControl remote = remote();
        remote.stub("create", Stub.delay(Duration.ofMillis(5)));
        remote.stub("hooks/create", Stub.response(200, "text/xml", "<response><returncode>SUCCESS</returncode>"
                + "</response>"));
        remote.stub("end", Stub.badGateway());
        assertEquals(Map.of("create", Stub.delay(Duration.ofMillis(5)), "hooks/create",
                Stub.response(200, "text/xml", "<response><returncode>SUCCESS</returncode></response>"),
                "end", Stub.badGateway()), remote.stubs());
        assertEquals(remote.stubs(), SIM.control().stubs());
        remote.removeStub("end");
        assertEquals(2, SIM.control().stubs().size());
        remote.reset();
        assertTrue(SIM.control().stubs().isEmpty());
    }

    @Test
    void errorsAreMappedToExceptions() {
        SimulatorControl remote = remote();
        assertThrows(IllegalArgumentException.class, () -> remote.connect("nope"));
        assertThrows(IllegalArgumentException.class, () -> remote.connectUser("nope", "X", SimRole.VIEWER, null));
        api.create("adm-4", "guestPolicy", "ALWAYS_DENY");
        api.joinXml("meetingID", "adm-4", "fullName", "Denied", "role", "viewer");
        String token = SIM.control().joinSessions().get(0).sessionToken();
        assertThrows(IllegalStateException.class, () -> remote.connect(token));
    }

    @Test
    void rawJson() {
        api.create("adm-5");
        HttpResponse<String> meetings = admin("GET", "/meetings", null);
        assertEquals(200, meetings.statusCode());
        assertEquals("application/json;charset=utf-8", meetings.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(meetings.body().startsWith("[{\"meetingID\":\"adm-5\",\"internalMeetingID\":\""),
                meetings.body());
        assertEquals(400, admin("POST", "/sessions/connect", "{not json").statusCode());
        assertEquals(400, admin("POST", "/users", "{\"meetingID\":\"adm-5\"}").statusCode());
        assertEquals(404, admin("POST", "/sessions/connect", "{\"sessionToken\":\"zzz\"}").statusCode());
        assertEquals(404, admin("GET", "/nothing", null).statusCode());
        assertEquals(405, admin("DELETE", "/meetings", null).statusCode());
        assertEquals(400, admin("PUT", "/stubs?call=create", "{\"type\":\"teapot\"}").statusCode());
        assertEquals(204, admin("PUT", "/stubs?call=create", "{\"type\":\"response\",\"status\":418,"
                + "\"contentType\":\"text/plain\",\"body\":\"tea\"}").statusCode());
        assertEquals(418, api.get("create", TestApi.query("meetingID", "t", "name", "tt")).statusCode());
        assertEquals(204, admin("POST", "/reset", null).statusCode());
        assertEquals("[]", admin("GET", "/meetings", null).body());
        assertFalse(admin("GET", "/requests", null).body().contains(SECRET));
    }
}
