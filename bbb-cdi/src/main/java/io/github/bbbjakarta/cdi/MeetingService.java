package io.github.bbbjakarta.cdi;

import io.github.bbbjakarta.api.ApiVersion;
import io.github.bbbjakarta.api.BbbApiException;
import io.github.bbbjakarta.api.BbbParameterException;
import io.github.bbbjakarta.api.BbbTransportException;
import io.github.bbbjakarta.api.BigBlueButtonClient;
import io.github.bbbjakarta.api.CreateMeetingRequest;
import io.github.bbbjakarta.api.CreateMeetingResponse;
import io.github.bbbjakarta.api.JoinMeetingRequest;
import io.github.bbbjakarta.api.JoinMeetingResponse;
import io.github.bbbjakarta.api.JoinUrl;
import io.github.bbbjakarta.api.MeetingInfo;
import io.github.bbbjakarta.cdi.internal.CallbackSupport;
import io.github.bbbjakarta.cdi.internal.CreateCoalescer;
import io.github.bbbjakarta.cdi.internal.CreatedMeetingTtl;
import io.github.bbbjakarta.cdi.internal.MeetingCreator;
import io.github.bbbjakarta.cdi.internal.Resilience;
import io.github.bbbjakarta.cdi.internal.ServerGuard;
import io.github.bbbjakarta.cdi.internal.SlowAnswerMarker.SlowAnswer;
import io.github.bbbjakarta.cdi.internal.TranslateFaults;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;

import java.net.URI;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The meeting calls of the configured BigBlueButton server (or Scalelite load balancer), for injection:
 * <pre>{@code
 * @Inject MeetingService meetings;
 *
 * CreateMeetingResponse m = meetings.create(CreateMeetingRequest.builder("abc123", "Physics 101").build());
 * JoinUrl url = meetings.joinUrl(JoinMeetingRequest.builder("abc123", "Ada", Role.MODERATOR)
 *         .userID("lms-42").createTime(m.createTime()).build());
 * }</pre>
 * Each method delegates to the shared {@link BigBlueButtonClient} (also injectable, for the {@code …Async}
 * calls), configured through MicroProfile Config:
 * <table>
 * <caption>Configuration (environment variables per MicroProfile Config, e.g. {@code BBB_CONNECT_TIMEOUT})</caption>
 * <tr><th>Property</th><th>Default</th><th>Meaning</th></tr>
 * <tr><td>{@code bbb.url}</td><td>required</td><td>server URL: {@code https://host/bigbluebutton/}, {@code …/api/} or {@code https://host}</td></tr>
 * <tr><td>{@code bbb.secret}</td><td>required</td><td>shared secret ({@code bbb-conf --secret}, or Scalelite's)</td></tr>
 * <tr><td>{@code bbb.checksum}</td><td>{@code sha256}</td><td>{@code sha1}, {@code sha256}, {@code sha384} or {@code sha512}</td></tr>
 * <tr><td>{@code bbb.connect-timeout}</td><td>{@code 5s}</td><td>duration: {@code 5s}, {@code 500ms}, {@code 1m}, {@code 1h}, ISO-8601 {@code PT5S}, or a number of milliseconds</td></tr>
 * <tr><td>{@code bbb.read-timeout}</td><td>{@code 15s}</td><td>duration, as above</td></tr>
 * <tr><td>{@code bbb.call-timeout}</td><td>{@code 30s}</td><td>duration, as above: the whole call</td></tr>
 * <tr><td>{@code bbb.scalelite}</td><td>{@code false}</td><td>{@code true} for a Scalelite load balancer: the calls
 * it does not proxy fail fast with {@link io.github.bbbjakarta.api.BbbUnsupportedCallException}</td></tr>
 * <tr><td>{@code bbb.created-meeting-ttl}</td><td>{@code 60s}</td><td>how long a created meeting answers further
 * creates of it without a call (see {@link #create(CreateMeetingRequest)}); {@code 0} turns the record off</td></tr>
 * </table>
 * A missing or unusable value fails the deployment with a {@link BbbConfigurationException} naming the property.
 * More servers: {@link BbbServers} and {@link BbbServer @BbbServer}.
 *
 * <p><b>Fault Tolerance.</b> Under MicroProfile Fault Tolerance (WildFly's {@code microprofile-fault-tolerance}
 * layer, Payara) each call to the server has a {@code @Timeout} (10 s), a {@code @CircuitBreaker} (opens when 5
 * of the last 10 calls failed, stays open 20 s; answers of the server such as {@code notFound} never count) and a
 * {@code @Bulkhead} (50 concurrent calls per method). The calls safe to repeat — {@link #checkConnection()},
 * {@link #isMeetingRunning}, {@link #getMeetingInfo}, {@link #findMeetingInfo}, {@link #getMeetings} and the create
 * behind {@link #create} — are retried twice after 200 ms ± 100 ms on a {@link BbbTransportException} other than
 * a timeout; {@link #join} and {@link #end} never are. An open breaker, a full bulkhead or a Fault Tolerance
 * timeout reach the caller as a {@link BbbTransportException} (HTTP status absent) whose cause is Fault
 * Tolerance's exception. Override through MicroProfile Config, e.g.
 * {@code io.github.bbbjakarta.cdi.MeetingService/getMeetingInfo/Retry/maxRetries=0}, for create
 * {@code io.github.bbbjakarta.cdi.internal.MeetingCreator/create/Retry/maxRetries}, for all {@code Retry/maxRetries},
 * or {@code MP_Fault_Tolerance_NonFallback_Enabled=false} to turn everything but fallbacks off. Without a Fault
 * Tolerance implementation the annotations do nothing and the calls behave as the client does.
 *
 * <p>Fires {@link MeetingCreated} and {@link MeetingEnded} synchronously; an observer's exception reaches the
 * caller. Thread-safe. Methods throw what the client throws: {@link BbbApiException} (the server said
 * {@code FAILED}), {@link BbbTransportException} (no usable answer), {@link BbbParameterException} (bad input,
 * nothing sent).
 */
@ApplicationScoped
@TranslateFaults
public class MeetingService {
    private final BigBlueButtonClient client;
    /** Sends a create: the default server's Fault Tolerance-guarded {@link MeetingCreator}, or a named server's. */
    private final Function<CreateMeetingRequest, CreateMeetingResponse> creator;
    /** {@link ServerGuard#DIRECT} for the default server (its annotations guard it), else a named server's. */
    private final ServerGuard guard;
    private final CreateCoalescer coalescer;
    private final Consumer<MeetingCreated> created;
    private final Consumer<MeetingEnded> ended;
    /**
     * Adds the callback URLs to create (with {@code bbb.callback-url}); keeps an end from being reported twice.
     * {@code null} in a {@linkplain #standalone standalone} service.
     */
    private final CallbackSupport callbacks;

    /** For the container's proxy only. */
    protected MeetingService() {
        this.client = null;
        this.creator = null;
        this.guard = null;
        this.coalescer = null;
        this.created = null;
        this.ended = null;
        this.callbacks = null;
    }

    @Inject
    MeetingService(BigBlueButtonClient client, MeetingCreator creator, Config config, CallbackSupport callbacks,
                   Event<MeetingCreated> created, Event<MeetingEnded> ended) {
        this(client, creator::create, ServerGuard.DIRECT, CreatedMeetingTtl.read(config), callbacks, created::fire,
                ended::fire);
    }

    /** A named server's service (see {@link BbbServers}): not a bean, guarded by {@code guard}. */
    MeetingService(BigBlueButtonClient client, ServerGuard guard, Duration createdMeetingTtl,
                   CallbackSupport callbacks, Consumer<MeetingCreated> created, Consumer<MeetingEnded> ended) {
        this(client, r -> guard.read(() -> client.meetings().create(r)), guard, createdMeetingTtl, callbacks,
                created, ended);
    }

    private MeetingService(BigBlueButtonClient client, Function<CreateMeetingRequest, CreateMeetingResponse> creator,
                           ServerGuard guard, Duration createdMeetingTtl, CallbackSupport callbacks,
                           Consumer<MeetingCreated> created, Consumer<MeetingEnded> ended) {
        this.client = client;
        this.callbacks = callbacks;
        this.creator = creator;
        this.guard = guard;
        this.coalescer = new CreateCoalescer(createdMeetingTtl);
        this.created = created;
        this.ended = ended;
    }

    /**
     * A service outside a CDI container (a tool, a benchmark): the same create single-flight and created-meeting
     * record as the injected one, but no Fault Tolerance (that is the container's) and no events.
     *
     * @param client            the client to call; not closed by the service
     * @param createdMeetingTtl how long a created meeting serves further creates ({@code bbb.created-meeting-ttl})
     */
    public static MeetingService standalone(BigBlueButtonClient client, Duration createdMeetingTtl) {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(createdMeetingTtl, "createdMeetingTtl");
        return new MeetingService(client, new MeetingCreator(client)::create, ServerGuard.DIRECT, createdMeetingTtl,
                null, e -> { }, e -> { });
    }

    /** The API base URL of the configured server, ending in {@code /api/}. */
    public URI apiUrl() {
        return client.apiUrl();
    }

    /**
     * Checks that the server answers and accepts our checksum.
     *
     * @return the server's version information
     * @throws BbbApiException       with {@code checksumError} if {@code bbb.secret} or {@code bbb.checksum} is wrong
     * @throws BbbTransportException if the server is unreachable
     * @see BigBlueButtonClient#checkConnection()
     */
    @Timeout(value = Resilience.TIMEOUT_MS, unit = ChronoUnit.MILLIS)
    @Retry(maxRetries = Resilience.MAX_RETRIES, delay = Resilience.RETRY_DELAY_MS,
            jitter = Resilience.RETRY_JITTER_MS, maxDuration = Resilience.RETRY_MAX_DURATION_MS,
            retryOn = BbbTransportException.class, abortOn = {BbbApiException.class, BbbParameterException.class, SlowAnswer.class})
    @CircuitBreaker(requestVolumeThreshold = Resilience.BREAKER_VOLUME,
            failureRatio = Resilience.BREAKER_FAILURE_RATIO, delay = Resilience.BREAKER_DELAY_MS,
            skipOn = {BbbApiException.class, BbbParameterException.class})
    @Bulkhead(Resilience.BULKHEAD)
    public ApiVersion checkConnection() {
        return guard.read(client::checkConnection);
    }

    /**
     * Creates a meeting, or returns the running one with the same ID (idempotent: call it before every join).
     * Fires {@link MeetingCreated} (with the request as given) unless the meeting already existed. With
     * {@code bbb.callback-url} set, sends {@code meta_endCallbackUrl} and {@code meta_bbb-recording-ready-url} of
     * {@link BbbCallbackResource} unless the request has its own.
     *
     * <p>Lecture-start storm: concurrent creates of one meeting with identical parameters send one create; the
     * others wait for its answer. For {@code bbb.created-meeting-ttl} after that, a create with identical
     * parameters is answered from this record (marked {@linkplain CreateMeetingResponse#isDuplicate() duplicate},
     * with the meeting's {@code createTime}) without a call. The record is dropped when the meeting ends
     * ({@link #end}, or any {@link MeetingEnded} event, e.g. from a callback) or the server answers
     * {@code notFound} for it; a create with other parameters is always sent. A failed create is not recorded:
     * the callers that waited for it get its exception.
     *
     * @throws BbbApiException e.g. {@code idNotUnique} when the meeting runs with other passwords
     */
    public CreateMeetingResponse create(CreateMeetingRequest request) {
        // coalesced on the caller's request: the end callback URL we add differs on every create
        CreateCoalescer.Outcome outcome = coalescer.create(request,
                r -> creator.apply(callbacks == null ? r : callbacks.addTo(r)));
        CreateMeetingResponse response = outcome.response();
        if (outcome.sent() && !response.isDuplicate()) {
            created.accept(new MeetingCreated(request, response));
        }
        return response;
    }

    /** The signed URL to send a user's browser to; computed offline, nothing is sent. A credential. */
    public JoinUrl joinUrl(JoinMeetingRequest request) {
        return client.meetings().joinUrl(request);
    }

    /**
     * Joins on the user's behalf ({@code redirect=false}) and returns the session the browser continues with.
     *
     * @throws BbbApiException e.g. {@code guestDeniedAccess}, {@code maxParticipantsReached}
     */
    @Timeout(value = Resilience.TIMEOUT_MS, unit = ChronoUnit.MILLIS)
    @CircuitBreaker(requestVolumeThreshold = Resilience.BREAKER_VOLUME,
            failureRatio = Resilience.BREAKER_FAILURE_RATIO, delay = Resilience.BREAKER_DELAY_MS,
            skipOn = {BbbApiException.class, BbbParameterException.class})
    @Bulkhead(Resilience.BULKHEAD)
    public JoinMeetingResponse join(JoinMeetingRequest request) {
        try {
            return guard.once(() -> client.meetings().join(request));
        } catch (BbbApiException e) {
            throw forgetIfNotFound(request.meetingID(), e);
        }
    }

    /**
     * Ends a meeting, then fires {@link MeetingEnded}.
     *
     * @throws BbbApiException with {@code notFound} if no such meeting exists
     */
    @Timeout(value = Resilience.TIMEOUT_MS, unit = ChronoUnit.MILLIS)
    @CircuitBreaker(requestVolumeThreshold = Resilience.BREAKER_VOLUME,
            failureRatio = Resilience.BREAKER_FAILURE_RATIO, delay = Resilience.BREAKER_DELAY_MS,
            skipOn = {BbbApiException.class, BbbParameterException.class})
    @Bulkhead(Resilience.BULKHEAD)
    public void end(String meetingID) {
        if (callbacks != null) {
            callbacks.ending(meetingID);   // the server's end callback may come before end returns: it fires nothing
        }
        try {
            guard.once(() -> {
                client.meetings().end(meetingID);
                return null;
            });
        } catch (RuntimeException e) {
            if (callbacks != null) {
                callbacks.notEnded(meetingID);
            }
            throw e instanceof BbbApiException api ? forgetIfNotFound(meetingID, api) : e;
        }
        coalescer.forget(meetingID);
        ended.accept(new MeetingEnded(meetingID));
    }

    /** Whether a client is connected to the meeting; {@code false} for an unknown meeting. */
    @Timeout(value = Resilience.TIMEOUT_MS, unit = ChronoUnit.MILLIS)
    @Retry(maxRetries = Resilience.MAX_RETRIES, delay = Resilience.RETRY_DELAY_MS,
            jitter = Resilience.RETRY_JITTER_MS, maxDuration = Resilience.RETRY_MAX_DURATION_MS,
            retryOn = BbbTransportException.class, abortOn = {BbbApiException.class, BbbParameterException.class, SlowAnswer.class})
    @CircuitBreaker(requestVolumeThreshold = Resilience.BREAKER_VOLUME,
            failureRatio = Resilience.BREAKER_FAILURE_RATIO, delay = Resilience.BREAKER_DELAY_MS,
            skipOn = {BbbApiException.class, BbbParameterException.class})
    @Bulkhead(Resilience.BULKHEAD)
    public boolean isMeetingRunning(String meetingID) {
        return guard.read(() -> client.meetings().isMeetingRunning(meetingID));
    }

    /**
     * Everything the server knows about a meeting.
     *
     * @throws BbbApiException with {@code notFound} if no such meeting exists; see {@link #findMeetingInfo(String)}
     */
    @Timeout(value = Resilience.TIMEOUT_MS, unit = ChronoUnit.MILLIS)
    @Retry(maxRetries = Resilience.MAX_RETRIES, delay = Resilience.RETRY_DELAY_MS,
            jitter = Resilience.RETRY_JITTER_MS, maxDuration = Resilience.RETRY_MAX_DURATION_MS,
            retryOn = BbbTransportException.class, abortOn = {BbbApiException.class, BbbParameterException.class, SlowAnswer.class})
    @CircuitBreaker(requestVolumeThreshold = Resilience.BREAKER_VOLUME,
            failureRatio = Resilience.BREAKER_FAILURE_RATIO, delay = Resilience.BREAKER_DELAY_MS,
            skipOn = {BbbApiException.class, BbbParameterException.class})
    @Bulkhead(Resilience.BULKHEAD)
    public MeetingInfo getMeetingInfo(String meetingID) {
        try {
            return guard.read(() -> client.meetings().getMeetingInfo(meetingID));
        } catch (BbbApiException e) {
            throw forgetIfNotFound(meetingID, e);
        }
    }

    /** {@link #getMeetingInfo(String)}, with an unknown meeting as an empty result. */
    @Timeout(value = Resilience.TIMEOUT_MS, unit = ChronoUnit.MILLIS)
    @Retry(maxRetries = Resilience.MAX_RETRIES, delay = Resilience.RETRY_DELAY_MS,
            jitter = Resilience.RETRY_JITTER_MS, maxDuration = Resilience.RETRY_MAX_DURATION_MS,
            retryOn = BbbTransportException.class, abortOn = {BbbApiException.class, BbbParameterException.class, SlowAnswer.class})
    @CircuitBreaker(requestVolumeThreshold = Resilience.BREAKER_VOLUME,
            failureRatio = Resilience.BREAKER_FAILURE_RATIO, delay = Resilience.BREAKER_DELAY_MS,
            skipOn = {BbbApiException.class, BbbParameterException.class})
    @Bulkhead(Resilience.BULKHEAD)
    public Optional<MeetingInfo> findMeetingInfo(String meetingID) {
        Optional<MeetingInfo> info = guard.read(() -> client.meetings().findMeetingInfo(meetingID));
        if (info.isEmpty()) {
            coalescer.forget(meetingID);
        }
        return info;
    }

    /** All meetings on the server (on all servers behind Scalelite). */
    @Timeout(value = Resilience.TIMEOUT_MS, unit = ChronoUnit.MILLIS)
    @Retry(maxRetries = Resilience.MAX_RETRIES, delay = Resilience.RETRY_DELAY_MS,
            jitter = Resilience.RETRY_JITTER_MS, maxDuration = Resilience.RETRY_MAX_DURATION_MS,
            retryOn = BbbTransportException.class, abortOn = {BbbApiException.class, BbbParameterException.class, SlowAnswer.class})
    @CircuitBreaker(requestVolumeThreshold = Resilience.BREAKER_VOLUME,
            failureRatio = Resilience.BREAKER_FAILURE_RATIO, delay = Resilience.BREAKER_DELAY_MS,
            skipOn = {BbbApiException.class, BbbParameterException.class})
    @Bulkhead(Resilience.BULKHEAD)
    public List<MeetingInfo> getMeetings() {
        return guard.read(() -> client.meetings().getMeetings());
    }

    /**
     * Forgets the record of a created meeting when it ended: observes {@link MeetingEnded}, whoever fired it (this
     * service, or a callback or webhook endpoint), so the next create reaches the server again.
     */
    void forgetEnded(@Observes MeetingEnded event) {
        forget(event.meetingID());
    }

    /** Drops the record of a created meeting. */
    void forget(String meetingID) {
        coalescer.forget(meetingID);
    }

    private BbbApiException forgetIfNotFound(String meetingID, BbbApiException e) {
        if ("notFound".equals(e.messageKey())) {
            coalescer.forget(meetingID);
        }
        return e;
    }

    @Override
    public String toString() {
        return "MeetingService[" + (client == null ? "proxy" : client.toString()) + "]";
    }
}
