package io.github.bbbjakarta.cdi.internal;

import io.github.bbbjakarta.api.BbbApiException;
import io.github.bbbjakarta.api.BbbParameterException;
import io.github.bbbjakarta.api.BbbTransportException;
import io.github.bbbjakarta.cdi.internal.SlowAnswerMarker.SlowAnswer;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;

import java.time.temporal.ChronoUnit;
import java.util.function.Supplier;

/**
 * The Fault Tolerance of the named servers' calls: the same timeout and retries as the default server's, but no
 * circuit breaker and no bulkhead. Fault Tolerance keeps a breaker's and a bulkhead's state per method of a bean
 * class, not per object (MicroProfile Fault Tolerance 3.0+, "lifecycle"), and all named servers share this class:
 * one server's outage would open the breaker for every other server. A named server that is down costs a call its
 * {@code connect-timeout}. Settings: {@code io.github.bbbjakarta.cdi.internal.NamedServerGuard/read/Retry/maxRetries}
 * and so on.
 */
@ApplicationScoped
@TranslateFaults
public class NamedServerGuard implements ServerGuard {

    @Override
    @Timeout(value = Resilience.TIMEOUT_MS, unit = ChronoUnit.MILLIS)
    @Retry(maxRetries = Resilience.MAX_RETRIES, delay = Resilience.RETRY_DELAY_MS,
            jitter = Resilience.RETRY_JITTER_MS, maxDuration = Resilience.RETRY_MAX_DURATION_MS,
            retryOn = BbbTransportException.class, abortOn = {BbbApiException.class, BbbParameterException.class, SlowAnswer.class})
    public <T> T read(Supplier<T> call) {
        return call.get();
    }

    @Override
    @Timeout(value = Resilience.TIMEOUT_MS, unit = ChronoUnit.MILLIS)
    public <T> T once(Supplier<T> call) {
        return call.get();
    }
}
