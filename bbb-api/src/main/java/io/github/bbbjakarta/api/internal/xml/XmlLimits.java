package io.github.bbbjakarta.api.internal.xml;

/**
 * The limits every BBB answer is read under. An answer beyond one is not a BBB answer: reading it stops with
 * a {@link MalformedResponseException} naming the limit. The body size itself is limited by the transport.
 */
public final class XmlLimits {
    /** Deepest element nesting, root included. BBB's deepest answer (a recording's playback) is about 8. */
    public static final int MAX_DEPTH = 64;
    /**
     * Most elements in one answer, or in one item of a list read item by item ({@link BbbXml#forEach}): a meeting
     * with 10,000 attendees fits; 200,000 metadata entries do not.
     */
    public static final int MAX_ELEMENTS = 100_000;
    /** Longest text of one element, in characters. */
    public static final int MAX_TEXT_LENGTH = 1 << 20;

    private XmlLimits() {
    }
}
