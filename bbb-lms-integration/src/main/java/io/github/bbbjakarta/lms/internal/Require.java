package io.github.bbbjakarta.lms.internal;

/** Argument checks of the LMS model. */
public final class Require {
    private Require() {
    }

    /**
     * A value that is not null and not blank.
     *
     * @throws IllegalArgumentException naming the value otherwise
     */
    public static String nonBlank(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required (not null, not blank)");
        }
        return value;
    }
}
