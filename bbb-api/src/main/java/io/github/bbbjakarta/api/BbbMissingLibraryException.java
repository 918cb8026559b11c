package io.github.bbbjakarta.api;

/**
 * The client cannot work in this runtime: a library it needs is missing (e.g. no Jakarta XML Binding
 * implementation in plain Java SE). Thrown by {@link BigBlueButtonClient.Builder#build()}, before any call; the
 * message names the Maven coordinates to add.
 */
public final class BbbMissingLibraryException extends BbbException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message what is missing and the Maven coordinates to add
     * @param cause   the original failure
     */
    public BbbMissingLibraryException(String message, Throwable cause) {
        super(message, cause);
    }
}
