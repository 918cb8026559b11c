package io.github.bbbjakarta.simulator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Canned answers and faults per call name. */
class StubsTest {
    static final String SECRET = "stub-secret";

    @RegisterExtension
    static BbbSimulatorExtension SIM = BbbSimulatorExtension.withSecret(SECRET);

    private final TestApi api = new TestApi(SIM.apiUrl(), SECRET);

    private HttpResponse<String> create(String id) {
        return api.get("create", TestApi.query("name", "Stubbed", "meetingID", id));
    }

    @Test
    void cannedResponseReplacesTheCall() {
        SIM.control().stub("create", Stub.response(200, "text/xml", "<response><returncode>FAILED</returncode>"
                + "<messageKey>custom</messageKey><message>Canned</message></response>"));
        HttpResponse<String> r = create("canned");
        assertEquals(200, r.statusCode());
        assertEquals("text/xml", r.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("custom", Xml.parse(r.body()).text("messageKey"));
        assertTrue(SIM.control().meetings().isEmpty(), "a canned answer does not process the call");
        JournalEntry e = SIM.control().requests("create").get(0);
        assertEquals("response", e.stub());
        assertEquals("STUB:response", e.outcome());
        // other calls are not affected and the stub stays
        assertEquals("SUCCESS", Xml.parse(api.get("getMeetings", "").body()).text("returncode"));
        assertEquals(200, create("canned-2").statusCode());
        assertTrue(SIM.control().meetings().isEmpty());
        SIM.control().removeStub("create");
        assertEquals("SUCCESS", Xml.parse(create("canned-3").body()).text("returncode"));
    }

    @Test
    void badGatewayLooksLikeNginx() {
        SIM.control().stub("getMeetings", Stub.badGateway());
        HttpResponse<String> r = api.get("getMeetings", "");
        assertEquals(502, r.statusCode());
        assertEquals("text/html", r.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(r.body().contains("<title>502 Bad Gateway</title>"));
        assertTrue(r.body().contains("<center>nginx</center>"));
    }

    @Test
    void truncatedXmlIsProcessedButCutOff() {
        SIM.control().stub("create", Stub.truncatedXml());
        HttpResponse<String> r = create("cut");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().startsWith("<response>\n<returncode>SUCCESS"), r.body());
        assertTrue(!r.body().contains("</response>"));
        assertThrows(AssertionError.class, () -> Xml.parse(r.body()));
        assertTrue(SIM.control().meeting("cut").isPresent(), "the call itself was processed");
    }

    @Test
    void delayAnswersLate() {
        SIM.control().stub("getMeetings", Stub.delay(Duration.ofMillis(600)));
        HttpRequest quick = HttpRequest.newBuilder(api.uri("getMeetings", api.signed("getMeetings", "")))
                .timeout(Duration.ofMillis(150)).GET().build();
        UncheckedIOException timeout = assertThrows(UncheckedIOException.class, () -> TestApi.send(quick));
        assertTrue(timeout.getCause() instanceof HttpTimeoutException, timeout.toString());
        long start = System.nanoTime();
        HttpResponse<String> r = api.get("getMeetings", "");
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() >= 550);
        assertEquals("SUCCESS", Xml.parse(r.body()).text("returncode"));
    }

    @Test
    void droppedConnectionGivesNoAnswer() {
        SIM.control().stub("isMeetingRunning", Stub.dropConnection());
        UncheckedIOException e = assertThrows(UncheckedIOException.class,
                () -> api.get("isMeetingRunning", TestApi.query("meetingID", "x")));
        assertTrue(e.getCause() instanceof IOException);
        assertEquals(0, SIM.control().requests("isMeetingRunning").get(0).status());
    }

    @Test
    void apiRootCanBeStubbedAndResetClearsStubs() {
        SIM.control().stub("", Stub.response(503, "text/plain", "maintenance"));
        assertEquals(503, TestApi.getUrl(SIM.apiUrl().toString()).statusCode());
        assertEquals(Map.of("", Stub.response(503, "text/plain", "maintenance")), SIM.control().stubs());
        SIM.control().reset();
        assertEquals(200, TestApi.getUrl(SIM.apiUrl().toString()).statusCode());
        assertTrue(SIM.control().stubs().isEmpty());
    }
}
