package io.github.bbbjakarta.lms;

import io.github.bbbjakarta.api.GuestPolicy;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The per-activity settings of the join decision ({@link CourseMeetingService#join(MeetingContext, LmsUser,
 * JoinSettings)}): the schedule, whether viewers wait for a moderator, how early moderators may come, and the
 * meeting's guest policy. What is not set here comes from MicroProfile Config ({@code bbb.lms.wait-for-moderator},
 * {@code bbb.lms.moderator-early-join}). Store these with the activity in your LMS. Immutable and thread-safe.
 */
public final class JoinSettings {
    private static final JoinSettings DEFAULTS = new JoinSettings(Schedule.ALWAYS_OPEN, null, null, null);

    private final Schedule schedule;
    private final Boolean waitForModerator;
    private final Duration moderatorEarlyJoin;
    private final GuestPolicy guestPolicy;

    private JoinSettings(Schedule schedule, Boolean waitForModerator, Duration moderatorEarlyJoin,
                         GuestPolicy guestPolicy) {
        this.schedule = schedule;
        this.waitForModerator = waitForModerator;
        this.moderatorEarlyJoin = moderatorEarlyJoin;
        this.guestPolicy = guestPolicy;
    }

    /** Always open; everything else from the configuration. */
    public static JoinSettings defaults() {
        return DEFAULTS;
    }

    /** These settings with an opening and closing time. */
    public JoinSettings withSchedule(Schedule value) {
        return new JoinSettings(Objects.requireNonNull(value, "schedule"), waitForModerator, moderatorEarlyJoin,
                guestPolicy);
    }

    /** These settings with viewers waiting for a moderator ({@code true}) or opening the meeting themselves. */
    public JoinSettings withWaitForModerator(boolean value) {
        return new JoinSettings(schedule, value, moderatorEarlyJoin, guestPolicy);
    }

    /**
     * These settings with moderators allowed in this long before the opening time.
     *
     * @throws IllegalArgumentException if negative
     */
    public JoinSettings withModeratorEarlyJoin(Duration value) {
        if (Objects.requireNonNull(value, "moderatorEarlyJoin").isNegative()) {
            throw new IllegalArgumentException("moderatorEarlyJoin must not be negative, was " + value);
        }
        return new JoinSettings(schedule, waitForModerator, value, guestPolicy);
    }

    /**
     * These settings with the meeting created under this guest policy ({@code guestPolicy} of create); with
     * {@link GuestPolicy#ASK_MODERATOR} guests wait in BBB's lobby until a moderator lets them in.
     */
    public JoinSettings withGuestPolicy(GuestPolicy value) {
        return new JoinSettings(schedule, waitForModerator, moderatorEarlyJoin, Objects.requireNonNull(value,
                "guestPolicy"));
    }

    /** When the meeting may be joined. */
    public Schedule schedule() {
        return schedule;
    }

    /** Whether viewers wait for a moderator; empty for the configured default. */
    public Optional<Boolean> waitForModerator() {
        return Optional.ofNullable(waitForModerator);
    }

    /** How long before the opening time moderators may join; empty for the configured default. */
    public Optional<Duration> moderatorEarlyJoin() {
        return Optional.ofNullable(moderatorEarlyJoin);
    }

    /** The guest policy the meeting is created with; empty for BBB's default ({@code ALWAYS_ACCEPT}). */
    public Optional<GuestPolicy> guestPolicy() {
        return Optional.ofNullable(guestPolicy);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JoinSettings s && schedule.equals(s.schedule)
                && Objects.equals(waitForModerator, s.waitForModerator)
                && Objects.equals(moderatorEarlyJoin, s.moderatorEarlyJoin) && guestPolicy == s.guestPolicy;
    }

    @Override
    public int hashCode() {
        return Objects.hash(schedule, waitForModerator, moderatorEarlyJoin, guestPolicy);
    }

    @Override
    public String toString() {
        return "JoinSettings[" + schedule + ", waitForModerator=" + (waitForModerator == null ? "default" : waitForModerator)
                + ", moderatorEarlyJoin=" + (moderatorEarlyJoin == null ? "default" : moderatorEarlyJoin)
                + ", guestPolicy=" + (guestPolicy == null ? "default" : guestPolicy) + "]";
    }
}
