package io.github.bbbjakarta.api;

import io.github.bbbjakarta.api.internal.Redaction;

import java.net.URI;
import java.util.Objects;

/**
 * A signed join URL to send a user's browser to. It is a credential (anyone holding it enters the meeting
 * as that user), so {@link #toString()} hides the checksum; use {@link #uri()} or {@link #toExternalForm()}
 * for the redirect. Immutable.
 */
public final class JoinUrl {
    private final URI uri;

    public JoinUrl(URI uri) {
        this.uri = Objects.requireNonNull(uri, "uri");
    }

    /** The full signed URL. */
    public URI uri() {
        return uri;
    }

    /** The full signed URL as text, for an HTTP redirect. */
    public String toExternalForm() {
        return uri.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JoinUrl j && uri.equals(j.uri);
    }

    @Override
    public int hashCode() {
        return uri.hashCode();
    }

    /** The URL with the checksum, passwords and session token replaced by {@code ***}. */
    @Override
    public String toString() {
        return Redaction.redact(uri.toString());
    }
}
