package io.github.bbbjakarta.api;

import io.github.bbbjakarta.api.internal.ClientFactory;
import io.github.bbbjakarta.api.internal.HttpTransport;
import io.github.bbbjakarta.api.internal.RequestSigner;
import io.github.bbbjakarta.api.internal.server.ApiVersionMapper;
import io.github.bbbjakarta.api.internal.ServerUrl;
import io.github.bbbjakarta.api.internal.Wire.Call;
import io.github.bbbjakarta.api.internal.Wire.Param;
import jakarta.ws.rs.client.Client;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletionStage;

/**
 * A client for one BigBlueButton server (or one Scalelite load balancer): signs every call with the shared
 * secret, sends it through a JAX-RS client and returns typed answers.
 *
 * <pre>{@code
 * try (BigBlueButtonClient bbb = BigBlueButtonClient.create("https://bbb.example.com/bigbluebutton/", secret)) {
 *     bbb.checkConnection();
 *     CreateMeetingResponse meeting = bbb.meetings().create(
 *             CreateMeetingRequest.builder("abc123", "Test Meeting").record(true).build());
 *     JoinUrl url = bbb.meetings().joinUrl(JoinMeetingRequest.builder("abc123", "Ada", Role.MODERATOR).build());
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe: build one per server and share it. It owns a connection pool, released by
 * {@link #close()}. Failures are {@link BbbApiException} (the server said {@code FAILED}),
 * {@link BbbTransportException} (no usable answer) or {@link BbbParameterException} (bad input, nothing sent).
 * Neither {@link #toString()} nor any message shows the shared secret or a checksum.
 */
public final class BigBlueButtonClient implements AutoCloseable {
    /** Default connect timeout. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
    /** Default read timeout. */
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(15);
    /** The meeting ID {@link #checkConnection()} asks about to prove the secret. */
    static final String CONNECTION_PROBE_MEETING_ID = "bbb-jakarta-connection-check";

    private final RequestSigner signer;
    private final HttpTransport transport;
    private final Meetings meetings;

    private BigBlueButtonClient(Builder b) {
        this.signer = new RequestSigner(b.apiBase, b.secret, b.algorithm);
        Client client = b.client != null ? b.client
                : ClientFactory.create(b.connectTimeout, b.readTimeout, b.maxConnections);
        this.transport = new HttpTransport(client, b.client == null);
        this.meetings = new Meetings(signer, transport);
    }

    /** A client with the defaults: sha256, 5 s connect and 15 s read timeouts. */
    public static BigBlueButtonClient create(String url, String secret) {
        return builder(url, secret).build();
    }

    /**
     * Starts a client builder.
     *
     * @param url    the server URL as users paste it: {@code https://host/bigbluebutton/},
     *               {@code https://host/bigbluebutton/api} or {@code https://host}
     * @param secret the shared secret ({@code bbb-conf --secret}, or Scalelite's)
     * @throws BbbParameterException if the URL or secret is unusable
     */
    public static Builder builder(String url, String secret) {
        return new Builder(url, secret);
    }

    /** The normalised API base URL, ending in {@code /api/}. */
    public URI apiUrl() {
        return signer.apiBase();
    }

    /** The checksum algorithm this client signs with. */
    public ChecksumAlgorithm checksumAlgorithm() {
        return signer.algorithm();
    }

    /**
     * Checks that the server answers and accepts this client's checksum: reads the API root (the version)
     * and makes one cheap signed call.
     *
     * @return the server's version information
     * @throws BbbApiException       with {@code checksumError} if the secret or the algorithm is wrong
     * @throws BbbTransportException if the server is unreachable or does not speak the BBB API
     */
    public ApiVersion checkConnection() {
        ApiVersion version = ApiVersionMapper.apiVersion(Call.API_VERSION, transport.send(Call.API_VERSION, signer.apiBase(), null));
        meetings.isMeetingRunning(CONNECTION_PROBE_MEETING_ID);
        return version;
    }

    /** The non-blocking twin of {@link #checkConnection()}. */
    public CompletionStage<ApiVersion> checkConnectionAsync() {
        return transport.sendAsync(Call.API_VERSION, signer.apiBase(), null)
                .thenApply(a -> ApiVersionMapper.apiVersion(Call.API_VERSION, a))
                .thenCompose(v -> meetings.isMeetingRunningAsync(CONNECTION_PROBE_MEETING_ID).thenApply(r -> v));
    }

    /** The meeting calls: create, join, end, isMeetingRunning, getMeetingInfo, getMeetings. */
    public Meetings meetings() {
        return meetings;
    }

    /**
     * A signed URL for any call, with the parameters in the given order: a debugging aid for checksum errors
     * and for calls this library does not type yet. The URL is a credential.
     */
    public URI signedUrl(String callName, List<Map.Entry<String, String>> parameters) {
        Objects.requireNonNull(callName, "callName");
        parameters.forEach(p -> {
            if (Param.CHECKSUM.equals(p.getKey())) {
                throw new BbbParameterException(Param.CHECKSUM, "is computed by the client and cannot be set");
            }
        });
        return signer.url(callName, parameters);
    }

    /** Releases the connection pool (unless the JAX-RS client was supplied by the caller). */
    @Override
    public void close() {
        transport.close();
    }

    @Override
    public String toString() {
        return "BigBlueButtonClient[" + signer.apiBase() + ", " + signer.algorithm().bbbName() + "]";
    }

    /** Configures a {@link BigBlueButtonClient}. Not thread-safe; the client is. */
    public static final class Builder {
        private final URI apiBase;
        private final String secret;
        private ChecksumAlgorithm algorithm = ChecksumAlgorithm.SHA256;
        private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
        private Duration readTimeout = DEFAULT_READ_TIMEOUT;
        private int maxConnections = 20;
        private Client client;

        private Builder(String url, String secret) {
            this.apiBase = ServerUrl.apiBase(url);
            if (secret == null || secret.isBlank()) {
                throw new BbbParameterException("secret", "the shared secret is required");
            }
            if (!secret.equals(secret.trim())) {
                throw new BbbParameterException("secret", "has leading or trailing blanks (a copy-paste slip?)");
            }
            this.secret = secret;
        }

        /** The checksum algorithm (default sha256; use sha1 for BBB 2.4 or older Scalelite). */
        public Builder checksumAlgorithm(ChecksumAlgorithm value) {
            this.algorithm = Objects.requireNonNull(value, "checksumAlgorithm");
            return this;
        }

        /** How long to wait for a connection (default 5 s). */
        public Builder connectTimeout(Duration value) {
            this.connectTimeout = positive("connectTimeout", value);
            return this;
        }

        /** How long to wait for an answer (default 15 s). */
        public Builder readTimeout(Duration value) {
            this.readTimeout = positive("readTimeout", value);
            return this;
        }

        /** Pooled connections to the server (default 20); applies to the client this builder creates. */
        public Builder maxConnections(int value) {
            if (value < 1) {
                throw new BbbParameterException("maxConnections", "must be at least 1");
            }
            this.maxConnections = value;
            return this;
        }

        /**
         * Uses a JAX-RS client you configured yourself (TLS, proxy, pool); the timeouts above then do not apply
         * and {@link BigBlueButtonClient#close()} leaves it open. It must not follow redirects.
         */
        public Builder jaxrsClient(Client value) {
            this.client = Objects.requireNonNull(value, "jaxrsClient");
            return this;
        }

        private static Duration positive(String name, Duration value) {
            if (value == null || value.isNegative() || value.isZero()) {
                throw new BbbParameterException(name, "must be a positive duration");
            }
            return value;
        }

        public BigBlueButtonClient build() {
            return new BigBlueButtonClient(this);
        }
    }
}
