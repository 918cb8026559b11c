package io.github.bbbjakarta.simulator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.http.HttpResponse;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code insertDocument} and {@code sendChatMessage} over HTTP, and their control API views. */
class MeetingContentCallsTest {
    static final String SECRET = "content-secret";
    static final String DOCS = "<modules><module name=\"presentation\">"
            + "<document url=\"https://example.com/a.pdf\" filename=\"report.pdf\" downloadable=\"true\"/>"
            + "<document name=\"embedded.pdf\" current=\"true\">JVBERi0xLjQK</document>"
            + "<document url=\"https://example.com/noext\"/>"
            + "</module></modules>";

    @RegisterExtension
    static BbbSimulatorExtension SIM = BbbSimulatorExtension.withSecret(SECRET);

    private final TestApi api = new TestApi(SIM.apiUrl(), SECRET);

    private HttpResponse<String> insert(String meetingID, String contentType, String body) {
        return api.post("insertDocument", api.signed("insertDocument", TestApi.query("meetingID", meetingID)),
                contentType, body);
    }

    private static void assertAnswer(HttpResponse<String> r, String returnCode, String key, String message) {
        assertEquals(200, r.statusCode(), r.body());
        Xml x = Xml.parse(r.body());
        assertEquals(returnCode, x.text("returncode"), r.body());
        assertEquals(key, x.text("messageKey"), r.body());
        assertEquals(message, x.text("message"), r.body());
    }

    // ---- insertDocument ----

    @Test
    void insertDocumentAppendsToTheMeetingsDocuments() {
        api.create("ins-1");
        int before = SIM.control().meeting("ins-1").orElseThrow().documents().size();
        HttpResponse<String> r = insert("ins-1", "application/xml", DOCS);
        assertEquals("<response><returncode>SUCCESS</returncode><message>Presentation is being uploaded</message>"
                + "</response>", r.body().replaceAll(">\\s+", ">").replaceFirst("^<\\?xml[^>]*>", "").trim());
        assertAnswer(r, "SUCCESS", null, "Presentation is being uploaded");
        List<DocumentSnapshot> docs = SIM.control().meeting("ins-1").orElseThrow().documents();
        assertEquals(before + 2, docs.size(), docs.toString());
        DocumentSnapshot embedded = docs.get(before);
        assertEquals("embedded.pdf", embedded.fileName());
        assertTrue(embedded.current());
        assertEquals(9, embedded.size());
        DocumentSnapshot byUrl = docs.get(before + 1);
        assertEquals("https://example.com/a.pdf", byUrl.url());
        assertEquals("report.pdf", byUrl.fileName());
        assertTrue(byUrl.downloadable());
        assertTrue(byUrl.removable());
        assertFalse(byUrl.current());
        assertEquals(1, docs.stream().filter(DocumentSnapshot::current).count());
        assertEquals(SIM.control().meetings(),
                SimulatorControl.remote(SIM.simulator().baseUrl()).meetings());
    }

    @Test
    void insertedDocumentsWithoutCurrentLeaveTheCurrentOne() {
        api.create("ins-2");
        assertAnswer(insert("ins-2", "text/xml", "<modules><module name=\"presentation\">"
                + "<document url=\"https://example.com/b.pdf\"/></module></modules>"), "SUCCESS", null,
                "Presentation is being uploaded");
        List<DocumentSnapshot> docs = SIM.control().meeting("ins-2").orElseThrow().documents();
        DocumentSnapshot b = docs.get(docs.size() - 1);
        assertEquals("b.pdf", b.fileName());
        assertFalse(b.current());
    }

    @Test
    void insertDocumentToAnUnknownMeetingHasNoMessageKey() {
        HttpResponse<String> r = insert("nobody-here", "application/xml", DOCS);
        assertAnswer(r, "FAILED", null, "Meeting with id [nobody-here] not found.");
        assertFalse(r.body().contains("messageKey"), r.body());
    }

    @Test
    void insertDocumentWithPresentationDisabledIsIgnored() {
        api.create("ins-3", "disabledFeatures", "chat,presentation");
        assertAnswer(insert("ins-3", "application/xml", DOCS), "FAILED", null,
                "Presentation feature is disabled, ignoring.");
        assertTrue(SIM.control().meeting("ins-3").orElseThrow().documents().isEmpty());
    }

    @Test
    void insertDocumentWithAnEmptyBodyRendersNothing() {
        api.create("ins-4");
        HttpResponse<String> r = insert("ins-4", null, "");
        assertEquals(404, r.statusCode());
        assertEquals("", r.body());
    }

    @Test
    void insertDocumentValidatesChecksumContentTypeAndMethod() {
        api.create("ins-5");
        HttpResponse<String> badChecksum = api.post("insertDocument", "meetingID=ins-5&checksum=00",
                "application/xml", DOCS);
        assertAnswer(badChecksum, "FAILED", "checksumError", "Checksums do not match");
        assertAnswer(insert("ins-5", "application/x-www-form-urlencoded", "a=b"), "FAILED",
                "unsupportedContentType", "POST request Content-Type is missing or unsupported");
        assertAnswer(insert("x,y", "application/xml", DOCS), "FAILED", "validationError",
                "Meeting ID cannot contain ','");
        assertEquals(405, api.get("insertDocument", TestApi.query("meetingID", "ins-5")).statusCode());
        assertEquals(500, insert("ins-5", "application/xml", "<modules>").statusCode());
    }

    // ---- sendChatMessage ----

    @Test
    void chatToARunningMeetingIsRecorded() {
        api.create("chat-1");
        SIM.control().connectUser("chat-1", "Alice", SimRole.MODERATOR);
        HttpResponse<String> r = api.get("sendChatMessage",
                TestApi.query("meetingID", "chat-1", "message", "Hello <all> & ü", "userName", "Bot"));
        assertEquals("<response><returncode>SUCCESS</returncode><messageKey></messageKey><message></message>"
                + "</response>", r.body().replaceAll(">\\s+", ">").replaceFirst("^<\\?xml[^>]*>", "").trim());
        assertAnswer(api.get("sendChatMessage", TestApi.query("meetingID", "chat-1", "message", "second")),
                "SUCCESS", "", "");
        List<ChatMessageSnapshot> chat = SIM.control().chatMessages("chat-1");
        assertEquals(2, chat.size());
        assertEquals("Hello <all> & ü", chat.get(0).message());
        assertEquals("Bot", chat.get(0).userName());
        assertEquals("chat-1", chat.get(0).meetingID());
        assertEquals("System", chat.get(1).userName());
        assertEquals(chat, SimulatorControl.remote(SIM.simulator().baseUrl()).chatMessages("chat-1"));
        HttpResponse<String> noId = TestApi.getUrl(SIM.simulator().baseUrl() + "/__admin/chatMessages");
        assertEquals(400, noId.statusCode(), noId.body());
        SIM.control().reset();
        assertTrue(SIM.control().chatMessages("chat-1").isEmpty());
    }

    @Test
    void chatToAMeetingThatIsNotRunningOrUnknownIsMeetingNotFound() {
        api.create("chat-2");
        assertAnswer(api.get("sendChatMessage", TestApi.query("meetingID", "chat-2", "message", "hi")),
                "FAILED", "meetingNotFound", "Meeting not found");
        assertAnswer(api.get("sendChatMessage", TestApi.query("meetingID", "chat-none", "message", "hi")),
                "FAILED", "meetingNotFound", "Meeting not found");
        assertAnswer(api.get("sendChatMessage", TestApi.query("message", "hi")),
                "FAILED", "meetingNotFound", "Meeting not found");
        assertTrue(SIM.control().chatMessages("chat-2").isEmpty());
    }

    @Test
    void chatParametersAreValidatedAsBbbWebDoes() {
        api.create("chat-3");
        SIM.control().connectUser("chat-3", "Alice", SimRole.MODERATOR);
        assertAnswer(api.get("sendChatMessage", TestApi.query("meetingID", "chat-3")),
                "FAILED", "nullError", "You must provide the param message");
        assertAnswer(api.get("sendChatMessage", TestApi.query("meetingID", "chat-3", "message", "")),
                "FAILED", "sizeError", "Param message must be between 1 and 500 characters");
        assertAnswer(api.get("sendChatMessage", TestApi.query("meetingID", "chat-3", "message", "x".repeat(501))),
                "FAILED", "sizeError", "Param message must be between 1 and 500 characters");
        assertAnswer(api.get("sendChatMessage", TestApi.query("meetingID", "chat-3", "message", "x".repeat(500))),
                "SUCCESS", "", "");
        assertAnswer(api.get("sendChatMessage", TestApi.query("meetingID", "chat-3", "message", "ok",
                "userName", "u".repeat(256))), "FAILED", "sizeError", "Param userName must not exceed 255 characters");
        assertAnswer(api.get("sendChatMessage", TestApi.query("meetingID", "chat-3", "message", "ok",
                "userName", "u".repeat(255))), "SUCCESS", "", "");
        assertAnswer(api.raw("sendChatMessage", TestApi.query("meetingID", "chat-3", "message", "hi")
                + "&checksum=00"), "FAILED", "checksumError", "Checksums do not match");
        assertAnswer(api.get("sendChatMessage", TestApi.query("meetingID", "x", "message", "hi")),
                "FAILED", "sizeError", "Meeting ID must be between 2 and 256 characters");
        HttpResponse<String> post = api.post("sendChatMessage", api.signed("sendChatMessage",
                TestApi.query("meetingID", "chat-3", "message", "hi")), null, "");
        assertEquals(405, post.statusCode());
        assertEquals(2, SIM.control().chatMessages("chat-3").size());
        assertNull(SIM.control().chatMessages("chat-3").stream().filter(c -> c.message().isEmpty()).findAny()
                .orElse(null));
    }
}
