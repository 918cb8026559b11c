package io.github.bbbjakarta.cdi.internal;

import io.github.bbbjakarta.cdi.BbbConfigurationException;
import org.eclipse.microprofile.config.Config;

import java.util.List;
import java.util.Optional;

/**
 * Reads {@code bbb.*} values through the MicroProfile Config API, collecting problems instead of throwing, so that
 * a deployment reports all of them at once. Messages name the property, never a secret value. Stateless.
 */
final class ConfigValues {
    private ConfigValues() {
    }

    /**
     * The value, or {@code null} when unset, blank or unusable (then a problem is added).
     *
     * @param secret whether the value is a secret: then a read failure's message is left out
     */
    static String optional(Config config, String property, List<BbbConfigurationException> problems,
                           boolean secret) {
        try {
            Optional<String> value = config.getOptionalValue(property, String.class);
            if (value.isPresent() && !value.get().isBlank()) {
                return value.get();
            }
            if (value.isEmpty() && hasRawValue(config, property)) {
                problems.add(BbbConfigurationException.invalid(property,
                        "has a value that cannot be resolved (an unresolvable ${...} expression?)"));
            }
            return null;
        } catch (RuntimeException e) {
            problems.add(BbbConfigurationException.invalid(property, "cannot be read"
                    + (secret ? " (" + e.getClass().getSimpleName() + ")" : ": " + e.getMessage())));
            return null;
        }
    }

    /**
     * Whether a secret, key or URL is one word; otherwise adds the problem (naming the property, never the
     * value). Every secret or key setting goes through here.
     */
    static boolean oneWord(String property, String value, List<BbbConfigurationException> problems) {
        Optional<BbbConfigurationException> problem = BbbConfigurationException.ifNotOneWord(property, value);
        problem.ifPresent(problems::add);
        return problem.isEmpty();
    }

    /** Whether a source holds a value the config could not turn into one (SmallRye then answers "absent"). */
    private static boolean hasRawValue(Config config, String property) {
        try {
            String raw = config.getConfigValue(property).getRawValue();
            return raw != null && !raw.isBlank();
        } catch (RuntimeException e) {
            return true;
        }
    }
}
