package io.github.bbbjakarta.cdi;

import io.github.bbbjakarta.api.BbbException;

import java.util.Locale;

/**
 * A MicroProfile Config property of this component is missing or unusable. Reported at deployment (the
 * container refuses to start the application) rather than on the first call. The message names the property
 * and where to set it, and never holds a secret's value. It carries no stack trace: it is about the
 * configuration, not the code, and keeps the deployment log readable.
 */
public final class BbbConfigurationException extends BbbException {
    private static final long serialVersionUID = 1L;

    private final String property;

    private BbbConfigurationException(String property, String message) {
        super(message);
        this.property = property;
    }

    /**
     * A required property has no value (MicroProfile Config treats an empty value as none).
     *
     * @param property the property, e.g. {@code bbb.secret}
     */
    public static BbbConfigurationException notSet(String property) {
        return new BbbConfigurationException(property, property + " is not set: " + whereToSet(property));
    }

    /**
     * A property has a value that cannot be used.
     *
     * @param property the property, e.g. {@code bbb.url}
     * @param problem  what is wrong, without the value when it is a secret
     */
    public static BbbConfigurationException invalid(String property, String problem) {
        return new BbbConfigurationException(property, property + " is invalid: " + problem + "; " + whereToSet(property));
    }

    /** No stack trace: the message says everything. */
    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }

    /** The property at fault, e.g. {@code bbb.secret}. */
    public String property() {
        return property;
    }

    /**
     * The environment variable MicroProfile Config maps to a property: every character that is not a letter or
     * a digit becomes {@code _}, then upper case ({@code bbb.connect-timeout} → {@code BBB_CONNECT_TIMEOUT}).
     */
    public static String environmentVariable(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    private static String whereToSet(String property) {
        return "set it in microprofile-config.properties or the " + environmentVariable(property) + " environment variable";
    }
}
