package io.github.bbbjakarta.api.internal;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The body of a POST: its {@code Content-Type} and its bytes, sent as they are (with a {@code Content-Length}).
 * Immutable by convention: the bytes are not copied, and nobody changes them once handed over. Internal.
 */
public final class RequestBody {
    /** create's and insertDocument's body type. */
    public static final String XML = "application/xml";

    private final String contentType;
    private final byte[] content;

    private RequestBody(String contentType, byte[] content) {
        this.contentType = contentType;
        this.content = content;
    }

    /**
     * A body of this type; {@code contentType} must be one header line (no CR or LF).
     *
     * @throws IllegalArgumentException for a Content-Type that would break the request's head
     */
    public static RequestBody of(String contentType, byte[] content) {
        Objects.requireNonNull(content, "content");
        if (contentType == null || contentType.isEmpty()
                || contentType.chars().anyMatch(c -> c < 0x20 || c > 0x7e)) {
            throw new IllegalArgumentException("a Content-Type must be printable ASCII on one line");
        }
        return new RequestBody(contentType, content);
    }

    /** An XML document, UTF-8, as {@code application/xml}. */
    public static RequestBody xml(String xml) {
        return new RequestBody(XML, xml.getBytes(StandardCharsets.UTF_8));
    }

    /** The {@code Content-Type} header value. */
    public String contentType() {
        return contentType;
    }

    /** The bytes sent (not a copy). */
    public byte[] content() {
        return content;
    }

    @Override
    public String toString() {
        return "RequestBody[" + contentType + ", " + content.length + " bytes]";
    }
}
