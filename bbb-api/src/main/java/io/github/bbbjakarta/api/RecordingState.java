package io.github.bbbjakarta.api;

import java.util.Locale;

/**
 * A recording's state (reference §2.8). {@link #ANY} only filters ({@link GetRecordingsRequest.Builder#states});
 * {@link #UNKNOWN} only appears in answers, for a state this client does not know ({@link Recording#stateName()}
 * keeps the server's word).
 */
public enum RecordingState {
    /** Being processed. */
    PROCESSING,
    /** Processed, not yet published. */
    PROCESSED,
    /** Published: the playback is reachable. */
    PUBLISHED,
    /** Unpublished by an API call. */
    UNPUBLISHED,
    /** Deleted (kept on disk by bbb-web, hidden unless asked for). */
    DELETED,
    /** Filter only: every state. */
    ANY,
    /** Answer only: a state this client does not know. */
    UNKNOWN;

    /** The name on the wire: lower case. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The state a server named, {@link #UNKNOWN} for a name outside the answer states. */
    public static RecordingState fromWire(String name) {
        if (name != null) {
            String n = name.trim().toUpperCase(Locale.ROOT);
            for (RecordingState s : values()) {
                if (s != ANY && s != UNKNOWN && s.name().equals(n)) {
                    return s;
                }
            }
        }
        return UNKNOWN;
    }
}
