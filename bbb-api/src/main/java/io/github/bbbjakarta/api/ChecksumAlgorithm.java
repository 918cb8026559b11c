package io.github.bbbjakarta.api;

import io.github.bbbjakarta.api.internal.Digests;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The hash functions BigBlueButton accepts for the request checksum.
 *
 * <p>The server picks the function by the checksum's length (40, 64, 96 or 128 hex digits) and accepts it
 * only if it is listed in its {@code supportedChecksumAlgorithms}. BBB 2.4 knows only {@link #SHA1} and
 * {@link #SHA256}; bbb-webhooks below 3.0 only {@link #SHA1}. Thread-safe.
 */
public enum ChecksumAlgorithm {
    /** SHA-1, 40 hex digits; the only one every BBB version accepts. */
    SHA1("sha1", "SHA-1"),
    /** SHA-256, 64 hex digits; the default of this library. */
    SHA256("sha256", "SHA-256"),
    /** SHA-384, 96 hex digits (BBB 2.5+). */
    SHA384("sha384", "SHA-384"),
    /** SHA-512, 128 hex digits (BBB 2.5+). */
    SHA512("sha512", "SHA-512");

    private final String bbbName;
    private final String jcaName;

    ChecksumAlgorithm(String bbbName, String jcaName) {
        this.bbbName = bbbName;
        this.jcaName = jcaName;
    }

    /** The name BBB uses in {@code supportedChecksumAlgorithms}, e.g. {@code sha256}. */
    public String bbbName() {
        return bbbName;
    }

    /**
     * Parses a BBB algorithm name ({@code sha1}, {@code sha256}, {@code sha384}, {@code sha512}),
     * case-insensitively; {@code SHA-256} is accepted too.
     *
     * @throws BbbParameterException if the name is not one of the four
     */
    public static ChecksumAlgorithm fromName(String name) {
        if (name != null) {
            String n = name.trim().toLowerCase(Locale.ROOT).replace("-", "");
            for (ChecksumAlgorithm a : values()) {
                if (a.bbbName.equals(n)) {
                    return a;
                }
            }
        }
        throw new BbbParameterException("checksum", "unknown checksum algorithm '" + name
                + "'; use one of " + names());
    }

    /** The BBB names of all algorithms, for messages: {@code sha1, sha256, sha384, sha512}. */
    public static String names() {
        StringBuilder sb = new StringBuilder();
        for (ChecksumAlgorithm a : values()) {
            sb.append(sb.length() == 0 ? "" : ", ").append(a.bbbName);
        }
        return sb.toString();
    }

    /** The Java Cryptography Architecture name of the hash, for {@link java.security.MessageDigest}, e.g. {@code SHA-256}. */
    public String jcaName() {
        return jcaName;
    }

    /** Lower-case hex of this hash over the UTF-8 bytes of {@code data}. */
    public String hex(String data) {
        return HexFormat.of().formatHex(Digests.of(this).digest(data.getBytes(StandardCharsets.UTF_8)));
    }
}
