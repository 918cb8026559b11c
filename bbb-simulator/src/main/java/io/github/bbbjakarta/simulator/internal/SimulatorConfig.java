package io.github.bbbjakarta.simulator.internal;

import io.github.bbbjakarta.simulator.internal.digest.Digests;
import io.github.bbbjakarta.simulator.internal.wire.ApiParam;
import io.github.bbbjakarta.simulator.internal.wire.Wire;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Server settings of one simulator (the simulated {@code bbb-web.properties}). Immutable and thread-safe.
 * {@link #toString()} never shows the secret.
 */
public final class SimulatorConfig {
    private final String secret;
    private final String supportedChecksumAlgorithms;
    private final String bbbVersion;
    private final Clock clock;
    private final Duration usersTimeout;
    private final List<String> defaultDisabledFeatures;
    private final String baseUrl;
    private final int maxBodySize;
    private final List<String> supportedHookChecksumAlgorithms;
    private final List<Duration> callbackRetryDelays;
    private final Webhooks webhooks;
    private final io.github.bbbjakarta.simulator.RecordingSettings recordingSettings;

    /**
     * The simulated bbb-webhooks' event delivery settings (its {@code config/default.example.yml}). Immutable.
     * {@link #toString()} shows no secret (there is none in it).
     *
     * @param checksumAlgorithm {@code hookChecksumAlgorithm}: the hash of the event POSTs' checksum
     * @param bearerAuth        {@code bbb.auth2_0}: send {@code Authorization: Bearer <secret>} instead of a
     *                          checksum
     * @param retryDelays       {@code retryIntervals}: the waits before each retry of a failed event POST
     */
    public record Webhooks(String checksumAlgorithm, boolean bearerAuth, List<Duration> retryDelays) {
        /** bbb-webhooks' retry intervals in ms: 100, 500, 1000, 2000, 4000, 8000, 10000, 30000, 60000 (x4). */
        public static final List<Duration> DEFAULT_RETRY_DELAYS = java.util.stream.LongStream.of(100, 500, 1000,
                2000, 4000, 8000, 10000, 30000, 60000, 60000, 60000, 60000).mapToObj(Duration::ofMillis).toList();
        /** sha1, no bearer authentication, {@link #DEFAULT_RETRY_DELAYS}. */
        public static final Webhooks DEFAULTS = new Webhooks("sha1", false, DEFAULT_RETRY_DELAYS);

        public Webhooks {
            Objects.requireNonNull(checksumAlgorithm, "checksumAlgorithm");
            retryDelays = List.copyOf(retryDelays);
        }
    }

    /**
     * @param secret                      shared secret (security salt)
     * @param supportedChecksumAlgorithms comma list, e.g. {@code sha1,sha256,sha384,sha512}
     * @param bbbVersion                  version revealed by the API root, "" to hide it
     * @param clock                       clock for all times
     * @param usersTimeout                how long a user that left is still counted
     * @param defaultDisabledFeatures     server default {@code disabledFeatures}
     * @param baseUrl                     server URL without trailing slash, e.g. {@code http://127.0.0.1:8080}
     * @param maxBodySize                 largest request body in bytes
     */
    public SimulatorConfig(String secret, String supportedChecksumAlgorithms, String bbbVersion, Clock clock,
                           Duration usersTimeout, List<String> defaultDisabledFeatures, String baseUrl,
                           int maxBodySize) {
        this(secret, supportedChecksumAlgorithms, bbbVersion, clock, usersTimeout, defaultDisabledFeatures, baseUrl,
                maxBodySize, Digests.ALGORITHMS);
    }

    /**
     * As above, plus the bbb-webhooks setting.
     *
     * @param supportedHookChecksumAlgorithms bbb-webhooks' {@code api.supportedChecksumAlgorithms} (exact names)
     */
    public SimulatorConfig(String secret, String supportedChecksumAlgorithms, String bbbVersion, Clock clock,
                           Duration usersTimeout, List<String> defaultDisabledFeatures, String baseUrl,
                           int maxBodySize, List<String> supportedHookChecksumAlgorithms) {
        this(secret, supportedChecksumAlgorithms, bbbVersion, clock, usersTimeout, defaultDisabledFeatures, baseUrl,
                maxBodySize, supportedHookChecksumAlgorithms,
                io.github.bbbjakarta.simulator.internal.callbacks.CallbackSender.DEFAULT_RETRY_DELAYS);
    }

    /**
     * As above, plus the outgoing callbacks' retry schedule.
     *
     * @param callbackRetryDelays waits before the retries of an end callback or {@code meetingEndedURL}
     */
    public SimulatorConfig(String secret, String supportedChecksumAlgorithms, String bbbVersion, Clock clock,
                           Duration usersTimeout, List<String> defaultDisabledFeatures, String baseUrl,
                           int maxBodySize, List<String> supportedHookChecksumAlgorithms,
                           List<Duration> callbackRetryDelays) {
        this(secret, supportedChecksumAlgorithms, bbbVersion, clock, usersTimeout, defaultDisabledFeatures, baseUrl,
                maxBodySize, supportedHookChecksumAlgorithms, callbackRetryDelays,
                io.github.bbbjakarta.simulator.RecordingSettings.defaults());
    }

    /**
     * As above, plus the recording server's settings at start.
     *
     * @param recordingSettings the recording settings at start (and after a reset)
     */
    public SimulatorConfig(String secret, String supportedChecksumAlgorithms, String bbbVersion, Clock clock,
                           Duration usersTimeout, List<String> defaultDisabledFeatures, String baseUrl,
                           int maxBodySize, List<String> supportedHookChecksumAlgorithms,
                           List<Duration> callbackRetryDelays,
                           io.github.bbbjakarta.simulator.RecordingSettings recordingSettings) {
        this(secret, supportedChecksumAlgorithms, bbbVersion, clock, usersTimeout, defaultDisabledFeatures, baseUrl,
                maxBodySize, supportedHookChecksumAlgorithms, callbackRetryDelays, Webhooks.DEFAULTS,
                recordingSettings);
    }

    private SimulatorConfig(String secret, String supportedChecksumAlgorithms, String bbbVersion, Clock clock,
                            Duration usersTimeout, List<String> defaultDisabledFeatures, String baseUrl,
                            int maxBodySize, List<String> supportedHookChecksumAlgorithms,
                            List<Duration> callbackRetryDelays, Webhooks webhooks,
                            io.github.bbbjakarta.simulator.RecordingSettings recordingSettings) {
        this.webhooks = Objects.requireNonNull(webhooks, "webhooks");
        this.recordingSettings = Objects.requireNonNull(recordingSettings, "recordingSettings");
        this.callbackRetryDelays = List.copyOf(callbackRetryDelays);
        this.supportedHookChecksumAlgorithms = List.copyOf(supportedHookChecksumAlgorithms);
        this.secret = Objects.requireNonNull(secret);
        this.supportedChecksumAlgorithms = Objects.requireNonNull(supportedChecksumAlgorithms);
        this.bbbVersion = Objects.requireNonNull(bbbVersion);
        this.clock = Objects.requireNonNull(clock);
        this.usersTimeout = Objects.requireNonNull(usersTimeout);
        this.defaultDisabledFeatures = List.copyOf(defaultDisabledFeatures);
        this.baseUrl = Objects.requireNonNull(baseUrl);
        this.maxBodySize = maxBodySize;
    }

    /** A copy with these webhook delivery settings. */
    public SimulatorConfig withWebhooks(Webhooks newWebhooks) {
        return new SimulatorConfig(secret, supportedChecksumAlgorithms, bbbVersion, clock, usersTimeout,
                defaultDisabledFeatures, baseUrl, maxBodySize, supportedHookChecksumAlgorithms, callbackRetryDelays,
                newWebhooks, recordingSettings);
    }

    /** The webhook event delivery settings. */
    public Webhooks webhooks() {
        return webhooks;
    }

    /** The recording settings at start (and after a reset). */
    public io.github.bbbjakarta.simulator.RecordingSettings recordingSettings() {
        return recordingSettings;
    }

    /** The algorithms bbb-webhooks accepts for {@code hooks/*} checksums ({@code sha1}, ...). */
    public List<String> supportedHookChecksumAlgorithms() {
        return supportedHookChecksumAlgorithms;
    }

    /** Waits before the retries of an end callback or {@code meetingEndedURL}. */
    public List<Duration> callbackRetryDelays() {
        return callbackRetryDelays;
    }

    /** Largest request body in bytes. */
    public int maxBodySize() {
        return maxBodySize;
    }

    public String secret() {
        return secret;
    }

    public String supportedChecksumAlgorithms() {
        return supportedChecksumAlgorithms;
    }

    public String bbbVersion() {
        return bbbVersion;
    }

    public Clock clock() {
        return clock;
    }

    public Duration usersTimeout() {
        return usersTimeout;
    }

    public List<String> defaultDisabledFeatures() {
        return defaultDisabledFeatures;
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** The simulated HTML5 client URL ({@code defaultHTML5ClientUrl}). */
    public String clientUrl() {
        return baseUrl + Wire.CLIENT_PATH;
    }

    /**
     * The client URL a join redirects to: {@code ?sessionToken=...}, after {@code waitLayout=1&} when the join
     * asked to enforce a layout.
     */
    public String clientUrl(String sessionToken, boolean waitLayout) {
        return clientUrl() + "?" + (waitLayout ? Wire.WAIT_LAYOUT + "=1&" : "") + ApiParam.SESSION_TOKEN + "="
                + sessionToken;
    }

    @Override
    public String toString() {
        return "SimulatorConfig[baseUrl=" + baseUrl + ", supportedChecksumAlgorithms=" + supportedChecksumAlgorithms
                + ", supportedHookChecksumAlgorithms=" + supportedHookChecksumAlgorithms + ", bbbVersion=" + bbbVersion + ", usersTimeout=" + usersTimeout + ", secret=****]";
    }
}
