package io.github.bbbjakarta.api;

/**
 * Root of every exception this library throws. Unchecked. Messages never hold the shared secret, a
 * checksum or a signed URL.
 */
public abstract class BbbException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message what went wrong, free of credentials */
    protected BbbException(String message) {
        super(message);
    }

    /**
     * @param message what went wrong, free of credentials
     * @param cause   the underlying failure
     */
    protected BbbException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The call name as messages show it: the API root's call name is empty. */
    static String callLabel(String call) {
        return call == null || call.isEmpty() ? "API root" : call;
    }
}
