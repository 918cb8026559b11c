package io.github.bbbjakarta.simulator.internal.state;

import io.github.bbbjakarta.simulator.TextTrackSnapshot;

import java.nio.charset.StandardCharsets;

/**
 * One text track of a recording: an entry of bbb-web's {@code captions/<recordID>/captions.json} plus the file
 * {@code <kind>_<lang>.vtt} beside it (or, before processing, the upload waiting in the caption inbox). Immutable.
 */
public record StoredTextTrack(String recordID, String kind, String lang, String label, String source,
                              String originalFilename, String contentType, byte[] content) {
    public StoredTextTrack {
        content = content.clone();
    }

    /** The bytes (a copy). */
    @Override
    public byte[] content() {
        return content.clone();
    }

    /** The file name in the captions directory and in the href: {@code <kind>_<lang>.vtt}. */
    public String fileName() {
        return kind + "_" + lang + ".vtt";
    }

    /** The control API's view. */
    public TextTrackSnapshot snapshot(boolean processed) {
        return new TextTrackSnapshot(recordID, kind, lang, label, source, processed, originalFilename, contentType,
                new String(content, StandardCharsets.UTF_8));
    }
}
