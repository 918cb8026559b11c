package io.github.bbbjakarta.cdi.internal;

import io.github.bbbjakarta.api.BbbApiException;
import io.github.bbbjakarta.api.BbbParameterException;
import io.github.bbbjakarta.api.BbbTransportException;
import io.github.bbbjakarta.api.BigBlueButtonClient;
import io.github.bbbjakarta.api.CreateMeetingRequest;
import io.github.bbbjakarta.api.CreateMeetingResponse;
import io.github.bbbjakarta.cdi.internal.SlowAnswerMarker.SlowAnswer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;

import java.time.temporal.ChronoUnit;

/**
 * The create call to the server, guarded by Fault Tolerance. A bean of its own, behind
 * {@link io.github.bbbjakarta.cdi.MeetingService#create}'s single-flight: callers waiting for a create in flight
 * hold no bulkhead permit and do not count for the breaker; only the one call that reaches the server does.
 * Create is idempotent with identical parameters, so it is retried like a read. Fault Tolerance settings:
 * {@code io.github.bbbjakarta.cdi.internal.MeetingCreator/create/Retry/maxRetries} etc.
 */
@ApplicationScoped
@TranslateFaults
public class MeetingCreator {
    private final BigBlueButtonClient client;

    /** For the container's proxy only. */
    protected MeetingCreator() {
        this.client = null;
    }

    /** @param client the client whose create is guarded */
    @Inject
    public MeetingCreator(BigBlueButtonClient client) {
        this.client = client;
    }

    /** Sends the create. */
    @Timeout(value = Resilience.TIMEOUT_MS, unit = ChronoUnit.MILLIS)
    @Retry(maxRetries = Resilience.MAX_RETRIES, delay = Resilience.RETRY_DELAY_MS,
            jitter = Resilience.RETRY_JITTER_MS, maxDuration = Resilience.RETRY_MAX_DURATION_MS,
            retryOn = BbbTransportException.class, abortOn = {BbbApiException.class, BbbParameterException.class, SlowAnswer.class})
    @CircuitBreaker(requestVolumeThreshold = Resilience.BREAKER_VOLUME,
            failureRatio = Resilience.BREAKER_FAILURE_RATIO, delay = Resilience.BREAKER_DELAY_MS,
            skipOn = {BbbApiException.class, BbbParameterException.class})
    @Bulkhead(Resilience.BULKHEAD)
    public CreateMeetingResponse create(CreateMeetingRequest request) {
        return client.meetings().create(request);
    }
}
