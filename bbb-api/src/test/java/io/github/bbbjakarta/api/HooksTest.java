package io.github.bbbjakarta.api;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.bbbjakarta.api.internal.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The hooks calls over real HTTP, against a small bbb-webhooks stand-in (a raw JDK HttpServer) that checks the
 * checksum as bbb-webhooks does (method {@code hooks/…} + raw query without the checksum + secret; algorithm by
 * length, only from its supported list; strict comparison, so lower-case hex only) and answers the golden fixtures
 * of reference §2.14.
 */
class HooksTest {
    private static final String SECRET = "8cd8ef52e8e101574e400365b55e11a6";
    private static final String CALLBACK = "https://lms.example.org/bbb/events?course=42";

    private FakeWebhooks webhooks;

    @BeforeEach
    void start() throws IOException {
        webhooks = new FakeWebhooks(SECRET);
    }

    @AfterEach
    void stop() {
        webhooks.close();
    }

    private BigBlueButtonClient client() {
        return BigBlueButtonClient.create(webhooks.url(), SECRET);
    }

    @Test
    void createIsSignedWithSha1ByDefaultWhateverTheMeetingsAlgorithm() {
        webhooks.supported = Set.of("sha1"); // bbb-webhooks below 3.0
        try (BigBlueButtonClient bbb = client()) {
            assertEquals(ChecksumAlgorithm.SHA256, bbb.checksumAlgorithm());
            assertEquals(ChecksumAlgorithm.SHA1, bbb.hooksChecksumAlgorithm());
            HookCreated created = bbb.hooks().create(CreateHookRequest.builder(CALLBACK).meetingID("course-42-lecture")
                    .eventIDs("meeting-ended", "user-joined").getRaw(true).build());
            assertEquals(HookCreated.builder().hookID("5f7fd8c4-6a8e-4a62-9ab1-3b2f0d0c9e11").build(), created);
            Request r = webhooks.only();
            assertEquals("hooks/create", r.method);
            assertEquals(List.of("callbackURL", "meetingID", "eventID", "getRaw", "checksum"), List.copyOf(r.params.keySet()));
            assertEquals(CALLBACK, r.params.get("callbackURL"));
            assertEquals("course-42-lecture", r.params.get("meetingID"));
            assertEquals("meeting-ended,user-joined", r.params.get("eventID"));
            assertEquals("true", r.params.get("getRaw"));
            assertTrue(r.params.get("checksum").matches("[0-9a-f]{40}"), "lower-case sha1 hex");
        }
    }

    @Test
    void aMinimalCreateSendsOnlyTheCallbackUrl() {
        try (BigBlueButtonClient bbb = client()) {
            bbb.hooks().create(CreateHookRequest.builder(CALLBACK).build());
            assertEquals(List.of("callbackURL", "checksum"), List.copyOf(webhooks.only().params.keySet()));
        }
    }

    @Test
    void theHooksAlgorithmIsItsOwnSetting() {
        webhooks.supported = Set.of("sha1", "sha256");
        try (BigBlueButtonClient bbb = BigBlueButtonClient.builder(webhooks.url(), SECRET)
                .checksumAlgorithm(ChecksumAlgorithm.SHA1).hooksChecksumAlgorithm(ChecksumAlgorithm.SHA256).build()) {
            assertEquals(ChecksumAlgorithm.SHA256, bbb.hooksChecksumAlgorithm());
            assertTrue(bbb.toString().endsWith(", sha1, hooks sha256]"), bbb.toString());
            assertFalse(bbb.toString().contains(SECRET));
            bbb.hooks().create(CreateHookRequest.builder(CALLBACK).build());
            assertTrue(webhooks.only().params.get("checksum").matches("[0-9a-f]{64}"), "lower-case sha256 hex");
        }
    }

    @Test
    void anAlgorithmTheServerDoesNotSupportIsAChecksumError() {
        webhooks.supported = Set.of("sha1");
        try (BigBlueButtonClient bbb = BigBlueButtonClient.builder(webhooks.url(), SECRET)
                .hooksChecksumAlgorithm(ChecksumAlgorithm.SHA512).build()) {
            BbbApiException e = assertThrows(BbbApiException.class, () -> bbb.hooks().list());
            assertTrue(e.isChecksumError());
            assertEquals("hooks/list", e.call());
            assertEquals("You did not pass the checksum security check.", e.serverMessage());
        }
    }

    @Test
    void aWrongSecretIsAChecksumErrorThatNeverShowsTheSecret() {
        try (BigBlueButtonClient bbb = BigBlueButtonClient.create(webhooks.url(), "wrong-" + SECRET)) {
            BbbApiException e = assertThrows(BbbApiException.class,
                    () -> bbb.hooks().create(CreateHookRequest.builder(CALLBACK).build()));
            assertTrue(e.isChecksumError());
            assertFalse(e.getMessage().contains(SECRET), e.getMessage());
            assertFalse(e.getMessage().contains(webhooks.only().params.get("checksum")), e.getMessage());
        }
    }

    @Test
    void aSecondHookForTheSameCallbackUrlIsADuplicateNotAnError() {
        try (BigBlueButtonClient bbb = client()) {
            HookCreated first = bbb.hooks().create(CreateHookRequest.builder(CALLBACK).build());
            HookCreated again = bbb.hooks().create(CreateHookRequest.builder(CALLBACK).meetingID("other-meeting").build());
            assertFalse(first.isDuplicate());
            assertTrue(again.isDuplicate());
            assertEquals(first.hookID(), again.hookID());
        }
    }

    @Test
    void listAllAndPerMeeting() {
        try (BigBlueButtonClient bbb = client()) {
            List<Hook> all = bbb.hooks().list();
            assertEquals(3, all.size());
            assertEquals(List.of("meeting-ended", "user-joined"), all.get(1).eventIDs());
            assertEquals(List.of("checksum"), List.copyOf(webhooks.requests.get(0).params.keySet()));
            bbb.hooks().list("course-42-lecture");
            assertEquals("course-42-lecture", webhooks.requests.get(1).params.get("meetingID"));
            assertEquals("hooks/list", webhooks.requests.get(1).method);
        }
    }

    @Test
    void destroyReturnsOnRemovedAndFailsForAMissingHook() {
        try (BigBlueButtonClient bbb = client()) {
            bbb.hooks().destroy("5f7fd8c4-6a8e-4a62-9ab1-3b2f0d0c9e11");
            assertEquals("hooks/destroy", webhooks.requests.get(0).method);
            assertEquals("5f7fd8c4-6a8e-4a62-9ab1-3b2f0d0c9e11", webhooks.requests.get(0).params.get("hookID"));
            BbbApiException e = assertThrows(BbbApiException.class, () -> bbb.hooks().destroy("42"));
            assertEquals("destroyMissingHook", e.messageKey());
            assertEquals("hooks/destroy", e.call());
        }
    }

    @Test
    void everyCallHasAnAsyncTwin() {
        try (BigBlueButtonClient bbb = client()) {
            HookCreated created = join(() -> bbb.hooks().createAsync(CreateHookRequest.builder(CALLBACK).build()));
            assertEquals("5f7fd8c4-6a8e-4a62-9ab1-3b2f0d0c9e11", created.hookID());
            assertEquals(3, join(() -> bbb.hooks().listAsync()).size());
            assertEquals(3, join(() -> bbb.hooks().listAsync("course-42-lecture")).size());
            join(() -> bbb.hooks().destroyAsync(created.hookID()));
            BbbApiException e = assertThrows(BbbApiException.class, () -> {
                try {
                    join(() -> bbb.hooks().destroyAsync("42"));
                } catch (CompletionException c) {
                    throw c.getCause();
                }
            });
            assertEquals("destroyMissingHook", e.messageKey());
            assertEquals(5, webhooks.requests.size());
        }
    }

    @Test
    void badInputFailsBeforeSendingAndNamesTheParameter() {
        for (String url : new String[]{null, "", "lms.example.org/events", "/events", "ftp://lms.example.org/x",
                "https://", "http://exa mple.org/"}) {
            assertEquals("callbackURL", assertThrows(BbbParameterException.class,
                    () -> CreateHookRequest.builder(url)).parameter(), String.valueOf(url));
        }
        CreateHookRequest.Builder b = CreateHookRequest.builder(CALLBACK);
        for (String[] ids : new String[][]{{"a,b"}, {""}, {"user joined"}, {"ok", null}}) {
            assertEquals("eventID", assertThrows(BbbParameterException.class, () -> b.eventIDs(ids)).parameter());
        }
        assertEquals("meetingID", assertThrows(BbbParameterException.class, () -> b.meetingID("a,b")).parameter());
        try (BigBlueButtonClient bbb = client()) {
            assertEquals("meetingID", assertThrows(BbbParameterException.class, () -> bbb.hooks().list("")).parameter());
            for (String id : new String[]{null, "", " 7", "7\n"}) {
                assertEquals("hookID", assertThrows(BbbParameterException.class, () -> bbb.hooks().destroy(id)).parameter());
            }
        }
        assertEquals(0, webhooks.requests.size(), "nothing was sent");
    }

    @Test
    void aGeneratedCallNameIsAcceptedBySignedUrl() {
        try (BigBlueButtonClient bbb = client()) {
            assertTrue(bbb.signedUrl("hooks/create", List.of(Map.entry("callbackURL", CALLBACK))).getRawPath()
                    .endsWith("/api/hooks/create"));
        }
    }

    private static <T> T join(Supplier<CompletionStage<T>> call) {
        return call.get().toCompletableFuture().join();
    }

    /** One request as the stand-in saw it: the call name and the decoded parameters in order. */
    private record Request(String method, Map<String, String> params) {
    }

    /** bbb-webhooks' API as far as the client sees it; answers the §2.14 fixtures. */
    private static final class FakeWebhooks implements AutoCloseable {
        private static final String API = "/bigbluebutton/api/";
        private final HttpServer server;
        private final String secret;
        private final Map<String, String> hooksByCallback = new ConcurrentHashMap<>();
        final List<Request> requests = new CopyOnWriteArrayList<>();
        volatile Set<String> supported = Set.of("sha1", "sha256", "sha384", "sha512");

        FakeWebhooks(String secret) throws IOException {
            this.secret = secret;
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext(API, this::handle);
            server.start();
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/bigbluebutton/";
        }

        Request only() {
            assertEquals(1, requests.size(), "requests: " + requests);
            return requests.get(0);
        }

        private void handle(HttpExchange exchange) throws IOException {
            String method = exchange.getRequestURI().getRawPath().substring(API.length());
            String query = exchange.getRequestURI().getRawQuery() == null ? "" : exchange.getRequestURI().getRawQuery();
            Map<String, String> params = new LinkedHashMap<>();
            for (String pair : query.split("&")) {
                if (!pair.isEmpty()) {
                    int eq = pair.indexOf('=');
                    params.put(URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
                            eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
            requests.add(new Request(method, params));
            String fixture;
            if (!"GET".equals(exchange.getRequestMethod())) {
                fixture = null;
            } else if (!checksumValid(method, query, params.get("checksum"))) {
                fixture = "hooks/create-failed-checksum.xml";
            } else {
                fixture = switch (method) {
                    case "hooks/create" -> hooksByCallback.putIfAbsent(params.get("callbackURL"), "x") == null
                            ? "hooks/create.xml" : "hooks/create-duplicate.xml";
                    case "hooks/list" -> "hooks/list.xml";
                    case "hooks/destroy" -> params.get("hookID").equals("42") ? "hooks/destroy-failed-missing-hook.xml"
                            : "hooks/destroy.xml";
                    default -> null;
                };
            }
            byte[] body = fixture == null ? "Not Found".getBytes(StandardCharsets.UTF_8) : Fixtures.bytes(fixture);
            exchange.getResponseHeaders().set("Content-Type", "text/xml");
            exchange.sendResponseHeaders(fixture == null ? 404 : 200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }

        /** bbb-webhooks' rule (reference §1.1, §1.3): strict, lower-case hex, algorithm by length. */
        private boolean checksumValid(String method, String query, String checksum) {
            if (checksum == null) {
                return false;
            }
            String algorithm = switch (checksum.length()) {
                case 40 -> "sha1";
                case 64 -> "sha256";
                case 96 -> "sha384";
                case 128 -> "sha512";
                default -> null;
            };
            if (algorithm == null || !supported.contains(algorithm)) {
                return false;
            }
            String unsigned = query.replace("&checksum=" + checksum, "").replace("checksum=" + checksum + "&", "")
                    .replace("checksum=" + checksum, "");
            try {
                MessageDigest digest = MessageDigest.getInstance("SHA-" + algorithm.substring(3));
                byte[] hash = digest.digest((method + unsigned + secret).getBytes(StandardCharsets.UTF_8));
                return HexFormat.of().formatHex(hash).equals(checksum);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }
}
