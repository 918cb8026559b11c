package io.github.bbbjakarta.api;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * One text track (subtitles or captions) of a recording, as {@code getRecordingTextTracks} lists it (reference
 * §2.10). Immutable and thread-safe.
 */
public final class TextTrack {
    private final URI href;
    private final String kind;
    private final String label;
    private final String lang;
    private final String source;

    private TextTrack(URI href, String kind, String label, String lang, String source) {
        this.href = Objects.requireNonNull(href, "href");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.label = Objects.requireNonNullElse(label, "");
        this.lang = Objects.requireNonNull(lang, "lang");
        this.source = Objects.requireNonNullElse(source, "");
    }

    /**
     * A track with these values (e.g. in tests); a null {@code label} or {@code source} is empty.
     *
     * @throws NullPointerException for a null {@code href}, {@code kind} or {@code lang}
     */
    public static TextTrack of(URI href, String kind, String label, String lang, String source) {
        return new TextTrack(href, kind, label, lang, source);
    }

    /**
     * Where the track's WebVTT file is served. On current BBB its path holds a single-use token (valid for an hour):
     * fetch it once, do not store or log it; list the tracks again for a fresh one.
     */
    public URI href() {
        return href;
    }

    /** The kind as sent: {@code subtitles} or {@code captions} (see {@link #textTrackKind()}). */
    public String kind() {
        return kind;
    }

    /** The kind, if it is one this client knows. */
    public Optional<TextTrackKind> textTrackKind() {
        return TextTrackKind.fromWireName(kind);
    }

    /** The label shown to viewers, e.g. {@code English}; empty if the server sent none. */
    public String label() {
        return label;
    }

    /** The language as the server stores it, a language tag such as {@code en} or {@code pt-BR}. */
    public String lang() {
        return lang;
    }

    /** Where the track came from, e.g. {@code upload} or {@code live}; empty if the server sent none. */
    public String source() {
        return source;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TextTrack t && href.equals(t.href) && kind.equals(t.kind) && label.equals(t.label)
                && lang.equals(t.lang) && source.equals(t.source);
    }

    @Override
    public int hashCode() {
        return Objects.hash(href, kind, label, lang, source);
    }

    /** The values; {@code href} only as its server and file name, since its path holds a token. */
    @Override
    public String toString() {
        return "TextTrack[href=" + shortHref() + ", kind=" + kind + ", label=" + label + ", lang=" + lang
                + ", source=" + source + "]";
    }

    private String shortHref() {
        String path = href.getRawPath() == null ? "" : href.getRawPath();
        String file = path.substring(path.lastIndexOf('/') + 1);
        return (href.getScheme() == null || href.getRawAuthority() == null ? ""
                : href.getScheme() + "://" + href.getRawAuthority()) + "/…/" + file;
    }
}
