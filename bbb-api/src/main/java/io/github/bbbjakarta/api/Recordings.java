package io.github.bbbjakarta.api;

import io.github.bbbjakarta.api.internal.HttpTransport;
import io.github.bbbjakarta.api.internal.HttpTransport.Answer;
import io.github.bbbjakarta.api.internal.Multipart;
import io.github.bbbjakarta.api.internal.RequestBody;
import io.github.bbbjakarta.api.internal.RequestSigner;
import io.github.bbbjakarta.api.internal.Wire;
import io.github.bbbjakarta.api.internal.recordings.RecordIds;
import io.github.bbbjakarta.api.internal.recordings.RecordingMapper;
import io.github.bbbjakarta.api.internal.recordings.TextTrackMapper;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CompletionStage;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The recording calls of one {@link BigBlueButtonClient} (reference §2.8, §2.9, §2.10): list, publish,
 * unpublish, delete and update recordings, and list and upload their text tracks (subtitles, captions). Signed
 * with the client's {@link BigBlueButtonClient#checksumAlgorithm() checksum algorithm}. Each blocking method has
 * an {@code …Async} twin returning a {@link CompletionStage} that completes exceptionally with the same
 * exceptions. Thread-safe.
 *
 * <pre>{@code
 * RecordingsPage page = bbb.recordings().getRecordings(GetRecordingsRequest.builder()
 *         .meetingIDs("abc123").states(RecordingState.ANY).limit(50).build());
 * try (Stream<Recording> all = bbb.recordings().streamAll(GetRecordingsRequest.builder().meta("course", "42").build())) {
 *     all.filter(Recording::published).forEach(r -> System.out.println(r.recordID()));
 * }
 * bbb.recordings().publishRecordings(false, "ab12-1700000000000");
 * }</pre>
 *
 * <p>Errors are {@link BbbApiException}s with bbb-web's keys: {@code checksumError}, {@code missingParamRecordID},
 * {@code missingParamPublish}, {@code notFound} (none of the IDs exists); the text-track calls have their own
 * (see each method).
 */
public final class Recordings {
    /** The page size of {@link #streamAll} when the request has no {@code limit}. */
    public static final int DEFAULT_PAGE_SIZE = GetRecordingsRequest.MAX_LIMIT;

    private final RequestSigner signer;
    private final HttpTransport transport;

    Recordings(RequestSigner signer, HttpTransport transport) {
        this.signer = signer;
        this.transport = transport;
    }

    /**
     * One {@code getRecordings} answer. A {@code noRecordings} answer (nothing matched, or the server refuses to
     * list everything without a filter or a limit) is an empty page.
     */
    public RecordingsPage getRecordings(GetRecordingsRequest request) {
        int offset = request.offset().orElse(0);
        int limit = request.limit().orElse(0);
        return send(Wire.Recordings.GET_RECORDINGS, request.parameters(),
                (call, answer) -> RecordingMapper.page(call, answer, offset, limit));
    }

    /** The non-blocking twin of {@link #getRecordings(GetRecordingsRequest)}. */
    public CompletionStage<RecordingsPage> getRecordingsAsync(GetRecordingsRequest request) {
        int offset = request.offset().orElse(0);
        int limit = request.limit().orElse(0);
        return sendAsync(Wire.Recordings.GET_RECORDINGS, request.parameters(),
                (call, answer) -> RecordingMapper.page(call, answer, offset, limit));
    }

    /**
     * Every recording matching {@code request}'s filter, page after page, fetched lazily: a page is requested
     * only when the stream consumes past the previous one. Pages start at the request's offset (default 0) and
     * hold its limit (default {@value #DEFAULT_PAGE_SIZE}); the walk ends on an empty or short page, or once the
     * server's {@code totalElements} is reached. A server that does not page (before 3.0: no paging information in
     * its answer) is asked once, and its whole list is the stream. Each page is one call with the client's own
     * per-call deadline; a failing page throws from the stream's terminal operation. Recordings added or removed
     * while walking may shift pages (BBB pages by offset).
     */
    public Stream<Recording> streamAll(GetRecordingsRequest request) {
        int start = request.offset().orElse(0);
        int size = request.limit().orElse(DEFAULT_PAGE_SIZE);
        Iterator<Recording> pages = new PageIterator(request, start, size);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(pages,
                Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    /**
     * Publishes ({@code true}) or unpublishes recordings (exact IDs); returns once bbb-web confirmed.
     *
     * @throws BbbApiException {@code notFound} if none of the IDs exists
     * @throws BbbParameterException naming {@code recordID} if none is given or one is empty or has a comma
     */
    public void publishRecordings(boolean publish, String... recordIDs) {
        send(Wire.Recordings.PUBLISH_RECORDINGS, publishParameters(publish, recordIDs), RecordingMapper::published);
    }

    /** The non-blocking twin of {@link #publishRecordings(boolean, String...)}. */
    public CompletionStage<Void> publishRecordingsAsync(boolean publish, String... recordIDs) {
        return sendAsync(Wire.Recordings.PUBLISH_RECORDINGS, publishParameters(publish, recordIDs),
                RecordingMapper::published).thenApply(p -> null);
    }

    /**
     * Deletes recordings (exact IDs; any state); returns once bbb-web confirmed.
     *
     * @throws BbbApiException {@code notFound} if none of the IDs exists
     * @throws BbbParameterException naming {@code recordID} if none is given or one is empty or has a comma
     */
    public void deleteRecordings(String... recordIDs) {
        send(Wire.Recordings.DELETE_RECORDINGS, idsOnly(recordIDs), RecordingMapper::deleted);
    }

    /** The non-blocking twin of {@link #deleteRecordings(String...)}. */
    public CompletionStage<Void> deleteRecordingsAsync(String... recordIDs) {
        return sendAsync(Wire.Recordings.DELETE_RECORDINGS, idsOnly(recordIDs), RecordingMapper::deleted);
    }

    /**
     * Sets or removes metadata and the protected flag of recordings; returns once bbb-web confirmed.
     *
     * @throws BbbApiException {@code notFound} if none of the IDs exists
     */
    public void updateRecordings(UpdateRecordingsRequest request) {
        send(Wire.Recordings.UPDATE_RECORDINGS, request.parameters(), RecordingMapper::updated);
    }

    /** The non-blocking twin of {@link #updateRecordings(UpdateRecordingsRequest)}. */
    public CompletionStage<Void> updateRecordingsAsync(UpdateRecordingsRequest request) {
        return sendAsync(Wire.Recordings.UPDATE_RECORDINGS, request.parameters(), RecordingMapper::updated);
    }

    /**
     * The text tracks (subtitles, captions) of one recording, as {@code getRecordingTextTracks} lists them.
     *
     * @throws BbbApiException {@code noRecordings} if the recording has no captions directory (it does not exist,
     *                         or was made before BBB 2.2), {@code noCaptionsFound} if it has no track yet
     * @throws BbbParameterException naming {@code recordID} if it is empty or has a comma, blanks around or
     *                               control characters
     * @throws BbbUnsupportedCallException behind {@linkplain BigBlueButtonClient.Builder#scalelite(boolean)
     *                               Scalelite}, which does not proxy this call (the {@code …Async} twin throws it
     *                               too), nothing sent
     */
    public List<TextTrack> getRecordingTextTracks(String recordID) {
        return sendJson(Wire.Recordings.GET_RECORDING_TEXT_TRACKS, recordIdOnly(recordID), null,
                TextTrackMapper::tracks);
    }

    /** The non-blocking twin of {@link #getRecordingTextTracks(String)}. */
    public CompletionStage<List<TextTrack>> getRecordingTextTracksAsync(String recordID) {
        return sendJsonAsync(Wire.Recordings.GET_RECORDING_TEXT_TRACKS, recordIdOnly(recordID), null,
                TextTrackMapper::tracks);
    }

    /**
     * Uploads a subtitles or captions file for a recording ({@code multipart/form-data} POST); returns once
     * bbb-web accepted it for processing. The track is listed by {@link #getRecordingTextTracks(String)} after
     * BBB has processed it, usually within a minute.
     *
     * <pre>{@code
     * bbb.recordings().putRecordingTextTrack(PutTextTrackRequest
     *         .builder(recordID, TextTrackKind.SUBTITLES, "pt_BR").label("Português")
     *         .file(part.getSubmittedFileName(), part.getInputStream().readAllBytes()).build());
     * }</pre>
     *
     * @throws BbbApiException {@code noRecordings} (no such recording), {@code invalidKind}, {@code invalidLang},
     *                         {@code paramError}, {@code empty_uploaded_text_track}, {@code upload_text_track_failed},
     *                         {@code checksumError}
     * @throws BbbUnsupportedCallException behind {@linkplain BigBlueButtonClient.Builder#scalelite(boolean)
     *                         Scalelite}, which does not proxy this call (the {@code …Async} twin throws it too),
     *                         nothing sent
     */
    public void putRecordingTextTrack(PutTextTrackRequest request) {
        sendJson(Wire.Recordings.PUT_RECORDING_TEXT_TRACK, request.parameters(), upload(request),
                TextTrackMapper::uploaded);
    }

    /** The non-blocking twin of {@link #putRecordingTextTrack(PutTextTrackRequest)}. */
    public CompletionStage<Void> putRecordingTextTrackAsync(PutTextTrackRequest request) {
        return sendJsonAsync(Wire.Recordings.PUT_RECORDING_TEXT_TRACK, request.parameters(), upload(request),
                TextTrackMapper::uploaded);
    }

    private static RequestBody upload(PutTextTrackRequest request) {
        return Multipart.file(Wire.Recordings.FILE, request.filename(), request.fileContentType(), request.content());
    }

    private static List<Map.Entry<String, String>> recordIdOnly(String recordID) {
        return List.of(Map.entry(Wire.Recordings.RECORD_ID, RecordIds.check(recordID).get(0)));
    }

    private static List<Map.Entry<String, String>> idsOnly(String... recordIDs) {
        return List.of(Map.entry(Wire.Recordings.RECORD_ID, String.join(",", RecordIds.check(recordIDs))));
    }

    private static List<Map.Entry<String, String>> publishParameters(boolean publish, String... recordIDs) {
        return List.of(Map.entry(Wire.Recordings.RECORD_ID, String.join(",", RecordIds.check(recordIDs))),
                Map.entry(Wire.Recordings.PUBLISH, Boolean.toString(publish)));
    }

    private <T> T send(String call, List<Map.Entry<String, String>> params, BiFunction<String, Answer, T> reader) {
        URI url = signer.url(call, params);
        return reader.apply(call, transport.send(call, url, null));
    }

    private <T> CompletionStage<T> sendAsync(String call, List<Map.Entry<String, String>> params,
                                             BiFunction<String, Answer, T> reader) {
        URI url = signer.url(call, params);
        return transport.sendAsync(call, url, null).thenApply(a -> reader.apply(call, a));
    }

    private <T> T sendJson(String call, List<Map.Entry<String, String>> params, RequestBody body,
                           BiFunction<String, Answer, T> reader) {
        URI url = signer.url(call, params);
        return reader.apply(call, transport.send(call, url, HttpTransport.ACCEPT_JSON, body));
    }

    private <T> CompletionStage<T> sendJsonAsync(String call, List<Map.Entry<String, String>> params,
                                                 RequestBody body, BiFunction<String, Answer, T> reader) {
        URI url = signer.url(call, params);
        return transport.sendAsync(call, url, HttpTransport.ACCEPT_JSON, body).thenApply(a -> reader.apply(call, a));
    }

    /** Walks the pages of one filter, fetching the next page only when the current one is used up. */
    private final class PageIterator implements Iterator<Recording> {
        private final GetRecordingsRequest request;
        private final int size;
        private final Deque<Recording> buffered = new ArrayDeque<>();
        private int offset;
        private boolean last;

        PageIterator(GetRecordingsRequest request, int start, int size) {
            this.request = request;
            this.offset = start;
            this.size = size;
        }

        @Override
        public boolean hasNext() {
            while (buffered.isEmpty() && !last) {
                fetch();
            }
            return !buffered.isEmpty();
        }

        @Override
        public Recording next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return buffered.removeFirst();
        }

        private void fetch() {
            RecordingsPage page = getRecordings(request.page(offset, size));
            List<Recording> recordings = page.recordings();
            buffered.addAll(recordings);
            offset += recordings.size();
            // a server that sent no paging information did not page (before 3.0): its answer is everything
            last = recordings.size() != size
                    || page.paging().map(p -> offset >= p.totalElements()).orElse(true);
        }
    }
}
