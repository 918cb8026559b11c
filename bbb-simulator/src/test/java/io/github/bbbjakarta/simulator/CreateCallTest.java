package io.github.bbbjakarta.simulator;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code create}: validation, messageKey ordering, processing, duplicates, POST bodies. */
class CreateCallTest {
    static final String SECRET = "create-secret";

    @RegisterExtension
    static BbbSimulatorExtension SIM = BbbSimulatorExtension.withSecret(SECRET);

    private final TestApi api = new TestApi(SIM.apiUrl(), SECRET);

    private Xml create(String... kv) {
        HttpResponse<String> r = api.get("create", TestApi.query(kv));
        assertEquals(200, r.statusCode(), r.body());
        return Xml.parse(r.body());
    }

    private void assertFailed(Xml x, String key, String message) {
        assertEquals("FAILED", x.text("returncode"), x.source());
        assertEquals(key, x.text("messageKey"), x.source());
        assertEquals(message, x.text("message"), x.source());
    }

    @Test
    void successAnswerHasTheCreateShape() {
        Xml x = create("name", "Shape", "meetingID", "shape-1");
        assertEquals(List.of("returncode", "meetingID", "internalMeetingID", "parentMeetingID", "attendeePW",
                "moderatorPW", "createTime", "voiceBridge", "dialNumber", "createDate", "hasUserJoined", "duration",
                "hasBeenForciblyEnded", "messageKey", "message"), x.childNames("response"));
        long createTime = Long.parseLong(x.text("createTime"));
        assertEquals(TestApi.digest("SHA-1", "shape-1") + "-" + createTime, x.text("internalMeetingID"));
        assertEquals("bbb-none", x.text("parentMeetingID"));
        assertTrue(x.text("attendeePW").matches("[A-Za-z0-9]{8}"), x.text("attendeePW"));
        assertTrue(x.text("moderatorPW").matches("[A-Za-z0-9]{8}"));
        assertTrue(x.text("voiceBridge").matches("[0-9]{5}"));
        assertEquals("613-555-1234", x.text("dialNumber"));
        assertEquals(new Date(createTime).toString(), x.text("createDate"));
        assertEquals("false", x.text("hasUserJoined"));
        assertEquals("0", x.text("duration"));
        assertEquals("false", x.text("hasBeenForciblyEnded"));
        assertEquals("", x.text("messageKey"));
        assertEquals("", x.text("message"));
        assertFalse(x.source().startsWith("<?xml"));
        assertTrue(x.source().startsWith("<response>\n<returncode>SUCCESS</returncode>\n"), x.source());
    }

    @Test
    void contentTypeIsTextXmlUtf8() {
        HttpResponse<String> r = api.get("create", TestApi.query("name", "Type", "meetingID", "type-1"));
        assertEquals("text/xml;charset=utf-8", r.headers().firstValue("Content-Type").orElseThrow());
    }

    @Test
    void voiceBridgesAreUniqueAndPasswordsKeptWhenSent() {
        Xml a = create("name", "A meeting", "meetingID", "vb-a", "attendeePW", "ap", "moderatorPW", "mp",
                "voiceBridge", "71234");
        assertEquals("ap", a.text("attendeePW"));
        assertEquals("mp", a.text("moderatorPW"));
        assertEquals("71234", a.text("voiceBridge"));
        Xml b = create("name", "B meeting", "meetingID", "vb-b", "voiceBridge", "71234");
        assertEquals("FAILED", b.text("returncode"));
        assertEquals(List.of("nonUniqueVoiceBridge"), b.texts("key"));
        assertEquals(List.of("The selected voice bridge is already in use."), b.texts("message"));
        Set<String> generated = new java.util.HashSet<>();
        for (int i = 0; i < 20; i++) {
            generated.add(create("name", "Gen", "meetingID", "vb-gen-" + i).text("voiceBridge"));
        }
        assertEquals(20, generated.size());
    }

    // ---- validation ----

    @Test
    void missingNameIsNullError() {
        assertFailed(create("meetingID", "v-1"), "nullError", "You must provide a meeting name");
    }

    @Test
    void emptyNameIsEmptyErrorBeforeSizeError() {
        assertFailed(create("name", "", "meetingID", "v-2"), "emptyError", "You must provide a meeting name");
    }

    @Test
    void shortAndLongNamesAreSizeErrors() {
        assertFailed(create("name", "a", "meetingID", "v-3"), "sizeError",
                "Meeting name must be between 2 and 256 characters");
        assertFailed(create("name", "n".repeat(257), "meetingID", "v-3"), "sizeError",
                "Meeting name must be between 2 and 256 characters");
        assertEquals("SUCCESS", create("name", "n".repeat(256), "meetingID", "v-3").text("returncode"));
    }

    @Test
    void missingMeetingIdFailsTheControllerSanitizeCheck() {
        assertFailed(create("name", "No id"), "validationError", "Invalid meeting ID");
    }

    @Test
    void emptyMeetingIdIsSizeErrorByHashMapOrder() {
        // missingParamMeetingID (bucket 15), sizeError (11) and validationError (14) all fire: sizeError wins.
        assertFailed(create("name", "Empty id", "meetingID", ""), "sizeError",
                "Meeting ID must be between 2 and 256 characters");
    }

    @Test
    void meetingIdRules() {
        assertFailed(create("name", "Comma", "meetingID", "a,b"), "validationError", "Meeting ID cannot contain ','");
        assertFailed(create("name", "Short", "meetingID", "a"), "sizeError",
                "Meeting ID must be between 2 and 256 characters");
        assertFailed(create("name", "Long", "meetingID", "i".repeat(257)), "sizeError",
                "Meeting ID must be between 2 and 256 characters");
        assertFailed(create("name", "Blank", "meetingID", " padded"), "validationError", "Invalid meeting ID");
        assertFailed(create("name", "Ctrl", "meetingID", "ab\u0007"), "validationError", "Invalid meeting ID");
        assertEquals("SUCCESS", create("name", "Long ok", "meetingID", "i".repeat(256)).text("returncode"));
    }

    @Test
    void passwordLength() {
        assertFailed(create("name", "Pw", "meetingID", "pw-1", "attendeePW", "a"), "invalidPassword",
                "Invalid password");
        assertFailed(create("name", "Pw", "meetingID", "pw-1", "moderatorPW", "m".repeat(65)), "invalidPassword",
                "Invalid password");
    }

    @Test
    void typedParameters() {
        assertFailed(create("name", "Vb", "meetingID", "t-1", "voiceBridge", "12a"), "validationError",
                "Voice bridge must be an integral value");
        assertFailed(create("name", "Rec", "meetingID", "t-1", "record", "yes"), "validationError",
                "Record must be a boolean value (true or false)");
        assertFailed(create("name", "Bo", "meetingID", "t-1", "isBreakoutRoom", "maybe"), "validationError",
                "You must provide a boolean value (true or false) for the breakout room");
        assertEquals("SUCCESS", create("name", "Rec", "meetingID", "t-1", "record", "1").text("returncode"));
        assertFalse(SIM.control().meeting("t-1").orElseThrow().record(), "Boolean.parseBoolean(\"1\") is false");
    }

    @Test
    void firstViolationInHashMapOrderWins() {
        // emptyError (bucket 4) beats invalidPassword (8) and validationError (14)
        assertFailed(create("name", "", "meetingID", "a,b", "attendeePW", "x"), "emptyError",
                "You must provide a meeting name");
        // invalidPassword (8) beats sizeError (11)
        assertFailed(create("name", "a", "meetingID", "ord-1", "attendeePW", "x"), "invalidPassword",
                "Invalid password");
        // sizeError (11) beats validationError (14)
        assertFailed(create("name", "a", "meetingID", "ord-1", "record", "yes"), "sizeError",
                "Meeting name must be between 2 and 256 characters");
        // validationError and nullError share bucket 14: nullError (name) is added first
        assertFailed(create("meetingID", "ord-1", "record", "yes"), "nullError", "You must provide a meeting name");
    }

    @Test
    void unsupportedContentTypeComesFirst() {
        HttpResponse<String> r = api.post("create", api.signed("create", ""), "application/json", "{}");
        Xml x = Xml.parse(r.body());
        assertFailed(x, "unsupportedContentType", "POST request Content-Type is missing or unsupported");
    }

    @Test
    void presentationUploadExternalUrlMustBeAUrl() {
        assertFailed(create("name", "Ext", "meetingID", "ext-1", "presentationUploadExternalUrl", "not a url"),
                "validationError", "Param 'presentationUploadExternalUrl' is not a valid URL");
    }

    @Test
    void breakoutChecks() {
        assertFailed(create("name", "Br", "meetingID", "br-1", "isBreakout", "true"), "parentMeetingIDMissing",
                "No parent meeting ID was provided for the breakout room");
        assertFailed(create("name", "Br", "meetingID", "br-1", "isBreakout", "true", "parentMeetingID", "nope"),
                "parentMeetingDoesNotExist", "No parent meeting exists for the breakout room");
    }

    @Test
    void breakoutRoomIsListedOnItsParent() {
        Xml parent = create("name", "Parent", "meetingID", "parent-1");
        String parentInternal = parent.text("internalMeetingID");
        String childId = TestApi.digest("SHA-1", "child") + "-1700000000000";
        Xml child = create("name", "Parent (Room 1)", "meetingID", childId, "isBreakout", "true",
                "parentMeetingID", "parent-1", "sequence", "1", "freeJoin", "true");
        assertEquals("SUCCESS", child.text("returncode"), child.source());
        String childExternal = TestApi.digest("SHA-1", parentInternal + "-1700000000000-1") + "-1700000000000";
        assertEquals(childExternal, child.text("meetingID"));
        assertEquals(childId, child.text("internalMeetingID"));
        assertEquals(parentInternal, child.text("parentMeetingID"));

        Xml info = api.info("parent-1");
        assertEquals(List.of(childExternal), info.texts("breakout"));
        // bbb-web finds a breakout by its internal id (prefix lookup), not by its generated external id
        assertEquals("notFound", api.info(childExternal).text("messageKey"));
        Xml childInfo = api.info(childId);
        assertEquals("true", childInfo.text("isBreakout"));
        assertEquals(parentInternal, childInfo.text("parentMeetingID"));
        assertEquals("1", childInfo.text("sequence"));
        assertEquals("true", childInfo.text("freeJoin"));
        assertTrue(SIM.control().meeting(childExternal).orElseThrow().disabledFeatures()
                .contains("learningDashboard"));
    }

    // ---- processing ----

    @Test
    void hardStringsRoundTrip() {
        String special = "& = + % # ? / ' ( ) * ~ ! \" < > Zürich – 東京 🎓";
        String id = "hard-" + special.replace(",", "");
        Xml x = create("name", special, "meetingID", id, "meta_bbb-context-name", special,
                "meta_Long", "x".repeat(256));
        assertEquals(id, x.text("meetingID"));
        Xml info = api.info(id);
        assertEquals(special, info.text("meetingName"));
        assertEquals(special, info.text("bbb-context-name"));
        assertEquals("x".repeat(256), info.text("long"));
        MeetingSnapshot m = SIM.control().meeting(id).orElseThrow();
        assertEquals(special, m.name());
        assertEquals(special, m.createParam("meta_bbb-context-name").orElseThrow());
        assertTrue(info.source().contains("&amp; = + % # ? / &apos; ( ) * ~ ! &quot; &lt; &gt;"), info.source());
    }

    @Test
    void metadataKeysAreLowerCasedAndFiltered() {
        create("name", "Meta", "meetingID", "meta-1", "meta_endCallbackUrl", "https://lms/cb",
                "meta_bbb-origin", "Moodle", "meta_a_b", "dropped", "meta_1x", "dropped", "meta_", "dropped");
        MeetingSnapshot m = SIM.control().meeting("meta-1").orElseThrow();
        assertEquals(java.util.Map.of("endcallbackurl", "https://lms/cb", "bbb-origin", "Moodle"), m.metadata());
        Xml info = api.info("meta-1");
        assertEquals(Set.of("endcallbackurl", "bbb-origin"), Set.copyOf(info.childNames("metadata")));
    }

    @Test
    void whiteSpaceRunsAreCollapsedLikeFreemarkerCompress() {
        create("name", "Two  spaces", "meetingID", "ws-1", "meta_note", "a   b\n\nc");
        Xml info = api.info("ws-1");
        assertEquals("Two spaces", info.text("meetingName"));
        assertEquals("a b\nc", info.text("note"));
        assertEquals("Two  spaces", SIM.control().meeting("ws-1").orElseThrow().name());
    }

    @Test
    void allCreateParametersAreRecordedInOrder() {
        create("name", "Params", "meetingID", "params-1", "learningDashboardEnabled", "false",
                "virtualBackgroundsDisabled", "true", "breakoutRoomsEnabled", "false", "welcome", "Hi");
        MeetingSnapshot m = SIM.control().meeting("params-1").orElseThrow();
        assertEquals(List.of("name", "meetingID", "learningDashboardEnabled", "virtualBackgroundsDisabled",
                "breakoutRoomsEnabled", "welcome", "checksum"),
                m.createParams().stream().map(Parameter::name).toList());
        // deprecated 2.5 parameters are not parsed by 3.0
        assertTrue(m.disabledFeatures().isEmpty(), m.disabledFeatures().toString());
    }

    @Test
    void disabledFeaturesAreMergedTrimmedAndExcluded() {
        try (BbbSimulator sim = BbbSimulator.builder().secret(SECRET).defaultDisabledFeatures("chat", "polls")
                .start()) {
            TestApi t = new TestApi(sim, SECRET);
            t.create("df-1", "disabledFeatures", " captions ,chat,,learningDashboard ",
                    "disabledFeaturesExclude", "polls, captions");
            MeetingSnapshot m = sim.control().meeting("df-1").orElseThrow();
            // the exclude list is applied untrimmed, as in bbb-web: " captions" does not remove "captions"
            assertEquals(Set.of("chat", "captions", "learningDashboard"), Set.copyOf(m.disabledFeatures()));
            assertEquals(3, m.disabledFeatures().size());
        }
    }

    // ---- existing meetingID ----

    @Test
    void duplicateWithSamePasswordsIsDuplicateWarning() {
        Xml first = create("name", "Dup", "meetingID", "dup-1", "attendeePW", "ap", "moderatorPW", "mp");
        Xml again = create("name", "Other name", "meetingID", "dup-1", "attendeePW", "ap", "moderatorPW", "mp");
        assertEquals("SUCCESS", again.text("returncode"));
        assertEquals("duplicateWarning", again.text("messageKey"));
        assertEquals("This conference was already in existence and may currently be in progress.",
                again.text("message"));
        assertEquals(first.text("internalMeetingID"), again.text("internalMeetingID"));
        assertEquals("Dup", SIM.control().meeting("dup-1").orElseThrow().name());
    }

    @Test
    void duplicateWithoutPasswordsIsDuplicateWarning() {
        Xml first = create("name", "Dup", "meetingID", "dup-2");
        Xml again = create("name", "Dup", "meetingID", "dup-2");
        assertEquals("duplicateWarning", again.text("messageKey"));
        assertEquals(first.text("attendeePW"), again.text("attendeePW"));
    }

    @Test
    void duplicateWithOtherPasswordsIsIdNotUnique() {
        create("name", "Dup", "meetingID", "dup-3", "attendeePW", "ap", "moderatorPW", "mp");
        // bbb-web's text has two spaces after "ID."; <#compress> collapses them on the wire
        assertFailed(create("name", "Dup", "meetingID", "dup-3", "attendeePW", "ap", "moderatorPW", "other"),
                "idNotUnique", "A meeting already exists with that meeting ID. Please use a different meeting ID.");
        assertFailed(create("name", "Dup", "meetingID", "dup-3", "attendeePW", "ap"),
                "idNotUnique", "A meeting already exists with that meeting ID. Please use a different meeting ID.");
    }

    // ---- POST bodies ----

    @Test
    void postXmlBodyRecordsPreUploadedDocuments() {
        String body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><modules><module name=\"presentation\">"
                + "<document url=\"https://example.com/a.pdf\" filename=\"report.pdf\" downloadable=\"true\""
                + " removable=\"false\"/>"
                + "<document url=\"https://example.com/path/slides%20v2.pdf\"/>"
                + "<document name=\"sample.pdf\" current=\"true\">JVBERi0xLjQK</document>"
                + "<document url=\"https://example.com/noext\"/>"
                + "</module></modules>";
        String query = api.signed("create", TestApi.query("name", "Slides", "meetingID", "xml-1"));
        HttpResponse<String> r = api.post("create", query, "application/xml", body);
        assertEquals("SUCCESS", Xml.parse(r.body()).text("returncode"), r.body());
        List<DocumentSnapshot> docs = SIM.control().meeting("xml-1").orElseThrow().documents();
        assertEquals(3, docs.size(), docs.toString());
        DocumentSnapshot embedded = docs.get(0);
        assertEquals("sample.pdf", embedded.fileName());
        assertTrue(embedded.current());
        assertNull(embedded.url());
        assertEquals("JVBERi0xLjQK", embedded.base64Content());
        assertEquals(9, embedded.size());
        DocumentSnapshot report = docs.get(1);
        assertEquals("https://example.com/a.pdf", report.url());
        assertEquals("report.pdf", report.fileName());
        assertFalse(report.current());
        assertTrue(report.downloadable());
        assertFalse(report.removable());
        assertEquals("slides v2.pdf", docs.get(2).fileName());
        assertTrue(docs.get(2).removable());
        assertFalse(docs.get(2).downloadable());
        assertEquals(0, SIM.control().requests("create").get(0).params().stream()
                .filter(p -> p.name().equals("modules")).count());
    }

    @Test
    void textXmlIsAcceptedAndFormBodyIsNotParsedAsXml() {
        String body = "<modules><module name=\"presentation\"><document url=\"https://e.com/x.pdf\"/></module>"
                + "</modules>";
        String query = api.signed("create", TestApi.query("name", "Slides", "meetingID", "xml-2"));
        HttpResponse<String> r = api.post("create", query, "text/xml; charset=utf-8", body);
        assertEquals("SUCCESS", Xml.parse(r.body()).text("returncode"));
        assertEquals(1, SIM.control().meeting("xml-2").orElseThrow().documents().size());
    }

    @Test
    void preUploadedPresentationParameterComesFirst() {
        create("name", "Param doc", "meetingID", "pu-1", "preUploadedPresentation", "https://e.com/files/deck.pptx");
        List<DocumentSnapshot> docs = SIM.control().meeting("pu-1").orElseThrow().documents();
        assertEquals(1, docs.size());
        assertEquals("deck.pptx", docs.get(0).fileName());
        assertTrue(docs.get(0).fromParameter());
        assertTrue(docs.get(0).current());
        create("name", "Disabled", "meetingID", "pu-2", "preUploadedPresentation", "https://e.com/d.pdf",
                "disabledFeatures", "presentation");
        assertTrue(SIM.control().meeting("pu-2").orElseThrow().documents().isEmpty());
    }

    @Test
    void malformedXmlBodyIsAServerError() {
        String query = api.signed("create", TestApi.query("name", "Bad", "meetingID", "xml-3"));
        HttpResponse<String> r = api.post("create", query, "application/xml", "<modules><module>");
        assertEquals(500, r.statusCode());
        assertTrue(SIM.control().meeting("xml-3").isEmpty());
    }

    @Test
    void externalEntitiesAreNeitherFetchedNorExpanded() throws Exception {
        AtomicInteger fetched = new AtomicInteger();
        HttpServer evil = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        evil.createContext("/", ex -> {
            fetched.incrementAndGet();
            byte[] b = "<!ENTITY secret 'leaked'>".getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(200, b.length);
            ex.getResponseBody().write(b);
            ex.close();
        });
        evil.start();
        Path file = Files.createTempFile("xxe", ".txt");
        try {
            Files.writeString(file, "top-secret-file-content");
            String evilUrl = "http://127.0.0.1:" + evil.getAddress().getPort() + "/dtd";
            String body = "<?xml version=\"1.0\"?><!DOCTYPE modules [<!ENTITY file SYSTEM \"" + file.toUri() + "\">"
                    + "<!ENTITY % remote SYSTEM \"" + evilUrl + "\"> %remote;]>"
                    + "<modules><module name=\"presentation\"><document url=\"https://e.com/&file;.pdf\"/>"
                    + "</module></modules>";
            String query = api.signed("create", TestApi.query("name", "XXE", "meetingID", "xxe-1"));
            HttpResponse<String> r = api.post("create", query, "application/xml", body);
            assertEquals(500, r.statusCode(), "a DOCTYPE is rejected like Groovy's XmlSlurper does");
            assertFalse(r.body().contains("top-secret"));
            assertEquals(0, fetched.get());
            assertTrue(SIM.control().meeting("xxe-1").isEmpty());
            assertTrue(SIM.control().meetings().stream().flatMap(m -> m.documents().stream())
                    .noneMatch(d -> String.valueOf(d.url()).contains("top-secret")));
        } finally {
            evil.stop(0);
            Files.deleteIfExists(file);
        }
    }

    @Test
    void reCreateAfterEndGetsANewInternalId() {
        Xml first = create("name", "Again", "meetingID", "again-1");
        Xml end = Xml.parse(api.get("end", TestApi.query("meetingID", "again-1")).body());
        assertEquals("sentEndMeetingRequest", end.text("messageKey"));
        Xml second = create("name", "Again", "meetingID", "again-1");
        assertEquals("", second.text("messageKey"));
        assertNotEquals(first.text("internalMeetingID"), second.text("internalMeetingID"));
    }
}
