package io.github.bbbjakarta.cdi.internal;

import io.github.bbbjakarta.cdi.ConfigDurations;
import io.github.bbbjakarta.api.BbbParameterException;
import io.github.bbbjakarta.api.BigBlueButtonClient;
import io.github.bbbjakarta.api.ChecksumAlgorithm;
import io.github.bbbjakarta.cdi.BbbConfigurationException;
import io.github.bbbjakarta.cdi.BbbServer;
import org.eclipse.microprofile.config.Config;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * The configuration of one server: the default server's {@code bbb.*}, or a named server's
 * {@code bbb.servers.<name>.*} (same keys, same defaults; nothing is inherited from the default server). Read
 * through the MicroProfile Config API only and checked with bbb-api's own rules. The one place that knows the
 * property names and defaults. Immutable; {@link #toString()} hides the secret.
 *
 * @param server         {@link io.github.bbbjakarta.cdi.BbbServer#DEFAULT} or the server's name
 * @param url            the server URL as configured
 * @param secret         the shared secret
 * @param checksum       the checksum algorithm
 * @param hooksChecksum  the checksum algorithm of the bbb-webhooks calls
 * @param connectTimeout the connect timeout
 * @param readTimeout    the longest silence between two bytes of an answer
 * @param callTimeout    the total deadline of one call
 * @param scalelite      whether the URL is a Scalelite load balancer
 */
public record BbbSettings(String server, String url, String secret, ChecksumAlgorithm checksum, ChecksumAlgorithm hooksChecksum,
                          Duration connectTimeout, Duration readTimeout, Duration callTimeout,
                          boolean scalelite) {
    public static final String URL = "bbb.url";
    public static final String SECRET = "bbb.secret";
    public static final String CHECKSUM = "bbb.checksum";
    public static final String HOOKS_CHECKSUM = "bbb.hooks-checksum";
    public static final String CONNECT_TIMEOUT = "bbb.connect-timeout";
    public static final String READ_TIMEOUT = "bbb.read-timeout";
    public static final String CALL_TIMEOUT = "bbb.call-timeout";
    public static final String SCALELITE = "bbb.scalelite";
    /** The prefix of the named servers' properties, {@code bbb.servers.<name>.url} and so on. */
    public static final String SERVERS_PREFIX = "bbb.servers.";

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

    /** Reads and checks the default server's configuration ({@code bbb.*}). */
    public static Result read(Config config) {
        return read(config, BbbServer.DEFAULT);
    }

    /**
     * Reads and checks one server's configuration.
     *
     * @param server {@link BbbServer#DEFAULT} or a name of {@link ServerNames}
     */
    public static Result read(Config config, String server) {
        List<BbbConfigurationException> problems = new ArrayList<>();
        String urlKey = property(server, URL);
        String secretKey = property(server, SECRET);
        String url = required(config, urlKey, problems, false);
        String secret = required(config, secretKey, problems, true);
        if (url != null && ConfigValues.oneWord(urlKey, url, problems)) {
            valid(urlKey, () -> BigBlueButtonClient.builder(url, SOME_SECRET), problems);
        }
        if (secret != null && ConfigValues.oneWord(secretKey, secret, problems)) {
            valid(secretKey, () -> BigBlueButtonClient.builder(SOME_URL, secret), problems);
        }

        ChecksumAlgorithm checksum = algorithm(config, property(server, CHECKSUM), ChecksumAlgorithm.SHA256, problems);
        ChecksumAlgorithm hooksChecksum = algorithm(config, property(server, HOOKS_CHECKSUM),
                BigBlueButtonClient.DEFAULT_HOOKS_CHECKSUM_ALGORITHM, problems);
        Duration connect = timeout(config, property(server, CONNECT_TIMEOUT), BigBlueButtonClient.DEFAULT_CONNECT_TIMEOUT,
                BigBlueButtonClient.Builder::connectTimeout, problems);
        Duration read = timeout(config, property(server, READ_TIMEOUT), BigBlueButtonClient.DEFAULT_READ_TIMEOUT,
                BigBlueButtonClient.Builder::readTimeout, problems);
        Duration call = timeout(config, property(server, CALL_TIMEOUT), BigBlueButtonClient.DEFAULT_CALL_TIMEOUT,
                BigBlueButtonClient.Builder::callTimeout, problems);
        boolean scalelite = flag(config, property(server, SCALELITE), problems);
        return problems.isEmpty()
                ? new Result(Optional.of(new BbbSettings(server, url, secret, checksum, hooksChecksum, connect, read,
                call, scalelite)), problems)
                : new Result(Optional.empty(), problems);
    }

    /**
     * A server's property: {@code property(DEFAULT, "bbb.url")} is {@code bbb.url},
     * {@code property("east", "bbb.url")} is {@code bbb.servers.east.url}.
     *
     * @param defaultProperty the default server's property, one of this class's constants
     */
    public static String property(String server, String defaultProperty) {
        return BbbServer.DEFAULT.equals(server) ? defaultProperty
                : SERVERS_PREFIX + server + "." + defaultProperty.substring("bbb.".length());
    }

    /** A client builder with these settings. */
    public BigBlueButtonClient.Builder clientBuilder() {
        return BigBlueButtonClient.builder(url, secret)
                .scalelite(scalelite)
                .checksumAlgorithm(checksum)
                .hooksChecksumAlgorithm(hooksChecksum)
                .connectTimeout(connectTimeout)
                .readTimeout(readTimeout)
                .callTimeout(callTimeout);
    }

    @Override
    public String toString() {
        return "BbbSettings[" + (BbbServer.DEFAULT.equals(server) ? "" : "server=" + server + ", ") + "url=" + url
                + ", secret=***, checksum=" + checksum.bbbName()
                + ", hooksChecksum=" + hooksChecksum.bbbName()
                + ", connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout
                + ", callTimeout=" + callTimeout + (scalelite ? ", scalelite" : "") + "]";
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

    /** A duration the client builder accepts (checked by it), or {@code null} after a problem. */
    private static Duration timeout(Config config, String property, Duration fallback,
                                    BiFunction<BigBlueButtonClient.Builder, Duration, ?> setter,
                                    List<BbbConfigurationException> problems) {
        String text = text(config, property, problems);
        if (text == null) {
            return fallback;
        }
        Duration value;
        try {
            value = ConfigDurations.parse(text);
        } catch (IllegalArgumentException e) {
            problems.add(BbbConfigurationException.invalid(property, e.getMessage()));
            return null;
        }
        valid(property, () -> setter.apply(someBuilder(), value), problems);
        return value;
    }

    /** {@code true} or {@code false} (any case); unset is {@code false}. */
    private static boolean flag(Config config, String property, List<BbbConfigurationException> problems) {
        String text = text(config, property, problems);
        if (text == null) {
            return false;
        }
        if (!text.strip().equalsIgnoreCase("true") && !text.strip().equalsIgnoreCase("false")) {
            problems.add(BbbConfigurationException.invalid(property, "must be true or false"));
            return false;
        }
        return Boolean.parseBoolean(text.strip());
    }
}
