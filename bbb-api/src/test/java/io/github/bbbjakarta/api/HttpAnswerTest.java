package io.github.bbbjakarta.api;

import io.github.bbbjakarta.api.internal.HttpTransport;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How HTTP-level details of an answer are handled: Content-Type, redirects, status descriptions. */
class HttpAnswerTest {
    private static final String RUNNING = "<response><returncode>SUCCESS</returncode><running>true</running></response>";

    @Test
    void a200WithoutContentTypeIsReadAndParsed() throws Exception {
        try (HostileServer server = new HostileServer(HostileServer.answer(200, null, RUNNING));
             BigBlueButtonClient client = BigBlueButtonClient.create(server.url(), "s3cret")) {
            assertTrue(client.meetings().isMeetingRunning("m-1"));
        }
    }

    @Test
    void aBodyWithoutContentLengthIsReadUntilTheServerCloses() throws Exception {
        HostileServer.Behaviour closeDelimited = (r, out) -> {
            out.write(HostileServer.ascii("HTTP/1.0 200 OK\r\n\r\n" + RUNNING));
            return false;
        };
        try (HostileServer server = new HostileServer(closeDelimited);
             BigBlueButtonClient client = BigBlueButtonClient.create(server.url(), "s3cret")) {
            assertTrue(client.meetings().isMeetingRunning("m-1"));
            assertTrue(client.meetings().isMeetingRunning("m-1"));
            assertEquals(2, server.connections(), "a close-delimited answer's connection is not reused");
        }
    }

    @Test
    void aRedirectFromAnotherCallIsAnErrorAndTheLocationIsNeverFetched() throws Exception {
        try (HostileServer elsewhere = new HostileServer(HostileServer.answer(200, "text/xml", RUNNING))) {
            HostileServer.Behaviour redirect = (r, out) -> {
                out.write(HostileServer.ascii("HTTP/1.1 302 Found\r\nLocation: " + elsewhere.url()
                        + "api/isMeetingRunning?meetingID=m-1\r\nContent-Length: 0\r\n\r\n"));
                return true;
            };
            try (HostileServer server = new HostileServer(redirect);
                 BigBlueButtonClient client = BigBlueButtonClient.create(server.url(), "s3cret")) {
                BbbTransportException e = assertThrows(BbbTransportException.class, () -> client.meetings().isMeetingRunning("m-1"));
                assertEquals(302, e.httpStatus().orElseThrow());
                BbbTransportException async = assertThrows(BbbTransportException.class, () -> {
                    try {
                        client.meetings().getMeetingsAsync().toCompletableFuture().join();
                    } catch (java.util.concurrent.CompletionException c) {
                        throw c.getCause();
                    }
                });
                assertEquals(302, async.httpStatus().orElseThrow());
                assertEquals(2, server.requests().size());
            }
            assertEquals(0, elsewhere.requests().size(), "the Location was not fetched");
            assertEquals(0, elsewhere.connections());
        }
    }

    @Test
    void statusDescriptionsNameWhatHappenedWithoutTheQuery() {
        HttpTransport.Answer answer = new HttpTransport.Answer(502, null, new byte[0],
                "https://bbb.example.com/bigbluebutton/api/create");
        assertEquals("the server at https://bbb.example.com/bigbluebutton/api/create answered HTTP 502 Bad Gateway"
                + " (a proxy in front of BBB could not reach it)", answer.describeStatus());
        assertTrue(HttpTransport.statusText(503).startsWith("HTTP 503 Service Unavailable"));
        assertTrue(HttpTransport.statusText(504).startsWith("HTTP 504 Gateway Timeout"));
        assertEquals("HTTP 599", HttpTransport.statusText(599));
        assertEquals("the server answered HTTP 404 Not Found (is the URL right? it must end in /bigbluebutton/)",
                new HttpTransport.Answer(404, null, new byte[0]).describeStatus());
    }

    @Test
    void answersCarryTheirServerUrlWithoutQuery() throws Exception {
        HostileServer.Behaviour gateway = HostileServer.answer(502, "text/html", "<html><body>502 Bad Gateway</body></html>");
        try (HostileServer server = new HostileServer(gateway);
             BigBlueButtonClient client = BigBlueButtonClient.create(server.url(), "s3cret")) {
            BbbTransportException e = assertThrows(BbbTransportException.class, () -> client.meetings().isMeetingRunning("m-1"));
            assertEquals(502, e.httpStatus().orElseThrow());
            assertFalse(e.getMessage().contains("checksum"), e.getMessage());
        }
    }
}
