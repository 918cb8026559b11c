package io.github.bbbjakarta.api.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Builds BBB query strings. Values are encoded exactly like {@link URLEncoder} with UTF-8 (space {@code +},
 * {@code *} raw, {@code ~} as {@code %7E}): that output survives a decode-and-re-encode by servers and load
 * balancers unchanged, so the checksum still matches there.
 */
public final class QueryString {
    private QueryString() {
    }

    /** {@code name=value&name=value...} in the given order; an empty list gives an empty string. */
    public static String encode(List<Map.Entry<String, String>> params) {
        StringBuilder sb = new StringBuilder(params.size() * 24);
        for (Map.Entry<String, String> p : params) {
            if (sb.length() > 0) {
                sb.append('&');
            }
            sb.append(encodeComponent(p.getKey())).append('=').append(encodeComponent(p.getValue()));
        }
        return sb.toString();
    }

    /** One name or value, encoded like {@link URLEncoder#encode(String, java.nio.charset.Charset)} with UTF-8. */
    public static String encodeComponent(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
