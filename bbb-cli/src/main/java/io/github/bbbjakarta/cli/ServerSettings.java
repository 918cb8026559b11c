package io.github.bbbjakarta.cli;

import io.github.bbbjakarta.api.BbbParameterException;
import io.github.bbbjakarta.api.BigBlueButtonClient;
import io.github.bbbjakarta.api.ChecksumAlgorithm;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The server configuration read from {@code BBB_URL}, {@code BBB_SECRET}, {@code BBB_CHECKSUM},
 * {@code BBB_HOOKS_CHECKSUM}, {@code BBB_TIMEOUT} and {@code BBB_SCALELITE}; blank values count as unset. Immutable; {@link #toString()}
 * hides the secret.
 *
 * @param url            the server URL, or {@code null} when unset
 * @param secret         the shared secret, or {@code null} when unset
 * @param algorithm      the checksum algorithm (default sha256)
 * @param hooksAlgorithm the checksum algorithm of the {@code hooks/…} calls (default sha1, as bbb-webhooks below
 *                       3.0 accepts nothing else)
 * @param timeout        how long to wait for the server, or {@code null} for the client's defaults
 * @param scalelite      whether {@code BBB_URL} is a Scalelite load balancer ({@code BBB_SCALELITE=true})
 * @param others         the names of the other {@code BBB_*} variables that are set (not blank), sorted
 */
record ServerSettings(String url, String secret, ChecksumAlgorithm algorithm, ChecksumAlgorithm hooksAlgorithm,
                      Duration timeout, boolean scalelite, List<String> others) {
    static final String PREFIX = "BBB_";
    static final String URL = "BBB_URL";
    static final String SECRET = "BBB_SECRET";
    static final String CHECKSUM = "BBB_CHECKSUM";
    static final String TIMEOUT = "BBB_TIMEOUT";
    static final String HOOKS_CHECKSUM = "BBB_HOOKS_CHECKSUM";
    static final String SCALELITE = "BBB_SCALELITE";
    /** Further secrets {@code verify-callback} accepts, e.g. the old one while rotating; comma-separated. */
    static final String EXTRA_SECRETS = "BBB_EXTRA_SECRETS";

    ServerSettings {
        others = List.copyOf(others);
    }

    /**
     * Reads the settings.
     *
     * @throws CliFailure if {@code BBB_CHECKSUM} names no known algorithm, {@code BBB_TIMEOUT} is no duration or
     *                    {@code BBB_SCALELITE} is neither true nor false
     */
    static ServerSettings from(Map<String, String> environment) {
        String checksum = value(environment, CHECKSUM).orElse("sha256");
        ChecksumAlgorithm algorithm;
        try {
            algorithm = ChecksumAlgorithm.fromName(checksum);
        } catch (BbbParameterException e) {
            throw CliFailure.usage(CHECKSUM + ": " + e.problem());
        }
        ChecksumAlgorithm hooksAlgorithm = hooksAlgorithm(HOOKS_CHECKSUM,
                value(environment, HOOKS_CHECKSUM).orElse("sha1"));
        Duration timeout;
        try {
            timeout = value(environment, TIMEOUT).map(Timeout::parse).orElse(null);
        } catch (IllegalArgumentException e) {
            throw CliFailure.usage(TIMEOUT + ": " + e.getMessage());
        }
        String scalelite = value(environment, SCALELITE).orElse("false").strip();
        if (!scalelite.equalsIgnoreCase("true") && !scalelite.equalsIgnoreCase("false")) {
            throw CliFailure.usage(SCALELITE + ": must be true or false");
        }
        List<String> others = environment.entrySet().stream()
                .filter(e -> e.getKey().startsWith(PREFIX) && !e.getKey().equals(URL))
                .filter(e -> e.getValue() != null && !e.getValue().isBlank())
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
        return new ServerSettings(value(environment, URL).orElse(null), value(environment, SECRET).orElse(null),
                algorithm, hooksAlgorithm, timeout, Boolean.parseBoolean(scalelite), others);
    }

    /**
     * The hooks checksum algorithm named {@code name}.
     *
     * @param source {@code BBB_HOOKS_CHECKSUM} or {@code --hooks-checksum}, named in the message of a bad name
     * @throws CliFailure for an unknown algorithm
     */
    static ChecksumAlgorithm hooksAlgorithm(String source, String name) {
        try {
            return ChecksumAlgorithm.fromName(name);
        } catch (BbbParameterException e) {
            throw CliFailure.usage(source + ": " + e.problem());
        }
    }

    /** These settings with {@code hooksAlgorithm} for the {@code hooks/…} calls, when it is not null. */
    ServerSettings withHooksAlgorithm(ChecksumAlgorithm hooksAlgorithm) {
        return hooksAlgorithm == null ? this
                : new ServerSettings(url, secret, algorithm, hooksAlgorithm, timeout, scalelite, others);
    }

    private static Optional<String> value(Map<String, String> environment, String name) {
        return Optional.ofNullable(environment.get(name)).filter(v -> !v.isBlank());
    }

    boolean hasUrl() {
        return url != null;
    }

    /** These settings with {@code timeout} instead of {@code BBB_TIMEOUT}'s, when {@code timeout} is not null. */
    ServerSettings withTimeout(Duration timeout) {
        return timeout == null ? this : new ServerSettings(url, secret, algorithm, hooksAlgorithm, timeout, scalelite, others);
    }

    /**
     * Refuses settings that only make sense for a real server when {@code BBB_URL} is missing: an admin who set
     * {@code BBB_SECRET} but forgot {@code BBB_URL} must not get answers from an embedded simulator.
     *
     * @throws CliFailure if {@code BBB_URL} is unset while another {@code BBB_*} variable is set
     */
    void requireUrlIfConfigured() {
        if (url == null && !others.isEmpty()) {
            throw CliFailure.usage(String.join(", ", others) + (others.size() == 1 ? " is" : " are")
                    + " set but " + URL + " is not: export " + URL + "=https://your-server/bigbluebutton/"
                    + " (or unset " + PREFIX + "* to use the embedded simulator)");
        }
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
        return client(url, secret);
    }

    /**
     * A client with these settings' algorithm and timeout; a bad URL or secret is reported naming its
     * environment variable.
     */
    private static final Duration MAX_CONNECT_TIMEOUT = Duration.ofMinutes(10);

    BigBlueButtonClient client(String url, String secret) {
        try {
            BigBlueButtonClient.Builder b = BigBlueButtonClient.builder(url, secret).checksumAlgorithm(algorithm)
                    .hooksChecksumAlgorithm(hooksAlgorithm).scalelite(scalelite);
            if (timeout != null) {
                // the whole call, and no shorter limit inside it
                b.callTimeout(timeout).readTimeout(timeout)
                        .connectTimeout(timeout.compareTo(MAX_CONNECT_TIMEOUT) < 0 ? timeout : MAX_CONNECT_TIMEOUT);
            }
            return b.build();
        } catch (BbbParameterException e) {
            String variable = switch (e.parameter()) {
                case "url" -> URL;
                case "secret" -> SECRET;
                default -> e.parameter();
            };
            throw CliFailure.usage(variable + ": " + e.problem());
        }
    }

    @Override
    public String toString() {
        return "ServerSettings[url=" + url + ", secret=" + (secret == null ? "unset" : "***") + ", checksum="
                + algorithm.bbbName() + ", hooksChecksum=" + hooksAlgorithm.bbbName() + ", timeout=" + (timeout == null ? "default" : Timeout.format(timeout))
                + (scalelite ? ", scalelite" : "") + ", others=" + others + "]";
    }
}
