package io.github.bbbjakarta.api;

import io.github.bbbjakarta.api.internal.Wire.Recordings;

import java.util.Optional;

/** The kind of a recording's {@link TextTrack}, as {@code putRecordingTextTrack} accepts it (reference §2.10). */
public enum TextTrackKind {
    /** A translation of the dialogue ({@code subtitles}). */
    SUBTITLES(Recordings.KIND_SUBTITLES),
    /** A transcription of the dialogue and sounds, for viewers who cannot hear them ({@code captions}). */
    CAPTIONS(Recordings.KIND_CAPTIONS);

    private final String wireName;

    TextTrackKind(String wireName) {
        this.wireName = wireName;
    }

    /** The value on the wire: {@code subtitles} or {@code captions}. */
    public String wireName() {
        return wireName;
    }

    /** The kind with this wire value (exact, as bbb-web compares it), or empty for any other value. */
    public static Optional<TextTrackKind> fromWireName(String value) {
        for (TextTrackKind k : values()) {
            if (k.wireName.equals(value)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
