package io.github.bbbjakarta.lms.internal;

import io.github.bbbjakarta.api.CreateMeetingRequest;
import io.github.bbbjakarta.api.JoinUrl;
import io.github.bbbjakarta.api.MeetingInfo;
import io.github.bbbjakarta.api.Role;
import io.github.bbbjakarta.cdi.MeetingService;
import io.github.bbbjakarta.lms.GuestLink;
import io.github.bbbjakarta.lms.JoinDecision;
import io.github.bbbjakarta.lms.JoinDecision.ClosedReason;
import io.github.bbbjakarta.lms.JoinDecision.RefusedReason;
import io.github.bbbjakarta.lms.JoinDecision.WaitReason;
import io.github.bbbjakarta.lms.JoinSettings;
import io.github.bbbjakarta.lms.Schedule;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongFunction;

/**
 * The join decision, as Moodle's and Sakai's BBB tools make it: the schedule (with an early margin for moderators),
 * waiting for a moderator (viewers never create the meeting then; a shared, short cache of getMeetingInfo answers
 * their polls), create's {@code duration} from the closing time, and guest links. The caller supplies the role and
 * the ways to build join URLs, so role rules stay in one place. Thread-safe.
 */
public final class JoinDesk {
    /** The longest a guest link may be valid: a school year; rotate the key to end links earlier. */
    public static final Duration MAX_GUEST_LINK_VALIDITY = Duration.ofDays(366);

    private final JoinConfig config;
    private final Clock clock;
    private final MeetingInfoCache meetingInfo;
    private final Optional<GuestLinks> guestLinks;

    /**
     * @param config the join settings of the configuration
     * @param clock  the time of schedules, guest links and the cache
     */
    public JoinDesk(JoinConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
        this.meetingInfo = new MeetingInfoCache(config.meetingInfoCacheTtl(), clock);
        this.guestLinks = config.guestLinkKey().map(GuestLinks::new);
    }

    /**
     * Decides for a user of the LMS.
     *
     * @param server         the meeting's server
     * @param createAndJoin  create (idempotent) with the customizer, then the user's join URL
     * @param joinExisting   the user's join URL for an existing meeting with this createTime, without a create
     */
    public JoinDecision decide(MeetingService server, String meetingID, Role role, JoinSettings settings, Function<Consumer<CreateMeetingRequest.Builder>, JoinUrl> createAndJoin,
                               LongFunction<JoinUrl> joinExisting) {
        Instant now = clock.instant();
        Optional<JoinDecision> closed = closed(settings.schedule(), role, settings, now);
        if (closed.isPresent()) {
            return closed.get();
        }
        if (role == Role.VIEWER && settings.waitForModerator().orElse(config.waitForModerator())) {
            return whenModeratorPresent(server, meetingID, joinExisting, role);
        }
        Optional<Integer> duration = durationMinutes(settings.schedule(), now);
        JoinUrl url = createAndJoin.apply(create -> {
            duration.ifPresent(create::duration);
            settings.guestPolicy().ifPresent(create::guestPolicy);
        });
        return new JoinDecision.Join(url, role);
    }

    /**
     * Decides for a guest with a link: the link first, then the schedule; a guest never creates the meeting and
     * waits until a moderator is present.
     *
     * @param server      the meeting's server
     * @param joinAsGuest the guest's join URL ({@code guest=true}, VIEWER) for an existing meeting with this createTime
     */
    public JoinDecision decideForGuest(MeetingService server, String meetingID, String token, JoinSettings settings,
                                       LongFunction<JoinUrl> joinAsGuest) {
        Instant now = clock.instant();
        Optional<RefusedReason> refused = guestLinks.map(g -> g.check(meetingID, token, now))
                .orElse(Optional.of(RefusedReason.GUEST_LINK_INVALID));
        if (refused.isPresent()) {
            return new JoinDecision.Refused(refused.get());
        }
        Optional<JoinDecision> closed = closed(settings.schedule(), Role.VIEWER, settings, now);
        if (closed.isPresent()) {
            return closed.get();
        }
        return whenModeratorPresent(server, meetingID, joinAsGuest, Role.VIEWER);
    }

    /**
     * A guest link into the meeting, valid for {@code validFor} from now.
     *
     * @throws IllegalStateException    if {@code bbb.lms.guest-link-key} is not set
     * @throws IllegalArgumentException if {@code validFor} is not positive or longer than 366 days
     */
    public GuestLink createGuestLink(String meetingID, Duration validFor) {
        if (validFor.isNegative() || validFor.isZero() || validFor.compareTo(MAX_GUEST_LINK_VALIDITY) > 0) {
            throw new IllegalArgumentException("validFor must be positive and at most "
                    + MAX_GUEST_LINK_VALIDITY.toDays() + " days, was " + validFor);
        }
        GuestLinks links = guestLinks.orElseThrow(() -> new IllegalStateException("guest links are off: set "
                + JoinConfig.GUEST_LINK_KEY + " (at least " + LmsSettings.MIN_KEY_LENGTH + " random characters)"));
        return links.create(meetingID, clock.instant().plus(validFor));
    }

    private JoinDecision whenModeratorPresent(MeetingService server, String meetingID, LongFunction<JoinUrl> join,
                                              Role role) {
        Optional<MeetingInfo> info = meetingInfo.get(meetingID, server::findMeetingInfo);
        if (info.isEmpty() || info.get().moderatorCount() == 0) {
            return new JoinDecision.Wait(WaitReason.MODERATOR_NOT_PRESENT, config.pollInterval());
        }
        return new JoinDecision.Join(join.apply(info.get().createTime()), role);
    }

    private Optional<JoinDecision> closed(Schedule schedule, Role role, JoinSettings settings, Instant now) {
        Optional<Instant> closes = schedule.closesAt();
        if (closes.isPresent() && !now.isBefore(closes.get())) {
            return Optional.of(new JoinDecision.Closed(ClosedReason.CLOSED, closes.get()));
        }
        Optional<Instant> opens = schedule.opensAt();
        if (opens.isPresent()) {
            Instant from = role == Role.MODERATOR
                    ? opens.get().minus(settings.moderatorEarlyJoin().orElse(config.moderatorEarlyJoin()))
                    : opens.get();
            if (now.isBefore(from)) {
                return Optional.of(new JoinDecision.Closed(ClosedReason.NOT_OPEN_YET, from));
            }
        }
        return Optional.empty();
    }

    /** Whole minutes until the closing time, rounded up, plus the compensation; as Moodle computes it. */
    Optional<Integer> durationMinutes(Schedule schedule, Instant now) {
        return schedule.closesAt().map(closes -> {
            long millis = Duration.between(now, closes).toMillis();
            long minutes = (millis + 59_999) / 60_000 + config.durationCompensation().toMinutes();
            return (int) Math.min(minutes, Integer.MAX_VALUE);
        });
    }

    @Override
    public String toString() {
        return "JoinDesk[" + config + ", " + meetingInfo + "]";
    }
}
