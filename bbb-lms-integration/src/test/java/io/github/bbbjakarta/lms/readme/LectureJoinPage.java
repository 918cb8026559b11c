package io.github.bbbjakarta.lms.readme;

// tag::join[]
import io.github.bbbjakarta.api.GuestPolicy;
import io.github.bbbjakarta.lms.*;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;

public class LectureJoinPage {
    @Inject CourseMeetingService courseMeetings;

    /** The course page's "join" button; the waiting page comes back here after pollAfter. */
    public void join(MeetingContext ctx, LmsUser user, Instant opensAt, Instant closesAt, String coursePage,
                     HttpServletResponse response) throws IOException {
        JoinSettings settings = JoinSettings.defaults()              // stored with the activity in your LMS
                .withSchedule(Schedule.between(opensAt, closesAt))   // or opening(..), closing(..), ALWAYS_OPEN
                .withWaitForModerator(true)                          // default: bbb.lms.wait-for-moderator
                .withGuestPolicy(GuestPolicy.ASK_MODERATOR);         // create's guestPolicy
        show(courseMeetings.join(ctx, user, settings, b -> b.logoutURL(coursePage)), response);
    }

    /** An instructor's "invite a guest" button: the link for the guest page below. */
    public String invite(MeetingContext ctx, String guestPageUrl) {
        GuestLink link = courseMeetings.createGuestLink(ctx, Duration.ofDays(7));
        return guestPageUrl + "?t=" + link.token();                  // a credential until link.expiresAt()
    }

    /** The guest page, after the guest typed a name. */
    public void joinAsGuest(MeetingContext ctx, JoinSettings settings, String token, String name,
                            HttpServletResponse response) throws IOException {
        show(courseMeetings.joinAsGuest(ctx, token, name, settings), response);
    }

    private static void show(JoinDecision d, HttpServletResponse response) throws IOException {
        if (d instanceof JoinDecision.Join j) {
            response.sendRedirect(j.url().toExternalForm());
        } else if (d instanceof JoinDecision.Wait w) {               // poll cheaply: the answer is cached
            response.setHeader("Refresh", Long.toString(w.pollAfter().toSeconds()));
            response.getWriter().println("Waiting for the moderator…");
        } else if (d instanceof JoinDecision.Closed c) {             // NOT_OPEN_YET: c.at() is when you may come
            response.getWriter().println(c.reason() + " " + c.at());
        } else if (d instanceof JoinDecision.Refused r) {            // GUEST_LINK_EXPIRED or GUEST_LINK_INVALID
            response.sendError(HttpServletResponse.SC_FORBIDDEN, r.reason().toString());
        }
    }
}
// end::join[]
