package io.github.bbbjakarta.api.internal;

import io.github.bbbjakarta.api.ChecksumAlgorithm;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Turns a call name and its parameters into a signed URL:
 * {@code checksum = lower-hex(H(callName + queryString + secret))}, hashing exactly the query string that is
 * sent. The query is encoded once into an ASCII buffer that is hashed in place and becomes the URL's query, with
 * this thread's digest ({@link Digests}). Immutable and thread-safe; {@link #toString()} never shows the secret.
 */
public final class RequestSigner {
    private static final String CHECKSUM = Wire.Param.CHECKSUM + "=";
    private static final byte[] HEX_LOWER = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    private final URI apiBase;
    private final String apiBaseText;
    private final byte[] secret;
    private final ChecksumAlgorithm algorithm;

    public RequestSigner(URI apiBase, String secret, ChecksumAlgorithm algorithm) {
        this.apiBase = Objects.requireNonNull(apiBase, "apiBase");
        this.apiBaseText = apiBase.toString();
        this.secret = Objects.requireNonNull(secret, "secret").getBytes(StandardCharsets.UTF_8);
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
        MessageDigest digest = Digests.of(algorithm);
        digest.update(call.getBytes(StandardCharsets.UTF_8));
        digest.update(queryString.getBytes(StandardCharsets.UTF_8));
        digest.update(secret);
        QueryString.Ascii hex = new QueryString.Ascii(digest.getDigestLength() * 2);
        appendHex(digest.digest(), hex);
        return hex.toString();
    }

    /** The signed query string: the encoded parameters followed by {@code checksum=...}. */
    public String signedQuery(String call, List<Map.Entry<String, String>> params) {
        return signedQueryBuffer(call, params).toString();
    }

    /** The full signed URL of a call. A credential: do not log it above DEBUG. */
    public URI url(String call, List<Map.Entry<String, String>> params) {
        return URI.create(urlText(call, params));
    }

    /**
     * The full signed URL of a call as text, without the cost of parsing it into a {@link URI}; for a call name of
     * URL-safe characters (every name in {@code Wire.Call}) it is a valid URI. A credential.
     */
    public String urlText(String call, List<Map.Entry<String, String>> params) {
        return apiBaseText + call + '?' + signedQueryBuffer(call, params);
    }

    /** The URL of a call without any query, for messages and logs. */
    public String publicUrl(String call) {
        return apiBaseText + call;
    }

    private QueryString.Ascii signedQueryBuffer(String call, List<Map.Entry<String, String>> params) {
        MessageDigest digest = Digests.of(algorithm);
        QueryString.Ascii query = new QueryString.Ascii(params.size() * 32 + CHECKSUM.length()
                + digest.getDigestLength() * 2 + 1);
        QueryString.encode(params, query);
        digest.update(call.getBytes(StandardCharsets.UTF_8));
        digest.update(query.bytes(), 0, query.length());
        digest.update(secret);
        if (query.length() > 0) {
            query.append('&');
        }
        for (int i = 0; i < CHECKSUM.length(); i++) {
            query.append(CHECKSUM.charAt(i));
        }
        appendHex(digest.digest(), query);
        return query;
    }

    private static void appendHex(byte[] hash, QueryString.Ascii out) {
        out.ensureSpace(hash.length * 2);
        for (byte b : hash) {
            out.append(HEX_LOWER[(b >> 4) & 0xF]).append(HEX_LOWER[b & 0xF]);
        }
    }

    @Override
    public String toString() {
        return "RequestSigner[" + apiBase + ", " + algorithm.bbbName() + "]";
    }
}
