package io.github.bbbjakarta.cdi.internal;

import io.github.bbbjakarta.api.BbbTransportException;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

/**
 * Turns Fault Tolerance's exceptions into {@link BbbTransportException} (HTTP status 0: no answer was used), keeping
 * the original as the cause. Runs outside the Fault Tolerance interceptor (priority {@code PLATFORM_AFTER} is lower
 * than Fault Tolerance's {@code PLATFORM_AFTER + 10}), so it sees what the retries and the breaker finally threw.
 */
@TranslateFaults
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER)
public class FaultTranslator {

    @AroundInvoke
    Object translate(InvocationContext context) throws Exception {
        try {
            return context.proceed();
        } catch (SlowAnswerMarker.SlowAnswer e) {
            throw e.transportException();
        } catch (FaultToleranceException e) {
            throw new BbbTransportException(callName(context.getMethod().getName()), problem(e), 0, e);
        }
    }

    /** The BBB call a service method makes, as {@link BbbTransportException#call()} names it. */
    static String callName(String method) {
        return switch (method) {
            case "checkConnection" -> "";
            case "findMeetingInfo" -> "getMeetingInfo";
            default -> method;
        };
    }

    private static String problem(FaultToleranceException e) {
        if (e instanceof CircuitBreakerOpenException) {
            return "not sent: circuit breaker open after repeated failures (Fault Tolerance CircuitBreaker)";
        }
        if (e instanceof BulkheadException) {
            return "not sent: too many concurrent calls (Fault Tolerance Bulkhead)";
        }
        if (e instanceof TimeoutException) {
            return "timed out (Fault Tolerance Timeout)";
        }
        return "Fault Tolerance: " + e.getClass().getSimpleName();
    }
}
