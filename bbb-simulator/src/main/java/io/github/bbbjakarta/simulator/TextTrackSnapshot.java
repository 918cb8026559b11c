package io.github.bbbjakarta.simulator;

/**
 * A text track (subtitles or captions) of a recording, as {@code putRecordingTextTrack} uploaded it. Immutable and
 * thread-safe.
 *
 * @param recordID         the recording's record id
 * @param kind             {@code subtitles} or {@code captions}
 * @param lang             the language tag as bbb-web stores it (e.g. {@code pt-BR})
 * @param label            the label shown in the player
 * @param source           {@code upload} (uploaded through the API) or {@code live} (live captions)
 * @param processed        {@code false} while the track waits in the caption inbox (not yet listed by
 *                         {@code getRecordingTextTracks}), {@code true} once processed
 * @param originalFilename the uploaded part's file name
 * @param contentType      the uploaded part's content type, or {@code null}
 * @param text             the uploaded bytes as UTF-8 text
 */
public record TextTrackSnapshot(String recordID, String kind, String lang, String label, String source,
                                boolean processed, String originalFilename, String contentType, String text) {
}
