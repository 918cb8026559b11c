package io.github.bbbjakarta.simulator.internal.calls;

import io.github.bbbjakarta.simulator.internal.digest.Digests;
import io.github.bbbjakarta.simulator.internal.http.Params;
import io.github.bbbjakarta.simulator.internal.wire.ApiParam;
import io.github.bbbjakarta.simulator.internal.wire.BbbMessage;

import java.util.List;
import java.util.Optional;

/**
 * bbb-web's checksum rule: {@code hex(H(callName + queryWithoutChecksum + secret))}, H chosen by the length
 * of the received checksum and accepted only if named in {@code supportedChecksumAlgorithms}.
 * Thread-safe (stateless apart from its configuration).
 */
public final class Checksums {
    private final String secret;
    private final String supportedAlgorithms;

    /**
     * @param secret              the shared secret; empty disables validation as in bbb-web
     * @param supportedAlgorithms comma list as in {@code bbb-web.properties}; matched with {@code String.contains}
     */
    public Checksums(String secret, String supportedAlgorithms) {
        this.secret = secret;
        this.supportedAlgorithms = supportedAlgorithms;
    }

    /**
     * Validates an ApiController call ({@code GetChecksum} + {@code GetChecksumValidator}).
     *
     * @return the violation, or empty when the checksum is valid
     */
    public Optional<BbbMessage> validate(String callName, String rawQuery, Params params) {
        List<String> provided = params.all(ApiParam.CHECKSUM);
        String checksum = Params.sanitize(provided.isEmpty() ? "" : provided.get(0));
        if (checksum.isEmpty()) {
            // @NotEmpty(key="checksumError", message="You must provide the checksum")
            return Optional.of(BbbMessage.CHECKSUM_MISSING);
        }
        if (provided.size() > 1) {
            // Hardening: more than one checksum parameter is rejected (the literal strip would remove both).
            return Optional.of(BbbMessage.CHECKSUM_MISMATCH);
        }
        if (secret.isEmpty()) {
            return Optional.empty();
        }
        String query = strip(Params.sanitize(rawQuery), checksum);
        return matches(callName, query, checksum) ? Optional.empty() : Optional.of(BbbMessage.CHECKSUM_MISMATCH);
    }

    /**
     * Validates a RecordingController call (legacy {@code ParamsProcessorUtil.isChecksumSame}: query string not
     * sanitized, checksum taken as received).
     */
    public boolean validateLegacy(String callName, String rawQuery, Params params) {
        List<String> provided = params.all(ApiParam.CHECKSUM);
        if (provided.size() > 1) {
            return false;
        }
        String checksum = provided.isEmpty() ? "" : provided.get(0);
        if (secret.isEmpty()) {
            return true;
        }
        String query = rawQuery == null ? "" : strip(rawQuery, checksum);
        return matches(callName, query, checksum);
    }

    private static String strip(String query, String checksum) {
        String pair = ApiParam.CHECKSUM + "=" + checksum;
        return query.replace("&" + pair, "").replace(pair + "&", "").replace(pair, "");
    }

    private boolean matches(String callName, String query, String checksum) {
        String algorithm = Digests.algorithmFor(checksum.length());
        if (algorithm == null || !supportedAlgorithms.contains(algorithm)) {
            return false;
        }
        return Digests.hex(algorithm, callName + query + secret).equalsIgnoreCase(checksum);
    }
}
