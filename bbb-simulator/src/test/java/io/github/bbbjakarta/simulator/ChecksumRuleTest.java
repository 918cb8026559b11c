package io.github.bbbjakarta.simulator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.http.HttpResponse;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** bbb-web's checksum rule, over real HTTP with hand-signed requests. */
class ChecksumRuleTest {
    static final String SECRET = "639259d4-9dd8-4b25-bf01-95f9567eaf4b";

    @RegisterExtension
    static BbbSimulatorExtension SIM = BbbSimulatorExtension.withSecret(SECRET);

    private TestApi api() {
        return new TestApi(SIM.apiUrl(), SECRET);
    }

    private static Xml xml(HttpResponse<String> r) {
        assertEquals(200, r.statusCode(), r.body());
        return Xml.parse(r.body());
    }

    @Test
    void docsExampleChecksumIsAccepted() {
        String query = "name=Test+Meeting&meetingID=abc123&attendeePW=111222&moderatorPW=333444";
        assertEquals("1fcbb0c4fc1f039f73aa6d697d2db9ba7f803f17", api().sha1("create", query));
        Xml x = xml(api().raw("create", query + "&checksum=1fcbb0c4fc1f039f73aa6d697d2db9ba7f803f17"));
        assertEquals("SUCCESS", x.text("returncode"));
        assertEquals("abc123", x.text("meetingID"));
        assertEquals("Test Meeting", SIM.control().meeting("abc123").orElseThrow().name());
    }

    @ParameterizedTest
    @CsvSource({"SHA-1", "SHA-256", "SHA-384", "SHA-512"})
    void everyAlgorithmIsChosenByChecksumLength(String jca) {
        String query = TestApi.query("meetingID", "alg-" + jca, "name", "Algorithms");
        String cs = TestApi.digest(jca, "create" + query + SECRET);
        assertEquals("SUCCESS", xml(api().raw("create", query + "&checksum=" + cs)).text("returncode"));
    }

    @Test
    void checksumComparisonIgnoresCase() {
        String query = TestApi.query("meetingID", "upper", "name", "Upper");
        String cs = api().sha1("create", query).toUpperCase(Locale.ROOT);
        assertEquals("SUCCESS", xml(api().raw("create", query + "&checksum=" + cs)).text("returncode"));
    }

    @Test
    void disabledAlgorithmIsRejected() {
        try (BbbSimulator sim = BbbSimulator.builder().secret(SECRET).supportedChecksumAlgorithms("sha256")
                .start()) {
            TestApi t = new TestApi(sim, SECRET);
            String q = "";
            Xml sha1 = xml(t.raw("getMeetings", "checksum=" + TestApi.digest("SHA-1", "getMeetings" + SECRET)));
            assertEquals("checksumError", sha1.text("messageKey"));
            assertEquals("Checksums do not match", sha1.text("message"));
            Xml sha256 = xml(t.raw("getMeetings", "checksum=" + TestApi.digest("SHA-256", "getMeetings" + q
                    + SECRET)));
            assertEquals("SUCCESS", sha256.text("returncode"));
        }
    }

    @Test
    void checksumMayBeFirstMiddleOrLast() {
        String a = "meetingID=pos-1";
        String b = "name=Positions";
        String cs = api().sha1("create", a + "&" + b);
        assertEquals("SUCCESS", xml(api().raw("create", "checksum=" + cs + "&" + a + "&" + b)).text("returncode"));
        assertEquals("SUCCESS", xml(api().raw("create", a + "&checksum=" + cs + "&" + b)).text("returncode"));
        assertEquals("SUCCESS", xml(api().raw("create", a + "&" + b + "&checksum=" + cs)).text("returncode"));
    }

    @Test
    void wrongChecksumIsRejectedBeforeAnyOtherValidation() {
        Xml x = xml(api().raw("create", "name=x&checksum=" + "0".repeat(40)));
        assertEquals("FAILED", x.text("returncode"));
        assertEquals("checksumError", x.text("messageKey"));
        assertEquals("Checksums do not match", x.text("message"));
    }

    @Test
    void checksumOfAnotherCallIsRejected() {
        String q = TestApi.query("meetingID", "other-call", "name", "Other call");
        Xml x = xml(api().raw("create", q + "&checksum=" + api().sha1("getMeetingInfo", q)));
        assertEquals("checksumError", x.text("messageKey"));
    }

    @Test
    void unknownChecksumLengthIsRejected() {
        Xml x = xml(api().raw("getMeetings", "checksum=abc"));
        assertEquals("checksumError", x.text("messageKey"));
    }

    @Test
    void missingChecksumIsReported() {
        Xml x = xml(api().raw("getMeetings", null));
        assertEquals("checksumError", x.text("messageKey"));
        assertEquals("You must provide the checksum", x.text("message"));
    }

    @Test
    void secondChecksumParameterIsRejected() {
        String q = TestApi.query("meetingID", "twice", "name", "Twice");
        String cs = api().sha1("create", q);
        // The literal strip would remove both identical checksums and verify; the hardening rejects it.
        Xml x = xml(api().raw("create", "checksum=" + cs + "&" + q + "&checksum=" + cs));
        assertEquals("checksumError", x.text("messageKey"));
        assertTrue(SIM.control().meetings().isEmpty());
    }

    @Test
    void percentTwentyAndPlusAreNotNormalised() {
        String sent = "meetingID=enc-1&name=Test+Meeting";
        String signedWithPercent = "meetingID=enc-1&name=Test%20Meeting";
        Xml mismatch = xml(api().raw("create", sent + "&checksum=" + api().sha1("create", signedWithPercent)));
        assertEquals("checksumError", mismatch.text("messageKey"));

        Xml ok = xml(api().raw("create", signedWithPercent + "&checksum=" + api().sha1("create",
                signedWithPercent)));
        assertEquals("SUCCESS", ok.text("returncode"));
        assertEquals("Test Meeting", SIM.control().meeting("enc-1").orElseThrow().name());
        JournalEntry e = SIM.control().requests("create").get(1);
        assertTrue(e.rawQuery().startsWith(signedWithPercent), e.rawQuery());
    }

    @Test
    void postFormWithEmptyQueryHashesTheCallNameAndSecretOnly() {
        String body = TestApi.query("meetingID", "posted", "name", "Posted meeting", "meta_origin", "form");
        String cs = TestApi.digest("SHA-1", "create" + SECRET);
        HttpResponse<String> r = api().post("create", null, "application/x-www-form-urlencoded",
                body + "&checksum=" + cs);
        assertEquals("SUCCESS", xml(r).text("returncode"));
        MeetingSnapshot m = SIM.control().meeting("posted").orElseThrow();
        assertEquals("Posted meeting", m.name());
        assertEquals("form", m.metadata().get("origin"));
        assertEquals("posted", m.createParam("meetingID").orElseThrow());
    }

    @Test
    void postFormBodyIsNotCoveredByTheChecksum() {
        String query = TestApi.query("meetingID", "mixed");
        String body = TestApi.query("name", "From body");
        HttpResponse<String> r = api().post("create", api().signed("create", query),
                "application/x-www-form-urlencoded; charset=UTF-8", body);
        assertEquals("SUCCESS", xml(r).text("returncode"));
        assertEquals("From body", SIM.control().meeting("mixed").orElseThrow().name());
    }

    @Test
    void apiRootNeedsNoChecksum() {
        assertEquals("SUCCESS", xml(api().raw("", null)).text("returncode"));
    }
}
