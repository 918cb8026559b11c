package io.github.bbbjakarta.simulator.internal.calls;

import io.github.bbbjakarta.simulator.internal.http.Params;
import io.github.bbbjakarta.simulator.internal.http.SimRequest;
import io.github.bbbjakarta.simulator.internal.wire.ApiParam;
import io.github.bbbjakarta.simulator.internal.wire.BbbMessage;

import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * bbb-web's {@code ValidationService.validate} for ApiController calls: the checksum group first and alone,
 * then the request's constraints on the sanitized parameters, answered as the first HashMap entry.
 */
final class ApiValidation {
    private ApiValidation() {
    }

    /**
     * @param constraints adds the call's violations, given the sanitized parameters
     * @return the (messageKey, message) bbb-web reports, or empty when the request is valid
     */
    static Optional<Map.Entry<String, String>> validate(ApiContext ctx, String callName, SimRequest req,
                                                        Params raw, BiConsumer<Params, Violations> constraints) {
        Params s = raw.sanitized();
        Optional<BbbMessage> checksum = ctx.checksums().validate(callName, req.rawQuery(), s);
        if (checksum.isPresent()) {
            return Optional.of(Map.entry(checksum.get().key(), checksum.get().message()));
        }
        Violations v = new Violations();
        if (s.has(ApiParam.PRESENTATION_UPLOAD_EXTERNAL_URL)) {
            // bbb-web takes this branch instead of the request's constraints (checksum kept here).
            v.addIf(!Constraints.isValidUrl(s.first(ApiParam.PRESENTATION_UPLOAD_EXTERNAL_URL)),
                    BbbMessage.PRESENTATION_UPLOAD_EXTERNAL_URL_INVALID);
        } else {
            constraints.accept(s, v);
        }
        return v.first();
    }
}
