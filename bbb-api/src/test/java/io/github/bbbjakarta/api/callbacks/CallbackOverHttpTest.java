package io.github.bbbjakarta.api.callbacks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static io.github.bbbjakarta.api.callbacks.Tokens.SECRET;
import static io.github.bbbjakarta.api.callbacks.Tokens.checksum;
import static io.github.bbbjakarta.api.callbacks.Tokens.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/**
 * A tiny LMS endpoint on a JDK HttpServer receives callbacks as BBB and bbb-webhooks send them (form POSTs,
 * {@code &checksum=} appended to the registered URL, a GET for the end callback) and verifies what arrived.
 */
class CallbackOverHttpTest {
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private final CallbackVerifier verifier = CallbackVerifier.builder(SECRET).build();
    private final List<Object> received = new CopyOnWriteArrayList<>();
    private HttpServer server;
    private String base;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/hooks", this::webhook);
        server.createContext("/recording-ready", this::recordingReady);
        server.createContext("/end", this::end);
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void webhook(HttpExchange x) throws IOException {
        String body = new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String requestUrl = base + x.getRequestURI().toString();
        String query = x.getRequestURI().getRawQuery();
        String sum = query.substring(query.lastIndexOf("checksum=") + "checksum=".length());
        answer(x, () -> verifier.webhook(CallbackVerifier.registeredCallbackURL(requestUrl), sum,
                x.getRequestHeaders().getFirst("Authorization"), body));
    }

    private void recordingReady(HttpExchange x) throws IOException {
        String body = new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        answer(x, () -> verifier.recordingReadyFromForm(body));
    }

    private void end(HttpExchange x) throws IOException {
        answer(x, () -> MeetingEndedCallback.fromQuery(x.getRequestURI().getRawQuery()));
    }

    private void answer(HttpExchange x, java.util.function.Supplier<Object> verify) throws IOException {
        int status;
        try {
            received.add(verify.get());
            status = 200;
        } catch (BbbCallbackException e) {
            received.add(e.reason());
            status = e.reason().authentication() ? 401 : 400;
        }
        x.sendResponseHeaders(status, -1);
        x.close();
    }

    private int send(HttpRequest request) throws IOException, InterruptedException {
        return CLIENT.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static HttpRequest form(String url, String body) {
        return HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    @Test
    void webhookPostAsBbbWebhooksSendsIt() throws Exception {
        String registered = base + "/hooks?course=42&section=a%20b";
        String body = Tokens.webhookBody("bbb.example.com", fixture("user-joined.json"), 1700000000000L);
        assertEquals(200, send(form(registered + "&checksum=" + checksum("SHA-1", registered, body, SECRET), body)));
        WebhookDelivery d = assertInstanceOf(WebhookDelivery.class, received.get(0));
        assertEquals("lms-user-7", assertInstanceOf(WebhookEvent.UserJoined.class, d.events().get(0)).userID());

        assertEquals(401, send(form(registered + "&checksum=" + checksum("SHA-1", registered, body, "wrong"), body)));
        assertEquals(BbbCallbackException.Reason.BAD_SIGNATURE, received.get(1));
    }

    @Test
    void recordingReadyPostAsBbbSendsIt() throws Exception {
        String body = "signed_parameters=" + Tokens.bbbToken("course-42", "rec-1", SECRET);
        assertEquals(200, send(form(base + "/recording-ready", body)));
        assertEquals(new RecordingReady("course-42", "rec-1"), received.get(0));
        assertEquals(401, send(form(base + "/recording-ready", "signed_parameters="
                + Tokens.bbbToken("course-42", "rec-1", "forger"))));
    }

    @Test
    void endCallbackGetAsBbbSendsIt() throws Exception {
        URI uri = URI.create(base + "/end?token=t1&recordingmarks=false&meetingID=course%2042");
        assertEquals(200, send(HttpRequest.newBuilder(uri).GET().build()));
        assertEquals(new MeetingEndedCallback("course 42", false), received.get(0));
    }
}
