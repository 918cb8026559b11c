package io.github.bbbjakarta.simulator.internal.digest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The hash functions bbb-web names in {@code supportedChecksumAlgorithms}, in one place: their names, the
 * checksum length of each and the hex digest. Stateless and thread-safe.
 */
public final class Digests {
    /** The algorithm names bbb-web knows, in its order. */
    public static final List<String> ALGORITHMS = List.of("sha1", "sha256", "sha384", "sha512");
    /** {@link #ALGORITHMS} as {@code bbb-web.properties} writes them (comma list). */
    public static final String ALGORITHM_LIST = String.join(",", ALGORITHMS);

    private Digests() {
    }

    /** The bbb-web algorithm name for a checksum length, or {@code null}. */
    public static String algorithmFor(int length) {
        switch (length) {
            case 40:
                return "sha1";
            case 64:
                return "sha256";
            case 96:
                return "sha384";
            case 128:
                return "sha512";
            default:
                return null;
        }
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
        String jca;
        switch (algorithm) {
            case "sha1":
                jca = "SHA-1";
                break;
            case "sha256":
                jca = "SHA-256";
                break;
            case "sha384":
                jca = "SHA-384";
                break;
            case "sha512":
                jca = "SHA-512";
                break;
            default:
                throw new IllegalArgumentException("Unknown checksum algorithm " + algorithm);
        }
        try {
            MessageDigest md = MessageDigest.getInstance(jca);
            return HexFormat.of().formatHex(md.digest(data.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
