package io.github.bbbjakarta.cli;

import io.github.bbbjakarta.api.BbbParameterException;
import io.github.bbbjakarta.api.BigBlueButtonClient;
import io.github.bbbjakarta.api.ChecksumAlgorithm;

import java.util.Map;
import java.util.Optional;

/**
 * The server configuration read from {@code BBB_URL}, {@code BBB_SECRET} and {@code BBB_CHECKSUM}; blank values
 * count as unset. Immutable; {@link #toString()} hides the secret.
 *
 * @param url       the server URL, or {@code null} when unset
 * @param secret    the shared secret, or {@code null} when unset
 * @param algorithm the checksum algorithm (default sha256)
 */
record ServerSettings(String url, String secret, ChecksumAlgorithm algorithm) {
    static final String URL = "BBB_URL";
    static final String SECRET = "BBB_SECRET";
    static final String CHECKSUM = "BBB_CHECKSUM";

    /**
     * Reads the settings.
     *
     * @throws CliFailure if {@code BBB_CHECKSUM} names no known algorithm
     */
    static ServerSettings from(Map<String, String> environment) {
        String checksum = value(environment, CHECKSUM).orElse("sha256");
        ChecksumAlgorithm algorithm;
        try {
            algorithm = ChecksumAlgorithm.fromName(checksum);
        } catch (BbbParameterException e) {
            throw CliFailure.usage(CHECKSUM + ": unknown checksum algorithm '" + checksum
                    + "'; use one of sha1, sha256, sha384, sha512");
        }
        return new ServerSettings(value(environment, URL).orElse(null), value(environment, SECRET).orElse(null),
                algorithm);
    }

    private static Optional<String> value(Map<String, String> environment, String name) {
        return Optional.ofNullable(environment.get(name)).filter(v -> !v.isBlank());
    }

    boolean hasUrl() {
        return url != null;
    }

    /**
     * A client for the configured server.
     *
     * @param purpose why the server is needed, for the message when {@code BBB_URL} or {@code BBB_SECRET} is unset
     * @throws CliFailure if the URL or the secret is missing or unusable
     */
    BigBlueButtonClient client(String purpose) {
        if (url == null) {
            throw CliFailure.usage(URL + " is not set: " + purpose);
        }
        if (secret == null) {
            throw CliFailure.usage(SECRET + " is not set: " + purpose);
        }
        return client(url, secret, algorithm);
    }

    /** A client; a bad URL or secret is reported naming its environment variable. */
    static BigBlueButtonClient client(String url, String secret, ChecksumAlgorithm algorithm) {
        try {
            return BigBlueButtonClient.builder(url, secret).checksumAlgorithm(algorithm).build();
        } catch (BbbParameterException e) {
            String variable = switch (e.parameter()) {
                case "url" -> URL;
                case "secret" -> SECRET;
                default -> e.parameter();
            };
            String problem = e.getMessage().substring(e.getMessage().indexOf(':') + 1).strip();
            throw CliFailure.usage(variable + ": " + problem);
        }
    }

    @Override
    public String toString() {
        return "ServerSettings[url=" + url + ", secret=" + (secret == null ? "unset" : "***") + ", checksum="
                + algorithm.bbbName() + "]";
    }
}
