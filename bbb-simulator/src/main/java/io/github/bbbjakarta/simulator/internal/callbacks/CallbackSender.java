package io.github.bbbjakarta.simulator.internal.callbacks;

import io.github.bbbjakarta.simulator.CallbackSnapshot;
import io.github.bbbjakarta.simulator.internal.state.Meeting;
import io.github.bbbjakarta.simulator.internal.state.StoredRecording;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The simulator's outgoing callbacks to an LMS (bbb-web {@code CallbackUrlService} and the recording server's
 * {@code post_publish_recording_ready_callback.rb}) and bbb-webhooks' event POSTs. Requests are sent
 * asynchronously on daemon threads, never on an API request's thread, and never wait for each other.
 * Thread-safe.
 */
public final class CallbackSender {
    /** The reference's retry schedule: 30 s, 60 s, 120 s, 300 s, then give up. */
    public static final List<Duration> DEFAULT_RETRY_DELAYS = List.of(Duration.ofSeconds(30), Duration.ofSeconds(60),
            Duration.ofSeconds(120), Duration.ofSeconds(300));
    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    /** Metadata keys (lower-cased, without {@code meta_}) of the recording-ready URL, in order of preference. */
    private static final List<String> RECORDING_READY_KEYS = List.of("bbb-recording-ready-url",
            "bn-recording-ready-url", "canvas-recording-ready-url");
    private static final String END_CALLBACK_KEY = "endcallbackurl";
    private static final String MEETING_ENDED_URL = "meetingEndedURL";

    private final String secret;
    private final List<Duration> retryDelays;
    private final HttpClient http;
    private final HttpClient following;
    private Runnable onReset = () -> { };
    private final List<Delivery> deliveries = new ArrayList<>();
    private ScheduledExecutorService executor;
    private static final AtomicInteger THREADS = new AtomicInteger();

    /** One callback and its progress; guarded by the sender's lock. */
    private static final class Delivery {
        final CallbackSnapshot.Kind kind;
        final String method;
        final String url;
        final String body;
        /** Extra request headers (a webhook's {@code Authorization}); never shown in snapshots. */
        Map<String, String> headers = Map.of();
        /** The waits before each retry. */
        List<Duration> delays;
        /** Whether a 401 answer counts as delivered (bbb-webhooks). */
        boolean accept401;
        /** Whether redirects are followed (bbb-webhooks: yes; bbb-web's callbacks: no). */
        boolean followRedirects;
        /** Runs once when every attempt failed; {@code null} for none. */
        Runnable onGiveUp;
        int attempts;
        int lastStatus = -1;
        boolean delivered;

        Delivery(CallbackSnapshot.Kind kind, String method, String url, String body) {
            this.kind = kind;
            this.method = method;
            this.url = url;
            this.body = body;
        }
    }

    public CallbackSender(String secret, List<Duration> retryDelays) {
        this.secret = secret;
        this.retryDelays = List.copyOf(retryDelays);
        this.http = HttpClient.newBuilder().connectTimeout(TIMEOUT).followRedirects(HttpClient.Redirect.NEVER)
                .executor(java.util.concurrent.Executors.newCachedThreadPool(CallbackSender::daemon)).build();
        this.following = HttpClient.newBuilder().connectTimeout(TIMEOUT).followRedirects(HttpClient.Redirect.NORMAL)
                .executor(java.util.concurrent.Executors.newCachedThreadPool(CallbackSender::daemon)).build();
        this.executor = newExecutor();
    }

    private static Thread daemon(Runnable r) {
        Thread t = new Thread(r, "bbb-simulator-callback-" + THREADS.incrementAndGet());
        t.setDaemon(true);
        return t;
    }

    private static ScheduledExecutorService newExecutor() {
        ScheduledThreadPoolExecutor e = new ScheduledThreadPoolExecutor(2, CallbackSender::daemon);
        e.setRemoveOnCancelPolicy(true);
        return e;
    }

    /**
     * A non-breakout meeting ended: the end callback ({@code meta_endCallbackUrl} + {@code recordingmarks} and
     * {@code meetingID}) and the {@code meetingEndedURL} GET, when the meeting has them.
     *
     * @param recordingMarks whether recording was ever started in the meeting
     */
    public void meetingEnded(Meeting meeting, boolean recordingMarks) {
        if (meeting.spec().breakout()) {
            return;
        }
        String end = meeting.spec().metadata().get(END_CALLBACK_KEY);
        if (end != null && !end.isEmpty()) {
            String url = end + (end.contains("?") ? "&" : "?") + "recordingmarks=" + recordingMarks + "&meetingID="
                    + URLEncoder.encode(meeting.externalId(), StandardCharsets.UTF_8);
            submit(new Delivery(CallbackSnapshot.Kind.END, "GET", url, null), true);
        }
        meeting.spec().createParams().stream().filter(p -> MEETING_ENDED_URL.equals(p.name()))
                .map(p -> p.value()).filter(v -> !v.isEmpty()).findFirst()
                .ifPresent(u -> submit(new Delivery(CallbackSnapshot.Kind.MEETING_ENDED_URL, "GET", u, null), true));
    }

    /** A recording was published by its processing: the recording-ready POST, when its metadata asks for one. */
    public void recordingPublished(StoredRecording r) {
        Map<String, String> meta = r.metadata();
        String url = RECORDING_READY_KEYS.stream().map(meta::get).filter(u -> u != null && !u.isEmpty())
                .findFirst().orElse(null);
        if (url == null) {
            return;
        }
        String jwt = Jwt.hs256("{\"meeting_id\":" + Jwt.jsonString(r.meetingID()) + ",\"record_id\":"
                + Jwt.jsonString(r.recordID()) + "}", secret);
        submit(new Delivery(CallbackSnapshot.Kind.RECORDING_READY, "POST", url,
                "signed_parameters=" + URLEncoder.encode(jwt, StandardCharsets.UTF_8)), false);
    }

    /**
     * A bbb-webhooks event POST ({@code callback-emitter.js}): tried at once, then after each of the delays until
     * an answer is 2xx or 401; redirects are followed. The form body is sent unchanged on every attempt.
     *
     * @param headers  extra headers (the {@code Authorization: Bearer} variant), not kept in snapshots
     * @param onGiveUp runs once when the last attempt failed (bbb-webhooks then removes the hook)
     */
    public void webhook(String url, String body, Map<String, String> headers, List<Duration> delays,
                        Runnable onGiveUp) {
        Delivery d = new Delivery(CallbackSnapshot.Kind.WEBHOOK, "POST", url, body);
        d.headers = Map.copyOf(headers);
        d.delays = List.copyOf(delays);
        d.accept401 = true;
        d.followRedirects = true;
        d.onGiveUp = onGiveUp;
        submit(d, true);
    }

    /** Sets what runs when {@link #reset()} forgets the callbacks (webhook state tied to them). */
    public synchronized void onReset(Runnable listener) {
        this.onReset = java.util.Objects.requireNonNull(listener);
    }

    private synchronized void submit(Delivery d, boolean retry) {
        ScheduledExecutorService e = executor;
        if (e.isShutdown()) {
            return;
        }
        if (d.delays == null) {
            d.delays = retry ? retryDelays : List.of();
        }
        deliveries.add(d);
        e.execute(() -> attempt(d, 0, e));
    }

    /**
     * Sends one attempt without holding a thread while it waits (so a slow or silent LMS delays no other callback);
     * the answer is handled on the HTTP client's threads.
     */
    private void attempt(Delivery d, int done, ScheduledExecutorService e) {
        CompletableFuture<Integer> status;
        try {
            status = (d.followRedirects ? following : http).sendAsync(request(d),
                    HttpResponse.BodyHandlers.discarding()).thenApply(HttpResponse::statusCode);
        } catch (RuntimeException ex) {
            status = CompletableFuture.completedFuture(-1);
        }
        status.exceptionally(ex -> -1).thenAccept(s -> completed(d, done, e, s));
    }

    private void completed(Delivery d, int done, ScheduledExecutorService e, int status) {
        Runnable giveUp = null;
        synchronized (this) {
            if (e != executor || e.isShutdown()) {
                return;
            }
            d.attempts++;
            d.lastStatus = status;
            d.delivered = status >= 200 && status < 300 || d.accept401 && status == 401;
            if (d.delivered) {
                return;
            }
            if (done >= d.delays.size()) {
                giveUp = d.onGiveUp;
            } else {
                e.schedule(() -> attempt(d, done + 1, e), d.delays.get(done).toMillis(), TimeUnit.MILLISECONDS);
            }
        }
        if (giveUp != null) {
            giveUp.run();
        }
    }

    private static HttpRequest request(Delivery d) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(d.url)).timeout(TIMEOUT);
        if (d.body == null) {
            b.GET();
        } else {
            b.setHeader("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(d.body, StandardCharsets.UTF_8));
        }
        d.headers.forEach(b::setHeader);
        return b.build();
    }

    /** The callbacks so far, oldest first. */
    public synchronized List<CallbackSnapshot> snapshots() {
        return deliveries.stream().map(d -> new CallbackSnapshot(d.kind, d.method, d.url, d.body, d.attempts,
                d.lastStatus, d.delivered)).toList();
    }

    /** Forgets all callbacks and cancels pending retries. */
    public void reset() {
        Runnable listener;
        synchronized (this) {
            executor.shutdownNow();
            executor = newExecutor();
            deliveries.clear();
            listener = onReset;
        }
        listener.run();
    }

    /** Cancels pending retries for good (the simulator stopped). */
    public synchronized void close() {
        executor.shutdownNow();
    }

    /** HS256 JSON Web Tokens as Ruby's {@code jwt} gem writes them. */
    static final class Jwt {
        private Jwt() {
        }

        /**
         * {@code JWT.encode(payload, secret)} with ruby-jwt's default header {@code {"alg":"HS256"}} (no
         * {@code typ}); base64url without padding.
         */
        static String hs256(String payloadJson, String secret) {
            Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
            String signingInput = b64.encodeToString("{\"alg\":\"HS256\"}".getBytes(StandardCharsets.UTF_8)) + "."
                    + b64.encodeToString(payloadJson.getBytes(StandardCharsets.UTF_8));
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
                return signingInput + "." + b64.encodeToString(
                        mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII)));
            } catch (java.security.GeneralSecurityException ex) {
                throw new IllegalStateException("HmacSHA256 unavailable", ex);
            }
        }

        /** A JSON string literal as Ruby's {@code to_json} writes it (UTF-8 kept, {@code "}, {@code \} and controls escaped). */
        static String jsonString(String s) {
            StringBuilder b = new StringBuilder("\"");
            for (char c : s.toCharArray()) {
                switch (c) {
                    case '"' -> b.append("\\\"");
                    case '\\' -> b.append("\\\\");
                    case '\n' -> b.append("\\n");
                    case '\r' -> b.append("\\r");
                    case '\t' -> b.append("\\t");
                    case '\b' -> b.append("\\b");
                    case '\f' -> b.append("\\f");
                    default -> {
                        if (c < 0x20) {
                            b.append(String.format("\\u%04x", (int) c));
                        } else {
                            b.append(c);
                        }
                    }
                }
            }
            return b.append('"').toString();
        }
    }
}
