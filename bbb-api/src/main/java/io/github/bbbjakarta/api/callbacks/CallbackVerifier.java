package io.github.bbbjakarta.api.callbacks;

import io.github.bbbjakarta.api.BbbParameterException;
import io.github.bbbjakarta.api.ChecksumAlgorithm;
import io.github.bbbjakarta.api.callbacks.BbbCallbackException.Reason;
import io.github.bbbjakarta.api.internal.Digests;
import io.github.bbbjakarta.api.internal.Wire.Callback;
import io.github.bbbjakarta.api.internal.Wire.Param;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Verifies the callbacks a BBB server (or Scalelite, or bbb-webhooks) sends to an LMS, with the shared
 * secret — or any of several, while a secret is being rotated. Immutable and thread-safe: build one and share
 * it.
 *
 * <pre>{@code
 * CallbackVerifier verifier = CallbackVerifier.builder(secret).build();
 * RecordingReady ready = verifier.recordingReadyFromForm(postBody);        // signed_parameters=<JWT>
 * WebhookDelivery hook = verifier.webhook(registeredCallbackUrl, checksumParam, authorizationHeader, postBody);
 * }</pre>
 *
 * <p>Every refusal is a {@link BbbCallbackException}; its message never holds a secret, checksum or token.
 */
public final class CallbackVerifier {
    private static final String CHECKSUM = "webhook checksum";
    private static final String BEARER = "webhook bearer token";
    private static final int MAX_FORM = SignedParameters.MAX_TOKEN + 1024;
    /** The default {@link Builder#clockSkew(Duration) clock skew}: one minute. */
    public static final Duration DEFAULT_CLOCK_SKEW = Duration.ofMinutes(1);
    /** The largest {@link Builder#clockSkew(Duration) clock skew} accepted: ten minutes. */
    public static final Duration MAX_CLOCK_SKEW = Duration.ofMinutes(10);

    private final List<byte[]> secrets;
    private final Set<JwtAlgorithm> jwtAlgorithms;
    private final ChecksumAlgorithm webhookChecksumAlgorithm;
    private final Clock clock;
    private final long clockSkewSeconds;
    private final Duration webhookMaxAge;

    private CallbackVerifier(Builder b) {
        this.secrets = List.copyOf(b.secrets.stream().map(s -> s.getBytes(StandardCharsets.UTF_8)).toList());
        this.jwtAlgorithms = Set.copyOf(b.jwtAlgorithms);
        this.webhookChecksumAlgorithm = b.webhookChecksumAlgorithm;
        this.clock = b.clock;
        this.clockSkewSeconds = b.clockSkew.toSeconds();
        this.webhookMaxAge = b.webhookMaxAge;
    }

    /**
     * A builder verifying with {@code secret} (BBB's {@code securitySalt}, or Scalelite's secret).
     *
     * @throws BbbParameterException if the secret is null or empty
     */
    public static Builder builder(String secret) {
        return new Builder(secret);
    }

    /**
     * Verifies the recording-ready JWT: HMAC with one of the secrets, algorithm in the allowed set,
     * {@code exp}/{@code nbf} respected when present (BBB sends neither; a Scalelite or proxy may), give or take the
     * {@link Builder#clockSkew(Duration) clock skew}: a token is refused once {@code now >= exp + skew}, and while
     * {@code now < nbf - skew}.
     *
     * @param signedParameters the decoded value of the {@code signed_parameters} form field
     * @return the meeting and recording it announces
     * @throws BbbCallbackException if the token is missing, malformed, too large (over 8 KiB), unsigned, signed
     *                              with an algorithm not allowed or with another secret, expired, or lacks
     *                              {@code meeting_id}/{@code record_id}
     */
    public RecordingReady recordingReady(String signedParameters) {
        return SignedParameters.verify(signedParameters, secrets, jwtAlgorithms, clock, clockSkewSeconds);
    }

    /**
     * {@link #recordingReady(String)} on the raw {@code application/x-www-form-urlencoded} POST body, e.g.
     * {@code signed_parameters=eyJhbGciOi…}.
     *
     * @throws BbbCallbackException as {@link #recordingReady(String)}, or if the field is absent or repeated
     */
    public RecordingReady recordingReadyFromForm(String formBody) {
        if (formBody == null || formBody.isEmpty()) {
            throw new BbbCallbackException(SignedParameters.CALLBACK, Reason.MISSING_PARAMETER, "empty body");
        }
        Map<String, String> form = Forms.parse(SignedParameters.CALLBACK, formBody, MAX_FORM,
                Callback.SIGNED_PARAMETERS);
        return recordingReady(form.get(Callback.SIGNED_PARAMETERS));
    }

    /**
     * Verifies a bbb-webhooks POST either way it can be authenticated: by {@code checksum} if one is given,
     * else by the {@code Authorization} header.
     *
     * @param callbackURL   the hook's URL exactly as registered with {@code hooks/create}
     * @param checksum      the {@code checksum} query parameter bbb-webhooks appended, or null
     * @param authorization the {@code Authorization} header, or null
     * @param rawBody       the request body exactly as received
     * @throws BbbCallbackException if neither is given, the one given does not verify, or the body is invalid
     */
    public WebhookDelivery webhook(String callbackURL, String checksum, String authorization, String rawBody) {
        if (checksum != null && !checksum.isEmpty()) {
            return webhookWithChecksum(callbackURL, checksum, rawBody);
        }
        if (authorization != null && !authorization.isEmpty()) {
            return webhookWithBearer(authorization, rawBody);
        }
        throw new BbbCallbackException(Webhooks.CALLBACK, Reason.MISSING_SIGNATURE,
                "neither a " + Param.CHECKSUM + " parameter nor an " + Callback.AUTHORIZATION + " header");
    }

    /**
     * Verifies a bbb-webhooks POST signed with a checksum:
     * {@code checksum == lowerHex(H(callbackURL + rawBody + secret))}, H the configured
     * {@link Builder#webhookChecksumAlgorithm(ChecksumAlgorithm) webhook checksum algorithm}, then parses it.
     *
     * @param callbackURL the hook's URL exactly as registered (without the {@code checksum} bbb-webhooks
     *                    appended; see {@link #registeredCallbackURL(String)})
     * @param checksum    the {@code checksum} query parameter
     * @param rawBody     the request body exactly as received ({@code domain=…&event=…&timestamp=…})
     * @throws BbbCallbackException if the checksum is absent or wrong, or the body is invalid
     * @throws BbbParameterException if {@code callbackURL} is null or empty (a setup error of the caller)
     */
    public WebhookDelivery webhookWithChecksum(String callbackURL, String checksum, String rawBody) {
        if (callbackURL == null || callbackURL.isEmpty()) {
            throw new BbbParameterException("callbackURL", "the hook's registered URL is needed to check a checksum");
        }
        if (checksum == null || checksum.isEmpty()) {
            throw new BbbCallbackException(CHECKSUM, Reason.MISSING_SIGNATURE, "no " + Param.CHECKSUM + " parameter");
        }
        if (rawBody == null) {
            throw new BbbCallbackException(Webhooks.CALLBACK, Reason.MISSING_PARAMETER, "no body");
        }
        if (rawBody.length() > Webhooks.MAX_BODY) {
            throw new BbbCallbackException(Webhooks.CALLBACK, Reason.TOO_LARGE,
                    "body longer than " + Webhooks.MAX_BODY + " characters");
        }
        byte[] given = checksum.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8);
        boolean match = false;
        for (byte[] secret : secrets) {
            String expected = webhookChecksumAlgorithm.hex(callbackURL + rawBody
                    + new String(secret, StandardCharsets.UTF_8));
            match |= MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), given);
        }
        if (!match) {
            throw new BbbCallbackException(CHECKSUM, Reason.BAD_SIGNATURE, "does not match the URL, body and any"
                    + " configured secret with " + webhookChecksumAlgorithm.bbbName());
        }
        return fresh(Webhooks.parse(rawBody));
    }

    /**
     * Verifies a bbb-webhooks POST sent with {@code auth2_0}: header {@code Authorization: Bearer <secret>}, no
     * checksum. The body is not signed in this mode; rely on TLS.
     *
     * @param authorization the {@code Authorization} header's value
     * @param rawBody       the request body as received
     * @throws BbbCallbackException if the header is absent, not {@code Bearer}, or holds no configured secret
     */
    public WebhookDelivery webhookWithBearer(String authorization, String rawBody) {
        if (authorization == null || authorization.isEmpty()) {
            throw new BbbCallbackException(BEARER, Reason.MISSING_SIGNATURE, "no " + Callback.AUTHORIZATION + " header");
        }
        int space = authorization.indexOf(' ');
        if (space < 0 || !authorization.substring(0, space).equalsIgnoreCase(Callback.BEARER)) {
            throw new BbbCallbackException(BEARER, Reason.MISSING_SIGNATURE,
                    "the " + Callback.AUTHORIZATION + " header is not of scheme " + Callback.BEARER);
        }
        // compared as SHA-256 digests: equal lengths, so the time taken does not reveal a secret's length
        byte[] given = sha256(authorization.substring(space + 1).trim().getBytes(StandardCharsets.UTF_8));
        boolean match = false;
        for (byte[] secret : secrets) {
            match |= MessageDigest.isEqual(sha256(secret), given);
        }
        if (!match) {
            throw new BbbCallbackException(BEARER, Reason.BAD_SIGNATURE, "matches no configured secret");
        }
        return fresh(Webhooks.parse(rawBody));
    }

    /** With a {@link Builder#webhookMaxAge(Duration) maximum age}: refuses a delivery outside its window. */
    private WebhookDelivery fresh(WebhookDelivery delivery) {
        if (webhookMaxAge == null) {
            return delivery;
        }
        Instant sent = delivery.timestamp().orElseThrow(() -> new BbbCallbackException(Webhooks.CALLBACK,
                Reason.MISSING_PARAMETER, "no " + Callback.TIMESTAMP + " to check the maximum age against"));
        Instant now = clock.instant();
        if (sent.isBefore(now.minus(webhookMaxAge).minusSeconds(clockSkewSeconds))) {
            throw new BbbCallbackException(Webhooks.CALLBACK, Reason.EXPIRED,
                    "the delivery is older than the maximum age of " + webhookMaxAge);
        }
        if (sent.isAfter(now.plusSeconds(clockSkewSeconds))) {
            throw new BbbCallbackException(Webhooks.CALLBACK, Reason.EXPIRED,
                    "the delivery's " + Callback.TIMESTAMP + " lies in the future");
        }
        return delivery;
    }

    private static byte[] sha256(byte[] data) {
        return Digests.of(ChecksumAlgorithm.SHA256).digest(data);
    }

    /**
     * The URL a hook was registered with, from the URL a webhook POST arrived at: bbb-webhooks appends
     * {@code ?checksum=…} (or {@code &checksum=…}) as the last parameter; this removes it. Use it only when the
     * request URL is seen exactly as bbb-webhooks sent it (no proxy rewriting scheme, host or path); otherwise
     * pass the registered URL from your own records.
     */
    public static String registeredCallbackURL(String requestURL) {
        String marker = Param.CHECKSUM + "=";
        int at = requestURL.lastIndexOf(marker);
        if (at > 0 && (requestURL.charAt(at - 1) == '?' || requestURL.charAt(at - 1) == '&')
                && requestURL.indexOf('&', at) < 0) {
            return requestURL.substring(0, at - 1);
        }
        return requestURL;
    }

    /** The configuration, free of secrets. */
    @Override
    public String toString() {
        return "CallbackVerifier[secrets=" + secrets.size() + ", jwtAlgorithms=" + EnumSet.copyOf(jwtAlgorithms)
                + ", webhookChecksumAlgorithm=" + webhookChecksumAlgorithm.bbbName()
                + ", clockSkew=" + Duration.ofSeconds(clockSkewSeconds)
                + (webhookMaxAge == null ? "" : ", webhookMaxAge=" + webhookMaxAge) + "]";
    }

    /** Configures a {@link CallbackVerifier}. Not thread-safe; {@link #build()} copies it. */
    public static final class Builder {
        private final List<String> secrets = new ArrayList<>();
        private Set<JwtAlgorithm> jwtAlgorithms = EnumSet.of(JwtAlgorithm.HS256);
        private ChecksumAlgorithm webhookChecksumAlgorithm = ChecksumAlgorithm.SHA1;
        private Clock clock = Clock.systemUTC();
        private Duration clockSkew = DEFAULT_CLOCK_SKEW;
        private Duration webhookMaxAge;

        private Builder(String secret) {
            secrets.add(checkSecret("secret", secret));
        }

        /**
         * Further secrets that verify too, e.g. the old one while a new one is rolled out.
         *
         * @throws BbbParameterException if one is null or empty
         */
        public Builder additionalSecrets(String... more) {
            for (String s : more) {
                secrets.add(checkSecret("additionalSecrets", s));
            }
            return this;
        }

        /**
         * The JWT algorithms accepted for {@code signed_parameters}; default {@link JwtAlgorithm#HS256} only (what
         * BBB sends). Add {@link JwtAlgorithm#HS512} for a Scalelite configured so.
         *
         * @throws BbbParameterException if none is given
         */
        public Builder allowedJwtAlgorithms(JwtAlgorithm... algorithms) {
            if (algorithms.length == 0) {
                throw new BbbParameterException("allowedJwtAlgorithms", "at least one algorithm is needed");
            }
            EnumSet<JwtAlgorithm> set = EnumSet.noneOf(JwtAlgorithm.class);
            for (JwtAlgorithm a : algorithms) {
                set.add(Objects.requireNonNull(a, "algorithm"));
            }
            this.jwtAlgorithms = set;
            return this;
        }

        /**
         * The hash of webhook checksums: bbb-webhooks' {@code hookChecksumAlgorithm}, default {@code sha1}.
         */
        public Builder webhookChecksumAlgorithm(ChecksumAlgorithm algorithm) {
            this.webhookChecksumAlgorithm = Objects.requireNonNull(algorithm, "algorithm");
            return this;
        }

        /** The clock {@code exp} and {@code nbf} are checked against; default UTC system clock. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * How far the sender's clock may be off from {@link #clock(Clock) ours} when {@code exp} and {@code nbf} are
         * checked; default {@link CallbackVerifier#DEFAULT_CLOCK_SKEW one minute}, whole seconds, at most
         * {@link CallbackVerifier#MAX_CLOCK_SKEW ten minutes}. {@link Duration#ZERO} checks the claims exactly.
         *
         * @throws BbbParameterException if negative, over ten minutes or not whole seconds
         */
        public Builder clockSkew(Duration skew) {
            Objects.requireNonNull(skew, "clockSkew");
            if (skew.isNegative() || skew.compareTo(MAX_CLOCK_SKEW) > 0 || skew.getNano() != 0) {
                throw new BbbParameterException("clockSkew", "must be whole seconds from 0 to "
                        + MAX_CLOCK_SKEW.toMinutes() + " minutes");
            }
            this.clockSkew = skew;
            return this;
        }

        /**
         * Refuses webhook deliveries whose {@code timestamp} (when bbb-webhooks first tried them; retries keep it)
         * is older than {@code maxAge}, or later than now, give or take the {@link #clockSkew(Duration) clock
         * skew}, and deliveries without one: a captured POST cannot be replayed after the window. Off by default
         * (bbb-webhooks retries for several minutes and queues while the LMS is down): choose a window longer than
         * your longest outage.
         *
         * @throws BbbParameterException if not positive
         */
        public Builder webhookMaxAge(Duration maxAge) {
            Objects.requireNonNull(maxAge, "webhookMaxAge");
            if (maxAge.isNegative() || maxAge.isZero()) {
                throw new BbbParameterException("webhookMaxAge", "must be positive");
            }
            this.webhookMaxAge = maxAge;
            return this;
        }

        /** An immutable verifier with this configuration. */
        public CallbackVerifier build() {
            return new CallbackVerifier(this);
        }

        private static String checkSecret(String name, String secret) {
            if (secret == null || secret.isEmpty()) {
                throw new BbbParameterException(name, "a secret must not be empty");
            }
            return secret;
        }
    }
}
