package io.github.bbbjakarta.cdi.internal;

import io.github.bbbjakarta.cdi.ConfigDurations;
import io.github.bbbjakarta.cdi.BbbConfigurationException;
import org.eclipse.microprofile.config.Config;

import java.time.Duration;
import java.util.Optional;

/**
 * Reads {@code bbb.created-meeting-ttl}: how long {@link CreateCoalescer} remembers a created meeting (default
 * {@value #DEFAULT_TEXT}; {@code 0} remembers nothing, concurrent creates still coalesce).
 */
public final class CreatedMeetingTtl {
    /** The property. */
    public static final String PROPERTY = "bbb.created-meeting-ttl";
    /** The default, as written in the configuration. */
    public static final String DEFAULT_TEXT = "60s";
    /** The default. */
    public static final Duration DEFAULT = Duration.ofSeconds(60);

    private CreatedMeetingTtl() {
    }

    /**
     * @return the configured TTL
     * @throws BbbConfigurationException naming the property when the value is no duration or negative
     */
    public static Duration read(Config config) {
        Optional<String> text = config.getOptionalValue(PROPERTY, String.class).map(String::strip);
        if (text.isEmpty() || text.get().isEmpty()) {
            return DEFAULT;
        }
        BbbConfigurationException.ifCommentInValue(PROPERTY, text.get()).ifPresent(e -> {
            throw e;
        });
        Duration ttl;
        try {
            ttl = ConfigDurations.parse(text.get());
        } catch (IllegalArgumentException e) {
            throw BbbConfigurationException.invalid(PROPERTY, e.getMessage());
        }
        if (ttl.isNegative()) {
            throw BbbConfigurationException.invalid(PROPERTY, "must not be negative");
        }
        return ttl;
    }

    /** The problem with the configured value, if any. */
    public static Optional<BbbConfigurationException> problem(Config config) {
        try {
            read(config);
            return Optional.empty();
        } catch (BbbConfigurationException e) {
            return Optional.of(e);
        }
    }
}
