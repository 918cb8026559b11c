package io.github.bbbjakarta.api.callbacks;

import io.github.bbbjakarta.api.callbacks.BbbCallbackException.Reason;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** {@code application/x-www-form-urlencoded} and query strings, decoded like {@link URLDecoder}. */
final class Forms {
    private Forms() {
    }

    /**
     * The values of {@code wanted} keys in {@code body}; other keys are skipped. A wanted key given twice is
     * refused: two values would let a forger choose which one a later reader sees.
     */
    static Map<String, String> parse(String callback, String body, int maxLength, String... wanted) {
        if (body.length() > maxLength) {
            throw new BbbCallbackException(callback, Reason.TOO_LARGE,
                    "longer than " + maxLength + " characters");
        }
        Set<String> keys = Set.of(wanted);
        Map<String, String> values = new HashMap<>();
        int start = 0;
        while (start <= body.length()) {
            int end = body.indexOf('&', start);
            if (end < 0) {
                end = body.length();
            }
            if (end > start) {
                String pair = body.substring(start, end);
                int eq = pair.indexOf('=');
                String key = decode(callback, eq < 0 ? pair : pair.substring(0, eq));
                if (keys.contains(key)) {
                    String value = decode(callback, eq < 0 ? "" : pair.substring(eq + 1));
                    if (values.putIfAbsent(key, value) != null) {
                        throw new BbbCallbackException(callback, Reason.MALFORMED, key + " is given twice");
                    }
                }
            }
            start = end + 1;
        }
        return values;
    }

    private static String decode(String callback, String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new BbbCallbackException(callback, Reason.MALFORMED, "bad percent-encoding");
        }
    }
}
