package io.github.bbbjakarta.simulator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bbb-webhooks management API ({@code hooks/create|list|destroy}) over real HTTP, signed by hand: answers,
 * error keys, duplicate and list semantics, its own strict checksum rule and algorithm setting, control API.
 */
class HooksApiTest {
    static final String SECRET = "hooks-secret";
    private static final Pattern UUID_V4 =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    private static final String CHECKSUM_ERROR = "<response><returncode>FAILED</returncode>"
            + "<messageKey>checksumError</messageKey>"
            + "<message>You did not pass the checksum security check.</message></response>";

    @RegisterExtension
    static BbbSimulatorExtension SIM = BbbSimulatorExtension.withSecret(SECRET);

    private static HttpResponse<String> raw(URI apiUrl, String call, String rawQuery) {
        return TestApi.send(HttpRequest.newBuilder(URI.create(apiUrl + call + "?" + rawQuery)).GET().build());
    }

    /** {@code query&checksum=hex(H("hooks/..." + query + secret))} with a JCA algorithm. */
    private static String signed(String jca, String call, String query) {
        String cs = TestApi.digest(jca, call + query + SECRET);
        return query.isEmpty() ? "checksum=" + cs : query + "&checksum=" + cs;
    }

    private static HttpResponse<String> call(String jca, String call, String... kv) {
        return raw(SIM.apiUrl(), call, signed(jca, call, TestApi.query(kv)));
    }

    private static HttpResponse<String> sha1(String call, String... kv) {
        return call("SHA-1", call, kv);
    }

    private static Xml xml(HttpResponse<String> r) {
        assertEquals(200, r.statusCode(), r::body);
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/xml"));
        return Xml.parse(r.body());
    }

    private static String create(String callbackURL, String... extra) {
        String[] kv = new String[extra.length + 2];
        kv[0] = "callbackURL";
        kv[1] = callbackURL;
        System.arraycopy(extra, 0, kv, 2, extra.length);
        Xml x = xml(sha1("hooks/create", kv));
        assertEquals("SUCCESS", x.text("returncode"), x::toString);
        return x.text("hookID");
    }

    @Test
    void createAnswersAUuidV4HookIdWithFlagsOnOneLine() {
        HttpResponse<String> r = sha1("hooks/create", "callbackURL", "https://lms.example/hook?course=1");
        String id = Xml.parse(r.body()).text("hookID");
        assertTrue(UUID_V4.matcher(id).matches(), id);
        assertEquals("<response><returncode>SUCCESS</returncode><hookID>" + id + "</hookID>"
                + "<permanentHook>false</permanentHook><rawData>false</rawData></response>", r.body());
        assertEquals("text/xml; charset=utf-8", r.headers().firstValue("Content-Type").orElseThrow());

        Xml raw = xml(sha1("hooks/create", "callbackURL", "https://lms.example/raw", "getRaw", "TRUE"));
        assertEquals("true", raw.text("rawData"));
        assertNotEquals(id, raw.text("hookID"));
    }

    @Test
    void createWithoutCallbackUrlIsMissingParamCallbackURL() {
        HttpResponse<String> r = sha1("hooks/create", "meetingID", "m1");
        assertEquals("<response><returncode>FAILED</returncode><messageKey>missingParamCallbackURL</messageKey>"
                + "<message>You must specify a callbackURL in the parameters.</message></response>", r.body());
        assertEquals(List.of(), SIM.control().hooks());
    }

    @Test
    void sameCallbackUrlIsADuplicateWhateverTheMeeting() {
        String id = create("https://lms.example/cb", "meetingID", "room-1");
        HttpResponse<String> again = sha1("hooks/create", "callbackURL", "https://lms.example/cb",
                "meetingID", "room-2", "getRaw", "true");
        assertEquals("<response><returncode>SUCCESS</returncode><hookID>" + id + "</hookID>"
                + "<messageKey>duplicateWarning</messageKey>"
                + "<message>There is already a hook for this callback URL.</message></response>", again.body());
        List<HookSnapshot> hooks = SIM.control().hooks();
        assertEquals(1, hooks.size());
        assertEquals(new HookSnapshot(id, "https://lms.example/cb", "room-1", null, false, false), hooks.get(0));
        JournalEntry last = SIM.control().requests("hooks/create").get(1);
        assertEquals("SUCCESS", last.returnCode());
        assertEquals("duplicateWarning", last.messageKey());
    }

    @Test
    void listShowsEveryHookWithCdataAndLowerCasedEventIds() {
        String global = create("https://lms.example/all?a=1&b=2", "eventID", "Meeting-Created,USER-joined");
        String scoped = create("https://lms.example/room", "meetingID", "room <1>", "getRaw", "true");
        HttpResponse<String> r = sha1("hooks/list");
        assertEquals("<response><returncode>SUCCESS</returncode><hooks>"
                + "<hook><hookID>" + global + "</hookID><callbackURL><![CDATA[https://lms.example/all?a=1&b=2]]>"
                + "</callbackURL><eventID>meeting-created,user-joined</eventID><permanentHook>false</permanentHook>"
                + "<rawData>false</rawData></hook>"
                + "<hook><hookID>" + scoped + "</hookID><callbackURL><![CDATA[https://lms.example/room]]>"
                + "</callbackURL><meetingID><![CDATA[room <1>]]></meetingID><permanentHook>false</permanentHook>"
                + "<rawData>true</rawData></hook></hooks></response>", r.body());
        Xml x = xml(r);
        assertEquals(List.of("https://lms.example/all?a=1&b=2", "https://lms.example/room"), x.texts("callbackURL"));
        assertEquals(List.of("meeting-created", "user-joined"), SIM.control().hooks().get(0).eventIDs());
    }

    @Test
    void listForAMeetingHasTheGlobalHooksAndThatMeetingsHooksSortedById() {
        String g1 = create("https://a.example/global-1");
        String r1 = create("https://a.example/room-1", "meetingID", "room-1");
        create("https://a.example/room-2", "meetingID", "room-2");
        String g2 = create("https://a.example/global-2");
        String r1b = create("https://a.example/room-1b", "meetingID", "room-1");
        List<String> expected = new java.util.ArrayList<>(List.of(g1, r1, g2, r1b));
        expected.sort(null);
        assertEquals(expected, xml(sha1("hooks/list", "meetingID", "room-1")).texts("hookID"));
        List<String> unknown = new java.util.ArrayList<>(List.of(g1, g2));
        unknown.sort(null);
        assertEquals(unknown, xml(sha1("hooks/list", "meetingID", "nobody")).texts("hookID"));
        assertEquals(5, xml(sha1("hooks/list")).texts("hookID").size());
    }

    @Test
    void emptyListHasAnEmptyHooksElement() {
        assertEquals("<response><returncode>SUCCESS</returncode><hooks></hooks></response>",
                sha1("hooks/list").body());
    }

    @Test
    void destroyRemovesTheHookOnceThenItIsMissing() {
        String id = create("https://lms.example/gone");
        assertEquals("<response><returncode>SUCCESS</returncode><removed>true</removed></response>",
                sha1("hooks/destroy", "hookID", id).body());
        assertEquals(List.of(), SIM.control().hooks());
        String missing = "<response><returncode>FAILED</returncode><messageKey>destroyMissingHook</messageKey>"
                + "<message>The hook informed was not found.</message></response>";
        assertEquals(missing, sha1("hooks/destroy", "hookID", id).body());
        assertEquals(missing, sha1("hooks/destroy", "hookID", "https://lms.example/gone").body());
        assertEquals("<response><returncode>FAILED</returncode><messageKey>missingParamHookID</messageKey>"
                + "<message>You must specify a hookID in the parameters.</message></response>",
                sha1("hooks/destroy").body());
        // after destroy the URL can be registered again, with a new id
        assertNotEquals(id, create("https://lms.example/gone"));
    }

    @Test
    void sha256IsAcceptedByDefault() {
        Xml x = xml(call("SHA-256", "hooks/create", "callbackURL", "https://lms.example/256"));
        assertEquals("SUCCESS", x.text("returncode"));
        assertEquals("SUCCESS", xml(call("SHA-512", "hooks/list")).text("returncode"));
        assertEquals("SUCCESS", xml(call("SHA-384", "hooks/list")).text("returncode"));
    }

    @Test
    void checksumIsComparedStrictlyLowerCaseHexOnly() {
        String q = TestApi.query("callbackURL", "https://lms.example/upper");
        String cs = TestApi.digest("SHA-1", "hooks/create" + q + SECRET);
        assertEquals(CHECKSUM_ERROR,
                raw(SIM.apiUrl(), "hooks/create", q + "&checksum=" + cs.toUpperCase(Locale.ROOT)).body());
        assertEquals(List.of(), SIM.control().hooks());
        // checksum first in the query works too (queryFromUrl strips "checksum=..&")
        assertEquals("SUCCESS", xml(raw(SIM.apiUrl(), "hooks/create", "checksum=" + cs + "&" + q))
                .text("returncode"));
    }

    @Test
    void checksumErrors() {
        String q = TestApi.query("callbackURL", "https://lms.example/x");
        // no checksum, empty checksum, bbb-web's call name, wrong secret, two checksums
        assertEquals(CHECKSUM_ERROR, raw(SIM.apiUrl(), "hooks/create", q).body());
        assertEquals(CHECKSUM_ERROR, raw(SIM.apiUrl(), "hooks/create", q + "&checksum=").body());
        assertEquals(CHECKSUM_ERROR, raw(SIM.apiUrl(), "hooks/create",
                q + "&checksum=" + TestApi.digest("SHA-1", "create" + q + SECRET)).body());
        assertEquals(CHECKSUM_ERROR, raw(SIM.apiUrl(), "hooks/create",
                q + "&checksum=" + TestApi.digest("SHA-1", "hooks/create" + q + "other")).body());
        String cs = TestApi.digest("SHA-1", "hooks/create" + q + SECRET);
        assertEquals(CHECKSUM_ERROR, raw(SIM.apiUrl(), "hooks/create",
                q + "&checksum=" + cs + "&checksum=" + cs).body());
        assertEquals(List.of(), SIM.control().hooks());
        JournalEntry e = SIM.control().requests("hooks/create").get(0);
        assertEquals("FAILED", e.returnCode());
        assertEquals("checksumError", e.messageKey());
    }

    @Test
    void checksumOfNoKnownLengthFailsTheServer() {
        HttpResponse<String> r = raw(SIM.apiUrl(), "hooks/list", "checksum=abc");
        assertEquals(500, r.statusCode());
        assertTrue(r.body().contains("<pre>Internal Server Error</pre>"), r.body());
    }

    @Test
    void onlyGetIsRouted() {
        String q = signed("SHA-1", "hooks/create", TestApi.query("callbackURL", "https://lms.example/post"));
        HttpResponse<String> r = TestApi.send(HttpRequest.newBuilder(URI.create(SIM.apiUrl() + "hooks/create?" + q))
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(404, r.statusCode());
        assertTrue(r.body().contains("<pre>Cannot POST /bigbluebutton/api/hooks/create</pre>"), r.body());
        assertEquals(List.of(), SIM.control().hooks());
        HttpResponse<String> head = TestApi.send(HttpRequest.newBuilder(URI.create(SIM.apiUrl() + "hooks/list?"
                + signed("SHA-1", "hooks/list", ""))).method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(200, head.statusCode());
        assertEquals("", head.body());
        assertEquals("SUCCESS", SIM.control().requests("hooks/list").get(0).returnCode());
        HttpResponse<String> ping = raw(SIM.apiUrl(), "hooks/ping", "");
        assertEquals(200, ping.statusCode());
        assertEquals("bbb-webhooks API up!", ping.body());
    }

    @Test
    void sha256IsRefusedWhenOnlySha1IsConfiguredForHooks() {
        try (BbbSimulator old = BbbSimulator.builder().secret(SECRET).supportedHookChecksumAlgorithms("sha1")
                .start()) {
            String q = TestApi.query("callbackURL", "https://lms.example/old");
            assertEquals(CHECKSUM_ERROR, raw(old.apiUrl(), "hooks/create", signed("SHA-256", "hooks/create", q))
                    .body());
            assertEquals(List.of(), old.control().hooks());
            assertEquals("SUCCESS", xml(raw(old.apiUrl(), "hooks/create", signed("SHA-1", "hooks/create", q)))
                    .text("returncode"));
            // bbb-web's own setting is separate: sha256 still works for getMeetings
            String gm = "getMeetings" + SECRET;
            assertEquals("SUCCESS", Xml.parse(raw(old.apiUrl(), "getMeetings",
                    "checksum=" + TestApi.digest("SHA-256", gm)).body()).text("returncode"));
        }
    }

    @Test
    void resetForgetsHooks() {
        create("https://lms.example/reset");
        assertEquals(1, SIM.control().hooks().size());
        SimulatorControl.remote(SIM.simulator().baseUrl()).reset();
        assertEquals(List.of(), SIM.control().hooks());
        assertEquals("<response><returncode>SUCCESS</returncode><hooks></hooks></response>",
                sha1("hooks/list").body());
    }

    @Test
    void remoteControlSeesTheSameHooksAsJson() {
        create("https://lms.example/one", "eventID", "meeting-ended", "getRaw", "true");
        create("https://lms.example/two", "meetingID", "room-9");
        SimulatorControl remote = SimulatorControl.remote(SIM.simulator().baseUrl());
        assertEquals(SIM.control().hooks(), remote.hooks());
        HookSnapshot one = remote.hooks().get(0);
        assertEquals(List.of("meeting-ended"), one.eventIDs());
        assertTrue(one.rawData());
        assertNull(one.meetingID());
        HookSnapshot two = remote.hooks().get(1);
        assertEquals("room-9", two.meetingID());
        assertNull(two.eventIDs());
        assertFalse(two.permanentHook());
        HttpResponse<String> json = TestApi.send(HttpRequest.newBuilder(
                URI.create(SIM.simulator().baseUrl() + "/__admin/hooks")).GET().build());
        assertEquals(200, json.statusCode());
        assertTrue(json.body().contains("\"callbackURL\":\"https://lms.example/two\",\"meetingID\":\"room-9\","
                + "\"eventIDs\":null,\"rawData\":false,\"permanentHook\":false"), json.body());
        assertEquals(List.of("hooks/create", "hooks/create"),
                remote.requests().stream().map(JournalEntry::callName).toList());
    }
}
