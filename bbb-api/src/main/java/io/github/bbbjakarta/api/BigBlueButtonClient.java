package io.github.bbbjakarta.api;

import io.github.bbbjakarta.api.internal.Checks;
import io.github.bbbjakarta.api.internal.HttpTransport;
import io.github.bbbjakarta.api.internal.JaxrsTransport;
import io.github.bbbjakarta.api.internal.RequestSigner;
import io.github.bbbjakarta.api.internal.RuntimeCheck;
import io.github.bbbjakarta.api.internal.Scalelite;
import io.github.bbbjakarta.api.internal.ServerUrl;
import io.github.bbbjakarta.api.internal.SocketTransport;
import io.github.bbbjakarta.api.internal.TransportSettings;
import io.github.bbbjakarta.api.internal.Wire;
import io.github.bbbjakarta.api.internal.Wire.Call;
import io.github.bbbjakarta.api.internal.server.ApiVersionMapper;
import jakarta.ws.rs.client.Client;

import java.net.ProxySelector;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletionStage;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;

/**
 * A client for one BigBlueButton server (or one Scalelite load balancer): signs every call with the shared
 * secret, sends it over HTTP/1.1 (JDK sockets; or a JAX-RS client you supply) and returns typed answers.
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
 * {@link BbbTransportException} (no usable answer), {@link BbbParameterException} (bad input, nothing sent) or
 * {@link BbbUnsupportedCallException} (a call a {@linkplain Builder#scalelite(boolean) Scalelite} load balancer does
 * not proxy, nothing sent).
 * Neither {@link #toString()} nor any message shows the shared secret, a password or a checksum.
 *
 * <p>Every call is sent once (never repeated by the library), within a total deadline ({@link Builder#callTimeout});
 * redirects are never followed and TLS certificates and host names are always verified.
 */
public final class BigBlueButtonClient implements AutoCloseable {
    /** Default checksum algorithm of the bbb-webhooks calls: sha1, the only one bbb-webhooks below BBB 3.0 accepts. */
    public static final ChecksumAlgorithm DEFAULT_HOOKS_CHECKSUM_ALGORITHM = ChecksumAlgorithm.SHA1;
    /** Default connect timeout. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
    /** Default read timeout: the longest silence between two reads of an answer. */
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(15);
    /** Default total deadline of a call. */
    public static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofSeconds(30);
    /** Default number of calls in flight to the server at once. */
    public static final int DEFAULT_MAX_CONNECTIONS = TransportSettings.DEFAULT_MAX_CONNECTIONS;
    /** Default largest answer read: 16 MiB. */
    public static final int DEFAULT_MAX_RESPONSE_SIZE = TransportSettings.DEFAULT_MAX_RESPONSE_SIZE;
    /** Call names: letters and digits, in {@code /}-separated segments such as {@code hooks/create}. */
    private static final Pattern CALL_NAME = Pattern.compile("[A-Za-z0-9]+(/[A-Za-z0-9]+)*");
    /** The meeting ID {@link #checkConnection()} asks about to prove the secret. */
    static final String CONNECTION_PROBE_MEETING_ID = "bbb-jakarta-connection-check";

    private final RequestSigner signer;
    private final HttpTransport transport;
    private final Meetings meetings;
    private final Hooks hooks;
    private final Recordings recordings;
    private final RequestSigner hooksSigner;
    private final ChecksumAlgorithm hooksAlgorithm;
    private final boolean behindScalelite;

    private BigBlueButtonClient(Builder b) {
        this.signer = new RequestSigner(b.apiBase, b.secret, b.algorithm);
        TransportSettings settings = new TransportSettings(b.connectTimeout, b.readTimeout, b.callTimeout,
                b.maxConnections, b.maxResponseSize, b.sslContext, b.proxy);
        HttpTransport http = b.jaxrsClient != null ? new JaxrsTransport(b.jaxrsClient, settings) : new SocketTransport(settings);
        this.behindScalelite = b.scalelite;
        this.transport = behindScalelite ? Scalelite.gate(http) : http;
        this.meetings = new Meetings(signer, transport);
        this.recordings = new Recordings(signer, transport);
        this.hooksAlgorithm = b.hooksAlgorithm;
        this.hooksSigner = new RequestSigner(b.apiBase, b.secret, b.hooksAlgorithm);
        this.hooks = new Hooks(hooksSigner, transport);
    }

    /**
     * A client with the defaults: sha256 (sha1 for the hooks calls), 5 s connect timeout, 15 s read timeout, 30 s per call, 20 connections,
     * answers up to 16 MiB.
     *
     * @throws BbbParameterException     if the URL or secret is unusable
     * @throws BbbMissingLibraryException if a library the client needs is missing from the runtime
     */
    public static BigBlueButtonClient create(String url, String secret) {
        return builder(url, secret).build();
    }

    /** {@link #create(String, String)} for a URL held as a {@link URI}, e.g. a simulator's {@code apiUrl()}. */
    public static BigBlueButtonClient create(URI url, String secret) {
        return builder(url, secret).build();
    }

    /** {@link #builder(String, String)} for a URL held as a {@link URI}, e.g. a simulator's {@code apiUrl()}. */
    public static Builder builder(URI url, String secret) {
        if (url == null) {
            throw new BbbParameterException("url", "the BBB server URL is required, e.g. https://bbb.example.com/bigbluebutton/");
        }
        return new Builder(url.toString(), secret);
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

    /** The recording calls: list (page by page or all), publish, unpublish, delete and update recordings. */
    public Recordings recordings() {
        return recordings;
    }

    /**
     * The bbb-webhooks calls: create, list and destroy hooks, signed with {@link #hooksChecksumAlgorithm()}.
     */
    public Hooks hooks() {
        return hooks;
    }

    /**
     * Whether the URL is a Scalelite load balancer ({@link Builder#scalelite(boolean)}): the calls it does not
     * proxy fail with {@link BbbUnsupportedCallException} before anything is sent.
     */
    public boolean isBehindScalelite() {
        return behindScalelite;
    }

    /** The checksum algorithm the {@link #hooks()} calls are signed with (default sha1). */
    public ChecksumAlgorithm hooksChecksumAlgorithm() {
        return hooksAlgorithm;
    }

    /**
     * A signed URL for any call, with the parameters in the given order: a debugging aid for checksum errors
     * and for calls this library does not type yet. Calls under {@code hooks/} are signed with
     * {@link #hooksChecksumAlgorithm()}, the others with {@link #checksumAlgorithm()}. The URL is a credential.
     * Nothing is sent, so {@linkplain Builder#scalelite(boolean) behind Scalelite} every call name is signed.
     *
     * @param callName letters and digits, in {@code /}-separated segments ({@code getMeetings}, {@code hooks/create})
     * @throws BbbParameterException naming {@code callName} or {@code checksum}; the message never holds the URL
     */
    public URI signedUrl(String callName, List<Map.Entry<String, String>> parameters) {
        if (callName == null || !CALL_NAME.matcher(callName).matches()) {
            throw new BbbParameterException("callName", callName == null ? "is required"
                    : "must be letters and digits in /-separated segments, like getMeetings or hooks/create"
                    + " (no spaces, '..', leading '/', '?' or '#')");
        }
        Objects.requireNonNull(parameters, "parameters");
        parameters.forEach(p -> Checks.notChecksum(p.getKey()));
        return (callName.startsWith(Wire.Webhooks.PREFIX) ? hooksSigner : signer).url(callName, parameters);
    }

    /** Releases the connections and threads (a JAX-RS client supplied by the caller stays open). */
    @Override
    public void close() {
        transport.close();
    }

    @Override
    public String toString() {
        return "BigBlueButtonClient[" + signer.apiBase() + ", " + signer.algorithm().bbbName() + ", hooks "
                + hooksAlgorithm.bbbName() + (behindScalelite ? ", scalelite" : "") + "]";
    }

    /** Configures a {@link BigBlueButtonClient}. Not thread-safe; the client is. */
    public static final class Builder {
        private final URI apiBase;
        private final String secret;
        private ChecksumAlgorithm algorithm = ChecksumAlgorithm.SHA256;
        private ChecksumAlgorithm hooksAlgorithm = DEFAULT_HOOKS_CHECKSUM_ALGORITHM;
        private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
        private Duration readTimeout = DEFAULT_READ_TIMEOUT;
        private Duration callTimeout = DEFAULT_CALL_TIMEOUT;
        private int maxConnections = DEFAULT_MAX_CONNECTIONS;
        private int maxResponseSize = DEFAULT_MAX_RESPONSE_SIZE;
        private SSLContext sslContext;
        private ProxySelector proxy;
        private Object jaxrsClient; // a jakarta.ws.rs.client.Client; Object so JAX-RS stays optional at runtime
        private boolean scalelite;

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

        /**
         * Whether the URL is a Scalelite load balancer (default {@code false}: a BigBlueButton server). Scalelite
         * proxies only the API root, {@code create}, {@code join}, {@code end}, {@code isMeetingRunning},
         * {@code getMeetingInfo}, {@code getMeetings}, {@code insertDocument} and the recording calls
         * {@code getRecordings}, {@code publishRecordings}, {@code updateRecordings} and {@code deleteRecordings}, and
         * answers anything else with {@code FAILED}/{@code unsupportedRequest}. With {@code true} the other calls
         * (the {@link BigBlueButtonClient#hooks() hooks} calls, {@link Recordings#getRecordingTextTracks(String)},
         * {@link Recordings#putRecordingTextTrack(PutTextTrackRequest)}, {@link Meetings#sendChatMessage(String,
         * String)}) throw a {@link BbbUnsupportedCallException} instead, before anything is sent; their
         * {@code …Async} twins throw it too, at once, rather than return a stage (as for a parameter error found
         * before sending). {@link BigBlueButtonClient#signedUrl signedUrl} still signs any call.
         */
        public Builder scalelite(boolean behindScalelite) {
            this.scalelite = behindScalelite;
            return this;
        }

        /**
         * The checksum algorithm of the bbb-webhooks calls ({@link BigBlueButtonClient#hooks()}), set apart from
         * {@link #checksumAlgorithm(ChecksumAlgorithm)} because bbb-webhooks below 3.0 (BBB before 2.7) accepts only
         * sha1. Default sha1, which every bbb-webhooks accepts; sha256 and longer need bbb-webhooks 3.x with the
         * algorithm in its {@code supportedChecksumAlgorithms}.
         */
        public Builder hooksChecksumAlgorithm(ChecksumAlgorithm value) {
            this.hooksAlgorithm = Objects.requireNonNull(value, "hooksChecksumAlgorithm");
            return this;
        }

        /**
         * How long to wait for a TCP connection and the TLS handshake (default 5 s; 1 ms to 10 min).
         *
         * @throws BbbParameterException naming {@code connectTimeout} if out of range
         */
        public Builder connectTimeout(Duration value) {
            this.connectTimeout = TransportSettings.connectTimeout(value);
            return this;
        }

        /**
         * The longest silence between two reads of an answer (default 15 s; 1 ms to 1 h). A call never waits
         * longer than {@link #callTimeout(Duration)} in total, however the server trickles its answer.
         *
         * @throws BbbParameterException naming {@code readTimeout} if out of range
         */
        public Builder readTimeout(Duration value) {
            this.readTimeout = TransportSettings.readTimeout(value);
            return this;
        }

        /**
         * The total deadline of one call (default 30 s; 1 ms to 1 h): waiting for a free connection, connecting,
         * sending and reading the whole answer. Parsing the answer is not included.
         *
         * @throws BbbParameterException naming {@code callTimeout} if out of range
         */
        public Builder callTimeout(Duration value) {
            this.callTimeout = TransportSettings.callTimeout(value);
            return this;
        }

        /**
         * Calls in flight to the server at once (default 20; 1 to 10,000); further calls wait for a free
         * connection within their {@link #callTimeout(Duration)}.
         *
         * @throws BbbParameterException naming {@code maxConnections} if out of range
         */
        public Builder maxConnections(int value) {
            this.maxConnections = TransportSettings.maxConnections(value);
            return this;
        }

        /**
         * The largest answer body read, in bytes (default 16 MiB; 1 KiB to 1 GiB); a larger one fails the call
         * with a {@link BbbTransportException} naming the limit, without reading the rest.
         *
         * @throws BbbParameterException naming {@code maxResponseSize} if out of range
         */
        public Builder maxResponseSize(long bytes) {
            this.maxResponseSize = TransportSettings.maxResponseSize(bytes);
            return this;
        }

        /**
         * The TLS context for https (default: the JVM's). Certificates and host names are verified either way;
         * use this to trust a private CA, not to switch verification off.
         */
        public Builder sslContext(SSLContext value) {
            this.sslContext = Objects.requireNonNull(value, "sslContext");
            return this;
        }

        /**
         * Connects through the proxy this selector chooses for the server URL (default: directly, whatever the
         * JVM's proxy settings). HTTP proxies tunnel https with {@code CONNECT}; plain http goes to the proxy as a
         * whole URL (so the proxy sees the signed URL). SOCKS proxies work too. Proxy authentication is not
         * supported. Pass {@link ProxySelector#getDefault()} to follow the JVM's {@code https.proxyHost} etc.
         */
        public Builder proxy(ProxySelector value) {
            this.proxy = Objects.requireNonNull(value, "proxy");
            return this;
        }

        /**
         * Sends through a JAX-RS client you configured yourself (e.g. a container-managed one) instead of the
         * built-in HTTP transport. {@link #callTimeout} and {@link #maxResponseSize} still apply, enforced on this
         * side (a late call fails in time, but that client may keep its connection busy until its own timeouts);
         * connect and read timeouts, pool size, TLS, proxies, retries and logging are that client's. It must not
         * follow redirects and should not repeat requests. {@link BigBlueButtonClient#close()} leaves it open.
         */
        public Builder jaxrsClient(Client value) {
            this.jaxrsClient = Objects.requireNonNull(value, "jaxrsClient");
            return this;
        }

        /**
         * @throws BbbMissingLibraryException if a library the client needs is missing from the runtime (Jakarta
         *                                   XML Binding and its implementation, a Jakarta JSON Processing
         *                                   implementation): the message names the Maven coordinates to add
         */
        public BigBlueButtonClient build() {
            RuntimeCheck.requireXmlBinding();
            RuntimeCheck.requireJsonProcessing();
            return new BigBlueButtonClient(this);
        }
    }
}
