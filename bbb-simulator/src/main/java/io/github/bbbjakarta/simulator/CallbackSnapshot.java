package io.github.bbbjakarta.simulator;

import java.util.Objects;

/**
 * One outgoing callback the simulator sent (or is still retrying) to an LMS. Immutable and thread-safe.
 *
 * @param kind       which callback
 * @param method     {@code GET} or {@code POST}
 * @param url        the full URL requested (for an end callback with the added query parameters)
 * @param body       the form body of a POST ({@code signed_parameters=<JWT>}, or a webhook's
 *                   {@code domain=...&event=...&timestamp=...}), {@code null} for a GET
 * @param attempts   how many requests were made so far
 * @param lastStatus the HTTP status of the last attempt, or -1 when none answered (not sent yet, connection
 *                   error or timeout)
 * @param delivered  whether an attempt got a 2xx answer (for a {@link Kind#WEBHOOK}: 2xx or 401)
 */
public record CallbackSnapshot(Kind kind, String method, String url, String body, int attempts, int lastStatus,
                               boolean delivered) {
    public CallbackSnapshot {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(url, "url");
    }

    /** The kinds of outgoing callbacks. */
    public enum Kind {
        /** {@code meta_endCallbackUrl}: GET with {@code recordingmarks} and {@code meetingID} added. */
        END,
        /** The {@code meetingEndedURL} create parameter: GET exactly as given. */
        MEETING_ENDED_URL,
        /** {@code meta_bbb-recording-ready-url} (or a fallback): POST {@code signed_parameters=<JWT>}. */
        RECORDING_READY,
        /**
         * A bbb-webhooks event POSTed to a hook's callback URL: form body {@code domain=...&event=[...]&timestamp=...},
         * {@code checksum} added to the URL (or an {@code Authorization: Bearer} header instead).
         */
        WEBHOOK
    }

    /** The fields, with the value of a {@code checksum} query parameter hidden. */
    @Override
    public String toString() {
        return "CallbackSnapshot[kind=" + kind + ", method=" + method + ", url="
                + url.replaceAll("([?&]checksum=)[^&]*", "$1****") + ", body=" + body + ", attempts=" + attempts
                + ", lastStatus=" + lastStatus + ", delivered=" + delivered + "]";
    }
}
