package io.github.bbbjakarta.api;

import java.util.OptionalInt;

/**
 * The call did not get a usable BBB answer: connection refused, a timeout, an HTTP error status, or a body
 * that is not well-formed BBB XML (an nginx HTML error page, a truncated document).
 */
public final class BbbTransportException extends BbbException {
    private static final long serialVersionUID = 1L;

    private final String call;
    private final int httpStatus;
    private final String problem;

    /**
     * @param call       the call name
     * @param message    what happened, free of credentials
     * @param httpStatus the HTTP status, 0 when there was no answer
     * @param cause      the underlying failure, or {@code null}
     */
    public BbbTransportException(String call, String message, int httpStatus, Throwable cause) {
        super(callLabel(call) + ": " + message, cause);
        this.call = call;
        this.httpStatus = httpStatus;
        this.problem = message;
    }

    /** The API call name. */
    public String call() {
        return call;
    }

    /** What went wrong, without the call name, e.g. {@code cannot connect: …} or {@code HTTP 502 …}. */
    public String problem() {
        return problem;
    }

    /** The HTTP status, if the server answered at all. */
    public OptionalInt httpStatus() {
        return httpStatus > 0 ? OptionalInt.of(httpStatus) : OptionalInt.empty();
    }
}
