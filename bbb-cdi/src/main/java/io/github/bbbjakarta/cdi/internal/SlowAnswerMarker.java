package io.github.bbbjakarta.cdi.internal;

import io.github.bbbjakarta.api.BbbTransportException;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/**
 * Runs inside the Fault Tolerance interceptor (priority {@code PLATFORM_AFTER + 20}) and hands it a call that
 * timed out in the transport ({@code bbb.read-timeout}, {@code bbb.call-timeout}) as a {@link SlowAnswer}, which
 * the {@code @Retry} annotations list in {@code abortOn} and the breaker counts as a failure: a slow server is not
 * helped by asking again, and the page would wait twice. {@link FaultTranslator} hands the caller the original
 * {@link BbbTransportException} again. Refers to no Fault Tolerance type, so it loads without an implementation.
 */
@TranslateFaults
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER + 20)
public class SlowAnswerMarker {

    @AroundInvoke
    Object mark(InvocationContext context) throws Exception {
        try {
            return context.proceed();
        } catch (BbbTransportException e) {
            if (e.problem().startsWith("timed out")) {
                throw new SlowAnswer(e);
            }
            throw e;
        }
    }

    /** A transport timeout on its way through Fault Tolerance; never reaches the caller. */
    public static final class SlowAnswer extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SlowAnswer(BbbTransportException cause) {
            super(cause.getMessage(), cause, false, false);
        }

        BbbTransportException transportException() {
            return (BbbTransportException) getCause();
        }
    }
}
