package io.github.bbbjakarta.lms.internal;

import io.github.bbbjakarta.lms.GuestLink;
import io.github.bbbjakarta.lms.JoinDecision.RefusedReason;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Signs and checks guest links: token = {@code <expiry in epoch seconds>.<base64url(HMAC-SHA256(key, version,
 * meeting ID, expiry))>}. The meeting ID binds a link to one activity's meeting (and section); the expiry cannot be
 * changed without the key. Nothing is stored: a new key makes every earlier link invalid. Immutable and thread-safe;
 * never logs or shows a token or the key.
 */
public final class GuestLinks {
    private static final String ALGORITHM = "HmacSHA256";
    private static final String VERSION = "bbb-jakarta/lms/guest-link/v1";
    /** Expiry seconds (at most 12 digits), a dot, 43 base64url characters. */
    private static final Pattern TOKEN = Pattern.compile("([0-9]{1,12})\\.([A-Za-z0-9_-]{43})");

    private final SecretKeySpec key;

    /** @param key the HMAC key ({@code bbb.lms.guest-link-key}) */
    public GuestLinks(String key) {
        this.key = new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    /** A link into the meeting that works until {@code expiresAt} (to the second, rounded down). */
    public GuestLink create(String meetingID, Instant expiresAt) {
        long expiry = expiresAt.getEpochSecond();
        return new GuestLink(expiry + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(mac(meetingID, expiry)), Instant.ofEpochSecond(expiry));
    }

    /**
     * Checks a token for the meeting at {@code now}: the signature first (so that a forged token never learns
     * anything about expiry), then the expiry.
     *
     * @return empty if the link is good, else why it is refused
     */
    public Optional<RefusedReason> check(String meetingID, String token, Instant now) {
        var m = token == null ? null : TOKEN.matcher(token);
        if (m == null || !m.matches()) {
            return Optional.of(RefusedReason.GUEST_LINK_INVALID);
        }
        long expiry = Long.parseLong(m.group(1));
        byte[] given = m.group(2).getBytes(StandardCharsets.US_ASCII);
        byte[] expected = Base64.getUrlEncoder().withoutPadding().encode(mac(meetingID, expiry));
        if (!MessageDigest.isEqual(given, expected)) {
            return Optional.of(RefusedReason.GUEST_LINK_INVALID);
        }
        return now.getEpochSecond() >= expiry ? Optional.of(RefusedReason.GUEST_LINK_EXPIRED) : Optional.empty();
    }

    private byte[] mac(String meetingID, long expiry) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            mac.update((VERSION + "\n" + meetingID + "\n" + expiry).getBytes(StandardCharsets.UTF_8));
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is not available in this JVM", e);
        }
    }

    @Override
    public String toString() {
        return "GuestLinks[key=***]";
    }
}
