package io.github.bbbjakarta.api.callbacks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Test-side JWT and webhook builders, written independently of the verifier (JDK Mac, plain strings). */
final class Tokens {
    static final String SECRET = "8cd8ef52e8e101574e400365b55e11a6";
    static final String OLD_SECRET = "330a8b08c3b4c61533e1d0c5ce1ac88f";

    private Tokens() {
    }

    static String b64(String s) {
        return b64(s.getBytes(StandardCharsets.UTF_8));
    }

    static String b64(byte[] b) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    /** A compact JWS: base64url(header).base64url(payload).base64url(HMAC). */
    static String jwt(String headerJson, String payloadJson, String jcaMac, String secret) {
        String signingInput = b64(headerJson) + "." + b64(payloadJson);
        return signingInput + "." + b64(hmac(jcaMac, secret, signingInput));
    }

    /** What BBB's post_publish script sends: Ruby {@code JWT.encode({meeting_id:, record_id:}, secret)}. */
    static String bbbToken(String meetingID, String recordID, String secret) {
        return jwt("{\"alg\":\"HS256\"}", "{\"meeting_id\":\"" + meetingID + "\",\"record_id\":\"" + recordID + "\"}",
                "HmacSHA256", secret);
    }

    static byte[] hmac(String jcaMac, String secret, String data) {
        try {
            Mac mac = Mac.getInstance(jcaMac);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), jcaMac));
            return mac.doFinal(data.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String fixture(String name) {
        try (InputStream in = Tokens.class.getResourceAsStream("/fixtures/webhooks/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The body bbb-webhooks' emitter sends: keys in this order, each value form-encoded. */
    static String webhookBody(String domain, String eventObjectJson, long timestamp) {
        return "domain=" + enc(domain) + "&event=" + enc("[" + eventObjectJson + "]") + "&timestamp=" + timestamp;
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** lower-hex(H(url + body + secret)), as bbb-webhooks computes it. */
    static String checksum(String digest, String url, String body, String secret) {
        try {
            byte[] h = java.security.MessageDigest.getInstance(digest)
                    .digest((url + body + secret).getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(h);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
