package io.github.bbbjakarta.api;

import io.github.bbbjakarta.api.internal.Redaction;

import java.net.URI;
import java.util.Objects;

/**
 * A signed join URL to send a user's browser to. It is a credential (anyone holding it enters the meeting
 * as that user), so {@link #toString()} hides the checksum; use {@link #uri()} or {@link #toExternalForm()}
 * for the redirect. Immutable and thread-safe.
 *
 * <p>One made by {@link Meetings#joinUrl(JoinMeetingRequest)} keeps the text and parses it into a {@link URI}
 * only when {@link #uri()} is first called: parsing costs more than signing, and a redirect with
 * {@link #toExternalForm()} does not need it.
 */
public final class JoinUrl {
    private final String text;
    private volatile URI uri;

    /** @param uri a signed join URL */
    public JoinUrl(URI uri) {
        this.uri = Objects.requireNonNull(uri, "uri");
        this.text = uri.toString();
    }

    /** From a URL the signer built, known to be a valid URI. */
    JoinUrl(String signedUrl) {
        this.text = Objects.requireNonNull(signedUrl, "signedUrl");
    }

    /** The full signed URL. */
    public URI uri() {
        URI u = uri;
        if (u == null) {
            u = URI.create(text);
            uri = u;
        }
        return u;
    }

    /** The full signed URL as text, for an HTTP redirect. */
    public String toExternalForm() {
        return text;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JoinUrl j && uri().equals(j.uri());
    }

    @Override
    public int hashCode() {
        return uri().hashCode();
    }

    /** The URL with the checksum, passwords and session token replaced by {@code ***}. */
    @Override
    public String toString() {
        return Redaction.redact(text);
    }
}
