package io.github.bbbjakarta.simulator;

import io.github.bbbjakarta.simulator.internal.SimulatorConfig;
import io.github.bbbjakarta.simulator.internal.digest.Digests;
import io.github.bbbjakarta.simulator.internal.routing.SimulatorEngine;
import io.github.bbbjakarta.simulator.internal.transport.JdkHttpServerTransport;
import io.github.bbbjakarta.simulator.internal.wire.Wire;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * An independent BigBlueButton 3.0 server ({@code bbb-web} API) for tests, served over HTTP by the JDK's
 * embedded server. Build one with {@link #builder()}, {@link #start()} it, point the client under test at
 * {@link #apiUrl()} with the same secret, and inspect or steer it through {@link #control()}.
 * <pre>{@code
 * try (BbbSimulator sim = BbbSimulator.builder().secret("s3cret").build().start()) {
 *     URI api = sim.apiUrl();
 * }
 * }</pre>
 * Thread-safe: requests are served concurrently; {@link #close()} stops the server promptly. The secret never
 * appears in {@link #toString()}, logs or exception messages.
 */
public final class BbbSimulator implements AutoCloseable {
    /**
     * Most requests served at once (HTTP handler threads, created on demand, ended after 30 s idle). Large, so
     * that a few stalled clients cannot stop the simulator; see also {@link Builder#readTimeout(Duration)}.
     */
    public static final int HANDLER_THREADS = 256;
    /** Default of {@link Builder#maxBodySize(int)}: 8 MiB. */
    public static final int DEFAULT_MAX_BODY_SIZE = 8 * 1024 * 1024;
    /** Default of {@link Builder#readTimeout(Duration)}: 10 s. */
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(10);

    private final Builder settings;
    private volatile Running running;
    private volatile boolean closed;

    private record Running(JdkHttpServerTransport transport, SimulatorEngine engine, String baseUrl) {
    }

    private BbbSimulator(Builder settings) {
        this.settings = settings;
    }

    /** A builder with the defaults: loopback, free port, all four checksum algorithms, system clock. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Binds the port and starts serving.
     *
     * @return this simulator
     * @throws IllegalStateException when already started or closed
     * @throws UncheckedIOException  when the port cannot be bound
     */
    public synchronized BbbSimulator start() {
        if (closed) {
            throw new IllegalStateException("Simulator closed");
        }
        if (running != null) {
            throw new IllegalStateException("Simulator already started");
        }
        JdkHttpServerTransport transport;
        try {
            transport = JdkHttpServerTransport.bind(new InetSocketAddress(settings.bindAddress, settings.port),
                    HANDLER_THREADS, settings.readTimeout, settings.maxBodySize);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot bind " + settings.bindAddress.getHostAddress() + ":"
                    + settings.port, e);
        }
        String baseUrl = "http://" + (settings.publicHost != null ? settings.publicHost : host(settings.bindAddress))
                + ":" + transport.port();
        SimulatorConfig config = new SimulatorConfig(settings.secret, String.join(",", settings.algorithms),
                settings.bbbVersion, settings.clock, settings.usersTimeout, settings.disabledFeatures, baseUrl, settings.maxBodySize,
                settings.hookAlgorithms, settings.callbackRetryDelays, settings.recordingSettings)
                .withWebhooks(new SimulatorConfig.Webhooks(settings.hookChecksumAlgorithm, settings.webhookBearerAuth,
                        settings.webhookRetryDelays));
        SimulatorEngine engine = new SimulatorEngine(config);
        transport.start(engine::handle);
        running = new Running(transport, engine, baseUrl);
        return this;
    }

    private static String host(InetAddress address) {
        InetAddress a = address.isAnyLocalAddress() ? InetAddress.getLoopbackAddress() : address;
        String h = a.getHostAddress();
        return a instanceof Inet6Address ? "[" + h + "]" : h;
    }

    private Running running() {
        Running r = running;
        if (r == null || closed) {
            throw new IllegalStateException(closed ? "Simulator closed" : "Simulator not started");
        }
        return r;
    }

    /** The API base URL with a trailing slash, e.g. {@code http://127.0.0.1:PORT/bigbluebutton/api/}. */
    public java.net.URI apiUrl() {
        return java.net.URI.create(running().baseUrl + Wire.API_PATH + "/");
    }

    /** The server URL, e.g. {@code http://127.0.0.1:PORT} (no trailing slash). */
    public java.net.URI baseUrl() {
        return java.net.URI.create(running().baseUrl);
    }

    /** The bound port. */
    public int port() {
        return running().transport.port();
    }

    /** The in-process control API. */
    public SimulatorControl control() {
        return running().engine.control();
    }

    /** Stops the server and its threads at once; idempotent. */
    @Override
    public synchronized void close() {
        closed = true;
        Running r = running;
        if (r != null) {
            r.transport.stop();
            r.engine.close();
        }
    }

    @Override
    public String toString() {
        Running r = running;
        return "BbbSimulator[" + (r == null ? "not started" : closed ? "closed" : r.baseUrl) + "]";
    }

    /**
     * Settings of a simulator. Not thread-safe; {@link #build()} copies the settings.
     */
    public static final class Builder {
        private String secret;
        private int port;
        private InetAddress bindAddress = InetAddress.getLoopbackAddress();
        private String publicHost;
        private List<String> algorithms = Digests.ALGORITHMS;
        private List<String> hookAlgorithms = Digests.ALGORITHMS;
        private String bbbVersion = "";
        private Clock clock = Clock.systemUTC();
        private Duration usersTimeout = Duration.ofSeconds(60);
        private List<String> disabledFeatures = List.of();
        private Duration readTimeout = DEFAULT_READ_TIMEOUT;
        private int maxBodySize = DEFAULT_MAX_BODY_SIZE;
        private List<Duration> callbackRetryDelays =
                io.github.bbbjakarta.simulator.internal.callbacks.CallbackSender.DEFAULT_RETRY_DELAYS;
        private String hookChecksumAlgorithm = SimulatorConfig.Webhooks.DEFAULTS.checksumAlgorithm();
        private boolean webhookBearerAuth;
        private List<Duration> webhookRetryDelays = SimulatorConfig.Webhooks.DEFAULT_RETRY_DELAYS;
        private RecordingSettings recordingSettings = RecordingSettings.defaults();

        private Builder() {
        }

        private Builder copy() {
            Builder b = new Builder();
            b.secret = secret;
            b.port = port;
            b.bindAddress = bindAddress;
            b.publicHost = publicHost;
            b.algorithms = List.copyOf(algorithms);
            b.hookAlgorithms = List.copyOf(hookAlgorithms);
            b.bbbVersion = bbbVersion;
            b.clock = clock;
            b.usersTimeout = usersTimeout;
            b.disabledFeatures = List.copyOf(disabledFeatures);
            b.readTimeout = readTimeout;
            b.maxBodySize = maxBodySize;
            b.callbackRetryDelays = callbackRetryDelays;
            b.hookChecksumAlgorithm = hookChecksumAlgorithm;
            b.webhookBearerAuth = webhookBearerAuth;
            b.webhookRetryDelays = webhookRetryDelays;
            b.recordingSettings = recordingSettings;
            return b;
        }

        /** The shared secret (required, not blank). */
        public Builder secret(String secret) {
            Objects.requireNonNull(secret, "secret");
            if (secret.isBlank()) {
                throw new IllegalArgumentException("The secret must not be blank");
            }
            this.secret = secret;
            return this;
        }

        /** TCP port; 0 (default) picks a free port. */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("Port out of range: " + port);
            }
            this.port = port;
            return this;
        }

        /** Address to bind (default loopback {@code 127.0.0.1}). */
        public Builder bindAddress(String address) {
            try {
                this.bindAddress = InetAddress.getByName(Objects.requireNonNull(address, "address"));
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException("Unknown bind address: " + address, e);
            }
            return this;
        }

        /**
         * The host in the URLs the simulator hands out: {@link BbbSimulator#apiUrl()}, {@link BbbSimulator#baseUrl()}
         * and the join redirect to its client page (bbb-web's {@code defaultHTML5ClientUrl}). Default: the bind
         * address, or loopback when bound to all interfaces. Set it when browsers reach the simulator under another
         * name, e.g. from a VM or container.
         *
         * @param host a host name or an IP address (IPv6 without brackets)
         * @throws IllegalArgumentException if it is not a plain host
         */
        public Builder publicHost(String host) {
            Objects.requireNonNull(host, "host");
            String h = host.strip();
            if (h.isEmpty() || !h.matches("[A-Za-z0-9.:%_-]+")) {
                throw new IllegalArgumentException("Not a host name or IP address: '" + host + "'");
            }
            this.publicHost = h.contains(":") ? "[" + h + "]" : h;
            return this;
        }

        /**
         * The {@code supportedChecksumAlgorithms} (default {@code sha1, sha256, sha384, sha512}).
         *
         * @throws IllegalArgumentException for an unknown name
         */
        public Builder supportedChecksumAlgorithms(String... names) {
            this.algorithms = algorithmList(names);
            return this;
        }

        /**
         * The algorithms the simulated bbb-webhooks accepts for {@code hooks/create|list|destroy} checksums, its
         * {@code api.supportedChecksumAlgorithms} (default, as bbb-webhooks 3.x ships: {@code sha1, sha256, sha384,
         * sha512}). bbb-webhooks before 3.0 accepted only {@code sha1}. Independent of
         * {@link #supportedChecksumAlgorithms(String...)}.
         *
         * @throws IllegalArgumentException for an unknown name
         */
        public Builder supportedHookChecksumAlgorithms(String... names) {
            this.hookAlgorithms = algorithmList(names);
            return this;
        }

        private static List<String> algorithmList(String... names) {
            List<String> list = new ArrayList<>();
            for (String n : names) {
                String a = n.trim().toLowerCase(Locale.ROOT);
                if (!Digests.ALGORITHMS.contains(a)) {
                    throw new IllegalArgumentException(Digests.unknownAlgorithm(n));
                }
                list.add(a);
            }
            return List.copyOf(list);
        }

        /** Reveals this version in the API root's {@code bbbVersion} (default: hidden, empty). */
        public Builder revealBbbVersion(String version) {
            this.bbbVersion = Objects.requireNonNull(version, "version");
            return this;
        }

        /** The clock for all times (create times, user timeouts, expiry, journal). */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** How long a user that left keeps the meeting running (default 60 s). */
        public Builder usersTimeout(Duration timeout) {
            Objects.requireNonNull(timeout, "timeout");
            if (timeout.isNegative()) {
                throw new IllegalArgumentException("Negative usersTimeout");
            }
            this.usersTimeout = timeout;
            return this;
        }

        /** The server's default {@code disabledFeatures} (default none). */
        public Builder defaultDisabledFeatures(String... features) {
            this.disabledFeatures = List.of(features);
            return this;
        }

        /**
         * How long a request may take to deliver its headers and whole body (default 10 s). A client that is
         * slower has its connection closed without an answer, so stalled clients do not hold the server's
         * threads. Answering (including a stub's delay) is not limited.
         *
         * @throws IllegalArgumentException when not positive
         */
        public Builder readTimeout(Duration timeout) {
            Objects.requireNonNull(timeout, "timeout");
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("readTimeout must be positive");
            }
            this.readTimeout = timeout;
            return this;
        }

        /**
         * Largest request body in bytes (default 8 MiB). A larger body is not read: a BBB call answers
         * {@code FAILED} with messageKey {@code requestBodyTooLarge}, the admin API HTTP 413.
         *
         * @throws IllegalArgumentException when not positive
         */
        public Builder maxBodySize(int bytes) {
            if (bytes <= 0) {
                throw new IllegalArgumentException("maxBodySize must be positive");
            }
            this.maxBodySize = bytes;
            return this;
        }

        /**
         * The waits before the retries of a failed end callback ({@code meta_endCallbackUrl}) or
         * {@code meetingEndedURL} GET (default, as bbb-web: 30 s, 60 s, 120 s, 300 s, then give up). Tests
         * shorten it, e.g. to a few 50 ms waits; no delays means no retries. The recording-ready POST is never
         * retried.
         *
         * @throws IllegalArgumentException for a negative delay
         */
        public Builder callbackRetryDelays(Duration... delays) {
            List<Duration> list = List.of(delays);
            if (list.stream().anyMatch(Duration::isNegative)) {
                throw new IllegalArgumentException("Negative callbackRetryDelays");
            }
            this.callbackRetryDelays = list;
            return this;
        }

        /**
         * The hash of the checksum on webhook event POSTs, bbb-webhooks' {@code hookChecksumAlgorithm} (default
         * {@code sha1}).
         *
         * @throws IllegalArgumentException for an unknown name
         */
        public Builder hookChecksumAlgorithm(String name) {
            Objects.requireNonNull(name, "name");
            this.hookChecksumAlgorithm = algorithmList(name).get(0);
            return this;
        }

        /**
         * Whether webhook event POSTs carry {@code Authorization: Bearer <secret>} instead of a {@code checksum}
         * query parameter, bbb-webhooks' {@code bbb.auth2_0} (default false).
         */
        public Builder webhookBearerAuth(boolean bearer) {
            this.webhookBearerAuth = bearer;
            return this;
        }

        /**
         * The waits before the retries of a failed webhook event POST (default, as bbb-webhooks: 100 ms, 500 ms,
         * 1 s, 2 s, 4 s, 8 s, 10 s, 30 s, then 60 s four times). After the last failed retry the hook is removed,
         * as bbb-webhooks does. Tests shorten it; no delays means one attempt.
         *
         * @throws IllegalArgumentException for a negative delay
         */
        public Builder webhookRetryDelays(Duration... delays) {
            List<Duration> list = List.of(delays);
            if (list.stream().anyMatch(Duration::isNegative)) {
                throw new IllegalArgumentException("Negative webhookRetryDelays");
            }
            this.webhookRetryDelays = list;
            return this;
        }

        /**
         * The recording server's settings at start, also restored by {@link SimulatorControl#reset()} (default
         * {@link RecordingSettings#defaults()}), e.g. {@code RecordingSettings.defaults()
         * .withProcessingTime(Duration.ofSeconds(2))} to have recordings processed and published by themselves.
         */
        public Builder recordingSettings(RecordingSettings settings) {
            this.recordingSettings = Objects.requireNonNull(settings, "recordingSettings");
            return this;
        }

        /**
         * A new, not yet started simulator with a copy of these settings.
         *
         * @throws IllegalStateException when no secret was set
         */
        public BbbSimulator build() {
            if (secret == null) {
                throw new IllegalStateException("A secret is required");
            }
            return new BbbSimulator(copy());
        }

        /** Builds and starts. */
        public BbbSimulator start() {
            return build().start();
        }

        @Override
        public String toString() {
            return "BbbSimulator.Builder[port=" + port + ", bindAddress=" + bindAddress.getHostAddress()
                    + (publicHost == null ? "" : ", publicHost=" + publicHost)
                    + ", algorithms=" + algorithms + ", hookAlgorithms=" + hookAlgorithms
                    + ", readTimeout=" + readTimeout + ", maxBodySize=" + maxBodySize
                    + ", secret=" + (secret == null ? "unset" : "****") + "]";
        }
    }
}
