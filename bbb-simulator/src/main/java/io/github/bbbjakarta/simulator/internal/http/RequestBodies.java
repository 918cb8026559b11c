package io.github.bbbjakarta.simulator.internal.http;

import java.io.IOException;
import java.io.InputStream;

/** Reads request bodies under the simulator's size limit, for every transport adapter. Stateless. */
public final class RequestBodies {
    private RequestBodies() {
    }

    /**
     * Reads a whole body of at most {@code maxBytes}.
     *
     * @param contentLength the announced length, or -1 when unknown (chunked)
     * @return the body, or {@code null} when it is (or is announced to be) larger than {@code maxBytes}; the rest
     *         is then left unread
     */
    public static byte[] readAtMost(InputStream in, long contentLength, int maxBytes) throws IOException {
        if (contentLength > maxBytes) {
            return null;
        }
        byte[] body = in.readNBytes(maxBytes + 1);
        return body.length > maxBytes ? null : body;
    }
}
