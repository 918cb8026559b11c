package io.github.bbbjakarta.simulator.internal.wire;

/**
 * The simulator's own limits on what a request may contain (bbb-web has none of these; the simulator has them so
 * that hostile input gets a clean answer instead of a dropped connection), with the answers they give.
 */
public final class Limits {
    /** messageKey of the FAILED answer to a body larger than the configured maximum. */
    public static final String BODY_TOO_LARGE = "requestBodyTooLarge";
    /** messageKey of the FAILED answer to an XML body nested deeper than {@link #MAX_XML_DEPTH}. */
    public static final String BODY_TOO_DEEP = "requestBodyTooDeep";
    /** Deepest element nesting of a {@code create} XML body (a real one has 3: modules, module, document). */
    public static final int MAX_XML_DEPTH = 64;
    /** Deepest nesting of an admin API JSON body (Parsson's own limit is 1000). */
    public static final int MAX_JSON_DEPTH = 64;

    private Limits() {
    }

    /** The message of {@link #BODY_TOO_LARGE}. */
    public static String bodyTooLarge(int maxBytes) {
        return "The request body is larger than the simulator's limit of " + maxBytes + " bytes";
    }

    /** The message of {@link #BODY_TOO_DEEP}. */
    public static String xmlTooDeep() {
        return "The XML body nests elements deeper than the simulator's limit of " + MAX_XML_DEPTH;
    }
}
