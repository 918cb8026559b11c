package io.github.bbbjakarta.api.callbacks;

import io.github.bbbjakarta.api.BbbException;

/**
 * An incoming callback that does not verify or cannot be parsed. The message names the callback and the
 * part at fault, never a secret, a checksum, a bearer token or the signed token itself. An LMS endpoint
 * answers such a request with 400 or 401 (see {@link Reason#authentication()}) and ignores it.
 */
public final class BbbCallbackException extends BbbException {
    private static final long serialVersionUID = 1L;

    /** Why a callback was refused. */
    public enum Reason {
        /** A required parameter, header or form field is absent or empty. */
        MISSING_PARAMETER(false),
        /** The input exceeds a size, depth or count limit. */
        TOO_LARGE(false),
        /** Not well-formed: token segments, base64, UTF-8, JSON, form encoding or a value's syntax. */
        MALFORMED(false),
        /** The JWT names {@code none} or an algorithm that is not allowed, or critical extensions. */
        ALGORITHM_NOT_ALLOWED(true),
        /** No signature, checksum or bearer token where one is required. */
        MISSING_SIGNATURE(true),
        /** The signature, checksum or bearer token matches none of the configured secrets. */
        BAD_SIGNATURE(true),
        /**
         * The JWT's {@code exp} has passed or its {@code nbf} lies in the future, or a webhook delivery is outside
         * its {@linkplain CallbackVerifier.Builder#webhookMaxAge maximum age}.
         */
        EXPIRED(true),
        /** A verified JWT lacks {@code meeting_id} or {@code record_id}. */
        MISSING_CLAIM(false);

        private final boolean authentication;

        Reason(boolean authentication) {
            this.authentication = authentication;
        }

        /** Whether the callback failed authentication (answer 401) rather than being malformed (answer 400). */
        public boolean authentication() {
            return authentication;
        }
    }

    private final String callback;
    private final Reason reason;

    /**
     * @param callback which callback, e.g. {@code recording-ready signed_parameters}
     * @param reason   why it was refused
     * @param detail   what exactly, free of credentials
     */
    public BbbCallbackException(String callback, Reason reason, String detail) {
        super(callback + ": " + detail);
        this.callback = callback;
        this.reason = reason;
    }

    /** Why the callback was refused. */
    public Reason reason() {
        return reason;
    }

    /** Which callback (and part of it) was refused, e.g. {@code webhook checksum}. */
    public String callback() {
        return callback;
    }
}
