package io.github.bbbjakarta.api;

/**
 * The server understood the call and refused it: {@code returncode=FAILED} (which BBB sends with HTTP 200),
 * or a join error redirect carrying {@code errors=[{key, message}]}.
 */
public final class BbbApiException extends BbbException {
    private static final long serialVersionUID = 1L;

    private final String call;
    private final String messageKey;
    private final String serverMessage;

    public BbbApiException(String call, String messageKey, String serverMessage) {
        super(callLabel(call) + " failed: " + messageKey + (serverMessage == null || serverMessage.isEmpty() ? "" : ": " + serverMessage));
        this.call = call;
        this.messageKey = messageKey;
        this.serverMessage = serverMessage;
    }

    /** The API call name, e.g. {@code create} or {@code getMeetingInfo}. */
    public String call() {
        return call;
    }

    /** BBB's message key, e.g. {@code checksumError}, {@code notFound}, {@code idNotUnique}. */
    public String messageKey() {
        return messageKey;
    }

    /** BBB's human-readable message, as sent (may be empty). */
    public String serverMessage() {
        return serverMessage;
    }

    /** Whether BBB rejected the checksum: a wrong shared secret or an algorithm the server does not accept. */
    public boolean isChecksumError() {
        return io.github.bbbjakarta.api.internal.Wire.Key.CHECKSUM_ERROR.equals(messageKey);
    }
}
