package io.github.bbbjakarta.lms;

import io.github.bbbjakarta.api.JoinUrl;
import io.github.bbbjakarta.api.Role;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * What a course page does with a user who clicks "join": send them in ({@link Join}), show a waiting page that polls
 * again ({@link Wait}), show when the activity opens or that it has closed ({@link Closed}), or refuse a guest link
 * ({@link Refused}). Answered by {@link CourseMeetingService#join(MeetingContext, LmsUser, JoinSettings)} and
 * {@link CourseMeetingService#joinAsGuest(MeetingContext, String, String, JoinSettings)}:
 * <pre>{@code
 * JoinDecision d = courseMeetings.join(ctx, user, settings);
 * if (d instanceof JoinDecision.Join j) {
 *     response.sendRedirect(j.url().toExternalForm());
 * } else if (d instanceof JoinDecision.Wait w) {
 *     showWaitingPage(w.pollAfter());          // the page asks join(...) again after that
 * } else if (d instanceof JoinDecision.Closed c) {
 *     showSchedule(c.reason(), c.at());
 * } else if (d instanceof JoinDecision.Refused r) {
 *     showRefused(r.reason());
 * }
 * }</pre>
 * All variants are immutable; none shows a token or checksum in {@code toString()}.
 */
public sealed interface JoinDecision {

    /**
     * Go in: send the browser to {@code url} (a credential: do not log or share it).
     *
     * @param url  the signed join URL
     * @param role the role the user joins with
     */
    record Join(JoinUrl url, Role role) implements JoinDecision {
        public Join {
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(role, "role");
        }
    }

    /**
     * Not yet: show a waiting page and ask again after {@code pollAfter}. Asking again is cheap: the meeting's state
     * is cached briefly and shared by every waiting user.
     *
     * @param reason    why the user waits
     * @param pollAfter when to ask again
     */
    record Wait(WaitReason reason, Duration pollAfter) implements JoinDecision {
        public Wait {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(pollAfter, "pollAfter");
        }
    }

    /**
     * Outside the activity's schedule.
     *
     * @param reason {@link ClosedReason#NOT_OPEN_YET} or {@link ClosedReason#CLOSED}
     * @param at     for {@code NOT_OPEN_YET}, when this user may join (the opening time, earlier for moderators);
     *               for {@code CLOSED}, the closing time
     */
    record Closed(ClosedReason reason, Instant at) implements JoinDecision {
        public Closed {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(at, "at");
        }
    }

    /**
     * Not allowed in (a guest link that is expired or not valid).
     *
     * @param reason why
     */
    record Refused(RefusedReason reason) implements JoinDecision {
        public Refused {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** Why a user waits. */
    enum WaitReason {
        /** The meeting does not exist yet or no moderator is connected, and viewers wait for one. */
        MODERATOR_NOT_PRESENT
    }

    /** Why the schedule keeps the user out. */
    enum ClosedReason {
        /** Before the opening time (less the early-join margin for moderators). */
        NOT_OPEN_YET,
        /** At or after the closing time. */
        CLOSED
    }

    /** Why a guest link is refused. */
    enum RefusedReason {
        /** The link's expiry has passed. */
        GUEST_LINK_EXPIRED,
        /**
         * The link is malformed, was forged or altered, belongs to another activity, or was signed with a key that
         * has since been rotated (or guest links are switched off).
         */
        GUEST_LINK_INVALID
    }
}
