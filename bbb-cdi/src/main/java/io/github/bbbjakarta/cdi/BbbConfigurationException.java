package io.github.bbbjakarta.cdi;

import io.github.bbbjakarta.api.BbbException;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A MicroProfile Config property of this component is missing or unusable. Reported at deployment (the
 * container refuses to start the application) rather than on the first call. The message names the property
 * and where to set it, and never holds a secret's value. It carries no stack trace: it is about the
 * configuration, not the code, and keeps the deployment log readable.
 */
public final class BbbConfigurationException extends BbbException {
    private static final long serialVersionUID = 1L;

    /** What a comment after a value looks like: {@code value   # explanation}. */
    private static final Pattern COMMENT = Pattern.compile("\\s#");
    private static final Pattern BLANK_OR_HASH = Pattern.compile("[\\s#]");
    private static final String COMMENT_HINT = ": a comment after the value? Put comments on their own line";

    /** The property at fault. */
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

    /**
     * Checks a value that is one word: a secret, a key, a URL. {@code microprofile-config.properties} keeps
     * {@code secret   # from bbb-conf --secret} as the value, so whitespace or {@code #} inside it means a
     * comment written after the value. Leading and trailing blanks alone are left to the caller's own check.
     *
     * @param property the property, e.g. {@code bbb.secret}
     * @param value    its value; never part of the message
     * @return the problem, or empty when the value is one word
     */
    public static Optional<BbbConfigurationException> ifNotOneWord(String property, String value) {
        return value != null && BLANK_OR_HASH.matcher(value.strip()).find()
                ? Optional.of(invalid(property, "contains whitespace or '#'" + COMMENT_HINT))
                : Optional.empty();
    }

    /**
     * Checks a free-text value (a name, a role list): whitespace followed by {@code #} inside it means a comment
     * written after the value, which {@code microprofile-config.properties} keeps as part of the value. A
     * {@code #} without whitespace before it stays allowed (LTI role URIs hold one).
     *
     * @param property the property, e.g. {@code bbb.lms.origin}
     * @param value    its value; never part of the message
     * @return the problem, or empty when the value holds no such comment
     */
    public static Optional<BbbConfigurationException> ifCommentInValue(String property, String value) {
        return value != null && COMMENT.matcher(value).find()
                ? Optional.of(invalid(property, "contains ' #'" + COMMENT_HINT))
                : Optional.empty();
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
