package io.github.bbbjakarta.api;

import java.util.List;
import java.util.Objects;

/**
 * One playback format of a {@link Recording} ({@code presentation}, {@code video}, {@code podcast}, …).
 * Immutable; build one with {@link #builder()} (e.g. in tests).
 */
public final class PlaybackFormat {
    private final String type;
    private final String url;
    private final long processingTime;
    private final int length;
    private final long size;
    private final List<PreviewImage> previewImages;

    private PlaybackFormat(Builder b) {
        this.type = Objects.requireNonNullElse(b.type, "");
        this.url = Objects.requireNonNullElse(b.url, "");
        this.processingTime = b.processingTime;
        this.length = b.length;
        this.size = b.size;
        this.previewImages = List.copyOf(b.previewImages);
    }

    /** A builder with every value empty or 0. */
    public static Builder builder() {
        return new Builder();
    }

    /** The format's name, such as {@code presentation} or {@code video}. */
    public String type() {
        return type;
    }

    /** The playback URL. */
    public String url() {
        return url;
    }

    /** How long processing took, in milliseconds; 0 if not sent. */
    public long processingTime() {
        return processingTime;
    }

    /** The playback's length in whole minutes (BBB rounds down); 0 if not sent. */
    public int length() {
        return length;
    }

    /** The format's size in bytes; 0 if not sent. */
    public long size() {
        return size;
    }

    /** The preview images (thumbnails), in document order; empty if none. */
    public List<PreviewImage> previewImages() {
        return previewImages;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PlaybackFormat p && type.equals(p.type) && url.equals(p.url)
                && processingTime == p.processingTime && length == p.length && size == p.size
                && previewImages.equals(p.previewImages);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, url, processingTime, length, size, previewImages);
    }

    @Override
    public String toString() {
        return "PlaybackFormat[type=" + type + ", url=" + url + ", processingTime=" + processingTime + ", length="
                + length + ", size=" + size + ", previewImages=" + previewImages + "]";
    }

    /** Builds a {@link PlaybackFormat}. Not thread-safe. */
    public static final class Builder {
        private String type;
        private String url;
        private long processingTime;
        private int length;
        private long size;
        private List<PreviewImage> previewImages = List.of();

        private Builder() {
        }

        public Builder type(String value) {
            this.type = value;
            return this;
        }

        public Builder url(String value) {
            this.url = value;
            return this;
        }

        public Builder processingTime(long value) {
            this.processingTime = value;
            return this;
        }

        public Builder length(int value) {
            this.length = value;
            return this;
        }

        public Builder size(long value) {
            this.size = value;
            return this;
        }

        public Builder previewImages(List<PreviewImage> value) {
            this.previewImages = List.copyOf(value);
            return this;
        }

        public PlaybackFormat build() {
            return new PlaybackFormat(this);
        }
    }
}
