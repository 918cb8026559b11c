package io.github.bbbjakarta.api;

import io.github.bbbjakarta.api.internal.Redaction;

/**
 * The server understood the call and refused it: {@code returncode=FAILED} (which BBB sends with HTTP 200),
 * or a join error redirect carrying {@code errors=[{key, message}]}.
 */
public final class BbbApiException extends BbbException {
    private static final long serialVersionUID = 1L;

    private final String call;
    private final String messageKey;
    private final String serverMessage;

    /**
     * @param call          the call name
     * @param messageKey    BBB's message key
     * @param serverMessage BBB's message; credentials in it (a proxy or server echoing the signed request) are
     *                      redacted before they reach this exception
     */
    public BbbApiException(String call, String messageKey, String serverMessage) {
        super(message(call, messageKey, Redaction.redact(serverMessage)));
        this.call = call;
        this.messageKey = messageKey;
        this.serverMessage = Redaction.redact(serverMessage);
    }

    private static String message(String call, String messageKey, String serverMessage) {
        return callLabel(call) + " failed: " + messageKey
                + (serverMessage == null || serverMessage.isEmpty() ? "" : ": " + serverMessage);
    }

    /** The API call name, e.g. {@code create} or {@code getMeetingInfo}. */
    public String call() {
        return call;
    }

    /** BBB's message key, e.g. {@code checksumError}, {@code notFound}, {@code idNotUnique}. */
    public String messageKey() {
        return messageKey;
    }

    /** BBB's human-readable message as sent, with any credential values redacted (may be empty). */
    public String serverMessage() {
        return serverMessage;
    }

    /** Whether BBB rejected the checksum: a wrong shared secret or an algorithm the server does not accept. */
    public boolean isChecksumError() {
        return io.github.bbbjakarta.api.internal.Wire.Key.CHECKSUM_ERROR.equals(messageKey);
    }
}
