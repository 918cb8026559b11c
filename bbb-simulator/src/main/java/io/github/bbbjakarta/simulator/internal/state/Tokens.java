package io.github.bbbjakarta.simulator.internal.state;

import java.security.SecureRandom;

/** Random values as bbb-web makes them with {@code RandomStringUtils}. Thread-safe. */
public final class Tokens {
    private static final String ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Tokens() {
    }

    /** {@code randomAlphanumeric(n)}. */
    public static String alphanumeric(int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append(ALNUM.charAt(RANDOM.nextInt(ALNUM.length())));
        }
        return sb.toString();
    }

    /** {@code randomNumeric(n)} (may start with 0). */
    public static String numeric(int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append((char) ('0' + RANDOM.nextInt(10)));
        }
        return sb.toString();
    }
}
