package io.github.bbbjakarta.cdi.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A bounded, time-limited memory of the keys of handled callbacks, to drop retries and replays: a key is new once,
 * then known until it is older than the window or pushed out by {@link #capacity} newer keys. Thread-safe.
 */
public final class CallbackMemory {
    /** The most keys kept; the oldest go first beyond it. */
    public static final int DEFAULT_CAPACITY = 100_000;

    private final Duration window;
    private final int capacity;
    private final Clock clock;
    /** Keys in insertion order with the time they were remembered; guarded by {@code this}. */
    private final LinkedHashMap<String, Instant> keys = new LinkedHashMap<>();

    public CallbackMemory(Duration window, int capacity, Clock clock) {
        this.window = Objects.requireNonNull(window, "window");
        this.capacity = capacity;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Remembers a key.
     *
     * @return whether it was new (not seen within the window)
     */
    public synchronized boolean remember(String key) {
        return remember(key, window);
    }

    /**
     * Remembers a key for a shorter (or longer) time than the window.
     *
     * @return whether it was new (not seen within {@code within})
     */
    public synchronized boolean remember(String key, Duration within) {
        Instant now = clock.instant();
        expire(now);
        Instant seen = keys.get(key);
        if (seen != null && seen.plus(within).isAfter(now)) {
            return false;
        }
        keys.remove(key);
        keys.put(key, now);
        while (keys.size() > capacity) {
            Iterator<String> oldest = keys.keySet().iterator();
            oldest.next();
            oldest.remove();
        }
        return true;
    }

    /** Forgets a key, e.g. when handling its callback failed and a retry must be handled again. */
    public synchronized void forget(String key) {
        keys.remove(key);
    }

    /** How many keys are remembered now. */
    public synchronized int size() {
        expire(clock.instant());
        return keys.size();
    }

    private void expire(Instant now) {
        Iterator<Map.Entry<String, Instant>> it = keys.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<String, Instant> e = it.next();
            if (e.getValue().plus(window).isAfter(now)) {
                return;   // insertion order: the rest are younger
            }
            it.remove();
        }
    }
}
