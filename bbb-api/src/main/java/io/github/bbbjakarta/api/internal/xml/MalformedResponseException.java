package io.github.bbbjakarta.api.internal.xml;

/** The body is not a BBB XML answer (not well-formed, beyond a limit, wrong root, no returncode). */
public final class MalformedResponseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    MalformedResponseException(String message) {
        super(message);
    }

    MalformedResponseException(String message, Throwable cause) {
        super(message, cause);
    }
}
