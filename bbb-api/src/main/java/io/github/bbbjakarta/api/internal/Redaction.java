package io.github.bbbjakarta.api.internal;

import java.util.regex.Pattern;

/** Removes credentials from URLs before they reach a log line or a message. */
public final class Redaction {
    private static final Pattern CHECKSUM = Pattern.compile("(?i)(checksum=)[0-9a-f]+");
    private static final Pattern SESSION_TOKEN = Pattern.compile("(?i)(sessionToken=)[^&#]*");

    private Redaction() {
    }

    /** The URL with the checksum and any session token replaced by {@code ***}. */
    public static String redact(String url) {
        String s = CHECKSUM.matcher(url).replaceAll("$1***");
        return SESSION_TOKEN.matcher(s).replaceAll("$1***");
    }
}
