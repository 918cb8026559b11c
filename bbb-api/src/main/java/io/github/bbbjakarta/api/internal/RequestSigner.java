package io.github.bbbjakarta.api.internal;

import io.github.bbbjakarta.api.ChecksumAlgorithm;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Turns a call name and its parameters into a signed URL:
 * {@code checksum = lower-hex(H(callName + queryString + secret))}, hashing exactly the query string that is
 * sent. Immutable and thread-safe; {@link #toString()} never shows the secret.
 */
public final class RequestSigner {
    private final URI apiBase;
    private final String secret;
    private final ChecksumAlgorithm algorithm;

    public RequestSigner(URI apiBase, String secret, ChecksumAlgorithm algorithm) {
        this.apiBase = Objects.requireNonNull(apiBase, "apiBase");
        this.secret = Objects.requireNonNull(secret, "secret");
        this.algorithm = Objects.requireNonNull(algorithm, "algorithm");
    }

    /** The normalised API base URL, ending in {@code /api/}. */
    public URI apiBase() {
        return apiBase;
    }

    public ChecksumAlgorithm algorithm() {
        return algorithm;
    }

    /** The checksum of a query string that is sent as is. */
    public String checksum(String call, String queryString) {
        return algorithm.hex(call + queryString + secret);
    }

    /** The signed query string: the encoded parameters followed by {@code checksum=...}. */
    public String signedQuery(String call, List<Map.Entry<String, String>> params) {
        String query = QueryString.encode(params);
        String checksum = checksum(call, query);
        return query.isEmpty() ? "checksum=" + checksum : query + "&checksum=" + checksum;
    }

    /** The full signed URL of a call. A credential: do not log it above DEBUG. */
    public URI url(String call, List<Map.Entry<String, String>> params) {
        return URI.create(apiBase.toString() + call + '?' + signedQuery(call, params));
    }

    /** The URL of a call without any query, for messages and logs. */
    public String publicUrl(String call) {
        return apiBase.toString() + call;
    }

    @Override
    public String toString() {
        return "RequestSigner[" + apiBase + ", " + algorithm.bbbName() + "]";
    }
}
