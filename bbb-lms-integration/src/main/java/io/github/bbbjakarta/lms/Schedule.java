package io.github.bbbjakarta.lms;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * When an activity's meeting may be joined: an optional opening time and an optional closing time, as Moodle's
 * {@code openingtime}/{@code closingtime}. Before it opens, joins are refused (moderators may come a margin early);
 * from the closing time on, joins are refused and no meeting is created. Immutable and thread-safe.
 */
public final class Schedule {
    /** No opening or closing time: always open. */
    public static final Schedule ALWAYS_OPEN = new Schedule(null, null);

    private final Instant opensAt;
    private final Instant closesAt;

    private Schedule(Instant opensAt, Instant closesAt) {
        if (opensAt != null && closesAt != null && !closesAt.isAfter(opensAt)) {
            throw new IllegalArgumentException("schedule closesAt (" + closesAt + ") must be after opensAt ("
                    + opensAt + ")");
        }
        this.opensAt = opensAt;
        this.closesAt = closesAt;
    }

    /**
     * Open from {@code opensAt} until {@code closesAt}.
     *
     * @throws IllegalArgumentException if {@code closesAt} is not after {@code opensAt}
     */
    public static Schedule between(Instant opensAt, Instant closesAt) {
        return new Schedule(Objects.requireNonNull(opensAt, "opensAt"), Objects.requireNonNull(closesAt, "closesAt"));
    }

    /** Open from {@code opensAt} on, never closing. */
    public static Schedule opening(Instant opensAt) {
        return new Schedule(Objects.requireNonNull(opensAt, "opensAt"), null);
    }

    /** Open now and until {@code closesAt}. */
    public static Schedule closing(Instant closesAt) {
        return new Schedule(null, Objects.requireNonNull(closesAt, "closesAt"));
    }

    /** When the activity opens to participants, if it has an opening time. */
    public Optional<Instant> opensAt() {
        return Optional.ofNullable(opensAt);
    }

    /** When the activity closes, if it has a closing time. */
    public Optional<Instant> closesAt() {
        return Optional.ofNullable(closesAt);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Schedule s && Objects.equals(opensAt, s.opensAt) && Objects.equals(closesAt, s.closesAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(opensAt, closesAt);
    }

    @Override
    public String toString() {
        return "Schedule[opensAt=" + (opensAt == null ? "-" : opensAt) + ", closesAt="
                + (closesAt == null ? "-" : closesAt) + "]";
    }
}
