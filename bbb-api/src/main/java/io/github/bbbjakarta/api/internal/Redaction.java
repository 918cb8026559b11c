package io.github.bbbjakarta.api.internal;

import java.util.regex.Pattern;

/**
 * Removes credentials from URLs and messages before they reach a log line or an exception: the values of
 * {@code checksum}, {@code sessionToken}, every password parameter ({@code password}, {@code attendeePW},
 * {@code moderatorPW}, anything ending in {@code PW} or holding {@code password}, {@code passwd}, {@code secret}
 * or {@code token}).
 */
public final class Redaction {
    private static final Pattern CHECKSUM = Pattern.compile("(?i)(checksum=)[0-9a-f]+");
    private static final Pattern SESSION_TOKEN = Pattern.compile("(?i)(sessionToken=)[^&#\\s]*");
    /** {@code name=value} after the start, {@code ?}, {@code &}, {@code ;} or a blank. */
    private static final Pattern SECRET_PARAMETER = Pattern.compile(
            "(?i)((?:^|[?&;\\s])(?:[a-z0-9_.%-]*(?:password|passwd|secret|token)[a-z0-9_.%-]*|[a-z0-9_.%-]*pw|checksum)=)[^&#\\s]*");

    private Redaction() {
    }

    /** The text with credential values replaced by {@code ***}. */
    public static String redact(String text) {
        if (text == null) {
            return null;
        }
        String s = CHECKSUM.matcher(text).replaceAll("$1***");
        s = SESSION_TOKEN.matcher(s).replaceAll("$1***");
        return SECRET_PARAMETER.matcher(s).replaceAll("$1***");
    }
}
