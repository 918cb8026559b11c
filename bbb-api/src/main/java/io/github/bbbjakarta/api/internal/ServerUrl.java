package io.github.bbbjakarta.api.internal;

import io.github.bbbjakarta.api.BbbParameterException;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Normalises the server URL forms users paste into the API base, which always ends in {@code /api/}. */
public final class ServerUrl {
    private ServerUrl() {
    }

    /**
     * Accepts {@code https://host}, {@code https://host/bigbluebutton[/]} and {@code https://host/…/api[/]}
     * and returns {@code https://host/…/api/}.
     *
     * @throws BbbParameterException naming {@code url} for anything else
     */
    public static URI apiBase(String url) {
        if (url == null || url.isBlank()) {
            throw new BbbParameterException("url", "the BBB server URL is required, e.g. https://bbb.example.com/bigbluebutton/");
        }
        URI uri;
        try {
            uri = new URI(url.trim());
        } catch (URISyntaxException e) {
            throw new BbbParameterException("url", "is not a valid URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new BbbParameterException("url", "must be an absolute http or https URL, e.g. https://bbb.example.com/bigbluebutton/");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
            throw new BbbParameterException("url", "must not carry a query, fragment or user info");
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        if (path.isEmpty()) {
            path = "/bigbluebutton/api";
        } else if (path.endsWith("/bigbluebutton")) {
            path = path + "/api";
        } else if (!path.endsWith("/api")) {
            throw new BbbParameterException("url", "must end in /bigbluebutton/ or /api/, e.g. https://bbb.example.com/bigbluebutton/");
        }
        String authority = uri.getRawAuthority();
        return URI.create(scheme + "://" + authority + path + "/");
    }
}
