package io.github.bbbjakarta.demo;

import io.github.bbbjakarta.lms.JoinDecision;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.Instant;

/**
 * What the join links answer in the browser: a redirect into the meeting, or a small HTML page (waiting, closed,
 * refused). One method per {@link JoinDecision} variant, as the README's course page does.
 */
final class Pages {
    private Pages() {
    }

    /** The decision as the browser should see it; {@code base} is the demo's URL, {@code back} the course page's. */
    static Response of(JoinDecision decision, String base, String back) {
        if (decision instanceof JoinDecision.Join j) {
            // The signed join URL is a credential: it goes to the browser only, never to a log.
            return Response.seeOther(j.url().uri()).build();
        } else if (decision instanceof JoinDecision.Wait w) {
            // Reload this same URL after pollAfter: the next join() answers Join once a moderator is in. Cheap:
            // bbb-lms-integration asks getMeetingInfo at most once per meeting per cache TTL for all waiting users.
            long seconds = Math.max(1, w.pollAfter().toSeconds());
            return html(Response.Status.OK, "Waiting for the instructor", """
                    <section id="waiting">
                      <h1>Waiting for the instructor…</h1>
                      <p>The meeting starts when a moderator is in. This page checks again every %d s by itself.</p>
                    </section>""".formatted(seconds), base, back).header("Refresh", Long.toString(seconds)).build();
        } else if (decision instanceof JoinDecision.Closed c) {
            String text = c.reason() == JoinDecision.ClosedReason.NOT_OPEN_YET ? "Not open yet: opens at" : "Closed since";
            return html(Response.Status.CONFLICT, "Closed", """
                    <section id="closed" data-reason="%s">
                      <h1>This activity is closed</h1>
                      <p class="reason">%s <time datetime="%s">%s</time></p>
                    </section>""".formatted(c.reason(), text, c.at(), readable(c.at())), base, back).build();
        } else if (decision instanceof JoinDecision.Refused r) {
            String text = r.reason() == JoinDecision.RefusedReason.GUEST_LINK_EXPIRED
                    ? "This guest link has expired." : "This guest link is not valid.";
            return html(Response.Status.FORBIDDEN, "Refused", """
                    <section id="refused" data-reason="%s">
                      <h1>You cannot join</h1>
                      <p class="reason">%s Ask the instructor for a new one.</p>
                    </section>""".formatted(r.reason(), text), base, back).build();
        }
        throw new IllegalStateException("unknown decision " + decision);
    }

    /** The guest page: a name, then join as a guest. */
    static Response guestForm(String base, String course, String activity, String activityName, String token) {
        return html(Response.Status.OK, "Join as a guest", """
                <section id="guest">
                  <h1>Join “%s” as a guest</h1>
                  <form method="get" action="guest/join">
                    <input type="hidden" name="course" value="%s">
                    <input type="hidden" name="activity" value="%s">
                    <input type="hidden" name="token" value="%s">
                    <label for="guest-name">Your name</label>
                    <input id="guest-name" name="name" required maxlength="100" autocomplete="name">
                    <button id="guest-join" type="submit">Join</button>
                  </form>
                </section>""".formatted(escape(activityName), escape(course), escape(activity), escape(token)), base, null)
                .build();
    }

    static Response.ResponseBuilder html(Response.Status status, String title, String body, String base, String back) {
        String link = back == null ? "" : "<p><a id=\"back\" href=\"%s\">Back to the course</a></p>".formatted(escape(back));
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity("""
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>%s – Demo LMS</title>
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <link rel="stylesheet" href="%sapp.css"></head>
                <body class="page"><main>
                %s
                %s
                </main></body></html>
                """.formatted(escape(title), escape(base), body, link));
    }

    private static String readable(Instant at) {
        return at.toString().replace('T', ' ').replace("Z", " UTC");
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
