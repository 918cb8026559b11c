package io.github.bbbjakarta.simulator.internal.calls;

import io.github.bbbjakarta.simulator.internal.wire.BbbMessage;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * Collects validation violations the way bbb-web does: into a {@code java.util.HashMap} keyed by messageKey;
 * the answer is the first entry in HashMap iteration order. When two violations share a key, the first one
 * added (declaration order of the bbb-web request class) keeps its message. Not thread-safe; one per request.
 */
public final class Violations {
    private final HashMap<String, String> map = new HashMap<>();

    /** Records a violation. */
    public Violations add(BbbMessage m) {
        map.putIfAbsent(m.key(), m.message());
        return this;
    }

    /** Records a violation when the condition holds. */
    public Violations addIf(boolean condition, BbbMessage m) {
        if (condition) {
            add(m);
        }
        return this;
    }

    public boolean isEmpty() {
        return map.isEmpty();
    }

    /** The violation bbb-web reports: the first entry in iteration order. */
    public Optional<Map.Entry<String, String>> first() {
        Iterator<Map.Entry<String, String>> it = map.entrySet().iterator();
        if (!it.hasNext()) {
            return Optional.empty();
        }
        Map.Entry<String, String> e = it.next();
        return Optional.of(Map.entry(e.getKey(), e.getValue()));
    }
}
