package io.github.bbbjakarta.api.internal;

import io.github.bbbjakarta.api.BbbParameterException;
import io.github.bbbjakarta.api.CreateMeetingRequest;

import java.net.URI;
import java.util.regex.Pattern;

/** Fail-fast checks for values bbb-web would reject anyway; each error names the parameter. */
public final class Checks {
    private static final Pattern CONTROL = Pattern.compile("\\p{Cc}");
    private static final Pattern META_KEY = Pattern.compile("[a-zA-Z][a-zA-Z0-9-]*");
    private static final Pattern USERDATA_KEY = Pattern.compile("[^-]+");

    private Checks() {
    }

    /** A required value: not null, not empty. */
    public static String required(String parameter, String value) {
        if (value == null || value.isEmpty()) {
            throw new BbbParameterException(parameter, "is required");
        }
        return value;
    }

    /** meetingID: 2..256 characters, no comma, no leading or trailing blanks or control characters. */
    public static String meetingId(String parameter, String value) {
        required(parameter, value);
        length(parameter, value, 2, 256);
        if (value.indexOf(',') >= 0) {
            throw new BbbParameterException(parameter, "must not contain ','");
        }
        if (!value.equals(value.trim()) || CONTROL.matcher(value).find()) {
            throw new BbbParameterException(parameter, "must not have leading or trailing blanks or control characters");
        }
        return value;
    }

    /** The meeting name: 2..256 characters. */
    public static String meetingName(String parameter, String value) {
        return length(parameter, required(parameter, value), CreateMeetingRequest.MIN_NAME_LENGTH,
                CreateMeetingRequest.MAX_NAME_LENGTH);
    }

    /** A (deprecated) meeting password: empty, or 2..64 characters. */
    public static String password(String parameter, String value) {
        if (value == null) {
            throw new BbbParameterException(parameter, "must not be null");
        }
        return value.isEmpty() ? value : length(parameter, value, 2, 64);
    }

    /** A count or duration: zero or more. */
    public static int nonNegative(String parameter, int value) {
        if (value < 0) {
            throw new BbbParameterException(parameter, "must be 0 or more, was " + value);
        }
        return value;
    }

    /** An absolute http(s) URL. */
    public static String url(String parameter, String value) {
        required(parameter, value);
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme();
            if (uri.isAbsolute() && uri.getHost() != null
                    && ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))) {
                return value;
            }
        } catch (java.net.URISyntaxException e) {
            // reported below
        }
        throw new BbbParameterException(parameter, "must be an absolute http or https URL");
    }

    /** A {@code meta_} key: a letter, then letters, digits and '-' (bbb-web silently drops others). */
    public static String metaKey(String key) {
        if (key == null || !META_KEY.matcher(key).matches()) {
            throw new BbbParameterException(Wire.Param.META_PREFIX + key,
                    "metadata keys must start with a letter and hold only letters, digits and '-'");
        }
        return key;
    }

    /** A {@code userdata-} key: non-empty, no '-' (bbb-web splits the name on '-'). */
    public static String userdataKey(String key) {
        if (key == null || !USERDATA_KEY.matcher(key).matches()) {
            throw new BbbParameterException(Wire.Param.USERDATA_PREFIX + key, "userdata keys must be non-empty and hold no '-'");
        }
        return key;
    }

    /** A raw parameter name for the {@code param(name, value)} escape hatch. */
    public static String paramName(String name) {
        if (name == null || name.isBlank()) {
            throw new BbbParameterException("param", "parameter name must not be blank");
        }
        notChecksum(name);
        return name;
    }

    /** The one parameter a caller may never set: the client computes it. */
    public static void notChecksum(String name) {
        if (Wire.Param.CHECKSUM.equals(name)) {
            throw new BbbParameterException(name, "is computed by the client and cannot be set");
        }
    }

    private static String length(String parameter, String value, int min, int max) {
        int n = value.length(); // bbb-web's @Size counts UTF-16 code units
        if (n < min || n > max) {
            throw new BbbParameterException(parameter, "must be between " + min + " and " + max
                    + " characters (UTF-16 units), was " + n);
        }
        return value;
    }
}
