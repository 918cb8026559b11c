package io.github.bbbjakarta.cli;

import com.sun.net.httpserver.HttpServer;
import io.github.bbbjakarta.simulator.BbbSimulatorExtension;
import io.github.bbbjakarta.simulator.CallbackSnapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code verify-callback}: recording-ready JWTs and webhook POSTs, forged and genuine; no secret is ever printed. */
class VerifyCallbackCommandTest {
    @RegisterExtension
    static final BbbSimulatorExtension SIM = TestServer.extension();

    private static final String SECRET = "verify-test-secret-8c1d22e0";
    private static final String OLD_SECRET = "old-secret-5b7f9a1c44";
    private static final String OTHER_SECRET = "someone-elses-secret-0000";
    private static final Map<String, String> ENV = Map.of("BBB_SECRET", SECRET);
    private static final String PAYLOAD = "{\"meeting_id\":\"course-42\",\"record_id\":\"183f0bf3a0982a127bdb8161e0c44eb696b3e75c-1700000000000\"}";
    private static final String HOOK_URL = "https://lms.example.org/bbb-events?course=42";

    @Test
    void aGenuineTokenVerifiesAndSaysWhichRecordingIsReady() throws Exception {
        String token = jwt("HS256", "HmacSHA256", PAYLOAD, SECRET);

        CliRun run = run(ENV, "verify-callback", token);

        assertEquals(0, run.exitCode(), run::toString);
        assertEquals(List.of("verified: recording-ready signed_parameters (HS256, with BBB_SECRET)",
                "  meeting_id:  course-42",
                "  record_id:   183f0bf3a0982a127bdb8161e0c44eb696b3e75c-1700000000000"), run.outLines());
        assertEquals("", run.err());
        assertFalse(run.out().contains(token), "the token is not echoed");
    }

    @Test
    void theTokenIsReadFromStandardInputAndAsTheWholeFormBody() throws Exception {
        String token = jwt("HS256", "HmacSHA256", PAYLOAD, SECRET);

        CliRun stdin = runWithInput(ENV, token + "\n", "verify-callback", "-");
        CliRun form = runWithInput(ENV, "signed_parameters=" + URLEncoder.encode(token, StandardCharsets.UTF_8) + "\r\n",
                "verify-callback", "-");

        assertEquals(0, stdin.exitCode(), stdin::toString);
        assertEquals(0, form.exitCode(), form::toString);
        assertEquals(stdin.out(), form.out());
        assertTrue(stdin.out().contains("  meeting_id:  course-42"), stdin::toString);
    }

    @Test
    void aTamperedPayloadOrSignatureDoesNotVerify() throws Exception {
        String token = jwt("HS256", "HmacSHA256", PAYLOAD, SECRET);
        String[] parts = token.split("\\.");
        String otherPayload = b64(PAYLOAD.replace("course-42", "course-43"));
        String tamperedPayload = parts[0] + "." + otherPayload + "." + parts[2];
        char last = parts[2].charAt(0);
        String tamperedSignature = parts[0] + "." + parts[1] + "." + (last == 'A' ? 'B' : 'A') + parts[2].substring(1);

        CliRun payload = run(ENV, "verify-callback", tamperedPayload);
        CliRun signature = run(ENV, "verify-callback", tamperedSignature);

        for (CliRun r : List.of(payload, signature)) {
            assertEquals(BbbCli.EXIT_NOT_VERIFIED, r.exitCode(), r::toString);
            assertEquals("", r.out(), r::toString);
            assertEquals(1, r.errLines().size(), r::toString);
            assertTrue(r.err().startsWith("bbb-cli: does not verify: recording-ready signed_parameters: "), r::toString);
            assertTrue(r.err().contains("(bad signature)"), r::toString);
        }
        assertFalse(payload.err().contains("course-43"), "nothing of an unverified payload is shown");
    }

    @Test
    void aTokenSignedWithAnotherSecretDoesNotVerifyUnlessItIsAnExtraSecret() throws Exception {
        String token = jwt("HS256", "HmacSHA256", PAYLOAD, OLD_SECRET);

        CliRun wrong = run(ENV, "verify-callback", token);
        CliRun rotating = run(Map.of("BBB_SECRET", SECRET, "BBB_EXTRA_SECRETS", OTHER_SECRET + ", " + OLD_SECRET),
                "verify-callback", token);

        assertEquals(BbbCli.EXIT_NOT_VERIFIED, wrong.exitCode(), wrong::toString);
        assertTrue(wrong.err().contains("(bad signature)"), wrong::toString);
        assertEquals(0, rotating.exitCode(), rotating::toString);
        assertEquals("verified: recording-ready signed_parameters (HS256, with BBB_EXTRA_SECRETS #2)",
                rotating.outLines().get(0));
    }

    @Test
    void algNoneAndAlgorithmsNotAllowedAreRefused() throws Exception {
        String none = b64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + b64(PAYLOAD) + ".";
        String noneSigned = b64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + b64(PAYLOAD) + "."
                + jwt("HS256", "HmacSHA256", PAYLOAD, SECRET).split("\\.")[2];
        String hs512 = jwt("HS512", "HmacSHA512", PAYLOAD, SECRET);

        CliRun unsigned = run(ENV, "verify-callback", none);
        CliRun forged = run(ENV, "verify-callback", noneSigned);
        CliRun notAllowed = run(ENV, "verify-callback", hs512);
        CliRun allowed = run(ENV, "verify-callback", "--jwt-algorithm", "HS256,HS512", hs512);

        for (CliRun r : List.of(unsigned, forged, notAllowed)) {
            assertEquals(BbbCli.EXIT_NOT_VERIFIED, r.exitCode(), r::toString);
            assertTrue(r.err().contains("(algorithm not allowed)"), r::toString);
            assertEquals("", r.out(), r::toString);
        }
        assertEquals(0, allowed.exitCode(), allowed::toString);
        assertTrue(allowed.outLines().get(0).contains("(HS512, with BBB_SECRET)"), allowed::toString);
    }

    @Test
    void anExpiredTokenDoesNotVerify() throws Exception {
        String expired = jwt("HS256", "HmacSHA256", PAYLOAD.replace("}", ",\"exp\":1700000000}"), SECRET);

        CliRun run = run(ENV, "verify-callback", expired);

        assertEquals(BbbCli.EXIT_NOT_VERIFIED, run.exitCode(), run::toString);
        assertTrue(run.err().endsWith("(expired)" + System.lineSeparator()), run::toString);
        assertEquals("", run.out());
    }

    @Test
    void aRealRecordingReadyCallbackOfTheSimulatorVerifies() throws Exception {
        HttpServer lms = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        lms.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        lms.start();
        try {
            String recordID = Recorded.meeting(SIM, "ready-1", "Ready", "--meta",
                    "bbb-recording-ready-url=http://127.0.0.1:" + lms.getAddress().getPort() + "/ready");
            CallbackSnapshot ready = awaitRecordingReady();

            CliRun run = runWithInput(Map.of("BBB_SECRET", TestServer.SECRET), ready.body(), "verify-callback", "-");

            assertEquals(0, run.exitCode(), run::toString);
            assertEquals(List.of("verified: recording-ready signed_parameters (HS256, with BBB_SECRET)",
                    "  meeting_id:  ready-1", "  record_id:   " + recordID), run.outLines());
            assertFalse(run.out().contains(TestServer.SECRET) || run.err().contains(TestServer.SECRET));
        } finally {
            lms.stop(0);
        }
    }

    @Test
    void aRealWebhookOfTheSimulatorVerifies() throws Exception {
        HttpServer lms = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        lms.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        lms.start();
        try {
            String hookUrl = "http://127.0.0.1:" + lms.getAddress().getPort() + "/events?course=9";
            CliRun hook = CliRun.run(TestServer.environment(SIM), "hooks", "create", "--callback-url", hookUrl,
                    "--meeting", "hooked-1");
            assertEquals(0, hook.exitCode(), hook::toString);
            CliRun create = CliRun.run(TestServer.environment(SIM), "create", "--meeting-id", "hooked-1", "--name",
                    "Hooked");
            assertEquals(0, create.exitCode(), create::toString);
            CallbackSnapshot delivered = awaitCallback(CallbackSnapshot.Kind.WEBHOOK);
            assertTrue(delivered.url().startsWith(hookUrl + "&checksum="), "bbb-webhooks appends the checksum");

            CliRun run = runWithInput(Map.of("BBB_SECRET", TestServer.SECRET), delivered.body(), "verify-callback",
                    "--callback-url", delivered.url(), "-");

            assertEquals(0, run.exitCode(), run::toString);
            assertEquals("verified: webhook (checksum sha1 of callback URL + body + secret, with BBB_SECRET)",
                    run.outLines().get(0));
            assertTrue(run.out().contains("meeting-created  meetingID=hooked-1"), run::toString);
            CliRun tampered = runWithInput(Map.of("BBB_SECRET", TestServer.SECRET),
                    delivered.body().replace("hooked-1", "hooked-2"), "verify-callback", "--callback-url",
                    delivered.url(), "-");
            assertEquals(BbbCli.EXIT_NOT_VERIFIED, tampered.exitCode(), tampered::toString);
        } finally {
            lms.stop(0);
        }
    }

    @Test
    void aWebhookVerifiesByTheChecksumInItsUrlAndListsItsEvents() throws Exception {
        String body = webhookBody();
        String checksum = hex("SHA-1", HOOK_URL + body + SECRET);

        CliRun run = runWithInput(ENV, body, "verify-callback", "--callback-url", HOOK_URL + "&checksum=" + checksum,
                "-");
        CliRun separate = run(ENV, "verify-callback", "--callback-url", HOOK_URL, "--checksum", checksum, body);

        assertEquals(0, run.exitCode(), run::toString);
        assertEquals(List.of("verified: webhook (checksum sha1 of callback URL + body + secret, with BBB_SECRET)",
                "  domain:     bbb.example.org",
                "  timestamp:  2023-11-14T22:13:20.200Z",
                "  events:     2",
                "    meeting-created  meetingID=course-42  internalMeetingID=183f-1700000000000"
                        + "  at 2023-11-14T22:13:20.123Z  name=\"Algebra I\"  record=yes",
                "    user-joined  meetingID=course-42  internalMeetingID=183f-1700000000000"
                        + "  userID=student-7  name=\"Ada\"  role=VIEWER"), run.outLines());
        assertFalse(run.out().contains("mp-secret-pw"), "the meeting's passwords in meeting-created are not shown");
        assertEquals(run.out(), separate.out());
    }

    @Test
    void aWebhookWithATamperedBodyOrAnotherAlgorithmDoesNotVerify() throws Exception {
        String body = webhookBody();
        String checksum = hex("SHA-1", HOOK_URL + body + SECRET);
        String sha256 = hex("SHA-256", HOOK_URL + body + SECRET);

        CliRun tampered = run(ENV, "verify-callback", "--callback-url", HOOK_URL + "&checksum=" + checksum,
                body.replace("Ada", "Eve"));
        CliRun otherUrl = run(ENV, "verify-callback", "--callback-url",
                "https://evil.example.org/bbb-events?course=42&checksum=" + checksum, body);
        CliRun wrongAlgorithm = run(ENV, "verify-callback", "--callback-url", HOOK_URL + "&checksum=" + sha256, body);
        CliRun rightAlgorithm = run(ENV, "verify-callback", "--hooks-checksum", "sha256", "--callback-url",
                HOOK_URL + "&checksum=" + sha256, body);

        for (CliRun r : List.of(tampered, otherUrl, wrongAlgorithm)) {
            assertEquals(BbbCli.EXIT_NOT_VERIFIED, r.exitCode(), r::toString);
            assertTrue(r.err().startsWith("bbb-cli: does not verify: webhook checksum: "), r::toString);
            assertFalse(r.err().contains(checksum) || r.err().contains(sha256), "no checksum echoed: " + r);
        }
        assertEquals(0, rightAlgorithm.exitCode(), rightAlgorithm::toString);
    }

    @Test
    void aWebhookVerifiesByItsBearerToken() throws Exception {
        String body = webhookBody();

        CliRun good = run(ENV, "verify-callback", "--authorization", "Bearer " + SECRET, body);
        CliRun bad = run(ENV, "verify-callback", "--authorization", "Bearer " + OTHER_SECRET, body);
        CliRun fromStdin = runWithInput(ENV, "Bearer " + SECRET + "\n", "verify-callback", "--authorization", "-", body);

        assertEquals(0, good.exitCode(), good::toString);
        assertEquals(good.out(), fromStdin.out());
        assertEquals("verified: webhook (Authorization: Bearer, with BBB_SECRET)", good.outLines().get(0));
        assertEquals(BbbCli.EXIT_NOT_VERIFIED, bad.exitCode(), bad::toString);
        assertTrue(bad.err().contains("(bad signature)"), bad::toString);
        assertFalse(bad.err().contains(OTHER_SECRET), bad::toString);
    }

    @Test
    void usageErrorsNameWhatIsMissing() throws Exception {
        String token = jwt("HS256", "HmacSHA256", PAYLOAD, SECRET);
        CliRun noSecret = run(Map.of(), "verify-callback", token);
        CliRun noChecksum = run(ENV, "verify-callback", "--callback-url", HOOK_URL, webhookBody());
        CliRun bodyWithoutUrl = run(ENV, "verify-callback", webhookBody());
        CliRun checksumAlone = run(ENV, "verify-callback", "--checksum", "abc", token);

        assertAll(
                () -> assertEquals(List.of("bbb-cli: BBB_SECRET is not set: verify-callback checks the callback with"
                        + " the shared secret (bbb-conf --secret, or Scalelite's)"), noSecret.errLines()),
                () -> assertTrue(noChecksum.err().startsWith("bbb-cli: --callback-url: has no checksum parameter"),
                        noChecksum::toString),
                () -> assertTrue(bodyWithoutUrl.err().startsWith("bbb-cli: VALUE looks like a webhook body: give"
                        + " --callback-url"), bodyWithoutUrl::toString),
                () -> assertEquals(List.of("bbb-cli: --checksum: only for a webhook; give --callback-url too"),
                        checksumAlone.errLines()));
        for (CliRun r : List.of(noSecret, noChecksum, bodyWithoutUrl, checksumAlone)) {
            assertEquals(BbbCli.EXIT_USAGE, r.exitCode(), r::toString);
        }
    }

    /** Every run of this class: exit code and output, with the check that no secret appears anywhere. */
    private static CliRun run(Map<String, String> env, String... args) {
        return runWithInput(env, "", args);
    }

    private static CliRun runWithInput(Map<String, String> env, String stdin, String... args) {
        CliRun run = CliRun.runWithInput(env, stdin, args);
        for (String secret : List.of(SECRET, OLD_SECRET, OTHER_SECRET, TestServer.SECRET)) {
            assertFalse(run.out().contains(secret) || run.err().contains(secret), "a secret was printed: " + run);
        }
        return run;
    }

    private static CallbackSnapshot awaitRecordingReady() throws InterruptedException {
        return awaitCallback(CallbackSnapshot.Kind.RECORDING_READY);
    }

    private static CallbackSnapshot awaitCallback(CallbackSnapshot.Kind kind) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < deadline) {
            Optional<CallbackSnapshot> sent = SIM.control().callbacks().stream()
                    .filter(c -> c.kind() == kind && c.delivered()).findFirst();
            if (sent.isPresent()) {
                return sent.get();
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no " + kind + " callback: " + SIM.control().callbacks());
    }

    private static String webhookBody() {
        String meeting = "\"meeting\":{\"internal-meeting-id\":\"183f-1700000000000\",\"external-meeting-id\":\"course-42\"";
        String created = "{\"data\":{\"type\":\"event\",\"id\":\"meeting-created\",\"attributes\":{" + meeting
                + ",\"name\":\"Algebra I\",\"is-breakout\":false,\"parent-id\":\"bbb-none\",\"record\":true,"
                + "\"moderator-pass\":\"mp-secret-pw\",\"viewer-pass\":\"ap-secret-pw\",\"metadata\":{}}},"
                + "\"event\":{\"ts\":1700000000123}}}";
        String joined = "{\"data\":{\"type\":\"event\",\"id\":\"user-joined\",\"attributes\":{" + meeting + "},"
                + "\"user\":{\"internal-user-id\":\"w_abc\",\"external-user-id\":\"student-7\",\"name\":\"Ada\","
                + "\"role\":\"VIEWER\"}}}}";
        return "domain=bbb.example.org&event=" + URLEncoder.encode("[" + created + "," + joined + "]",
                StandardCharsets.UTF_8) + "&timestamp=1700000000200";
    }

    private static String jwt(String alg, String mac, String payload, String secret) throws Exception {
        String signed = b64("{\"alg\":\"" + alg + "\",\"typ\":\"JWT\"}") + "." + b64(payload);
        Mac m = Mac.getInstance(mac);
        m.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), mac));
        return signed + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(m.doFinal(signed.getBytes(StandardCharsets.US_ASCII)));
    }

    private static String b64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String hex(String algorithm, String data) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm)
                .digest(data.getBytes(StandardCharsets.UTF_8)));
    }
}
