package io.github.bbbjakarta.simulator.internal.routing;

import io.github.bbbjakarta.simulator.BreakoutGroupSnapshot;
import io.github.bbbjakarta.simulator.Parameter;
import io.github.bbbjakarta.simulator.internal.calls.GroupsParam;
import io.github.bbbjakarta.simulator.internal.http.Params;
import io.github.bbbjakarta.simulator.internal.http.SimRequest;
import io.github.bbbjakarta.simulator.internal.http.SimResponse;
import io.github.bbbjakarta.simulator.internal.state.Meeting;
import io.github.bbbjakarta.simulator.internal.state.MeetingRegistry;
import io.github.bbbjakarta.simulator.internal.state.RecordingStore;
import io.github.bbbjakarta.simulator.internal.state.UserSession;
import io.github.bbbjakarta.simulator.internal.wire.ApiParam;
import io.github.bbbjakarta.simulator.internal.wire.Wire;
import io.github.bbbjakarta.simulator.internal.xml.XmlOut;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The simulated HTML5 client ({@code /html5client}): a plain HTML page a person and a browser test can read and
 * drive. Opening it connects the session's user (bbb-web's {@code userJoined}); it refreshes itself every
 * {@value #REFRESH_SECONDS} s without connecting a user that left again. Its forms POST the user's leave, a
 * moderator's end of the meeting and a moderator's decision on a waiting guest, each answered with a 303 to a GET
 * page so that a reload never re-submits. The element ids are a contract (README "Simulated client and control
 * API"). Stateless; every answer is computed under the registry lock.
 */
final class ClientPages {
    /** How often the meeting page and the guest lobby reload themselves. */
    static final int REFRESH_SECONDS = 2;
    static final String LEAVE = "/leave";
    static final String END = "/end";
    static final String GUEST = "/guest";
    static final String LEFT = "/left";
    static final String ENDED = "/ended";
    /** Form fields of {@code POST /html5client/guest}. */
    static final String GUEST_USER_ID = "guestUserId";
    static final String DECISION = "decision";
    private static final String TITLE_SUFFIX = " - BigBlueButton (simulated)";
    private static final String GET_HEAD = "GET, HEAD";
    private static final String POST = "POST";

    private final MeetingRegistry registry;
    private final RecordingStore recordings;

    ClientPages(MeetingRegistry registry, RecordingStore recordings) {
        this.registry = registry;
        this.recordings = recordings;
    }

    /**
     * Answers a request under {@code /html5client}.
     *
     * @param formBody the POSTed {@code x-www-form-urlencoded} body, or {@code null}
     */
    SimResponse handle(SimRequest req, String formBody) {
        String sub = req.path().substring(Wire.CLIENT_PATH.length());
        boolean read = "GET".equals(req.method()) || "HEAD".equals(req.method());
        boolean post = POST.equals(req.method());
        Params params = Params.parse(req.rawQuery(), post ? formBody : null);
        String token = params.first(ApiParam.SESSION_TOKEN);
        switch (sub) {
            case "":
                return read ? registry.atomically(() -> client(token, "GET".equals(req.method())))
                        : methodNotAllowed(GET_HEAD);
            case LEFT:
                return read ? registry.atomically(() -> left(token)) : methodNotAllowed(GET_HEAD);
            case ENDED:
                return read ? registry.atomically(() -> ended(token)) : methodNotAllowed(GET_HEAD);
            case LEAVE:
                return post ? registry.atomically(() -> leave(token)) : methodNotAllowed(POST);
            case END:
                return post ? registry.atomically(() -> end(token)) : methodNotAllowed(POST);
            case GUEST:
                return post ? registry.atomically(() -> guestDecision(token, params.first(GUEST_USER_ID),
                        params.first(DECISION))) : methodNotAllowed(POST);
            default:
                return page(404, "Not found", "", "<p id=\"not-found\">No such page.</p>");
        }
    }

    /**
     * The client page. A GET connects the user unless it left (then the page says so); a HEAD answers the same
     * status without connecting anybody.
     */
    private SimResponse client(String token, boolean connect) {
        registry.tick();
        UserSession s = registry.session(token);
        SimResponse gone = gone(s, token);
        if (gone != null) {
            return gone;
        }
        Meeting m = registry.meetingOf(s);
        if (Wire.DENY.equals(s.guestStatus())) {
            return page(403, "Denied", "", "<p id=\"denied\" class=\"notice\">" + esc(s.fullName())
                    + " was denied access to " + esc(m.name()) + ".</p>");
        }
        if (s.left()) {
            return leftPage(m.name());
        }
        if (Wire.WAIT.equals(s.guestStatus())) {
            return page(200, "Guest lobby", refresh(), "<h1>" + esc(m.name()) + "</h1>\n"
                    + "<p id=\"lobby\" class=\"notice\">" + esc(s.fullName()) + " is waiting for a moderator of "
                    + esc(m.name()) + " to be let in.</p>\n" + leaveForm(s));
        }
        if (connect && !registry.isConnected(s)) {
            registry.connect(s);
        }
        return meetingPage(s, m);
    }

    /** The answer for an unknown token or a session whose meeting ended, or {@code null} when it is alive. */
    private SimResponse gone(UserSession s, String token) {
        if (s == null) {
            String ended = registry.endedMeetingName(token);
            return ended != null ? meetingEndedPage(ended)
                    : page(404, "Invalid session", "", "<p id=\"invalid\" class=\"notice\">No session has this token."
                    + "</p>");
        }
        Meeting m = registry.meetingOf(s);
        return m == null ? meetingEndedPage(null) : null;
    }

    private SimResponse left(String token) {
        registry.tick();
        UserSession s = registry.session(token);
        if (s != null && s.left() && registry.meetingOf(s) != null) {
            return leftPage(registry.meetingOf(s).name());
        }
        SimResponse gone = gone(s, token);
        return gone != null ? gone : backToClient(token);
    }

    private SimResponse ended(String token) {
        registry.tick();
        String name = registry.endedMeetingName(token);
        if (name != null && registry.session(token) == null) {
            return page(200, "Ended", "", "<h1>" + esc(name) + "</h1>\n<p id=\"ended\" class=\"notice\">You ended "
                    + esc(name) + ". The meeting is over for everyone.</p>");
        }
        SimResponse gone = gone(registry.session(token), token);
        return gone != null ? gone : backToClient(token);
    }

    /** The user's leave button: disconnects it as {@code SimulatorControl.disconnect} does. */
    private SimResponse leave(String token) {
        registry.tick();
        UserSession s = registry.session(token);
        SimResponse gone = gone(s, token);
        if (gone != null) {
            return gone;
        }
        registry.disconnect(s);
        return SimResponse.seeOther("left?" + ApiParam.SESSION_TOKEN + "=" + urlEncode(token));
    }

    /** A moderator's "end meeting": ends it as the {@code end} call does (callbacks, webhooks, recording). */
    private SimResponse end(String token) {
        return asConnectedModerator(token, "end the meeting", s -> {
            registry.end(registry.meetingOf(s));
            return SimResponse.seeOther("ended?" + ApiParam.SESSION_TOKEN + "=" + urlEncode(token));
        });
    }

    /** A moderator lets a waiting guest in ({@code allow}) or denies it ({@code deny}). */
    private SimResponse guestDecision(String token, String guestUserId, String decision) {
        return asConnectedModerator(token, "let guests in", s -> {
            String d = decision == null ? "" : decision.toLowerCase(Locale.ROOT);
            if (!"allow".equals(d) && !"deny".equals(d)) {
                return page(400, "Bad request", "", "<p id=\"bad-request\" class=\"notice\">Parameter " + DECISION
                        + " must be allow or deny.</p>");
            }
            for (UserSession guest : registry.waitingGuests(registry.meetingOf(s))) {
                if (guest.internalUserId().equals(guestUserId)) {
                    registry.decideGuest(guest, "allow".equals(d));
                }
            }
            return backToClient(token);
        });
    }

    /**
     * Runs a moderator's action for the session of {@code token}: the "gone" page for an unknown session or an ended
     * meeting, 403 unless the session is a connected moderator.
     *
     * @param what the action, for the 403 page ("end the meeting")
     */
    private SimResponse asConnectedModerator(String token, String what, Function<UserSession, SimResponse> action) {
        registry.tick();
        UserSession s = registry.session(token);
        SimResponse gone = gone(s, token);
        if (gone != null) {
            return gone;
        }
        if (!Wire.MODERATOR.equals(s.role()) || s.left() || !registry.isConnected(s)) {
            return page(403, "Forbidden", "", "<p id=\"forbidden\" class=\"notice\">Only a connected moderator can "
                    + what + ".</p>");
        }
        return action.apply(s);
    }

    /** 303 to the client page, relative to a page under {@code /html5client/}. */
    private static SimResponse backToClient(String token) {
        return SimResponse.seeOther("../html5client?" + ApiParam.SESSION_TOKEN + "=" + urlEncode(token == null ? ""
                : token));
    }

    private SimResponse meetingPage(UserSession s, Meeting m) {
        StringBuilder b = new StringBuilder(2048);
        b.append("<h1 id=\"meeting-name\">").append(esc(m.name())).append("</h1>\n");
        b.append("<p id=\"status\">").append(esc(s.fullName())).append(" joined ").append(esc(m.name()))
                .append(".</p>\n");
        b.append("<section class=\"card\" id=\"you\">\n<h2>You</h2>\n<dl>\n");
        b.append("<dt>Name</dt><dd id=\"user-name\">").append(esc(s.fullName())).append("</dd>\n");
        b.append("<dt>Role</dt><dd id=\"user-role\">").append(esc(s.role())).append("</dd>\n");
        String userId = s.externalUserId().equals(s.internalUserId()) ? "" : s.externalUserId();
        b.append("<dt>User ID</dt><dd id=\"user-id\">").append(esc(userId)).append("</dd>\n");
        List<BreakoutGroupSnapshot> groups = groups(m);
        if (!groups.isEmpty()) {
            BreakoutGroupSnapshot mine = groups.stream().filter(g -> g.roster().contains(s.externalUserId()))
                    .findFirst().orElse(null);
            b.append("<dt>Breakout room</dt><dd id=\"breakout-group\"");
            if (mine != null) {
                b.append(" data-group-id=\"").append(esc(mine.id())).append("\">").append(esc(mine.name()));
            } else {
                b.append(">no group");
            }
            b.append("</dd>\n");
        }
        b.append("</dl>\n");
        if (s.guest()) {
            b.append("<span id=\"guest\" class=\"badge\">guest</span>\n");
        }
        if (recordings.recording(m)) {
            b.append("<span id=\"recording\" class=\"badge rec\">recording</span>\n");
        }
        b.append("</section>\n");
        List<Meeting.UserView> online = m.users().stream().filter(u -> !u.left()).toList();
        b.append("<section class=\"card\">\n<h2>Participants (<span id=\"participant-count\">")
                .append(online.size()).append("</span>)</h2>\n<ul id=\"participants\">\n");
        for (Meeting.UserView u : online) {
            b.append("<li class=\"participant\" data-role=\"").append(esc(u.role())).append("\">")
                    .append(esc(u.fullName())).append(" (").append(esc(u.role())).append(")</li>\n");
        }
        b.append("</ul>\n</section>\n");
        boolean moderator = Wire.MODERATOR.equals(s.role());
        List<UserSession> waiting = registry.waitingGuests(m).stream().filter(g -> !g.left()).toList();
        if (moderator && !waiting.isEmpty()) {
            b.append("<section class=\"card\">\n<h2>Waiting guests</h2>\n<ul id=\"waiting-guests\">\n");
            for (UserSession g : waiting) {
                b.append("<li class=\"waiting-guest\" data-user-id=\"").append(esc(g.internalUserId())).append("\">")
                        .append("<span class=\"guest-name\">").append(esc(g.fullName())).append("</span> ")
                        .append(guestForm(s, g, "allow", "Admit")).append(guestForm(s, g, "deny", "Deny"))
                        .append("</li>\n");
            }
            b.append("</ul>\n</section>\n");
        }
        b.append("<div class=\"actions\">\n").append(leaveForm(s));
        if (moderator) {
            b.append(form("html5client" + END, s, "", "<button id=\"end-meeting\" class=\"danger\" type=\"submit\">"
                    + "End meeting</button>"));
        }
        b.append("</div>\n");
        return page(200, m.name(), refresh(), b.toString());
    }

    private static String leaveForm(UserSession s) {
        return form("html5client" + LEAVE, s, "", "<button id=\"leave\" type=\"submit\">Leave meeting</button>");
    }

    private static String guestForm(UserSession s, UserSession guest, String decision, String label) {
        return form("html5client" + GUEST, s, hidden(GUEST_USER_ID, guest.internalUserId()) + hidden(DECISION, decision),
                "<button class=\"" + decision + "\" type=\"submit\">" + label + "</button>");
    }

    /** A POST form relative to the page at {@code /html5client} (so that a servlet context path is kept). */
    private static String form(String action, UserSession s, String fields, String button) {
        return "<form method=\"post\" action=\"" + action + "\">" + hidden(ApiParam.SESSION_TOKEN, s.sessionToken())
                + fields + button + "</form>\n";
    }

    private static String hidden(String name, String value) {
        return "<input type=\"hidden\" name=\"" + esc(name) + "\" value=\"" + esc(value) + "\">";
    }

    private static List<BreakoutGroupSnapshot> groups(Meeting m) {
        String param = m.spec().createParams().stream().filter(p -> ApiParam.GROUPS.equals(p.name()))
                .map(Parameter::value).findFirst().orElse(null);
        try {
            return GroupsParam.parse(param);
        } catch (RuntimeException e) {
            return List.of(); // create refused such a value already
        }
    }

    private static SimResponse leftPage(String meetingName) {
        return page(200, "Left", "", "<h1>" + esc(meetingName) + "</h1>\n<p id=\"left\" class=\"notice\">You left "
                + esc(meetingName) + ".</p>");
    }

    private static SimResponse meetingEndedPage(String meetingName) {
        String text = meetingName == null ? "The meeting of this session has ended."
                : "The meeting " + esc(meetingName) + " has ended.";
        return page(404, "Meeting ended", "", "<p id=\"meeting-ended\" class=\"notice\">" + text + "</p>");
    }

    private static SimResponse methodNotAllowed(String allow) {
        return page(405, "Method not allowed", "", "<p id=\"method-not-allowed\" class=\"notice\">Use " + allow
                + ".</p>").withHeader("Allow", allow);
    }

    private static String refresh() {
        return "<meta http-equiv=\"refresh\" content=\"" + REFRESH_SECONDS + "\">\n";
    }

    private static String esc(String s) {
        return XmlOut.escape(s == null ? "" : s);
    }

    private static String urlEncode(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static final String STYLE = "<style>\n"
            + "body{margin:0;font-family:system-ui,-apple-system,\"Segoe UI\",Roboto,sans-serif;background:#f3f6f9;"
            + "color:#1c2733}\n"
            + "header.bar{background:#0f70d7;color:#fff;padding:.75rem 1.5rem;font-weight:600;letter-spacing:.02em}\n"
            + "main{max-width:44rem;margin:1.5rem auto;padding:0 1rem}\n"
            + "h1{font-size:2rem;margin:.5rem 0 1rem}\n"
            + "h2{font-size:1.05rem;margin:0 0 .6rem;color:#4a5a6a}\n"
            + ".card{background:#fff;border-radius:8px;box-shadow:0 1px 3px rgba(0,0,0,.12);padding:1rem 1.25rem;"
            + "margin-bottom:1rem}\n"
            + "dl{display:grid;grid-template-columns:9rem 1fr;gap:.3rem .75rem;margin:0 0 .5rem}\n"
            + "dt{color:#4a5a6a}dd{margin:0;font-weight:600}\n"
            + "ul{margin:0;padding-left:1.2rem}li{margin:.2rem 0}\n"
            + ".badge{display:inline-block;border-radius:999px;padding:.1rem .6rem;margin-right:.4rem;font-size:.85rem;"
            + "background:#e4ebf2}\n"
            + ".rec{background:#d93025;color:#fff}\n"
            + ".actions{display:flex;gap:.75rem}form{display:inline;margin:0}\n"
            + "button{font:inherit;border:0;border-radius:6px;padding:.5rem 1rem;background:#0f70d7;color:#fff;"
            + "cursor:pointer}\n"
            + "button.danger,button.deny{background:#d93025}\n"
            + ".notice{font-size:1.15rem}\n"
            + "#status{color:#4a5a6a}\n"
            + "</style>\n";

    /**
     * An HTML5 page with the simulator's header bar: {@code title} is text (escaped here), {@code head} and
     * {@code body} are HTML already escaped. Not cached by the browser.
     */
    private static SimResponse page(int status, String title, String head, String body) {
        String html = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n" + head
                + "<title>" + esc(title) + TITLE_SUFFIX + "</title>\n" + STYLE + "</head>\n<body>\n"
                + "<header class=\"bar\">BigBlueButton (simulated)</header>\n<main>\n" + body + "\n</main>\n"
                + "</body>\n</html>\n";
        return SimResponse.of(status, Wire.CONTENT_TYPE_HTML, html).withHeader("Cache-Control", "no-store");
    }
}
