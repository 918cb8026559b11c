package io.github.bbbjakarta.cdi;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The duration format of every {@code bbb.*} setting, for modules and applications that read settings of their
 * own the same way: {@code 500ms}, {@code 5s}, {@code 1m}, {@code 1h}, ISO-8601 ({@code PT5S}), or a bare integer
 * as milliseconds. Stateless.
 */
public final class ConfigDurations {
    /** What the error message shows as accepted forms. */
    public static final String FORMS = "use e.g. 5s, 500ms, 1m, PT5S or a number of milliseconds";

    private static final Pattern WITH_UNIT = Pattern.compile("(\\d+)\\s*(ms|s|m|h)");

    private ConfigDurations() {
    }

    /**
     * Parses a duration.
     *
     * @throws IllegalArgumentException with a message showing the accepted forms
     */
    public static Duration parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        try {
            if (!t.isEmpty() && t.chars().allMatch(Character::isDigit)) {
                return Duration.ofMillis(Long.parseLong(t));
            }
            Matcher m = WITH_UNIT.matcher(t);
            if (m.matches()) {
                long n = Long.parseLong(m.group(1));
                return switch (m.group(2)) {
                    case "ms" -> Duration.ofMillis(n);
                    case "s" -> Duration.ofSeconds(n);
                    case "m" -> Duration.ofMinutes(n);
                    default -> Duration.ofHours(n);
                };
            }
            if (t.startsWith("p")) {
                return Duration.parse(t.toUpperCase(Locale.ROOT));
            }
        } catch (NumberFormatException | ArithmeticException | DateTimeParseException e) {
            // reported below
        }
        throw new IllegalArgumentException("'" + text + "' is not a duration: " + FORMS);
    }
}
