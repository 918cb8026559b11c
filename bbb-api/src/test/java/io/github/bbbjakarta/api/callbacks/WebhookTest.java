package io.github.bbbjakarta.api.callbacks;

import io.github.bbbjakarta.api.ChecksumAlgorithm;
import io.github.bbbjakarta.api.callbacks.BbbCallbackException.Reason;
import io.github.bbbjakarta.api.callbacks.WebhookEvent.MeetingCreated;
import io.github.bbbjakarta.api.callbacks.WebhookEvent.MeetingEnded;
import io.github.bbbjakarta.api.callbacks.WebhookEvent.Other;
import io.github.bbbjakarta.api.callbacks.WebhookEvent.RecordingProcessing;
import io.github.bbbjakarta.api.callbacks.WebhookEvent.RecordingStarted;
import io.github.bbbjakarta.api.callbacks.WebhookEvent.RecordingStopped;
import io.github.bbbjakarta.api.callbacks.WebhookEvent.UserJoined;
import io.github.bbbjakarta.api.callbacks.WebhookEvent.UserLeft;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.github.bbbjakarta.api.callbacks.Tokens.OLD_SECRET;
import static io.github.bbbjakarta.api.callbacks.Tokens.SECRET;
import static io.github.bbbjakarta.api.callbacks.Tokens.checksum;
import static io.github.bbbjakarta.api.callbacks.Tokens.fixture;
import static io.github.bbbjakarta.api.callbacks.Tokens.webhookBody;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WebhookTest {
    private static final String URL = "https://lms.example/bbb/hooks?course=42";
    private static final String INTERNAL = "183f0bf3a0982a127bdb8161e0c44eb696b3e75c-1700000000000";
    private final CallbackVerifier verifier = CallbackVerifier.builder(SECRET).build();

    private static String body(String fixture) {
        return webhookBody("bbb.example.com", fixture(fixture), 1700000000999L);
    }

    private WebhookEvent only(String fixture) {
        String body = body(fixture);
        WebhookDelivery d = verifier.webhookWithChecksum(URL, checksum("SHA-1", URL, body, SECRET), body);
        assertEquals("bbb.example.com", d.domain());
        assertEquals(Optional.of(Instant.ofEpochMilli(1700000000999L)), d.timestamp());
        assertEquals(1, d.events().size());
        WebhookEvent e = d.events().get(0);
        assertEquals("course-42", e.meetingID());
        assertEquals(INTERNAL, e.internalMeetingID());
        assertTrue(e.timestamp().isPresent());
        return e;
    }

    private static void refused(Reason reason, Executable call) {
        BbbCallbackException e = assertThrows(BbbCallbackException.class, call);
        assertEquals(reason, e.reason(), e.getMessage());
        assertFalse(e.getMessage().contains(SECRET), "secret in message");
        assertFalse(e.getMessage().contains(OLD_SECRET), "secret in message");
    }

    @Test
    void checksumIsShaOfUrlBodyAndSecret() {
        String body = body("meeting-ended.json");
        // written out: lower-hex sha1 of the registered URL, the raw body and the secret, concatenated
        String expected = ChecksumAlgorithm.SHA1.hex(URL + body + SECRET);
        assertEquals(expected, checksum("SHA-1", URL, body, SECRET));
        assertInstanceOf(MeetingEnded.class, verifier.webhookWithChecksum(URL, expected, body).events().get(0));
        // upper-case hex is the same checksum
        assertEquals(1, verifier.webhookWithChecksum(URL, expected.toUpperCase(), body).events().size());
    }

    @Test
    void wrongOrMissingChecksumIsRefused() {
        String body = body("meeting-ended.json");
        String good = checksum("SHA-1", URL, body, SECRET);
        refused(Reason.BAD_SIGNATURE, () -> verifier.webhookWithChecksum(URL, checksum("SHA-1", URL, body, "x"), body));
        refused(Reason.BAD_SIGNATURE, () -> verifier.webhookWithChecksum(URL, good.substring(1), body));
        refused(Reason.BAD_SIGNATURE, () -> verifier.webhookWithChecksum(URL, "0".repeat(40), body));
        refused(Reason.BAD_SIGNATURE, () -> verifier.webhookWithChecksum(URL + "&x=1", good, body));
        refused(Reason.BAD_SIGNATURE, () -> verifier.webhookWithChecksum(URL, good, body.replace("course-42", "course-43")));
        refused(Reason.BAD_SIGNATURE, () -> verifier.webhookWithChecksum(URL, good, body + "&x=1"));
        // bbb-webhooks 3.0-3.3 hashed "{}" instead of the body: not accepted, it would sign every body
        refused(Reason.BAD_SIGNATURE, () -> verifier.webhookWithChecksum(URL, checksum("SHA-1", URL, "{}", SECRET), body));
        refused(Reason.MISSING_SIGNATURE, () -> verifier.webhookWithChecksum(URL, null, body));
        refused(Reason.MISSING_SIGNATURE, () -> verifier.webhookWithChecksum(URL, "", body));
        refused(Reason.MISSING_SIGNATURE, () -> verifier.webhook(URL, null, null, body));
        assertThrows(io.github.bbbjakarta.api.BbbParameterException.class,
                () -> verifier.webhookWithChecksum(null, good, body));
    }

    @Test
    void checksumAlgorithmIsConfigurable() {
        String body = body("meeting-ended.json");
        CallbackVerifier sha256 = CallbackVerifier.builder(SECRET).webhookChecksumAlgorithm(ChecksumAlgorithm.SHA256)
                .build();
        assertEquals(1, sha256.webhookWithChecksum(URL, checksum("SHA-256", URL, body, SECRET), body).events().size());
        refused(Reason.BAD_SIGNATURE, () -> sha256.webhookWithChecksum(URL, checksum("SHA-1", URL, body, SECRET), body));
        refused(Reason.BAD_SIGNATURE, () -> verifier.webhookWithChecksum(URL, checksum("SHA-256", URL, body, SECRET), body));
    }

    @Test
    void anyConfiguredSecretVerifiesAChecksum() {
        String body = body("meeting-ended.json");
        CallbackVerifier rotating = CallbackVerifier.builder(SECRET).additionalSecrets(OLD_SECRET).build();
        assertEquals(1, rotating.webhookWithChecksum(URL, checksum("SHA-1", URL, body, OLD_SECRET), body).events().size());
        refused(Reason.BAD_SIGNATURE, () -> verifier.webhookWithChecksum(URL, checksum("SHA-1", URL, body, OLD_SECRET), body));
    }

    @Test
    void bearerVariantVerifies() {
        String body = body("user-joined.json");
        assertInstanceOf(UserJoined.class, verifier.webhookWithBearer("Bearer " + SECRET, body).events().get(0));
        assertInstanceOf(UserJoined.class, verifier.webhook(URL, null, "bearer " + SECRET, body).events().get(0));
        refused(Reason.BAD_SIGNATURE, () -> verifier.webhookWithBearer("Bearer " + SECRET + "x", body));
        refused(Reason.BAD_SIGNATURE, () -> verifier.webhookWithBearer("Bearer " + SECRET.substring(1), body));
        refused(Reason.BAD_SIGNATURE, () -> verifier.webhookWithBearer("Bearer ", body));
        refused(Reason.MISSING_SIGNATURE, () -> verifier.webhookWithBearer("Basic " + SECRET, body));
        refused(Reason.MISSING_SIGNATURE, () -> verifier.webhookWithBearer(SECRET, body));
        refused(Reason.MISSING_SIGNATURE, () -> verifier.webhookWithBearer(null, body));
        CallbackVerifier rotating = CallbackVerifier.builder(SECRET).additionalSecrets(OLD_SECRET).build();
        assertEquals(1, rotating.webhookWithBearer("Bearer " + OLD_SECRET, body).events().size());
    }

    @Test
    void checksumTakesPrecedenceOverBearer() {
        String body = body("user-joined.json");
        refused(Reason.BAD_SIGNATURE, () -> verifier.webhook(URL, "0".repeat(40), "Bearer " + SECRET, body));
    }

    @Test
    void registeredUrlIsRecoveredFromTheRequestUrl() {
        assertEquals(URL, CallbackVerifier.registeredCallbackURL(URL + "&checksum=abc123"));
        assertEquals("https://lms.example/hook", CallbackVerifier.registeredCallbackURL("https://lms.example/hook?checksum=abc"));
        assertEquals("https://lms.example/hook?checksum=abc&x=1",
                CallbackVerifier.registeredCallbackURL("https://lms.example/hook?checksum=abc&x=1"));
        assertEquals("https://lms.example/hook", CallbackVerifier.registeredCallbackURL("https://lms.example/hook"));
    }

    @Test
    void meetingCreated() {
        MeetingCreated e = assertInstanceOf(MeetingCreated.class, only("meeting-created.json"));
        assertEquals("meeting-created", e.type());
        assertEquals("Algebra I", e.name());
        assertFalse(e.breakout());
        assertEquals("bbb-none", e.parentMeetingID());
        assertTrue(e.record());
        assertEquals(Map.of("bbb-origin", "Moodle", "bbb-context-id", "42",
                "endcallbackurl", "https://lms.example/end?token=abc"), e.metadata());
        assertEquals(Optional.of(Instant.ofEpochMilli(1700000000123L)), e.timestamp());
        assertFalse(e.toString().contains("mp-secret-pw"), e.toString());
        assertEquals("mp-secret-pw", e.json().getJsonObject("data").getJsonObject("attributes")
                .getJsonObject("meeting").getString("moderator-pass"));
    }

    @Test
    void meetingEnded() {
        assertEquals("meeting-ended", assertInstanceOf(MeetingEnded.class, only("meeting-ended.json")).type());
    }

    @Test
    void userJoinedAndLeft() {
        UserJoined j = assertInstanceOf(UserJoined.class, only("user-joined.json"));
        assertEquals("lms-user-7", j.userID());
        assertEquals("w_abcdefghij12", j.internalUserID());
        assertEquals("Ada Lovelace", j.name());
        assertEquals("MODERATOR", j.role());
        UserLeft l = assertInstanceOf(UserLeft.class, only("user-left.json"));
        assertEquals("lms-user-7", l.userID());
        assertEquals("", l.name());
        assertEquals("", l.role());
    }

    @Test
    void recordingStartedAndStopped() {
        assertInstanceOf(RecordingStarted.class, only("meeting-recording-started.json"));
        assertInstanceOf(RecordingStopped.class, only("meeting-recording-stopped.json"));
    }

    @Test
    void recordingProcessingSteps() {
        RecordingProcessing a = assertInstanceOf(RecordingProcessing.class, only("rap-archive-ended.json"));
        assertEquals("archive-ended", a.step());
        assertEquals(INTERNAL, a.recordID());
        assertEquals(Optional.of(true), a.success());
        RecordingProcessing p = assertInstanceOf(RecordingProcessing.class, only("rap-publish-ended.json"));
        assertEquals("publish-ended", p.step());
        assertEquals(Optional.of(false), p.success());
        RecordingProcessing pub = assertInstanceOf(RecordingProcessing.class, only("rap-published.json"));
        assertEquals("published", pub.step());
        assertEquals(Optional.empty(), pub.success());
        assertEquals("presentation", pub.json().getJsonObject("data").getJsonObject("attributes").getString("format"));
    }

    @Test
    void unknownEventIdIsAnOtherEvent() {
        Other o = assertInstanceOf(Other.class, only("chat-group-message-sent.json"));
        assertEquals("chat-group-message-sent", o.type());
        assertEquals("Hello & welcome = 100%", o.json().getJsonObject("data").getJsonObject("attributes")
                .getJsonObject("chat-message").getString("message"));
    }

    @Test
    void rawEventIsAnOtherEventNamedByItsEnvelope() {
        String body = body("raw-user-joined.json");
        WebhookEvent e = verifier.webhookWithChecksum(URL, checksum("SHA-1", URL, body, SECRET), body).events().get(0);
        assertInstanceOf(Other.class, e);
        assertEquals("UserJoinedMeetingEvtMsg", e.type());
        assertEquals("", e.meetingID());
        assertEquals(Optional.empty(), e.timestamp());
    }

    @Test
    void severalEventsInOnePostKeepTheirOrder() {
        String body = "domain=d&event=" + Tokens.enc("[" + fixture("user-joined.json") + "," + fixture("user-left.json")
                + "," + fixture("meeting-ended.json") + "]") + "&timestamp=1";
        List<WebhookEvent> events = verifier.webhookWithBearer("Bearer " + SECRET, body).events();
        assertEquals(List.of("user-joined", "user-left", "meeting-ended"), events.stream().map(WebhookEvent::type).toList());
    }

    @Test
    void malformedBodiesAreRefusedAfterAuthentication() {
        String bearer = "Bearer " + SECRET;
        refused(Reason.MISSING_PARAMETER, () -> verifier.webhookWithBearer(bearer, ""));
        refused(Reason.MISSING_PARAMETER, () -> verifier.webhookWithBearer(bearer, null));
        refused(Reason.MISSING_PARAMETER, () -> verifier.webhookWithBearer(bearer, "domain=d&timestamp=1"));
        refused(Reason.MALFORMED, () -> verifier.webhookWithBearer(bearer, "event=%zz"));
        refused(Reason.MALFORMED, () -> verifier.webhookWithBearer(bearer, "event=%5B%5D&event=%5B%5D"));
        refused(Reason.MALFORMED, () -> verifier.webhookWithBearer(bearer, "event=not-json"));
        refused(Reason.MALFORMED, () -> verifier.webhookWithBearer(bearer, "event=" + Tokens.enc("{\"data\":{}}")));
        refused(Reason.MALFORMED, () -> verifier.webhookWithBearer(bearer, "event=" + Tokens.enc("[1]")));
        refused(Reason.MALFORMED, () -> verifier.webhookWithBearer(bearer, "event=" + Tokens.enc("[{}]")));
        refused(Reason.MALFORMED, () -> verifier.webhookWithBearer(bearer, "event=" + Tokens.enc("[{\"data\":{\"id\":\"\"}}]")));
        refused(Reason.MALFORMED, () -> verifier.webhookWithBearer(bearer,
                "event=" + Tokens.enc("[{\"data\":{\"id\":\"x\",\"event\":{\"ts\":1e40}}}]")));
        refused(Reason.MALFORMED, () -> verifier.webhookWithBearer(bearer,
                "event=" + Tokens.enc("[" + fixture("meeting-ended.json") + "]") + "&timestamp=yesterday"));
        refused(Reason.TOO_LARGE, () -> verifier.webhookWithBearer(bearer,
                "event=" + Tokens.enc("[" + "[".repeat(5000) + "]".repeat(5000) + "]")));
        refused(Reason.TOO_LARGE, () -> verifier.webhookWithBearer(bearer, "event=" + "x".repeat(2 * 1024 * 1024)));
        // unbalanced closing brackets are refused before any parsing
        refused(Reason.MALFORMED, () -> verifier.webhookWithBearer(bearer,
                "event=" + Tokens.enc("]".repeat(100) + "[".repeat(120) + "]".repeat(20))));
        refused(Reason.TOO_LARGE, () -> verifier.webhookWithBearer(bearer,
                "event=" + Tokens.enc("[" + "{\"data\":{\"id\":\"x\"}},".repeat(1000) + "{\"data\":{\"id\":\"x\"}}]")));
        refused(Reason.TOO_LARGE, () -> verifier.webhookWithChecksum(URL, "0".repeat(40), "x".repeat(2 * 1024 * 1024)));
        // the limits are not hit by what bbb-webhooks sends
        assertEquals(1000, verifier.webhookWithBearer(bearer,
                "event=" + Tokens.enc("[" + "{\"data\":{\"id\":\"x\"}},".repeat(999) + "{\"data\":{\"id\":\"x\"}}]"))
                .events().size());
    }

    @Test
    void unauthenticatedBodyIsNotParsed() {
        // a malformed body with a wrong checksum is refused as unauthenticated, not as malformed
        refused(Reason.BAD_SIGNATURE, () -> verifier.webhookWithChecksum(URL, "0".repeat(40), "event=not-json"));
        refused(Reason.BAD_SIGNATURE, () -> verifier.webhookWithBearer("Bearer nope", "event=not-json"));
    }
}
