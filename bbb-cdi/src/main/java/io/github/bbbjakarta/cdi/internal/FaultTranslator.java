package io.github.bbbjakarta.cdi.internal;

import io.github.bbbjakarta.api.BbbTransportException;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/**
 * Turns Fault Tolerance's exceptions into {@link BbbTransportException} (no HTTP status: no answer was used),
 * keeping the original as the cause, and unwraps {@link SlowAnswerMarker.SlowAnswer}. Runs outside the Fault
 * Tolerance interceptor (priority {@code PLATFORM_AFTER}, lower than Fault Tolerance's {@code PLATFORM_AFTER + 10}),
 * so it sees what the retries and the breaker finally threw. Recognises Fault Tolerance's exceptions by class name,
 * so it loads in a server without Fault Tolerance too.
 */
@TranslateFaults
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER)
public class FaultTranslator {
    private static final String FT = "org.eclipse.microprofile.faulttolerance.exceptions.";

    @AroundInvoke
    Object translate(InvocationContext context) throws Exception {
        try {
            return context.proceed();
        } catch (SlowAnswerMarker.SlowAnswer e) {
            throw e.transportException();
        } catch (RuntimeException e) {
            if (!isFaultTolerance(e.getClass())) {
                throw e;
            }
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

    private static boolean isFaultTolerance(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            if (c.getName().equals(FT + "FaultToleranceException")) {
                return true;
            }
        }
        return false;
    }

    private static String problem(RuntimeException e) {
        return switch (e.getClass().getName().substring(e.getClass().getName().lastIndexOf('.') + 1)) {
            case "CircuitBreakerOpenException" ->
                    "not sent: circuit breaker open after repeated failures (Fault Tolerance CircuitBreaker)";
            case "BulkheadException" -> "not sent: too many concurrent calls (Fault Tolerance Bulkhead)";
            case "TimeoutException" -> "timed out (Fault Tolerance Timeout)";
            default -> "Fault Tolerance: " + e.getClass().getSimpleName();
        };
    }
}
