package io.github.bbbjakarta.api;

import io.github.bbbjakarta.simulator.BbbSimulatorExtension;
import io.github.bbbjakarta.simulator.Stub;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What proxies and broken servers send: each is a transport exception, never a half-empty object. */
class FaultTest {
    private static final String SECRET = "fault-test-secret";

    @RegisterExtension
    static final BbbSimulatorExtension SIM = BbbSimulatorExtension.withSecret(SECRET);

    private static BigBlueButtonClient client;

    @BeforeAll
    static void connect() {
        client = BigBlueButtonClient.builder(SIM.simulator().apiUrl().toString(), SECRET)
                .readTimeout(Duration.ofMillis(800)).build();
    }

    @AfterAll
    static void close() {
        client.close();
    }

    @Test
    void anNginx502PageIsATransportErrorWithTheStatus() {
        SIM.simulator().control().stub("getMeetings", Stub.badGateway());
        BbbTransportException e = assertThrows(BbbTransportException.class, () -> client.meetings().getMeetings());
        assertEquals(502, e.httpStatus().orElseThrow());
        assertTrue(e.getMessage().contains("HTTP 502"), e.getMessage());
    }

    @Test
    void anHtmlPageWithStatus200IsNotABbbAnswer() {
        SIM.simulator().control().stub("isMeetingRunning", Stub.response(200, "text/html",
                "<html><head><title>Login</title></head><body>Please log in</body></html>"));
        BbbTransportException e = assertThrows(BbbTransportException.class, () -> client.meetings().isMeetingRunning("abc"));
        assertTrue(e.getMessage().contains("not a BBB XML answer"), e.getMessage());
    }

    @Test
    void truncatedXmlIsATransportError() {
        client.meetings().create(CreateMeetingRequest.builder("fault-1", "Fault").build());
        SIM.simulator().control().stub("getMeetingInfo", Stub.truncatedXml());
        BbbTransportException e = assertThrows(BbbTransportException.class, () -> client.meetings().getMeetingInfo("fault-1"));
        assertTrue(e.getMessage().contains("not well-formed"), e.getMessage());
    }

    @Test
    void aSuccessMissingRequiredElementsIsATransportError() {
        SIM.simulator().control().stub("create", Stub.response(200, "text/xml",
                "<response><returncode>SUCCESS</returncode></response>"));
        BbbTransportException e = assertThrows(BbbTransportException.class,
                () -> client.meetings().create(CreateMeetingRequest.builder("fault-2", "Fault").build()));
        assertTrue(e.getMessage().contains("<meetingID> is missing"), e.getMessage());
    }

    @Test
    void externalEntitiesAreNeverExpanded(@TempDir Path dir) throws Exception {
        Path secretFile = dir.resolve("secret.txt");
        Files.writeString(secretFile, "TOP-SECRET-FILE-CONTENT");
        SIM.simulator().control().stub("getMeetingInfo", Stub.response(200, "text/xml",
                "<?xml version=\"1.0\"?><!DOCTYPE response [<!ENTITY xxe SYSTEM \"" + secretFile.toUri() + "\">]>"
                        + "<response><returncode>SUCCESS</returncode><meetingName>&xxe;</meetingName>"
                        + "<meetingID>x1</meetingID><internalMeetingID>i1</internalMeetingID></response>"));
        BbbTransportException e = assertThrows(BbbTransportException.class, () -> client.meetings().getMeetingInfo("x1"));
        assertFalse(e.getMessage().contains("TOP-SECRET-FILE-CONTENT"));
    }

    @Test
    void aDroppedConnectionIsATransportError() {
        SIM.simulator().control().stub("end", Stub.dropConnection());
        assertThrows(BbbTransportException.class, () -> client.meetings().end("abc123"));
    }

    @Test
    void anAnswerSlowerThanTheReadTimeoutIsATimeout() {
        SIM.simulator().control().stub("getMeetings", Stub.delay(Duration.ofSeconds(3)));
        long start = System.nanoTime();
        BbbTransportException e = assertThrows(BbbTransportException.class, () -> client.meetings().getMeetings());
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(e.getMessage().contains("timed out"), e.getMessage());
        assertTrue(millis < 2_500, "took " + millis + " ms");
    }

    @Test
    void anErrorListIsAnApiException() {
        SIM.simulator().control().stub("create", Stub.response(200, "text/xml",
                "<response><returncode>FAILED</returncode><errors><error><key>nonUniqueVoiceBridge</key>"
                        + "<message>The selected voice bridge is already in use.</message></error></errors></response>"));
        BbbApiException e = assertThrows(BbbApiException.class,
                () -> client.meetings().create(CreateMeetingRequest.builder("fault-3", "Fault").build()));
        assertEquals("nonUniqueVoiceBridge", e.messageKey());
    }

    @Test
    void unknownElementsAreIgnored() {
        SIM.simulator().control().stub("isMeetingRunning", Stub.response(200, "text/xml;charset=utf-8",
                "<response><returncode>SUCCESS</returncode><futureThing><a>1</a></futureThing><running>true</running></response>"));
        assertTrue(client.meetings().isMeetingRunning("abc"));
    }
}
