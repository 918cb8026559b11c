package io.github.bbbjakarta.simulator.internal.control;

import io.github.bbbjakarta.simulator.JoinSession;
import io.github.bbbjakarta.simulator.JournalEntry;
import io.github.bbbjakarta.simulator.MeetingSnapshot;
import io.github.bbbjakarta.simulator.SimRole;
import io.github.bbbjakarta.simulator.SimulatorControl;
import io.github.bbbjakarta.simulator.Stub;
import io.github.bbbjakarta.simulator.internal.http.Params;
import io.github.bbbjakarta.simulator.internal.http.SimRequest;
import io.github.bbbjakarta.simulator.internal.http.SimResponse;
import io.github.bbbjakarta.simulator.internal.json.Json;
import io.github.bbbjakarta.simulator.internal.wire.Wire;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Serves a {@link SimulatorControl} as JSON under {@code /__admin/}. Paths:
 * <pre>
 * GET    /__admin/requests[?call=NAME]     journal entries
 * DELETE /__admin/requests                 clear the journal
 * POST   /__admin/reset                    reset everything
 * GET    /__admin/meetings                 meeting snapshots
 * GET    /__admin/sessions                 join sessions
 * POST   /__admin/sessions/connect         {"sessionToken":..}  connect a session's client
 * POST   /__admin/sessions/disconnect      {"sessionToken":..}  disconnect it
 * POST   /__admin/users                    {"meetingID":..,"fullName":..,"role":"MODERATOR","userID":..}
 * GET    /__admin/stubs                    installed stubs by call name
 * PUT    /__admin/stubs?call=NAME          install a stub ({"type":"response"|"badGateway"|"truncatedXml"|
 *                                          "delay"|"dropConnection", ...})
 * DELETE /__admin/stubs[?call=NAME]        remove one stub, or all
 * </pre>
 * Errors answer {@code {"error":..}} with 400 (bad request), 404 (unknown session or meeting), 405 or 409
 * (session denied or meeting ended). Thread-safe.
 */
public final class AdminApi {
    private final SimulatorControl control;

    public AdminApi(SimulatorControl control) {
        this.control = control;
    }

    /** Answers one admin request. */
    public SimResponse handle(SimRequest req) {
        String path = req.path().substring(Wire.ADMIN_PATH.length());
        if (path.endsWith("/") && path.length() > 1) {
            path = path.substring(0, path.length() - 1);
        }
        String method = req.method();
        Params q = Params.parse(req.rawQuery(), null);
        try {
            switch (path) {
                case "/requests":
                    if (method.equals("GET")) {
                        List<JournalEntry> entries = q.has("call") ? control.requests(q.first("call"))
                                : control.requests();
                        List<Object> out = new ArrayList<>();
                        entries.forEach(e -> out.add(SnapshotCodec.journalEntry(e)));
                        return ok(out);
                    }
                    if (method.equals("DELETE")) {
                        control.clearRequests();
                        return SimResponse.empty(204);
                    }
                    return notAllowed();
                case "/reset":
                    if (!method.equals("POST")) {
                        return notAllowed();
                    }
                    control.reset();
                    return SimResponse.empty(204);
                case "/meetings":
                    if (!method.equals("GET")) {
                        return notAllowed();
                    }
                    List<Object> meetings = new ArrayList<>();
                    for (MeetingSnapshot m : control.meetings()) {
                        meetings.add(SnapshotCodec.meeting(m));
                    }
                    return ok(meetings);
                case "/sessions":
                    if (!method.equals("GET")) {
                        return notAllowed();
                    }
                    List<Object> sessions = new ArrayList<>();
                    for (JoinSession s : control.joinSessions()) {
                        sessions.add(SnapshotCodec.session(s));
                    }
                    return ok(sessions);
                case "/sessions/connect":
                case "/sessions/disconnect":
                    if (!method.equals("POST")) {
                        return notAllowed();
                    }
                    String token = required(body(req), "sessionToken");
                    JoinSession s = path.endsWith("/connect") ? control.connect(token) : control.disconnect(token);
                    return ok(SnapshotCodec.session(s));
                case "/users":
                    if (!method.equals("POST")) {
                        return notAllowed();
                    }
                    Map<String, Object> u = body(req);
                    SimRole role;
                    try {
                        role = SimRole.valueOf(required(u, "role"));
                    } catch (IllegalArgumentException e) {
                        return error(400, "role must be MODERATOR or VIEWER");
                    }
                    JoinSession created = control.connectUser(required(u, "meetingID"), required(u, "fullName"),
                            role, SnapshotCodec.str(u, "userID"));
                    return ok(SnapshotCodec.session(created));
                case "/stubs":
                    return stubs(req, method, q);
                default:
                    return error(404, "Unknown admin path");
            }
        } catch (BadRequest e) {
            return error(400, e.getMessage());
        } catch (IllegalArgumentException e) {
            return error(404, e.getMessage());
        } catch (IllegalStateException e) {
            return error(409, e.getMessage());
        }
    }

    private SimResponse stubs(SimRequest req, String method, Params q) {
        switch (method) {
            case "GET":
                Map<String, Object> out = new LinkedHashMap<>();
                control.stubs().forEach((k, v) -> out.put(k, SnapshotCodec.stub(v)));
                return ok(out);
            case "PUT":
                if (!q.has("call")) {
                    throw new BadRequest("Missing query parameter call");
                }
                Stub stub;
                try {
                    stub = SnapshotCodec.toStub(body(req));
                } catch (IllegalArgumentException e) {
                    throw new BadRequest(e.getMessage());
                }
                control.stub(q.first("call"), stub);
                return SimResponse.empty(204);
            case "DELETE":
                if (q.has("call")) {
                    control.removeStub(q.first("call"));
                } else {
                    control.stubs().keySet().forEach(control::removeStub);
                }
                return SimResponse.empty(204);
            default:
                return notAllowed();
        }
    }

    private static Map<String, Object> body(SimRequest req) {
        try {
            return SnapshotCodec.obj(Json.parse(new String(req.body(), StandardCharsets.UTF_8)));
        } catch (IllegalArgumentException e) {
            throw new BadRequest("Body must be a JSON object: " + e.getMessage());
        }
    }

    private static String required(Map<String, Object> m, String key) {
        Object v = m.get(key);
        if (v == null) {
            throw new BadRequest("Missing " + key);
        }
        return v.toString();
    }

    private static SimResponse ok(Object value) {
        return SimResponse.json(200, Json.write(value));
    }

    private static SimResponse notAllowed() {
        return error(405, "Method not allowed");
    }

    private static SimResponse error(int status, String message) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("error", message);
        return SimResponse.json(status, Json.write(m));
    }

    /** A malformed admin request. */
    private static final class BadRequest extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadRequest(String message) {
            super(message);
        }
    }
}
