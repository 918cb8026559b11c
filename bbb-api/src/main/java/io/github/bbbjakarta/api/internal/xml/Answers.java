package io.github.bbbjakarta.api.internal.xml;

import io.github.bbbjakarta.api.BbbApiException;
import io.github.bbbjakarta.api.BbbTransportException;
import io.github.bbbjakarta.api.internal.HttpTransport.Answer;
import io.github.bbbjakarta.api.internal.Redaction;
import io.github.bbbjakarta.api.internal.Wire.Key;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * What every mapper shares: an answer is a BBB answer only with HTTP 200 and well-formed XML under the limits
 * ({@link BbbTransportException} otherwise), and a success only with {@code returncode=SUCCESS}
 * ({@link BbbApiException} otherwise); plus the readers of BBB's values (trimmed text, booleans, grouped
 * numbers). Never returns a half-empty object.
 */
public final class Answers {
    public static final int HTTP_OK = 200;

    private Answers() {
    }

    /** Parses a 200 XML answer into {@code type} and throws on {@code FAILED}. */
    public static <T extends ResponseXml> T success(String call, Answer answer, Class<T> type) {
        requireOk(call, answer);
        T xml;
        try {
            xml = BbbXml.parse(answer.body(), type);
        } catch (MalformedResponseException e) {
            throw notBbb(call, answer, e);
        }
        return checked(call, xml);
    }

    /**
     * Reads a 200 XML answer whose {@code <wrapper>} list is handed to {@code action} item by item (see
     * {@link BbbXml#forEach}), then throws on {@code FAILED}.
     */
    public static <I> void successEach(String call, Answer answer, String wrapper, String item, Class<I> itemType,
                                       Consumer<? super I> action) {
        requireOk(call, answer);
        ResponseXml head;
        try {
            head = BbbXml.forEach(new ByteArrayInputStream(answer.body()), wrapper, item, itemType, action);
        } catch (MalformedResponseException e) {
            throw notBbb(call, answer, e);
        }
        checked(call, head);
    }

    /**
     * {@link #successEach(String, Answer, String, String, Class, Consumer)} that also binds the named
     * {@code <response>} children (see {@link BbbXml#forEach(java.io.InputStream, String, String, Class, Consumer,
     * Map, BiConsumer)}).
     */
    public static <I> void successEach(String call, Answer answer, String wrapper, String item, Class<I> itemType,
                                       Consumer<? super I> action, Map<String, Class<?>> siblings,
                                       BiConsumer<String, Object> siblingAction) {
        requireOk(call, answer);
        ResponseXml head;
        try {
            head = BbbXml.forEach(new ByteArrayInputStream(answer.body()), wrapper, item, itemType, action, siblings,
                    siblingAction);
        } catch (MalformedResponseException e) {
            throw notBbb(call, answer, e);
        }
        checked(call, head);
    }

    private static void requireOk(String call, Answer answer) {
        if (answer.status() != HTTP_OK) {
            throw new BbbTransportException(call, answer.describeStatus() + " instead of a BBB answer"
                    + snippet(answer.body()), answer.status(), null);
        }
    }

    private static BbbTransportException notBbb(String call, Answer answer, MalformedResponseException e) {
        return new BbbTransportException(call, "not a BBB XML answer: " + e.getMessage() + snippet(answer.body()),
                answer.status(), e);
    }

    private static <T extends ResponseXml> T checked(String call, T xml) {
        if (!Key.RETURNCODE_SUCCESS.equals(text(xml.returncode))) {
            if (xml.errors != null && !xml.errors.isEmpty() && xml.errors.get(0) != null) {
                ResponseXml.ErrorXml first = xml.errors.get(0);
                throw new BbbApiException(call, text(first.key), text(first.message));
            }
            throw new BbbApiException(call, text(xml.messageKey), text(xml.message));
        }
        return xml;
    }

    /** Trimmed text, empty for a missing element. */
    public static String text(String s) {
        return s == null ? "" : s.trim();
    }

    /** Trimmed text, {@code null} for a missing or empty element. */
    public static String optional(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** Trimmed text of an element a complete answer has. */
    public static String required(String call, String element, String value) {
        if (value == null || value.isBlank()) {
            throw new BbbTransportException(call, "incomplete BBB answer: <" + element + "> is missing", HTTP_OK, null);
        }
        return value.trim();
    }

    /** {@code true} only for {@code true} (any case, blanks around); missing is {@code false}. */
    public static boolean bool(String s) {
        return s != null && Boolean.parseBoolean(s.trim());
    }

    /**
     * A counter as BBB prints it: possibly empty (0), possibly grouped ("1,000"). BBB keeps its counters in Java
     * {@code int}s, so a value outside {@code int} is not a BBB answer: it is refused, never wrapped.
     */
    public static int integer(String call, String element, String s) {
        long value = number(call, element, s);
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw new BbbTransportException(call, "<" + element + "> is out of range: '" + shortText(s) + "'",
                    HTTP_OK, null);
        }
        return (int) value;
    }

    /** A time in epoch milliseconds or another {@code long}; empty is 0; outside {@code long} is refused. */
    public static long number(String call, String element, String s) {
        if (s == null || s.isBlank()) {
            return 0;
        }
        String digits = s.trim().replace(",", "").replace("\u00a0", "").replace("\u202f", "").replace(" ", "");
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            throw new BbbTransportException(call, "<" + element + "> is not a number in range: '" + shortText(s) + "'",
                    HTTP_OK, e);
        }
    }

    /** An enum constant by name, any case. */
    public static <E extends Enum<E>> E enumValue(String call, String element, Class<E> type, String s) {
        String name = required(call, element, s).toUpperCase(Locale.ROOT);
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(name)) {
                return e;
            }
        }
        throw new BbbTransportException(call, "<" + element + "> has an unknown value '" + shortText(s) + "'",
                HTTP_OK, null);
    }

    private static String shortText(String s) {
        String t = s.trim().replaceAll("\\p{Cntrl}", " ");
        return t.length() <= 40 ? t : t.substring(0, 40) + "…";
    }

    /** The first characters of a body, for messages, with credentials masked. */
    public static String snippet(byte[] body) {
        if (body == null || body.length == 0) {
            return " (empty body)";
        }
        String s = new String(body, 0, Math.min(body.length, 120), StandardCharsets.UTF_8)
                .replaceAll("[\\s\\p{Cntrl}]+", " ").trim();
        return " (body starts: " + Redaction.redact(s) + ")";
    }
}
