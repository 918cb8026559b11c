package io.github.bbbjakarta.api.callbacks;

import io.github.bbbjakarta.api.BbbParameterException;
import io.github.bbbjakarta.api.callbacks.BbbCallbackException.Reason;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static io.github.bbbjakarta.api.callbacks.Tokens.SECRET;
import static io.github.bbbjakarta.api.callbacks.Tokens.checksum;
import static io.github.bbbjakarta.api.callbacks.Tokens.fixture;
import static io.github.bbbjakarta.api.callbacks.Tokens.webhookBody;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Expired webhook deliveries: with a maximum age, a correctly signed POST replayed after its window (or dated in
 * the future, or undated) is refused as {@link Reason#EXPIRED}; without one (the default) its age is the caller's
 * business.
 */
class WebhookMaxAgeTest {
    private static final String URL = "https://lms.example/bbb/hooks?course=42";
    private static final long NOW = 1_700_000_000_000L;
    private static final Clock CLOCK = Clock.fixed(Instant.ofEpochMilli(NOW), ZoneOffset.UTC);

    private final CallbackVerifier fiveMinutes = CallbackVerifier.builder(SECRET).clock(CLOCK)
            .webhookMaxAge(Duration.ofMinutes(5)).build();

    private static String sentAt(long millis) {
        return webhookBody("bbb.example.com", fixture("meeting-ended.json"), millis);
    }

    private static WebhookDelivery verify(CallbackVerifier v, String body) {
        return v.webhookWithChecksum(URL, checksum("SHA-1", URL, body, SECRET), body);
    }

    private static void expired(CallbackVerifier v, String body) {
        BbbCallbackException e = assertThrows(BbbCallbackException.class, () -> verify(v, body));
        assertEquals(Reason.EXPIRED, e.reason(), e.getMessage());
        assertTrue(e.reason().authentication());
        BbbCallbackException bearer = assertThrows(BbbCallbackException.class,
                () -> v.webhookWithBearer("Bearer " + SECRET, body));
        assertEquals(Reason.EXPIRED, bearer.reason(), bearer.getMessage());
        assertFalse(bearer.getMessage().contains(SECRET));
    }

    @Test
    void aDeliveryWithinItsWindowVerifies() {
        assertEquals(1, verify(fiveMinutes, sentAt(NOW)).events().size());
        assertEquals(1, verify(fiveMinutes, sentAt(NOW - 300_000)).events().size());
        // one minute of clock skew by default, both ways
        assertEquals(1, verify(fiveMinutes, sentAt(NOW - 359_000)).events().size());
        assertEquals(1, verify(fiveMinutes, sentAt(NOW + 59_000)).events().size());
        assertEquals(1, fiveMinutes.webhookWithBearer("Bearer " + SECRET, sentAt(NOW - 60_000)).events().size());
    }

    @Test
    void aReplayAfterItsWindowIsExpired() {
        expired(fiveMinutes, sentAt(NOW - 361_000));
        expired(fiveMinutes, sentAt(NOW - 86_400_000));
        expired(fiveMinutes, sentAt(0));
    }

    @Test
    void aDeliveryDatedInTheFutureIsExpired() {
        expired(fiveMinutes, sentAt(NOW + 61_000));
        expired(CallbackVerifier.builder(SECRET).clock(CLOCK).clockSkew(Duration.ZERO)
                .webhookMaxAge(Duration.ofMinutes(5)).build(), sentAt(NOW + 1_000));
    }

    @Test
    void anUndatedDeliveryIsRefusedOnlyWhenAMaximumAgeIsSet() {
        String undated = "domain=bbb.example.com&event=" + Tokens.enc("[" + fixture("meeting-ended.json") + "]");
        BbbCallbackException e = assertThrows(BbbCallbackException.class, () -> verify(fiveMinutes, undated));
        assertEquals(Reason.MISSING_PARAMETER, e.reason());
        assertEquals(1, verify(CallbackVerifier.builder(SECRET).build(), undated).events().size());
    }

    @Test
    void withoutAMaximumAgeAnOldDeliveryVerifies() {
        CallbackVerifier v = CallbackVerifier.builder(SECRET).clock(CLOCK).build();
        assertEquals(1, verify(v, sentAt(0)).events().size());
        assertFalse(v.toString().contains("webhookMaxAge"), v.toString());
        assertTrue(fiveMinutes.toString().contains("webhookMaxAge=PT5M"), fiveMinutes.toString());
    }

    @Test
    void theMaximumAgeMustBePositive() {
        for (Duration bad : List.of(Duration.ZERO, Duration.ofSeconds(-1))) {
            assertEquals("webhookMaxAge", assertThrows(BbbParameterException.class,
                    () -> CallbackVerifier.builder(SECRET).webhookMaxAge(bad)).parameter());
        }
    }
}
