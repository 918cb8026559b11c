package io.github.bbbjakarta.api.callbacks;

/**
 * The JWT signature algorithms a {@link CallbackVerifier} can accept: HMAC with the shared secret. BBB signs
 * {@code signed_parameters} with {@link #HS256}; Scalelite can be configured to use {@link #HS512}. Public-key
 * algorithms (RS256, ES256…) are deliberately absent: a shared-secret verifier must never accept them.
 */
public enum JwtAlgorithm {
    /** HMAC-SHA-256, BBB's algorithm and the default. */
    HS256("HmacSHA256"),
    /** HMAC-SHA-384. */
    HS384("HmacSHA384"),
    /** HMAC-SHA-512 (Scalelite's option). */
    HS512("HmacSHA512");

    private final String jcaName;

    JwtAlgorithm(String jcaName) {
        this.jcaName = jcaName;
    }

    /** The {@link javax.crypto.Mac} name, e.g. {@code HmacSHA256}. */
    public String jcaName() {
        return jcaName;
    }
}
