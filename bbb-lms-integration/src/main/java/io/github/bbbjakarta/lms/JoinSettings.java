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
 *
 * <table>
 * <caption>Configuration of the join decision</caption>
 * <tr><th>Property</th><th>Default</th><th>Meaning</th></tr>
 * <tr><td>{@code bbb.lms.wait-for-moderator}</td><td>{@code false}</td><td>viewers wait until a moderator is
 * connected (Moodle's "wait for moderator"); an activity may override it</td></tr>
 * <tr><td>{@code bbb.lms.moderator-early-join}</td><td>{@code 15m}</td><td>how long before the opening time
 * moderators may join; an activity may override it</td></tr>
 * <tr><td>{@code bbb.lms.duration-compensation}</td><td>{@code 10m}</td><td>added to the minutes left until the
 * closing time for create's {@code duration} (Moodle's {@code scheduled_duration_compensation})</td></tr>
 * <tr><td>{@code bbb.lms.wait-poll-interval}</td><td>{@code 10s}</td><td>{@link JoinDecision.Wait#pollAfter()}</td></tr>
 * <tr><td>{@code bbb.lms.meeting-info-cache-ttl}</td><td>{@code 5s}</td><td>how long one getMeetingInfo answers the
 * polls of all waiting users of a meeting (at most {@code 60s})</td></tr>
 * <tr><td>{@code bbb.lms.guest-link-key}</td><td>not set: no guest links</td><td>HMAC key of guest links, at least
 * 16 random characters; a new key revokes every link</td></tr>
 * </table>
 * Durations as bbb-cdi reads them ({@link io.github.bbbjakarta.cdi.ConfigDurations}: {@code 15m}, {@code 5s},
 * {@code PT15M}); problems fail the deployment, naming the
 * property and never the key.
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
