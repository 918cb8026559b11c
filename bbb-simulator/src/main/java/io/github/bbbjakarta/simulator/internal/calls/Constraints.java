package io.github.bbbjakarta.simulator.internal.calls;

import io.github.bbbjakarta.simulator.internal.http.SimRequest;
import io.github.bbbjakarta.simulator.internal.wire.BbbMessage;
import io.github.bbbjakarta.simulator.internal.wire.Wire;

import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.Locale;
import java.util.Set;

/**
 * The bbb-web 3.0 bean-validation constraints, one method each. A {@code null} value means the parameter was
 * absent; like bbb-web's own validators most constraints accept it.
 */
final class Constraints {
    private Constraints() {
    }

    /** {@code @ContentTypeConstraint}: only when Content-Length &gt; 0. */
    static void contentType(SimRequest req, Set<String> supported, Violations v) {
        if (req.contentLength() <= 0) {
            return;
        }
        String mime = req.mimeType();
        if (mime == null || !supported.contains(mime)) {
            v.add(BbbMessage.UNSUPPORTED_CONTENT_TYPE);
        }
    }

    /** {@code @MeetingIDConstraint}: NotEmpty, Size(2..256), Pattern {@code ^[^,]+$}. */
    static void meetingId(String id, Violations v) {
        if (id == null) {
            return;
        }
        v.addIf(id.isEmpty(), BbbMessage.MEETING_ID_MISSING);
        v.addIf(!lengthWithin(id, Wire.MIN_NAME_LENGTH, Wire.MAX_NAME_LENGTH), BbbMessage.MEETING_ID_SIZE);
        v.addIf(!id.matches("^[^,]+$"), BbbMessage.MEETING_ID_COMMA);
    }

    /** {@code @MeetingNameConstraint}: NotNull, NotEmpty, Size(2..256). */
    static void meetingName(String name, Violations v) {
        v.addIf(name == null, BbbMessage.MEETING_NAME_NULL);
        if (name != null) {
            v.addIf(name.isEmpty(), BbbMessage.MEETING_NAME_EMPTY);
            v.addIf(!lengthWithin(name, Wire.MIN_NAME_LENGTH, Wire.MAX_NAME_LENGTH), BbbMessage.MEETING_NAME_SIZE);
        }
    }

    /** {@code @PasswordConstraint}: a non-empty password must have 2..64 characters. */
    static void password(String pw, Violations v) {
        v.addIf(pw != null && !pw.isEmpty() && !lengthWithin(pw, Wire.MIN_PASSWORD_LENGTH, Wire.MAX_PASSWORD_LENGTH),
                BbbMessage.PASSWORD_LENGTH);
    }

    private static boolean lengthWithin(String s, int min, int max) {
        return s.length() >= min && s.length() <= max;
    }

    /** {@code @IsBooleanConstraint}: true, false, 0 or 1 (any case) when non-empty. */
    static void isBoolean(String value, BbbMessage m, Violations v) {
        if (value == null || value.isEmpty()) {
            return;
        }
        String l = value.toLowerCase(Locale.ROOT);
        v.addIf(!(l.equals("true") || l.equals("false") || l.equals("0") || l.equals("1")), m);
    }

    /** {@code @IsIntegralConstraint}: {@code Long.parseLong} must succeed when non-empty. */
    static void isIntegral(String value, BbbMessage m, Violations v) {
        if (value == null || value.isEmpty()) {
            return;
        }
        try {
            Long.parseLong(value);
        } catch (NumberFormatException e) {
            v.add(m);
        }
    }

    /** {@code ValidationService.isValidURL}. */
    static boolean isValidUrl(String url) {
        String u = url.replace(Wire.TOKEN_MEETING_ID, "123").replace(Wire.TOKEN_USER_ID, "456")
                .replace(Wire.TOKEN_USER_NAME, "John Doe");
        try {
            new URL(u).toURI();
            return true;
        } catch (MalformedURLException | URISyntaxException e) {
            return false;
        }
    }
}
