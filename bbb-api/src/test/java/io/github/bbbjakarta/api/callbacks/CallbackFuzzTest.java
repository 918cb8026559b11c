package io.github.bbbjakarta.api.callbacks;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

import static io.github.bbbjakarta.api.callbacks.Tokens.SECRET;
import static io.github.bbbjakarta.api.callbacks.Tokens.b64;
import static io.github.bbbjakarta.api.callbacks.Tokens.checksum;
import static io.github.bbbjakarta.api.callbacks.Tokens.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Hostile callback inputs from a fixed seed: truncated, mutated and random tokens, bodies and queries. Every
 * outcome is a result or a {@link BbbCallbackException} without the secret in its message, and only inputs
 * genuinely signed with the secret verify. Errors (StackOverflowError…) fail the test by themselves.
 */
class CallbackFuzzTest {
    private static final long SEED = 20261127L;
    private static final String B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    private static final String JSON = "[]{}\":,\\.-+eE0123456789tfnulrsa ";
    private static final String FORM = "=&%+0123456789ABCDEFabcdefeventdomaintimestamp[]{}\":,";
    private static final String URL = "https://lms.example/hook";

    private final CallbackVerifier verifier = CallbackVerifier.builder(SECRET)
            .allowedJwtAlgorithms(JwtAlgorithm.HS256, JwtAlgorithm.HS512).build();
    private final Random random = new Random(SEED);
    private int inputs;
    private int results;

    private <T> T attempt(String input, Function<String, T> call) {
        inputs++;
        try {
            T r = call.apply(input);
            results++;
            return r;
        } catch (BbbCallbackException e) {
            assertFalse(e.getMessage().contains(SECRET), "secret in message");
            if (input != null && input.length() > 40) {
                assertFalse(e.getMessage().contains(input), "input echoed in message");
            }
            return null;
        } catch (RuntimeException e) {
            fail("untyped " + e + " for input of length " + (input == null ? -1 : input.length()), e);
            return null;
        }
    }

    private String mutate(String s, String alphabet) {
        StringBuilder sb = new StringBuilder(s);
        int edits = 1 + random.nextInt(4);
        for (int i = 0; i < edits && sb.length() > 0; i++) {
            int at = random.nextInt(sb.length());
            switch (random.nextInt(4)) {
                case 0 -> sb.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
                case 1 -> sb.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
                case 2 -> sb.deleteCharAt(at);
                default -> sb.setLength(at);
            }
        }
        return sb.toString();
    }

    private String randomText(String alphabet, int max) {
        StringBuilder sb = new StringBuilder();
        int n = random.nextInt(max);
        for (int i = 0; i < n; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    @Test
    void hostileTokensEndTypedAndOnlyGenuineOnesVerify() {
        List<String> genuine = new ArrayList<>();
        genuine.add(Tokens.bbbToken("course-42", "rec-1", SECRET));
        genuine.add(Tokens.jwt("{\"alg\":\"HS512\",\"typ\":\"JWT\"}", "{\"meeting_id\":\"m\",\"record_id\":\"r\"}",
                "HmacSHA512", SECRET));
        Set<String> valid = Set.copyOf(genuine);
        for (int i = 0; i < 3000; i++) {
            String base = genuine.get(random.nextInt(genuine.size()));
            String token = switch (random.nextInt(5)) {
                case 0, 1 -> mutate(base, B64 + ".=");
                case 2 -> base.substring(0, random.nextInt(base.length()));
                case 3 -> b64(randomText(JSON, 60)) + "." + b64(randomText(JSON, 60)) + "." + randomText(B64, 90);
                default -> {
                    String[] parts = base.split("\\.");
                    // re-signed claims with a random header or random claims, signed with a wrong key
                    yield Tokens.jwt(random.nextBoolean() ? "{\"alg\":\"HS256\"}" : randomText(JSON, 30),
                            "{\"meeting_id\":\"" + randomText(B64, 10) + "\",\"record_id\":\"r\"}",
                            "HmacSHA256", random.nextBoolean() ? SECRET + "x" : parts[2]);
                }
            };
            RecordingReady r = attempt(token, verifier::recordingReady);
            if (r != null) {
                assertTrue(valid.contains(token), "a token not signed with the secret verified");
            }
        }
        assertTrue(inputs >= 3000);
    }

    @Test
    void hostileWebhookBodiesEndTypedAndOnlyTheSignedOneVerifies() {
        String body = Tokens.webhookBody("bbb.example.com", fixture("meeting-created.json"), 1700000000000L);
        String sum = checksum("SHA-1", URL, body, SECRET);
        List<String> fixtures = List.of("meeting-created.json", "user-joined.json", "rap-publish-ended.json",
                "chat-group-message-sent.json", "raw-user-joined.json");
        for (int i = 0; i < 3000; i++) {
            String candidate = switch (random.nextInt(6)) {
                case 0 -> mutate(body, FORM);
                case 1 -> body.substring(0, random.nextInt(body.length()));
                case 2 -> "event=" + Tokens.enc(mutate("[" + fixture(fixtures.get(random.nextInt(fixtures.size())))
                        + "]", JSON));
                case 3 -> "event=" + Tokens.enc(randomText(JSON, 200));
                case 4 -> "event=" + Tokens.enc("[".repeat(random.nextInt(200)) + "{\"data\":{\"id\":\"x\"}}"
                        + "]".repeat(random.nextInt(200)));
                default -> randomText(FORM, 300);
            };
            WebhookDelivery bySum = attempt(candidate, b -> verifier.webhookWithChecksum(URL, sum, b));
            if (bySum != null) {
                assertEquals(body, candidate, "a body the checksum does not cover verified");
            }
            attempt(candidate, b -> verifier.webhookWithBearer("Bearer " + SECRET, b));
        }
        assertTrue(results > 0, "some mutations stay valid JSON and parse");
    }

    @Test
    void hostileEndCallbackQueriesEndTyped() {
        for (int i = 0; i < 2000; i++) {
            String q = random.nextBoolean() ? mutate("token=a&recordingmarks=true&meetingID=course-42", FORM)
                    : randomText(FORM + "meetingIDrecordingmarks", 120);
            MeetingEndedCallback c = attempt(q, MeetingEndedCallback::fromQuery);
            if (c != null) {
                assertFalse(c.meetingID().isEmpty());
            }
        }
    }
}
