package io.github.bbbjakarta.lms.internal;

import io.github.bbbjakarta.lms.MeetingContext;
import io.github.bbbjakarta.lms.Section;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Optional;

/**
 * Deterministic, opaque meeting IDs: {@code prefix + base64url(HMAC-SHA256(key, context))} without padding, 43
 * characters after the prefix. The context (tenant, course, activity, optional section) is encoded with a length
 * before each field, so no two contexts share an encoding, and with a version tag so that a future scheme never
 * collides with this one. Nothing of the LMS IDs can be read back from the ID. Immutable and thread-safe.
 */
public final class MeetingIds {
    /** Characters after the prefix. */
    public static final int HASH_LENGTH = 43;
    /** The longest prefix that keeps meeting IDs within 64 characters. */
    public static final int MAX_PREFIX_LENGTH = 64 - HASH_LENGTH;

    private static final String ALGORITHM = "HmacSHA256";
    private static final String VERSION = "bbb-jakarta/lms/meeting-id/v1";

    private final SecretKeySpec key;
    private final String prefix;

    /**
     * @param key    the HMAC key ({@code bbb.lms.meeting-id-key})
     * @param prefix a short readable prefix
     */
    public MeetingIds(String key, String prefix) {
        this.key = new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), ALGORITHM);
        this.prefix = prefix;
    }

    /** The meeting ID of a context. */
    public String meetingId(MeetingContext context) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            byte[] hash = mac.doFinal(encode(context));
            return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is not available in this JVM", e);
        }
    }

    /** The unambiguous encoding of the fields that identify a meeting (the enrolled count does not). */
    static byte[] encode(MeetingContext context) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(128);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            field(out, VERSION);
            field(out, context.course().tenant());
            field(out, context.course().id());
            field(out, context.activity().id());
            Optional<Section> section = context.section();
            out.writeBoolean(section.isPresent());
            if (section.isPresent()) {
                field(out, section.get().id());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void field(DataOutputStream out, String value) throws IOException {
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    @Override
    public String toString() {
        return "MeetingIds[prefix=" + prefix + ", key=***]";
    }
}
