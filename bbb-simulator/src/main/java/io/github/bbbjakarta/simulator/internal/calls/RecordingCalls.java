package io.github.bbbjakarta.simulator.internal.calls;

import io.github.bbbjakarta.simulator.internal.http.Params;
import io.github.bbbjakarta.simulator.internal.http.SimRequest;
import io.github.bbbjakarta.simulator.internal.http.SimResponse;
import io.github.bbbjakarta.simulator.internal.wire.ApiCall;
import io.github.bbbjakarta.simulator.internal.wire.ApiParam;
import io.github.bbbjakarta.simulator.internal.wire.BbbMessage;
import io.github.bbbjakarta.simulator.internal.wire.Wire;

/**
 * The RecordingController calls against an empty recording store (recordings are not simulated yet): the
 * legacy checksum check with its own error text, the required parameters, then "no recordings" or "not found".
 * Stateless.
 */
public final class RecordingCalls {
    private final ApiContext ctx;

    public RecordingCalls(ApiContext ctx) {
        this.ctx = ctx;
    }

    /** {@code getRecordings}: always the "no recordings" answer. */
    public ApiResult getRecordings(SimRequest req, Params raw) {
        if (!checksumOk(ApiCall.GET_RECORDINGS, req, raw)) {
            return Responses.error(BbbMessage.LEGACY_CHECKSUM_ERROR);
        }
        BbbMessage none = BbbMessage.NO_RECORDINGS_FOR_MEETINGS;
        String xml = "<response><returncode>" + Wire.SUCCESS + "</returncode><recordings></recordings><messageKey>"
                + none.key() + "</messageKey><message>" + none.message() + "</message></response>";
        return new ApiResult(SimResponse.xml(xml), Wire.SUCCESS, none.key());
    }

    /** {@code publishRecordings}, {@code deleteRecordings}, {@code updateRecordings}: nothing to find. */
    public ApiResult manageRecordings(ApiCall call, SimRequest req, Params raw) {
        if (Params.isEmpty(raw.first(ApiParam.CHECKSUM))) {
            return Responses.error(BbbMessage.LEGACY_CHECKSUM_ERROR);
        }
        if (Params.isEmpty(raw.first(ApiParam.RECORD_ID))) {
            return Responses.error(BbbMessage.MISSING_PARAM_RECORD_ID);
        }
        if (call == ApiCall.PUBLISH_RECORDINGS && Params.isEmpty(raw.first(ApiParam.PUBLISH))) {
            return Responses.error(BbbMessage.MISSING_PARAM_PUBLISH);
        }
        if (!checksumOk(call, req, raw)) {
            return Responses.error(BbbMessage.LEGACY_CHECKSUM_ERROR);
        }
        return Responses.error(BbbMessage.RECORDINGS_NOT_FOUND);
    }

    private boolean checksumOk(ApiCall call, SimRequest req, Params raw) {
        if (Params.isEmpty(raw.first(ApiParam.CHECKSUM))) {
            return false;
        }
        return ctx.checksums().validateLegacy(call.callName(), req.rawQuery(), raw);
    }
}
