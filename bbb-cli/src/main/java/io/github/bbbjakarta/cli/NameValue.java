package io.github.bbbjakarta.cli;

import picocli.CommandLine;

import java.util.Map;
import java.util.Objects;

/**
 * A {@code name=value} argument, split at the first {@code '='}: {@code a=b=c} is name {@code a}, value
 * {@code b=c}; {@code a=} is an empty value. Immutable.
 *
 * @param name  the parameter (or metadata key) name, not empty
 * @param value the value as given, possibly empty
 */
record NameValue(String name, String value) {

    NameValue {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
    }

    /**
     * Parses {@code name=value}.
     *
     * @throws IllegalArgumentException if there is no {@code '='} or the name is empty
     */
    static NameValue parse(String argument) {
        int eq = argument.indexOf('=');
        if (eq < 0) {
            throw new IllegalArgumentException("'" + argument + "' is not name=value");
        }
        if (eq == 0) {
            throw new IllegalArgumentException("'" + argument + "' has no name before '='");
        }
        return new NameValue(argument.substring(0, eq), argument.substring(eq + 1));
    }

    /** As a query-parameter entry. */
    Map.Entry<String, String> entry() {
        return Map.entry(name, value);
    }

    /** The picocli converter for options and parameters of type {@link NameValue}. */
    static final class Converter implements CommandLine.ITypeConverter<NameValue> {
        @Override
        public NameValue convert(String value) {
            try {
                return parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
