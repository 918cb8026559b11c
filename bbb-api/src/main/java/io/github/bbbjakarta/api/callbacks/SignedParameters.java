package io.github.bbbjakarta.api.callbacks;

import io.github.bbbjakarta.api.callbacks.BbbCallbackException.Reason;
import io.github.bbbjakarta.api.internal.Wire.JsonName;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Verifies a compact JWS signed with HMAC (RFC 7515/7519), the only kind BBB and Scalelite send. The
 * algorithm comes from the header but must be in the allowed set, and the key is always the shared secret:
 * there is no key lookup by header, so no algorithm confusion. The signature is compared as its canonical
 * base64url text, in constant time, before the payload is read.
 */
final class SignedParameters {
    static final String CALLBACK = "recording-ready signed_parameters";
    /** BBB's tokens are about 150 characters; anything near this is not from BBB. */
    static final int MAX_TOKEN = 8 * 1024;

    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private SignedParameters() {
    }

    static RecordingReady verify(String token, List<byte[]> secrets, Set<JwtAlgorithm> allowed, Clock clock,
                                 long skewSeconds) {
        if (token == null || token.isEmpty()) {
            throw fail(Reason.MISSING_PARAMETER, "no token");
        }
        if (token.length() > MAX_TOKEN) {
            throw fail(Reason.TOO_LARGE, "token longer than " + MAX_TOKEN + " characters");
        }
        int dot1 = token.indexOf('.');
        int dot2 = dot1 < 0 ? -1 : token.indexOf('.', dot1 + 1);
        if (dot2 < 0 || token.indexOf('.', dot2 + 1) >= 0) {
            throw fail(Reason.MALFORMED, "not a compact JWT (header.payload.signature)");
        }
        String header = token.substring(0, dot1);
        String payload = token.substring(dot1 + 1, dot2);
        String signature = token.substring(dot2 + 1);
        if (header.isEmpty() || payload.isEmpty()) {
            throw fail(Reason.MALFORMED, "empty header or payload");
        }
        checkAlphabet(header);
        checkAlphabet(payload);
        checkAlphabet(signature);

        JsonObject head = CallbackJson.object(CALLBACK + " header", utf8(decode(header)));
        JwtAlgorithm algorithm = algorithm(head, allowed);
        if (head.containsKey(JsonName.JWT_CRIT)) {
            throw fail(Reason.ALGORITHM_NOT_ALLOWED, "critical header extensions are not supported");
        }
        if (signature.isEmpty()) {
            throw fail(Reason.MISSING_SIGNATURE, "the token is not signed");
        }

        byte[] signed = token.substring(0, dot2).getBytes(StandardCharsets.US_ASCII);
        byte[] given = signature.getBytes(StandardCharsets.US_ASCII);
        boolean match = false;
        for (byte[] secret : secrets) {
            byte[] expected = ENCODER.encode(mac(algorithm, secret, signed));
            // every secret is tried, whether or not an earlier one matched
            match |= MessageDigest.isEqual(expected, given);
        }
        if (!match) {
            throw fail(Reason.BAD_SIGNATURE, "the signature matches no configured secret");
        }

        JsonObject claims = CallbackJson.object(CALLBACK + " payload", utf8(decode(payload)));
        checkTime(claims, clock, skewSeconds);
        return new RecordingReady(claim(claims, JsonName.CLAIM_MEETING_ID), claim(claims, JsonName.CLAIM_RECORD_ID));
    }

    private static JwtAlgorithm algorithm(JsonObject head, Set<JwtAlgorithm> allowed) {
        JsonValue alg = head.get(JsonName.JWT_ALG);
        if (!(alg instanceof JsonString s)) {
            throw fail(Reason.MALFORMED, "the header has no \"alg\"");
        }
        String name = s.getString();
        for (JwtAlgorithm a : allowed) {
            if (a.name().equals(name)) {
                return a;
            }
        }
        String shown = name.matches("[A-Za-z0-9]{1,16}") ? name : "(unprintable)";
        if ("none".equals(name.toLowerCase(Locale.ROOT))) {
            throw fail(Reason.ALGORITHM_NOT_ALLOWED, "unsigned tokens (alg none) are refused");
        }
        throw fail(Reason.ALGORITHM_NOT_ALLOWED, "algorithm " + shown + " is not allowed; allowed: " + allowed);
    }

    /** RFC 7519 §4.1.4/§4.1.5 with leeway: refused once {@code now >= exp + skew}, or while {@code now < nbf - skew}. */
    private static void checkTime(JsonObject claims, Clock clock, long skewSeconds) {
        long now = clock.instant().getEpochSecond();
        // compared, never added to: compareTo does not expand a claim like 1e999999999, arithmetic would
        BigDecimal exp = numericDate(claims, JsonName.JWT_EXP);
        if (exp != null && exp.compareTo(BigDecimal.valueOf(now - skewSeconds)) <= 0) {
            throw fail(Reason.EXPIRED, "the token has expired (exp)");
        }
        BigDecimal nbf = numericDate(claims, JsonName.JWT_NBF);
        if (nbf != null && nbf.compareTo(BigDecimal.valueOf(now + skewSeconds)) > 0) {
            throw fail(Reason.EXPIRED, "the token is not valid yet (nbf)");
        }
    }

    private static BigDecimal numericDate(JsonObject claims, String name) {
        JsonValue v = claims.get(name);
        if (v == null) {
            return null;
        }
        if (!(v instanceof JsonNumber n)) {
            throw fail(Reason.MALFORMED, "\"" + name + "\" is not a number");
        }
        try {
            return n.bigDecimalValue();
        } catch (RuntimeException e) {
            throw fail(Reason.MALFORMED, "\"" + name + "\" is not a usable number");
        }
    }

    private static String claim(JsonObject claims, String name) {
        JsonValue v = claims.get(name);
        if (v instanceof JsonString s && !s.getString().isEmpty()) {
            return s.getString();
        }
        throw fail(Reason.MISSING_CLAIM, "claim \"" + name + "\" is missing or not a string");
    }

    private static byte[] mac(JwtAlgorithm algorithm, byte[] secret, byte[] data) {
        try {
            Mac mac = Mac.getInstance(algorithm.jcaName());
            mac.init(new SecretKeySpec(secret, algorithm.jcaName()));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm.jcaName() + " is missing from this JVM", e);
        }
    }

    private static void checkAlphabet(String segment) {
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            boolean ok = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_';
            if (!ok) {
                throw fail(Reason.MALFORMED, "not base64url (character at " + i + " of a segment)");
            }
        }
    }

    private static byte[] decode(String segment) {
        try {
            return DECODER.decode(segment);
        } catch (IllegalArgumentException e) {
            throw fail(Reason.MALFORMED, "a segment is not valid base64url");
        }
    }

    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw fail(Reason.MALFORMED, "a segment is not UTF-8");
        }
    }

    private static BbbCallbackException fail(Reason reason, String detail) {
        return new BbbCallbackException(CALLBACK, reason, detail);
    }
}
