package io.github.bbbjakarta.cdi.internal;

import io.github.bbbjakarta.cdi.ConfigDurations;
import io.github.bbbjakarta.cdi.BbbConfigurationException;
import org.eclipse.microprofile.config.Config;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The {@code bbb.callback-*} configuration of the callback endpoint, read through MicroProfile Config and checked
 * at deployment beside {@link BbbSettings}. Immutable; {@link #toString()} hides the secrets.
 *
 * @param callbackUrl     the public URL of the callback endpoint, without a trailing {@code /}, if set
 * @param callbackPath    the endpoint's path under the application's JAX-RS root, without leading or trailing
 *                        {@code /}
 * @param callbackSecrets further secrets accepted on callbacks (rotation), besides {@code bbb.secret}
 * @param dedupWindow     how long the keys of handled callbacks are remembered to drop retries
 * @param webhookMaxAge   the maximum age of a webhook delivery, if limited
 */
public record CallbackSettings(Optional<String> callbackUrl, String callbackPath, List<String> callbackSecrets,
                               Duration dedupWindow, Optional<Duration> webhookMaxAge) {
    public static final String CALLBACK_URL = "bbb.callback-url";
    public static final String CALLBACK_PATH = "bbb.callback-path";
    public static final String CALLBACK_SECRETS = "bbb.callback-secrets";
    public static final String DEDUP_WINDOW = "bbb.callback-dedup-window";
    public static final String WEBHOOK_MAX_AGE = "bbb.webhook-max-age";

    /** The endpoint's default path, relative to the application's {@code @ApplicationPath}. */
    public static final String DEFAULT_PATH = io.github.bbbjakarta.cdi.BbbCallbackResource.PATH;
    public static final Duration DEFAULT_DEDUP_WINDOW = Duration.ofHours(1);

    private static final Pattern PATH = Pattern.compile("[A-Za-z0-9._~-]+(/[A-Za-z0-9._~-]+)*");

    public CallbackSettings {
        callbackSecrets = List.copyOf(callbackSecrets);
    }

    /** The settings, or the problems that prevent them. */
    public record Result(Optional<CallbackSettings> settings, List<BbbConfigurationException> problems) {
        public Result {
            problems = List.copyOf(problems);
        }

        /**
         * The settings.
         *
         * @throws BbbConfigurationException the first problem
         */
        public CallbackSettings orThrow() {
            return settings.orElseThrow(() -> problems.get(0));
        }
    }

    /** Reads and checks the callback configuration (all problems at once). */
    public static Result read(Config config) {
        List<BbbConfigurationException> problems = new ArrayList<>();
        String url = ConfigValues.optional(config, CALLBACK_URL, problems, false);
        Optional<String> callbackUrl = Optional.empty();
        if (url != null && ConfigValues.oneWord(CALLBACK_URL, url, problems)) {
            callbackUrl = callbackUrl(url.strip(), problems);
        }

        String path = ConfigValues.optional(config, CALLBACK_PATH, problems, false);
        String callbackPath = DEFAULT_PATH;
        if (path != null && ConfigValues.oneWord(CALLBACK_PATH, path, problems)) {
            String p = strip(path.strip());
            if (PATH.matcher(p).matches()
                    && Arrays.stream(p.split("/")).noneMatch(seg -> seg.equals(".") || seg.equals(".."))) {
                callbackPath = p;
            } else {
                problems.add(BbbConfigurationException.invalid(CALLBACK_PATH, "must be one or more path segments of"
                        + " letters, digits, '.', '_', '~' and '-', separated by '/' (no '.' or '..' segment), e.g. " + DEFAULT_PATH));
            }
        }

        List<String> secrets = new ArrayList<>();
        String list = ConfigValues.optional(config, CALLBACK_SECRETS, problems, true);
        if (list != null && ConfigValues.oneWord(CALLBACK_SECRETS, list.replace(",", ""), problems)) {
            Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(secrets::add);
        }

        Duration window = DEFAULT_DEDUP_WINDOW;
        String w = ConfigValues.optional(config, DEDUP_WINDOW, problems, false);
        if (w != null) {
            window = positive(DEDUP_WINDOW, w, problems);
        }
        Optional<Duration> maxAge = Optional.empty();
        String a = ConfigValues.optional(config, WEBHOOK_MAX_AGE, problems, false);
        if (a != null) {
            maxAge = Optional.ofNullable(positive(WEBHOOK_MAX_AGE, a, problems));
        }
        return problems.isEmpty()
                ? new Result(Optional.of(new CallbackSettings(callbackUrl, callbackPath, secrets, window, maxAge)), problems)
                : new Result(Optional.empty(), problems);
    }

    @Override
    public String toString() {
        return "CallbackSettings[callbackUrl=" + callbackUrl.orElse("(none)") + ", callbackPath=" + callbackPath
                + ", callbackSecrets=" + callbackSecrets.size() + ", dedupWindow=" + dedupWindow
                + ", webhookMaxAge=" + webhookMaxAge.map(Duration::toString).orElse("(none)") + "]";
    }

    private static Optional<String> callbackUrl(String url, List<BbbConfigurationException> problems) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!uri.isAbsolute() || uri.getHost() == null || !(scheme.equals("http") || scheme.equals("https"))) {
                problems.add(BbbConfigurationException.invalid(CALLBACK_URL, "must be an absolute http or https URL,"
                        + " e.g. https://lms.example.org/api/" + DEFAULT_PATH));
            } else if (uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
                problems.add(BbbConfigurationException.invalid(CALLBACK_URL,
                        "must have no query, fragment or user info: it is the base URL of the callback endpoint"));
            } else {
                return Optional.of(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
            }
        } catch (URISyntaxException e) {
            problems.add(BbbConfigurationException.invalid(CALLBACK_URL, "is not a URL"));
        }
        return Optional.empty();
    }

    private static String strip(String path) {
        int from = 0;
        int to = path.length();
        while (from < to && path.charAt(from) == '/') {
            from++;
        }
        while (to > from && path.charAt(to - 1) == '/') {
            to--;
        }
        return path.substring(from, to);
    }

    private static Duration positive(String property, String text, List<BbbConfigurationException> problems) {
        Optional<BbbConfigurationException> comment = BbbConfigurationException.ifCommentInValue(property, text);
        if (comment.isPresent()) {
            problems.add(comment.get());
            return null;
        }
        try {
            Duration d = ConfigDurations.parse(text);
            if (d.isZero() || d.isNegative()) {
                problems.add(BbbConfigurationException.invalid(property, "must be a positive duration"));
                return null;
            }
            return d;
        } catch (IllegalArgumentException e) {
            problems.add(BbbConfigurationException.invalid(property, e.getMessage()));
            return null;
        }
    }
}
