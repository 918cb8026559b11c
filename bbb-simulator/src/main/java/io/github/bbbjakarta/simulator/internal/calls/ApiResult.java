package io.github.bbbjakarta.simulator.internal.calls;

import io.github.bbbjakarta.simulator.internal.http.SimResponse;

/**
 * The answer to an API call plus what the journal records about it. Immutable.
 *
 * @param response   what to send
 * @param returnCode {@code SUCCESS}/{@code FAILED}, or {@code null} for a non-API answer (HTTP error)
 * @param messageKey the messageKey of the answer, or {@code null}
 */
public record ApiResult(SimResponse response, String returnCode, String messageKey) {
}
