package io.github.bbbjakarta.simulator;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One API request the simulator received, with the answer it gave. Immutable and thread-safe.
 *
 * @param time       when the request arrived (simulator clock)
 * @param method     HTTP method
 * @param path       request path, e.g. {@code /bigbluebutton/api/create}
 * @param callName   API call name derived from the path ({@code ""} for the API root, {@code hooks/create} ...)
 * @param rawQuery   the query string exactly as received ({@code ""} when there was none)
 * @param params     all decoded parameters (query, then form body) in arrival order
 * @param bodySize   size of the request body in bytes
 * @param status     HTTP status answered ({@code 0} when the connection was dropped)
 * @param returnCode {@code SUCCESS}, {@code FAILED}, or {@code null} when the answer was not an API answer
 *                   (stub, HTTP error)
 * @param messageKey the messageKey answered (also of a redirect with errors), or {@code null}
 * @param stub       description of the stub that answered (e.g. {@code badGateway}), or {@code null}
 */
public record JournalEntry(Instant time, String method, String path, String callName, String rawQuery,
                           List<Parameter> params, int bodySize, int status, String returnCode, String messageKey,
                           String stub) {
    public JournalEntry {
        Objects.requireNonNull(time, "time");
        params = List.copyOf(params);
    }

    /** {@code "SUCCESS"} for a successful API answer, else the messageKey, {@code "STUB:<kind>"} or {@code "HTTP <status>"}. */
    public String outcome() {
        if (stub != null) {
            return "STUB:" + stub;
        }
        if ("SUCCESS".equals(returnCode)) {
            return "SUCCESS";
        }
        if (messageKey != null) {
            return messageKey;
        }
        return "HTTP " + status;
    }

    /** First decoded value of a parameter. */
    public Optional<String> param(String name) {
        return params.stream().filter(p -> p.name().equals(name)).map(Parameter::value).findFirst();
    }
}
