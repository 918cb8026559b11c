package io.github.bbbjakarta.cdi.internal;

/**
 * The Fault Tolerance defaults of the BBB calls, as compile-time constants for the annotations. Each is overridable
 * through MicroProfile Config as the Fault Tolerance specification allows ({@code <class>/<method>/Retry/maxRetries},
 * {@code Retry/maxRetries}, {@code MP_Fault_Tolerance_NonFallback_Enabled=false}).
 */
public final class Resilience {
    /** Per attempt: a course page should not hang longer. */
    public static final long TIMEOUT_MS = 10_000;
    /** Retries of a call safe to repeat (reads, create): at most 2 more attempts. */
    public static final int MAX_RETRIES = 2;
    /** Pause before a retry, spread by {@link #RETRY_JITTER_MS} so a crowd does not retry in step. */
    public static final long RETRY_DELAY_MS = 200;
    /** Random spread of {@link #RETRY_DELAY_MS}, ±. */
    public static final long RETRY_JITTER_MS = 100;
    /** A retried call gives up after this in total. */
    public static final long RETRY_MAX_DURATION_MS = 30_000;
    /** The breaker looks at this many most recent calls... */
    public static final int BREAKER_VOLUME = 10;
    /** ...and opens when this share of them failed. */
    public static final double BREAKER_FAILURE_RATIO = 0.5;
    /** Open this long (calls fail at once), then half-open: a trial call decides. */
    public static final long BREAKER_DELAY_MS = 20_000;
    /** Concurrent calls of one method to BBB; more are refused at once. */
    public static final int BULKHEAD = 50;

    private Resilience() {
    }
}
