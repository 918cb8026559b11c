package io.github.bbbjakarta.simulator.internal.control;

import io.github.bbbjakarta.simulator.JournalEntry;

import java.util.ArrayDeque;
import java.util.List;

/**
 * The request journal: the most recent {@link #CAPACITY} requests, so a long-running standalone simulator does
 * not grow without bound. Thread-safe.
 */
public final class Journal {
    /** How many entries are kept; older ones are dropped first. */
    public static final int CAPACITY = 10_000;

    private final ArrayDeque<JournalEntry> entries = new ArrayDeque<>();

    public synchronized void add(JournalEntry e) {
        if (entries.size() == CAPACITY) {
            entries.removeFirst();
        }
        entries.addLast(e);
    }

    public synchronized List<JournalEntry> entries() {
        return List.copyOf(entries);
    }

    public synchronized void clear() {
        entries.clear();
    }
}
