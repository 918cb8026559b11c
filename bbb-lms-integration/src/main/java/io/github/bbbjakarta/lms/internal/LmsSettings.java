package io.github.bbbjakarta.lms.internal;

import io.github.bbbjakarta.api.Role;
import io.github.bbbjakarta.cdi.BbbConfigurationException;
import org.eclipse.microprofile.config.Config;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The {@code bbb.lms.*} configuration, read through the MicroProfile Config API only. The one place that knows
 * these property names and defaults. Immutable; {@link #toString()} hides the meeting-ID key.
 *
 * @param meetingIdKey     the HMAC key of meeting IDs
 * @param meetingIdPrefix  the readable prefix of meeting IDs
 * @param origin           {@code bbb-origin}
 * @param originVersion    {@code bbb-origin-version}, not sent when empty
 * @param originServerName {@code bbb-origin-server-name}; empty for the local host name
 * @param moderatorRoles   the LMS roles that join as moderator
 * @param originServerCommonName {@code bbb-origin-server-common-name}, not sent when empty
 * @param originTag        {@code bbb-origin-tag}
 * @param everyoneRole     the default rule for everyone; empty for none (then VIEWER)
 */
public record LmsSettings(String meetingIdKey, String meetingIdPrefix, String origin, Optional<String> originVersion,
                          Optional<String> originServerName, List<String> moderatorRoles,
                          Optional<String> originServerCommonName, String originTag, Optional<Role> everyoneRole) {
    public static final String MEETING_ID_KEY = "bbb.lms.meeting-id-key";
    public static final String MEETING_ID_PREFIX = "bbb.lms.meeting-id-prefix";
    public static final String ORIGIN = "bbb.lms.origin";
    public static final String ORIGIN_VERSION = "bbb.lms.origin-version";
    public static final String ORIGIN_SERVER_NAME = "bbb.lms.origin-server-name";
    public static final String MODERATOR_ROLES = "bbb.lms.moderator-roles";
    public static final String ORIGIN_SERVER_COMMON_NAME = "bbb.lms.origin-server-common-name";
    public static final String ORIGIN_TAG = "bbb.lms.origin-tag";
    public static final String EVERYONE_ROLE = "bbb.lms.everyone-role";
    /** The default {@code bbb-origin-tag}: this integration. */
    public static final String DEFAULT_ORIGIN_TAG = "bbb-jakarta-lms";

    public static final String DEFAULT_MEETING_ID_PREFIX = "lms-";
    public static final String DEFAULT_ORIGIN = "LMS";
    /** Shorter keys are refused: the meeting IDs would be guessable. */
    public static final int MIN_KEY_LENGTH = 16;

    private static final Pattern PREFIX = Pattern.compile("[A-Za-z0-9_-]{0," + MeetingIds.MAX_PREFIX_LENGTH + "}");

    public LmsSettings {
        moderatorRoles = List.copyOf(moderatorRoles);
    }

    /** The settings, or the problems that prevent them. */
    public record Result(Optional<LmsSettings> settings, List<BbbConfigurationException> problems) {
        public Result {
            problems = List.copyOf(problems);
        }

        /**
         * The settings.
         *
         * @throws BbbConfigurationException the first problem
         */
        public LmsSettings orThrow() {
            return settings.orElseThrow(() -> problems.get(0));
        }
    }

    /** Reads and checks the configuration. */
    public static Result read(Config config) {
        List<BbbConfigurationException> problems = new ArrayList<>();
        String key = null;
        try {
            key = config.getOptionalValue(MEETING_ID_KEY, String.class).filter(k -> !k.isBlank()).orElse(null);
            Optional<BbbConfigurationException> notOneWord = BbbConfigurationException.ifNotOneWord(MEETING_ID_KEY, key);
            if (key == null) {
                problems.add(BbbConfigurationException.notSet(MEETING_ID_KEY));
            } else if (notOneWord.isPresent()) {
                problems.add(notOneWord.get());
                key = null;
            } else if (!key.equals(key.strip())) {
                problems.add(BbbConfigurationException.invalid(MEETING_ID_KEY, "has leading or trailing blanks"));
                key = null;
            } else if (key.length() < MIN_KEY_LENGTH) {
                problems.add(BbbConfigurationException.invalid(MEETING_ID_KEY, "is too short: use at least "
                        + MIN_KEY_LENGTH + " random characters, e.g. from 'openssl rand -base64 32'"));
            }
        } catch (RuntimeException e) {
            problems.add(BbbConfigurationException.invalid(MEETING_ID_KEY, "cannot be read (" + e.getClass().getSimpleName() + ")"));
        }
        String prefix = text(config, MEETING_ID_PREFIX, problems).orElse(DEFAULT_MEETING_ID_PREFIX);
        if (!PREFIX.matcher(prefix).matches()) {
            problems.add(BbbConfigurationException.invalid(MEETING_ID_PREFIX, "'" + prefix + "' must be at most "
                    + MeetingIds.MAX_PREFIX_LENGTH + " of the characters A-Z a-z 0-9 - _ (meeting IDs stay URL-safe"
                    + " and within 64 characters)"));
        }
        String origin = text(config, ORIGIN, problems).orElse(DEFAULT_ORIGIN);
        Optional<String> originVersion = text(config, ORIGIN_VERSION, problems);
        Optional<String> serverName = text(config, ORIGIN_SERVER_NAME, problems);
        List<String> roles = RoleMapping.DEFAULT_MODERATOR_ROLES;
        try {
            List<String> configured = config.getOptionalValues(MODERATOR_ROLES, String.class)
                    .map(l -> l.stream().map(String::strip).filter(r -> !r.isEmpty()).toList())
                    .orElse(List.of());
            Optional<BbbConfigurationException> comment = configured.stream()
                    .flatMap(r -> BbbConfigurationException.ifCommentInValue(MODERATOR_ROLES, r).stream()).findFirst();
            if (comment.isPresent()) {
                problems.add(comment.get());
            } else if (!configured.isEmpty()) {
                roles = configured;
            }
        } catch (RuntimeException e) {
            problems.add(BbbConfigurationException.invalid(MODERATOR_ROLES, "cannot be read: " + e.getMessage()));
        }
        Optional<String> commonName = text(config, ORIGIN_SERVER_COMMON_NAME, problems);
        String originTag = text(config, ORIGIN_TAG, problems).orElse(DEFAULT_ORIGIN_TAG);
        Optional<Role> everyone = Optional.empty();
        Optional<String> everyoneText = text(config, EVERYONE_ROLE, problems);
        if (everyoneText.isPresent()) {
            try {
                everyone = Optional.of(Role.valueOf(everyoneText.get().toUpperCase(java.util.Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                problems.add(BbbConfigurationException.invalid(EVERYONE_ROLE, "'" + everyoneText.get()
                        + "' must be MODERATOR or VIEWER"));
            }
        }
        return problems.isEmpty()
                ? new Result(Optional.of(new LmsSettings(key, prefix, origin, originVersion, serverName, roles,
                commonName, originTag, everyone)), problems)
                : new Result(Optional.empty(), problems);
    }

    private static Optional<String> text(Config config, String property, List<BbbConfigurationException> problems) {
        try {
            Optional<String> value = config.getOptionalValue(property, String.class).map(String::strip)
                    .filter(v -> !v.isEmpty());
            Optional<BbbConfigurationException> comment =
                    value.flatMap(v -> BbbConfigurationException.ifCommentInValue(property, v));
            comment.ifPresent(problems::add);
            return comment.isPresent() ? Optional.empty() : value;
        } catch (RuntimeException e) {
            problems.add(BbbConfigurationException.invalid(property, "cannot be read: " + e.getMessage()));
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return "LmsSettings[meetingIdKey=***, meetingIdPrefix=" + meetingIdPrefix + ", origin=" + origin
                + ", originVersion=" + originVersion + ", originServerName=" + originServerName
                + ", moderatorRoles=" + moderatorRoles + ", originServerCommonName=" + originServerCommonName
                + ", originTag=" + originTag + ", everyoneRole=" + everyoneRole + "]";
    }
}
