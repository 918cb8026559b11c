package io.github.bbbjakarta.lms.internal;

import io.github.bbbjakarta.cdi.BbbConfigurationException;
import io.github.bbbjakarta.cdi.ConfigDurations;
import org.eclipse.microprofile.config.Config;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The {@code bbb.lms.*} settings of the join decision (schedules, waiting for the moderator, guest links), read
 * through the MicroProfile Config API only. The one place that knows these property names and defaults. Immutable;
 * {@link #toString()} hides the guest-link key.
 *
 * @param waitForModerator     default of "viewers wait for a moderator"
 * @param moderatorEarlyJoin   default of how long before the opening time moderators may join
 * @param durationCompensation minutes added to the time left until the closing time, for create's {@code duration}
 * @param pollInterval         how long a waiting page waits before asking again
 * @param meetingInfoCacheTtl  how long one getMeetingInfo answer serves all waiting users of a meeting
 * @param guestLinkKey         the HMAC key of guest links; empty when guest links are off
 */
public record JoinConfig(boolean waitForModerator, Duration moderatorEarlyJoin, Duration durationCompensation,
                         Duration pollInterval, Duration meetingInfoCacheTtl, Optional<String> guestLinkKey) {
    public static final String WAIT_FOR_MODERATOR = "bbb.lms.wait-for-moderator";
    public static final String MODERATOR_EARLY_JOIN = "bbb.lms.moderator-early-join";
    public static final String DURATION_COMPENSATION = "bbb.lms.duration-compensation";
    public static final String WAIT_POLL_INTERVAL = "bbb.lms.wait-poll-interval";
    public static final String MEETING_INFO_CACHE_TTL = "bbb.lms.meeting-info-cache-ttl";
    public static final String GUEST_LINK_KEY = "bbb.lms.guest-link-key";

    public static final Duration DEFAULT_MODERATOR_EARLY_JOIN = Duration.ofMinutes(15);
    public static final Duration DEFAULT_DURATION_COMPENSATION = Duration.ofMinutes(10);
    public static final Duration DEFAULT_POLL_INTERVAL = Duration.ofSeconds(10);
    public static final Duration DEFAULT_MEETING_INFO_CACHE_TTL = Duration.ofSeconds(5);
    /** A longer cache would keep waiting users out long after the moderator came. */
    public static final Duration MAX_MEETING_INFO_CACHE_TTL = Duration.ofSeconds(60);

    /** The settings, or the problems that prevent them. */
    public record Result(Optional<JoinConfig> config, List<BbbConfigurationException> problems) {
        public Result {
            problems = List.copyOf(problems);
        }

        /**
         * The settings.
         *
         * @throws BbbConfigurationException the first problem
         */
        public JoinConfig orThrow() {
            return config.orElseThrow(() -> problems.get(0));
        }
    }

    /** Reads and checks the configuration. */
    public static Result read(Config config) {
        List<BbbConfigurationException> problems = new ArrayList<>();
        boolean wait = bool(config, WAIT_FOR_MODERATOR, problems);
        Duration early = duration(config, MODERATOR_EARLY_JOIN, DEFAULT_MODERATOR_EARLY_JOIN, null, problems);
        Duration compensation = duration(config, DURATION_COMPENSATION, DEFAULT_DURATION_COMPENSATION, null, problems);
        Duration poll = duration(config, WAIT_POLL_INTERVAL, DEFAULT_POLL_INTERVAL, null, problems);
        Duration ttl = duration(config, MEETING_INFO_CACHE_TTL, DEFAULT_MEETING_INFO_CACHE_TTL,
                MAX_MEETING_INFO_CACHE_TTL, problems);
        if (poll != null && poll.isZero()) {
            problems.add(BbbConfigurationException.invalid(WAIT_POLL_INTERVAL, "must be more than 0"));
        }
        Optional<String> key = Optional.empty();
        try {
            key = config.getOptionalValue(GUEST_LINK_KEY, String.class).filter(k -> !k.isBlank());
            if (key.isPresent()) {
                Optional<BbbConfigurationException> notOneWord =
                        BbbConfigurationException.ifNotOneWord(GUEST_LINK_KEY, key.get());
                if (notOneWord.isPresent()) {
                    problems.add(notOneWord.get());
                } else if (key.get().length() < LmsSettings.MIN_KEY_LENGTH) {
                    problems.add(BbbConfigurationException.invalid(GUEST_LINK_KEY, "is too short: use at least "
                            + LmsSettings.MIN_KEY_LENGTH + " random characters, e.g. from 'openssl rand -base64 32'"));
                }
            }
        } catch (RuntimeException e) {
            problems.add(BbbConfigurationException.invalid(GUEST_LINK_KEY, "cannot be read ("
                    + e.getClass().getSimpleName() + ")"));
        }
        return problems.isEmpty()
                ? new Result(Optional.of(new JoinConfig(wait, early, compensation, poll, ttl, key)), problems)
                : new Result(Optional.empty(), problems);
    }

    private static boolean bool(Config config, String property, List<BbbConfigurationException> problems) {
        try {
            Optional<String> value = config.getOptionalValue(property, String.class).map(String::strip)
                    .filter(v -> !v.isEmpty());
            if (value.isEmpty()) {
                return false;
            }
            String v = value.get().toLowerCase(Locale.ROOT);
            if (v.equals("true") || v.equals("false")) {
                return Boolean.parseBoolean(v);
            }
            problems.add(BbbConfigurationException.invalid(property, "'" + value.get() + "' must be true or false"));
        } catch (RuntimeException e) {
            problems.add(BbbConfigurationException.invalid(property, "cannot be read: " + e.getMessage()));
        }
        return false;
    }

    private static Duration duration(Config config, String property, Duration defaultValue, Duration max,
                                     List<BbbConfigurationException> problems) {
        try {
            Optional<String> value = config.getOptionalValue(property, String.class).map(String::strip)
                    .filter(v -> !v.isEmpty());
            if (value.isEmpty()) {
                return defaultValue;
            }
            Optional<BbbConfigurationException> comment = BbbConfigurationException.ifCommentInValue(property, value.get());
            if (comment.isPresent()) {
                problems.add(comment.get());
                return null;
            }
            Duration d = ConfigDurations.parse(value.get());
            if (d.isNegative()) {
                problems.add(BbbConfigurationException.invalid(property, "must not be negative"));
                return null;
            }
            if (max != null && d.compareTo(max) > 0) {
                problems.add(BbbConfigurationException.invalid(property, "must be at most " + max.toSeconds() + "s"));
                return null;
            }
            return d;
        } catch (IllegalArgumentException e) {
            problems.add(BbbConfigurationException.invalid(property, e.getMessage()));
        } catch (RuntimeException e) {
            problems.add(BbbConfigurationException.invalid(property, "cannot be read: " + e.getMessage()));
        }
        return null;
    }

    @Override
    public String toString() {
        return "JoinConfig[waitForModerator=" + waitForModerator + ", moderatorEarlyJoin=" + moderatorEarlyJoin
                + ", durationCompensation=" + durationCompensation + ", pollInterval=" + pollInterval
                + ", meetingInfoCacheTtl=" + meetingInfoCacheTtl + ", guestLinkKey="
                + (guestLinkKey.isPresent() ? "***" : "not set") + "]";
    }
}
