package io.github.bbbjakarta.api.internal;

import io.github.bbbjakarta.api.ChecksumAlgorithm;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * One {@link MessageDigest} per checksum algorithm and thread, reused: looking one up through the JCA providers
 * costs more than hashing a join URL. Thread-safe; a digest must not escape the calling thread.
 */
public final class Digests {
    private static final ChecksumAlgorithm[] ALGORITHMS = ChecksumAlgorithm.values();
    private static final ThreadLocal<MessageDigest[]> PER_THREAD =
            ThreadLocal.withInitial(() -> new MessageDigest[ALGORITHMS.length]);

    private Digests() {
    }

    /** This thread's digest for {@code algorithm}, reset and ready for input. */
    public static MessageDigest of(ChecksumAlgorithm algorithm) {
        MessageDigest[] digests = PER_THREAD.get();
        MessageDigest digest = digests[algorithm.ordinal()];
        if (digest == null) {
            digest = create(algorithm);
            digests[algorithm.ordinal()] = digest;
        } else {
            digest.reset();
        }
        return digest;
    }

    private static MessageDigest create(ChecksumAlgorithm algorithm) {
        try {
            return MessageDigest.getInstance(algorithm.jcaName());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm.jcaName() + " is missing from this JVM", e);
        }
    }
}
