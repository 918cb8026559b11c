package io.github.bbbjakarta.api;

import io.github.bbbjakarta.api.internal.Checks;
import io.github.bbbjakarta.api.internal.Wire.Param;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An {@code insertDocument} call (BBB 2.5+): documents added to a meeting's presentation area, sent as a
 * {@code POST} with the same XML body as create's pre-upload. Documents are {@link PresentationDocument#fromUrl
 * downloaded by the server} or {@link PresentationDocument#fromBytes embedded} base64-encoded; a document marked
 * {@link PresentationDocument#current(boolean) current} becomes the shown one. Immutable.
 */
public final class InsertDocumentRequest {
    /**
     * Largest total size of the embedded documents of one request, in bytes before base64: BBB's default
     * {@code maxFileSizeUpload} (30,000,000). Note that a default BBB install limits POST bodies to about 2 MB
     * (nginx), so larger documents are best inserted by URL.
     */
    public static final int MAX_EMBEDDED_BYTES = 30_000_000;

    private final String meetingID;
    private final List<PresentationDocument> documents;

    private InsertDocumentRequest(String meetingID, List<PresentationDocument> documents) {
        this.meetingID = meetingID;
        this.documents = documents;
    }

    /**
     * Documents for a meeting.
     *
     * @throws BbbParameterException for an invalid meetingID, no documents, or embedded documents larger than
     *                               {@link #MAX_EMBEDDED_BYTES} in total
     */
    public static InsertDocumentRequest of(String meetingID, List<PresentationDocument> documents) {
        Checks.meetingId(Param.MEETING_ID, meetingID);
        if (documents == null || documents.isEmpty()) {
            throw new BbbParameterException("documents", "needs at least one document");
        }
        long embedded = 0;
        for (PresentationDocument d : documents) {
            Objects.requireNonNull(d, "documents must not contain null");
            if (d.url() == null) {
                embedded += d.contentLength();
            }
        }
        if (embedded > MAX_EMBEDDED_BYTES) {
            throw new BbbParameterException("documents", "embedded documents total " + embedded
                    + " bytes, more than " + MAX_EMBEDDED_BYTES + "; insert large documents by URL");
        }
        return new InsertDocumentRequest(meetingID, List.copyOf(documents));
    }

    /** {@link #of(String, List)} with documents as arguments. */
    public static InsertDocumentRequest of(String meetingID, PresentationDocument... documents) {
        return of(meetingID, documents == null ? null : List.of(documents));
    }

    /** The meeting the documents go to. */
    public String meetingID() {
        return meetingID;
    }

    /** The documents, in the order sent. */
    public List<PresentationDocument> documents() {
        return documents;
    }

    List<Map.Entry<String, String>> parameters() {
        return List.of(Map.entry(Param.MEETING_ID, meetingID));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof InsertDocumentRequest r && meetingID.equals(r.meetingID) && documents.equals(r.documents);
    }

    @Override
    public int hashCode() {
        return Objects.hash(meetingID, documents);
    }

    @Override
    public String toString() {
        return "InsertDocumentRequest[meetingID=" + meetingID + ", documents=" + documents + "]";
    }
}
