package io.github.bbbjakarta.api.callbacks;

import io.github.bbbjakarta.api.BbbException;
import io.github.bbbjakarta.api.BbbParameterException;
import io.github.bbbjakarta.api.callbacks.BbbCallbackException.Reason;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static io.github.bbbjakarta.api.callbacks.Tokens.OLD_SECRET;
import static io.github.bbbjakarta.api.callbacks.Tokens.SECRET;
import static io.github.bbbjakarta.api.callbacks.Tokens.b64;
import static io.github.bbbjakarta.api.callbacks.Tokens.bbbToken;
import static io.github.bbbjakarta.api.callbacks.Tokens.jwt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RecordingReadyTest {
    private static final String CLAIMS = "{\"meeting_id\":\"course-42\",\"record_id\":\"183f0bf3-1700000000000\"}";
    private final CallbackVerifier verifier = CallbackVerifier.builder(SECRET).build();

    private static BbbCallbackException refused(CallbackVerifier v, String token, Reason reason) {
        BbbCallbackException e = assertThrows(BbbCallbackException.class, () -> v.recordingReady(token));
        assertEquals(reason, e.reason(), e.getMessage());
        assertFalse(e.getMessage().contains(SECRET), "secret in message");
        assertFalse(e.getMessage().contains(OLD_SECRET), "secret in message");
        if (token != null && token.length() > 20) {
            assertFalse(e.getMessage().contains(token), "token in message");
            assertFalse(e.getMessage().contains(token.substring(token.lastIndexOf('.') + 1).isEmpty() ? "\u0000"
                    : token.substring(token.lastIndexOf('.') + 1)), "signature in message");
        }
        return e;
    }

    private void refused(String token, Reason reason) {
        refused(verifier, token, reason);
    }

    @Test
    void tokenAsBbbSignsItVerifies() {
        RecordingReady r = verifier.recordingReady(bbbToken("course-42", "183f0bf3-1700000000000", SECRET));
        assertEquals(new RecordingReady("course-42", "183f0bf3-1700000000000"), r);
    }

    /**
     * A token as Ruby's {@code JWT.encode({meeting_id:, record_id:}, secret)} writes it (compact JSON, header
     * {@code {"alg":"HS256"}}), computed outside Java (Python's hmac) and pasted here.
     */
    @Test
    void goldenTokenMadeOutsideJavaVerifies() {
        String golden = "eyJhbGciOiJIUzI1NiJ9.eyJtZWV0aW5nX2lkIjoiY291cnNlLTQyIiwicmVjb3JkX2lkIjoiMTgzZjBiZjNhMDk4MmEx"
                + "MjdiZGI4MTYxZTBjNDRlYjY5NmIzZTc1Yy0xNzAwMDAwMDAwMDAwIn0.xi6_HvyekUMXMcMzgc7ggVwe8olBz-obWRaaBUdOz1A";
        assertEquals(new RecordingReady("course-42", "183f0bf3a0982a127bdb8161e0c44eb696b3e75c-1700000000000"),
                verifier.recordingReady(golden));
        assertEquals(golden, bbbToken("course-42", "183f0bf3a0982a127bdb8161e0c44eb696b3e75c-1700000000000", SECRET));
    }

    @Test
    void tokenWithTypJwtHeaderVerifies() {
        String token = jwt("{\"typ\":\"JWT\",\"alg\":\"HS256\"}", CLAIMS, "HmacSHA256", SECRET);
        assertEquals("course-42", verifier.recordingReady(token).meetingID());
    }

    @Test
    void formBodyAsBbbPostsItVerifies() {
        String body = "signed_parameters=" + bbbToken("course 42/ü", "rec-1", SECRET);
        assertEquals(new RecordingReady("course 42/ü", "rec-1"), verifier.recordingReadyFromForm(body));
    }

    @Test
    void formBodyWithoutOrWithTwoTokensIsRefused() {
        String t = bbbToken("m", "r", SECRET);
        assertEquals(Reason.MISSING_PARAMETER, assertThrows(BbbCallbackException.class,
                () -> verifier.recordingReadyFromForm("other=1")).reason());
        assertEquals(Reason.MALFORMED, assertThrows(BbbCallbackException.class,
                () -> verifier.recordingReadyFromForm("signed_parameters=" + t + "&signed_parameters=" + t)).reason());
        assertEquals(Reason.MISSING_PARAMETER, assertThrows(BbbCallbackException.class,
                () -> verifier.recordingReadyFromForm("")).reason());
    }

    /** The jwt.io example (HS256, secret "your-256-bit-secret"): the signature verifies; the claims are not BBB's. */
    @Test
    void independentlyMadeTokenVerifiesItsSignature() {
        String jwtIo = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0"
                + "IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c";
        CallbackVerifier v = CallbackVerifier.builder("your-256-bit-secret").build();
        assertTrue(refused(v, jwtIo, Reason.MISSING_CLAIM).getMessage().contains("meeting_id"));
        refused(jwtIo, Reason.BAD_SIGNATURE);
    }

    @Test
    void hs512VerifiesOnlyWhenAllowed() {
        String token = jwt("{\"alg\":\"HS512\"}", CLAIMS, "HmacSHA512", SECRET);
        refused(token, Reason.ALGORITHM_NOT_ALLOWED);
        CallbackVerifier v = CallbackVerifier.builder(SECRET)
                .allowedJwtAlgorithms(JwtAlgorithm.HS256, JwtAlgorithm.HS512).build();
        assertEquals("183f0bf3-1700000000000", v.recordingReady(token).recordID());
        assertEquals("course-42", v.recordingReady(bbbToken("course-42", "r", SECRET)).meetingID());
    }

    @Test
    void hs384VerifiesWhenAllowedAndHs256CanBeExcluded() {
        String token = jwt("{\"alg\":\"HS384\"}", CLAIMS, "HmacSHA384", SECRET);
        CallbackVerifier v = CallbackVerifier.builder(SECRET).allowedJwtAlgorithms(JwtAlgorithm.HS384).build();
        assertEquals("course-42", v.recordingReady(token).meetingID());
        refused(v, bbbToken("m", "r", SECRET), Reason.ALGORITHM_NOT_ALLOWED);
    }

    @Test
    void headerAlgorithmMustMatchTheMac() {
        // claims HS512 but is signed with HS256: the MAC is computed as HS512, so it does not match
        String token = jwt("{\"alg\":\"HS512\"}", CLAIMS, "HmacSHA256", SECRET);
        CallbackVerifier v = CallbackVerifier.builder(SECRET)
                .allowedJwtAlgorithms(JwtAlgorithm.HS256, JwtAlgorithm.HS512).build();
        refused(v, token, Reason.BAD_SIGNATURE);
    }

    @Test
    void anyConfiguredSecretVerifies() {
        CallbackVerifier rotating = CallbackVerifier.builder(SECRET).additionalSecrets(OLD_SECRET).build();
        assertEquals("r1", rotating.recordingReady(bbbToken("m", "r1", OLD_SECRET)).recordID());
        assertEquals("r2", rotating.recordingReady(bbbToken("m", "r2", SECRET)).recordID());
        refused(rotating, bbbToken("m", "r", "another-secret"), Reason.BAD_SIGNATURE);
        refused(bbbToken("m", "r", OLD_SECRET), Reason.BAD_SIGNATURE);
    }

    @Test
    void wrongKeyIsRefused() {
        refused(bbbToken("m", "r", SECRET + "x"), Reason.BAD_SIGNATURE);
    }

    @Test
    void algNoneIsRefusedInAnySpelling() {
        for (String alg : new String[] {"none", "None", "NONE", "nOnE"}) {
            String header = b64("{\"alg\":\"" + alg + "\"}");
            refused(header + "." + b64(CLAIMS) + ".", Reason.ALGORITHM_NOT_ALLOWED);
            // with a signature made with the secret anyway
            String signed = jwt("{\"alg\":\"" + alg + "\"}", CLAIMS, "HmacSHA256", SECRET);
            refused(signed, Reason.ALGORITHM_NOT_ALLOWED);
        }
    }

    /** An RS256/ES256 token HMAC-signed with the secret (the classic key-confusion forgery) must not verify. */
    @Test
    void publicKeyAlgorithmsAreRefused() {
        for (String alg : new String[] {"RS256", "ES256", "PS256", "EdDSA", "HS1", "hs256", "HS256 "}) {
            refused(jwt("{\"alg\":\"" + alg + "\"}", CLAIMS, "HmacSHA256", SECRET), Reason.ALGORITHM_NOT_ALLOWED);
        }
    }

    @Test
    void headerWithoutAlgOrWithNonStringAlgIsRefused() {
        refused(jwt("{\"typ\":\"JWT\"}", CLAIMS, "HmacSHA256", SECRET), Reason.MALFORMED);
        refused(jwt("{\"alg\":256}", CLAIMS, "HmacSHA256", SECRET), Reason.MALFORMED);
        refused(jwt("{\"alg\":null}", CLAIMS, "HmacSHA256", SECRET), Reason.MALFORMED);
    }

    @Test
    void criticalExtensionsAreRefused() {
        refused(jwt("{\"alg\":\"HS256\",\"crit\":[\"b64\"],\"b64\":false}", CLAIMS, "HmacSHA256", SECRET),
                Reason.ALGORITHM_NOT_ALLOWED);
    }

    @Test
    void tamperedPayloadIsRefused() {
        String token = bbbToken("course-42", "rec-1", SECRET);
        String[] parts = token.split("\\.");
        String forged = parts[0] + "." + b64("{\"meeting_id\":\"course-43\",\"record_id\":\"rec-1\"}") + "." + parts[2];
        refused(forged, Reason.BAD_SIGNATURE);
    }

    @Test
    void tamperedHeaderIsRefused() {
        String token = bbbToken("course-42", "rec-1", SECRET);
        String[] parts = token.split("\\.");
        refused(b64("{\"alg\":\"HS256\",\"typ\":\"JWT\"}") + "." + parts[1] + "." + parts[2], Reason.BAD_SIGNATURE);
    }

    @Test
    void everyOneCharacterChangeOfTheSignatureIsRefused() {
        String token = bbbToken("course-42", "rec-1", SECRET);
        int sig = token.lastIndexOf('.') + 1;
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        for (int i = sig; i < token.length(); i++) {
            for (char c : alphabet.toCharArray()) {
                if (c != token.charAt(i)) {
                    String t = token.substring(0, i) + c + token.substring(i + 1);
                    BbbCallbackException e = assertThrows(BbbCallbackException.class, () -> verifier.recordingReady(t));
                    assertTrue(e.reason() == Reason.BAD_SIGNATURE || e.reason() == Reason.MALFORMED, e.getMessage());
                }
            }
        }
    }

    @Test
    void absentOrTruncatedSignatureIsRefused() {
        String token = bbbToken("course-42", "rec-1", SECRET);
        String unsigned = token.substring(0, token.lastIndexOf('.') + 1);
        refused(unsigned, Reason.MISSING_SIGNATURE);
        refused(token.substring(0, token.length() - 1), Reason.BAD_SIGNATURE);
        refused(token + "A", Reason.BAD_SIGNATURE);
        // padded base64 is not the canonical encoding
        refused(token + "=", Reason.MALFORMED);
    }

    @Test
    void malformedTokensAreRefused() {
        String token = bbbToken("course-42", "rec-1", SECRET);
        String[] p = token.split("\\.");
        refused(p[0] + "." + p[1], Reason.MALFORMED);
        refused(token + ".extra", Reason.MALFORMED);
        refused("nodots", Reason.MALFORMED);
        refused("..", Reason.MALFORMED);
        refused("." + p[1] + "." + p[2], Reason.MALFORMED);
        refused(p[0] + ".." + p[2], Reason.MALFORMED);
        refused(p[0] + "." + p[1] + "!" + "." + p[2], Reason.MALFORMED);
        refused(" " + token, Reason.MALFORMED);
        refused("a" + "." + p[1] + "." + p[2], Reason.MALFORMED); // base64 of length 1 is invalid
        refused(b64("not json") + "." + p[1] + "." + p[2], Reason.MALFORMED);
        refused(b64("[\"alg\",\"HS256\"]") + "." + p[1] + "." + p[2], Reason.MALFORMED);
        refused(b64(new byte[] {(byte) 0xC3, (byte) 0x28}) + "." + p[1] + "." + p[2], Reason.MALFORMED);
        refused(jwt("{\"alg\":\"HS256\"}", "not json", "HmacSHA256", SECRET), Reason.MALFORMED);
        refused(jwt("{\"alg\":\"HS256\"}", "[1,2]", "HmacSHA256", SECRET), Reason.MALFORMED);
        refused(null, Reason.MISSING_PARAMETER);
        refused("", Reason.MISSING_PARAMETER);
    }

    @Test
    void hugeTokenIsRefusedBeforeAnyWork() {
        String big = jwt("{\"alg\":\"HS256\"}", "{\"meeting_id\":\"" + "m".repeat(9000) + "\",\"record_id\":\"r\"}",
                "HmacSHA256", SECRET);
        refused(big, Reason.TOO_LARGE);
        refused("A".repeat(1_000_000), Reason.TOO_LARGE);
    }

    @Test
    void deeplyNestedHeaderIsRefused() {
        String deep = "{\"alg\":\"HS256\",\"x\":" + "[".repeat(100) + "]".repeat(100) + "}";
        refused(jwt(deep, CLAIMS, "HmacSHA256", SECRET), Reason.TOO_LARGE);
    }

    @Test
    void missingOrNonStringClaimsAreRefused() {
        refused(jwt("{\"alg\":\"HS256\"}", "{\"record_id\":\"r\"}", "HmacSHA256", SECRET), Reason.MISSING_CLAIM);
        refused(jwt("{\"alg\":\"HS256\"}", "{\"meeting_id\":\"m\"}", "HmacSHA256", SECRET), Reason.MISSING_CLAIM);
        refused(jwt("{\"alg\":\"HS256\"}", "{\"meeting_id\":\"\",\"record_id\":\"r\"}", "HmacSHA256", SECRET),
                Reason.MISSING_CLAIM);
        refused(jwt("{\"alg\":\"HS256\"}", "{\"meeting_id\":42,\"record_id\":\"r\"}", "HmacSHA256", SECRET),
                Reason.MISSING_CLAIM);
        refused(jwt("{\"alg\":\"HS256\"}", "{}", "HmacSHA256", SECRET), Reason.MISSING_CLAIM);
    }

    @Test
    void expAndNbfAreCheckedExactlyWithoutSkew() {
        Clock at = Clock.fixed(Instant.ofEpochSecond(1_700_000_000L), ZoneOffset.UTC);
        CallbackVerifier v = CallbackVerifier.builder(SECRET).clock(at).clockSkew(Duration.ZERO).build();
        String live = jwt("{\"alg\":\"HS256\"}", "{\"meeting_id\":\"m\",\"record_id\":\"r\",\"exp\":1700000001}",
                "HmacSHA256", SECRET);
        assertEquals("r", v.recordingReady(live).recordID());
        refused(v, jwt("{\"alg\":\"HS256\"}", "{\"meeting_id\":\"m\",\"record_id\":\"r\",\"exp\":1700000000}",
                "HmacSHA256", SECRET), Reason.EXPIRED);
        refused(v, jwt("{\"alg\":\"HS256\"}", "{\"meeting_id\":\"m\",\"record_id\":\"r\",\"exp\":1e3}",
                "HmacSHA256", SECRET), Reason.EXPIRED);
        refused(v, jwt("{\"alg\":\"HS256\"}", "{\"meeting_id\":\"m\",\"record_id\":\"r\",\"nbf\":1700000060}",
                "HmacSHA256", SECRET), Reason.EXPIRED);
        refused(v, jwt("{\"alg\":\"HS256\"}", "{\"meeting_id\":\"m\",\"record_id\":\"r\",\"exp\":\"soon\"}",
                "HmacSHA256", SECRET), Reason.MALFORMED);
        assertEquals("r", v.recordingReady(jwt("{\"alg\":\"HS256\"}",
                "{\"meeting_id\":\"m\",\"record_id\":\"r\",\"exp\":1e300}", "HmacSHA256", SECRET)).recordID());
    }

    private static String timed(String claim, String value) {
        return jwt("{\"alg\":\"HS256\"}", "{\"meeting_id\":\"m\",\"record_id\":\"r\",\"" + claim + "\":" + value + "}",
                "HmacSHA256", SECRET);
    }

    /** A Scalelite or proxy whose clock is a little off: the default skew of one minute, both ways. */
    @Test
    void expAndNbfAllowOneMinuteOfClockSkewByDefault() {
        long now = 1_700_000_000L;
        CallbackVerifier v = CallbackVerifier.builder(SECRET)
                .clock(Clock.fixed(Instant.ofEpochSecond(now), ZoneOffset.UTC)).build();
        assertEquals("r", v.recordingReady(timed("exp", Long.toString(now - 30))).recordID());
        assertEquals("r", v.recordingReady(timed("exp", Long.toString(now - 59))).recordID());
        assertEquals("r", v.recordingReady(timed("exp", (now - 59) + ".5")).recordID());
        refused(v, timed("exp", Long.toString(now - 60)), Reason.EXPIRED);
        refused(v, timed("exp", Long.toString(now - 86_400)), Reason.EXPIRED);
        assertEquals("r", v.recordingReady(timed("nbf", Long.toString(now + 30))).recordID());
        assertEquals("r", v.recordingReady(timed("nbf", Long.toString(now + 60))).recordID());
        refused(v, timed("nbf", Long.toString(now + 61)), Reason.EXPIRED);
        refused(v, timed("nbf", Long.toString(now + 86_400)), Reason.EXPIRED);
        assertEquals(Duration.ofMinutes(1), CallbackVerifier.DEFAULT_CLOCK_SKEW);
    }

    @Test
    void clockSkewIsConfigurableAndBounded() {
        long now = 1_700_000_000L;
        CallbackVerifier v = CallbackVerifier.builder(SECRET).clockSkew(Duration.ofMinutes(5))
                .clock(Clock.fixed(Instant.ofEpochSecond(now), ZoneOffset.UTC)).build();
        assertEquals("r", v.recordingReady(timed("exp", Long.toString(now - 299))).recordID());
        refused(v, timed("exp", Long.toString(now - 300)), Reason.EXPIRED);
        assertTrue(v.toString().contains("clockSkew=PT5M"), v.toString());
        CallbackVerifier.Builder b = CallbackVerifier.builder(SECRET);
        for (Duration bad : List.of(Duration.ofSeconds(-1), Duration.ofMinutes(10).plusSeconds(1),
                Duration.ofMillis(1500))) {
            assertEquals("clockSkew", assertThrows(BbbParameterException.class, () -> b.clockSkew(bad)).parameter(),
                    bad.toString());
        }
        b.clockSkew(CallbackVerifier.MAX_CLOCK_SKEW);
    }

    /** Numeric dates far outside any clock are compared, never expanded (a 1e999999999 must not hang). */
    @Test
    void extremeNumericDatesAreComparedQuickly() {
        CallbackVerifier v = CallbackVerifier.builder(SECRET).build();
        assertEquals("r", v.recordingReady(timed("exp", "1e999999999")).recordID());
        refused(v, timed("exp", "-1e999999999"), Reason.EXPIRED);
        refused(v, timed("nbf", "1e999999999"), Reason.EXPIRED);
        assertEquals("r", v.recordingReady(timed("nbf", "-1e999999999")).recordID());
    }

    @Test
    void builderRefusesEmptySecretsAndAlgorithms() {
        assertThrows(BbbParameterException.class, () -> CallbackVerifier.builder(""));
        assertThrows(BbbParameterException.class, () -> CallbackVerifier.builder(null));
        assertThrows(BbbParameterException.class, () -> CallbackVerifier.builder(SECRET).additionalSecrets(""));
        assertThrows(BbbParameterException.class, () -> CallbackVerifier.builder(SECRET).allowedJwtAlgorithms());
    }

    @Test
    void verifierShowsNoSecret() {
        CallbackVerifier v = CallbackVerifier.builder(SECRET).additionalSecrets(OLD_SECRET).build();
        assertFalse(v.toString().contains(SECRET));
        assertFalse(v.toString().contains(OLD_SECRET));
        assertTrue(v.toString().contains("secrets=2"), v.toString());
    }

    @Test
    void callbackErrorsAreLibraryErrors() {
        BbbException e = assertThrows(BbbException.class, () -> verifier.recordingReady("x"));
        assertTrue(e instanceof BbbCallbackException);
        assertFalse(((BbbCallbackException) e).reason().authentication());
        assertTrue(Reason.BAD_SIGNATURE.authentication());
    }
}
