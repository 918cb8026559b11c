package io.github.bbbjakarta.lms.internal;

import io.github.bbbjakarta.api.MeetingInfo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A short-lived, per-meeting cache of getMeetingInfo for users waiting for a moderator: one answer serves every
 * caller for {@code ttl}, and while it is being fetched, every other caller for the same meeting waits for that one
 * request (single flight). So hundreds of polling viewers cost about one getMeetingInfo per {@code ttl}. A failed
 * fetch is not cached: its callers get its exception and the next caller asks again. Thread-safe.
 */
public final class MeetingInfoCache {
    /** Above this many meetings, stale entries are swept on the next fetch. */
    private static final int SWEEP_ABOVE = 1024;

    private record Entry(CompletableFuture<Optional<MeetingInfo>> answer, Instant fetchedAt) {
    }

    private final Duration ttl;
    private final Clock clock;
    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();

    /**
     * @param ttl   how long an answer serves
     * @param clock the time source of the ttl
     */
    public MeetingInfoCache(Duration ttl, Clock clock) {
        this.ttl = ttl;
        this.clock = clock;
    }

    /**
     * The meeting's info as fetched at most {@code ttl} ago; empty if the meeting did not exist then.
     *
     * @param fetch the getMeetingInfo call of the meeting's server, empty for an unknown meeting
     */
    public Optional<MeetingInfo> get(String meetingID, Function<String, Optional<MeetingInfo>> fetch) {
        Instant now = clock.instant();
        CompletableFuture<Optional<MeetingInfo>> mine = new CompletableFuture<>();
        Entry entry = entries.compute(meetingID, (id, old) ->
                old != null && (!old.answer().isDone() || fresh(old, now)) ? old : new Entry(mine, now));
        if (entry.answer() == mine) {
            if (entries.size() > SWEEP_ABOVE) {
                entries.values().removeIf(e -> e.answer().isDone() && !fresh(e, now));
            }
            try {
                mine.complete(fetch.apply(meetingID));
            } catch (RuntimeException | Error e) {
                entries.remove(meetingID, entry);
                mine.completeExceptionally(e);
                throw e;
            }
        }
        try {
            return entry.answer().join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    /** Forgets the meeting's cached answer (e.g. after it was created or ended through this application). */
    public void invalidate(String meetingID) {
        entries.computeIfPresent(meetingID, (id, e) -> e.answer().isDone() ? null : e);
    }

    private boolean fresh(Entry e, Instant now) {
        return now.isBefore(e.fetchedAt().plus(ttl));
    }

    @Override
    public String toString() {
        return "MeetingInfoCache[ttl=" + ttl + ", meetings=" + entries.size() + "]";
    }
}
