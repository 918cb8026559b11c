package io.github.bbbjakarta.api;

import java.util.Objects;

/** One preview image of a {@link PlaybackFormat}: its URL, size in pixels (0 if not sent) and alt text. Immutable. */
public final class PreviewImage {
    private final String url;
    private final int width;
    private final int height;
    private final String alt;

    private PreviewImage(String url, int width, int height, String alt) {
        this.url = Objects.requireNonNullElse(url, "");
        this.width = width;
        this.height = height;
        this.alt = Objects.requireNonNullElse(alt, "");
    }

    /** An image; {@code null} texts become empty. */
    public static PreviewImage of(String url, int width, int height, String alt) {
        return new PreviewImage(url, width, height, alt);
    }

    /** The image's URL. */
    public String url() {
        return url;
    }

    /** Width in pixels; 0 if not sent. */
    public int width() {
        return width;
    }

    /** Height in pixels; 0 if not sent. */
    public int height() {
        return height;
    }

    /** The alt text (often the slide's text); empty if not sent. */
    public String alt() {
        return alt;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PreviewImage p && url.equals(p.url) && width == p.width && height == p.height
                && alt.equals(p.alt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(url, width, height, alt);
    }

    @Override
    public String toString() {
        return "PreviewImage[url=" + url + ", width=" + width + ", height=" + height + ", alt=" + alt + "]";
    }
}
