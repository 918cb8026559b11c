package io.github.bbbjakarta.simulator.internal.digest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The hash functions bbb-web names in {@code supportedChecksumAlgorithms}, in one table: name, JCA name and the
 * length of a hex checksum. Stateless and thread-safe.
 */
public final class Digests {
    private record Algorithm(String name, String jca, int hexLength) {
    }

    private static final List<Algorithm> TABLE = List.of(new Algorithm("sha1", "SHA-1", 40),
            new Algorithm("sha256", "SHA-256", 64), new Algorithm("sha384", "SHA-384", 96),
            new Algorithm("sha512", "SHA-512", 128));

    /** The algorithm names bbb-web knows, in its order: {@code sha1, sha256, sha384, sha512}. */
    public static final List<String> ALGORITHMS = TABLE.stream().map(Algorithm::name).toList();
    /** {@link #ALGORITHMS} as {@code bbb-web.properties} writes them: {@code sha1,sha256,sha384,sha512}. */
    public static final String ALGORITHM_LIST = String.join(",", ALGORITHMS);

    private Digests() {
    }

    /** The message for a name that is not one of {@link #ALGORITHMS}. */
    public static String unknownAlgorithm(String name) {
        return "Unknown checksum algorithm: " + name + " (known: " + String.join(", ", ALGORITHMS) + ")";
    }

    /** The bbb-web algorithm name for a checksum length, or {@code null}. */
    public static String algorithmFor(int length) {
        return TABLE.stream().filter(a -> a.hexLength == length).map(Algorithm::name).findFirst().orElse(null);
    }

    /** Lower-case hex SHA-1 of the UTF-8 bytes of {@code data} (bbb-web's {@code DigestUtils.sha1Hex}). */
    public static String sha1Hex(String data) {
        return hex("sha1", data);
    }

    /**
     * Lower-case hex digest of the UTF-8 bytes of {@code data}.
     *
     * @param algorithm a bbb-web name like {@code "sha256"}
     * @throws IllegalArgumentException for a name not in {@link #ALGORITHMS}
     */
    public static String hex(String algorithm, String data) {
        Algorithm a = TABLE.stream().filter(x -> x.name.equals(algorithm)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(unknownAlgorithm(algorithm)));
        try {
            MessageDigest md = MessageDigest.getInstance(a.jca);
            return HexFormat.of().formatHex(md.digest(data.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
