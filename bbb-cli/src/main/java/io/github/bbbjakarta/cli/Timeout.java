package io.github.bbbjakarta.cli;

import picocli.CommandLine;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long a command waits for the server, from {@code --timeout} or {@code BBB_TIMEOUT}: a number with an
 * optional unit, {@code ms}, {@code s} (the default: plain {@code 10} is ten seconds) or {@code m}; e.g.
 * {@code 10s}, {@code 2.5}, {@code 500ms}, {@code 1m}. Between 1 ms and 1 hour. Stateless.
 */
final class Timeout {
    static final Duration MIN = Duration.ofMillis(1);
    static final Duration MAX = Duration.ofHours(1);

    private static final Pattern FORMAT = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m)?");

    private Timeout() {
    }

    /**
     * Parses a timeout.
     *
     * @throws IllegalArgumentException with a message saying what is wrong, without the option name
     */
    static Duration parse(String text) {
        Matcher m = FORMAT.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a duration: use e.g. 10s, 2.5, 500ms or 1m"
                    + " (a plain number is seconds)");
        }
        String unit = m.group(2) == null ? "s" : m.group(2);
        BigDecimal millisPerUnit = BigDecimal.valueOf(switch (unit) {
            case "ms" -> 1;
            case "m" -> 60_000;
            default -> 1_000;
        });
        BigDecimal millis = new BigDecimal(m.group(1)).multiply(millisPerUnit);
        if (millis.compareTo(BigDecimal.valueOf(MIN.toMillis())) < 0
                || millis.compareTo(BigDecimal.valueOf(MAX.toMillis())) > 0) {
            throw new IllegalArgumentException("'" + text + "' is out of range: use 1ms to 1h (e.g. 10s)");
        }
        return Duration.ofMillis(millis.longValue());
    }

    /** As the user would write it: {@code 10s}, {@code 1.5s}, {@code 500ms}. */
    static String format(Duration timeout) {
        long millis = timeout.toMillis();
        if (millis < 1_000) {
            return millis + "ms";
        }
        return BigDecimal.valueOf(millis, 3).stripTrailingZeros().toPlainString() + "s";
    }

    /** The picocli converter for {@code --timeout}. */
    static final class Converter implements CommandLine.ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            try {
                return parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
