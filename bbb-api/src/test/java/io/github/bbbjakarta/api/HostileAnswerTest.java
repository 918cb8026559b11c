package io.github.bbbjakarta.api;

import io.github.bbbjakarta.simulator.Stub;
import org.junit.jupiter.api.Test;

import java.util.concurrent.CompletionException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Answers found by throwing hostile bodies at the client (issue 6), over real HTTP: each ends as a typed
 * {@link BbbException} or a correct result, never a NullPointerException, StackOverflowError or silent wrap.
 */
class HostileAnswerTest extends SimulatorTest {
    private static final String HEAD = "<response><returncode>SUCCESS</returncode><meetingID>m1</meetingID>"
            + "<internalMeetingID>i1</internalMeetingID>";

    private static void stub(String call, String xml) {
        SIM.simulator().control().stub(call, Stub.response(200, "text/xml;charset=utf-8", xml));
    }

    @Test
    void aNilRootIsATransportErrorSyncAndAsync() {
        stub("getMeetingInfo", "<response xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:nil=\"true\"/>");
        assertThrows(BbbTransportException.class, () -> client.meetings().getMeetingInfo("m1"));
        CompletionException e = assertThrows(CompletionException.class,
                () -> client.meetings().getMeetingInfoAsync("m1").toCompletableFuture().join());
        assertInstanceOf(BbbTransportException.class, e.getCause());
    }

    @Test
    void aNilRootWithChildrenIsReadLikeWithoutTheAttribute() {
        stub("isMeetingRunning", "<response xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:nil=\"true\">"
                + "<returncode>SUCCESS</returncode><running>true</running></response>");
        assertTrue(client.meetings().isMeetingRunning("m1"));
    }

    @Test
    void metadataNested10000DeepIsATransportError() {
        String deep = "<a>".repeat(10_000) + "x" + "</a>".repeat(10_000);
        stub("getMeetingInfo", HEAD + "<metadata>" + deep + "</metadata></response>");
        BbbTransportException e = assertThrows(BbbTransportException.class, () -> client.meetings().getMeetingInfo("m1"));
        assertTrue(e.getMessage().contains("nested deeper than 64"), e.getMessage());
    }

    @Test
    void twoHundredThousandMetadataEntriesAreRefusedByTheElementLimit() {
        StringBuilder xml = new StringBuilder(HEAD).append("<metadata>");
        for (int i = 0; i < 200_000; i++) {
            xml.append("<k").append(i).append("/>");
        }
        stub("getMeetingInfo", xml.append("</metadata></response>").toString());
        BbbTransportException e = assertThrows(BbbTransportException.class, () -> client.meetings().getMeetingInfo("m1"));
        assertTrue(e.getMessage().contains("more than 100000 elements"), e.getMessage());
    }

    @Test
    void aCounterBeyondIntIsRefusedNamingTheElement() {
        stub("getMeetingInfo", HEAD + "<participantCount>2147483648</participantCount></response>");
        BbbTransportException e = assertThrows(BbbTransportException.class, () -> client.meetings().getMeetingInfo("m1"));
        assertTrue(e.getMessage().contains("<participantCount> is out of range"), e.getMessage());
    }

    @Test
    void aPrettyPrintedReturncodeIsASuccess() {
        stub("isMeetingRunning", "<response>\n  <returncode> SUCCESS </returncode>\n  <running> true </running>\n</response>");
        assertTrue(client.meetings().isMeetingRunning("m1"));
    }

    @Test
    void aPrettyPrintedFailedIsAnApiException() {
        stub("getMeetingInfo", "<response>\n <returncode>\n  FAILED\n </returncode>\n <messageKey> notFound </messageKey>"
                + "<message>A meeting with that ID does not exist</message></response>");
        BbbApiException e = assertThrows(BbbApiException.class, () -> client.meetings().getMeetingInfo("m1"));
        assertEquals("notFound", e.messageKey());
    }
}
