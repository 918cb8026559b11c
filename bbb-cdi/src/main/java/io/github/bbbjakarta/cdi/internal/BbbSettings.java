package io.github.bbbjakarta.cdi.internal;

import io.github.bbbjakarta.cdi.ConfigDurations;
import io.github.bbbjakarta.api.BbbParameterException;
import io.github.bbbjakarta.api.BigBlueButtonClient;
import io.github.bbbjakarta.api.ChecksumAlgorithm;
import io.github.bbbjakarta.cdi.BbbConfigurationException;
import org.eclipse.microprofile.config.Config;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The {@code bbb.*} configuration, read through the MicroProfile Config API only and checked with bbb-api's own
 * rules. The one place that knows the property names and defaults. Immutable; {@link #toString()} hides the
 * secret.
 *
 * @param url            the server URL as configured
 * @param secret         the shared secret
 * @param checksum       the checksum algorithm
 * @param hooksChecksum  the checksum algorithm of the bbb-webhooks calls
 * @param connectTimeout the connect timeout
 * @param readTimeout    the longest silence between two bytes of an answer
 * @param callTimeout    the total deadline of one call
 */
public record BbbSettings(String url, String secret, ChecksumAlgorithm checksum, ChecksumAlgorithm hooksChecksum,
                          Duration connectTimeout, Duration readTimeout, Duration callTimeout) {
    public static final String URL = "bbb.url";
    public static final String SECRET = "bbb.secret";
    public static final String CHECKSUM = "bbb.checksum";
    public static final String HOOKS_CHECKSUM = "bbb.hooks-checksum";
    public static final String CONNECT_TIMEOUT = "bbb.connect-timeout";
    public static final String READ_TIMEOUT = "bbb.read-timeout";
    public static final String CALL_TIMEOUT = "bbb.call-timeout";

    /** Stand-ins that pass bbb-api's checks, to check one value at a time. */
    private static final String SOME_URL = "https://bbb.invalid/bigbluebutton/";
    private static final String SOME_SECRET = "placeholder";

    /** The settings, or the problems that prevent them (all of them, to fix in one go). */
    public record Result(Optional<BbbSettings> settings, List<BbbConfigurationException> problems) {
        public Result {
            problems = List.copyOf(problems);
        }

        /**
         * The settings.
         *
         * @throws BbbConfigurationException the first problem
         */
        public BbbSettings orThrow() {
            return settings.orElseThrow(() -> problems.get(0));
        }
    }

    /** Reads and checks the configuration. */
    public static Result read(Config config) {
        List<BbbConfigurationException> problems = new ArrayList<>();
        String url = required(config, URL, problems, false);
        String secret = required(config, SECRET, problems, true);
        if (url != null && ConfigValues.oneWord(URL, url, problems)) {
            valid(URL, () -> BigBlueButtonClient.builder(url, SOME_SECRET), problems);
        }
        if (secret != null && ConfigValues.oneWord(SECRET, secret, problems)) {
            valid(SECRET, () -> BigBlueButtonClient.builder(SOME_URL, secret), problems);
        }

        ChecksumAlgorithm checksum = algorithm(config, CHECKSUM, ChecksumAlgorithm.SHA256, problems);
        ChecksumAlgorithm hooksChecksum = algorithm(config, HOOKS_CHECKSUM,
                BigBlueButtonClient.DEFAULT_HOOKS_CHECKSUM_ALGORITHM, problems);
        Duration connect = duration(config, CONNECT_TIMEOUT, BigBlueButtonClient.DEFAULT_CONNECT_TIMEOUT, problems);
        Duration read = duration(config, READ_TIMEOUT, BigBlueButtonClient.DEFAULT_READ_TIMEOUT, problems);
        if (connect != null) {
            valid(CONNECT_TIMEOUT, () -> someBuilder().connectTimeout(connect), problems);
        }
        if (read != null) {
            valid(READ_TIMEOUT, () -> someBuilder().readTimeout(read), problems);
        }
        Duration call = duration(config, CALL_TIMEOUT, BigBlueButtonClient.DEFAULT_CALL_TIMEOUT, problems);
        if (call != null) {
            valid(CALL_TIMEOUT, () -> someBuilder().callTimeout(call), problems);
        }
        return problems.isEmpty()
                ? new Result(Optional.of(new BbbSettings(url, secret, checksum, hooksChecksum, connect, read, call)), problems)
                : new Result(Optional.empty(), problems);
    }

    /** A client builder with these settings. */
    public BigBlueButtonClient.Builder clientBuilder() {
        return BigBlueButtonClient.builder(url, secret)
                .checksumAlgorithm(checksum)
                .hooksChecksumAlgorithm(hooksChecksum)
                .connectTimeout(connectTimeout)
                .readTimeout(readTimeout)
                .callTimeout(callTimeout);
    }

    @Override
    public String toString() {
        return "BbbSettings[url=" + url + ", secret=***, checksum=" + checksum.bbbName()
                + ", hooksChecksum=" + hooksChecksum.bbbName()
                + ", connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout
                + ", callTimeout=" + callTimeout + "]";
    }

    private static ChecksumAlgorithm algorithm(Config config, String property, ChecksumAlgorithm fallback,
                                               List<BbbConfigurationException> problems) {
        String name = text(config, property, problems);
        if (name == null) {
            return fallback;
        }
        try {
            return ChecksumAlgorithm.fromName(name);
        } catch (BbbParameterException e) {
            problems.add(BbbConfigurationException.invalid(property, e.problem()));
            return fallback;
        }
    }

    private static BigBlueButtonClient.Builder someBuilder() {
        return BigBlueButtonClient.builder(SOME_URL, SOME_SECRET);
    }

    /** Runs one of bbb-api's checks; its messages never quote the secret. */
    private static void valid(String property, Supplier<?> check, List<BbbConfigurationException> problems) {
        try {
            check.get();
        } catch (BbbParameterException e) {
            problems.add(BbbConfigurationException.invalid(property, e.problem()));
        }
    }

    private static String required(Config config, String property, List<BbbConfigurationException> problems,
                                   boolean secret) {
        String value = ConfigValues.optional(config, property, problems, secret);
        if (value == null && problems.stream().noneMatch(p -> p.property().equals(property))) {
            problems.add(BbbConfigurationException.notSet(property));
        }
        return value;
    }

    /** A value that is not a secret, or {@code null} when unset or unusable (a comment after it, too). */
    private static String text(Config config, String property, List<BbbConfigurationException> problems) {
        String value = ConfigValues.optional(config, property, problems, false);
        Optional<BbbConfigurationException> comment = BbbConfigurationException.ifCommentInValue(property, value);
        comment.ifPresent(problems::add);
        return comment.isPresent() ? null : value;
    }

    private static Duration duration(Config config, String property, Duration fallback,
                                     List<BbbConfigurationException> problems) {
        String text = text(config, property, problems);
        if (text == null) {
            return fallback;
        }
        try {
            return ConfigDurations.parse(text);
        } catch (IllegalArgumentException e) {
            problems.add(BbbConfigurationException.invalid(property, e.getMessage()));
            return null;
        }
    }
}
