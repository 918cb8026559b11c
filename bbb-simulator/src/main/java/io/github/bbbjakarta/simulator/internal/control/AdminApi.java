package io.github.bbbjakarta.simulator.internal.control;

import io.github.bbbjakarta.simulator.CallbackSnapshot;
import io.github.bbbjakarta.simulator.HookSnapshot;
import io.github.bbbjakarta.simulator.JoinSession;
import io.github.bbbjakarta.simulator.JournalEntry;
import io.github.bbbjakarta.simulator.MeetingSnapshot;
import io.github.bbbjakarta.simulator.RecordingSettings;
import io.github.bbbjakarta.simulator.SimRole;
import io.github.bbbjakarta.simulator.SimulatorControl;
import io.github.bbbjakarta.simulator.Stub;
import io.github.bbbjakarta.simulator.internal.http.Params;
import io.github.bbbjakarta.simulator.internal.http.SimRequest;
import io.github.bbbjakarta.simulator.internal.http.SimResponse;
import io.github.bbbjakarta.simulator.internal.json.JsonTrees;
import io.github.bbbjakarta.simulator.internal.wire.Wire;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Serves a {@link SimulatorControl} as JSON under {@code /__admin/}; the routes are those of {@link AdminRoute}:
 * <pre>
 * GET    /__admin/requests[?call=NAME]     journal entries
 * DELETE /__admin/requests                 clear the journal
 * POST   /__admin/reset                    reset everything
 * GET    /__admin/meetings                 meeting snapshots
 * GET    /__admin/hooks                    hooks (bbb-webhooks)
 * GET    /__admin/callbacks                outgoing callbacks (end, meetingEndedURL, recording ready)
 * GET    /__admin/chatMessages?meetingID=ID chat messages sent to a meeting
 * GET    /__admin/sessions                 join sessions
 * POST   /__admin/sessions/connect         {"sessionToken":..}  connect a session's client
 * POST   /__admin/sessions/disconnect      {"sessionToken":..}  disconnect it
 * POST   /__admin/users                    {"meetingID":..,"fullName":..,"role":"MODERATOR","userID":..}
 * GET    /__admin/stubs                    installed stubs by call name
 * PUT    /__admin/stubs?call=NAME          install a stub ({"type":"response"|"badGateway"|"truncatedXml"|
 *                                          "delay"|"dropConnection", ...})
 * DELETE /__admin/stubs[?call=NAME]        remove one stub, or all
 * GET    /__admin/recordings               recording snapshots
 * POST   /__admin/recordings/start         {"meetingID":..}  start recording a meeting
 * POST   /__admin/recordings/stop          {"meetingID":..}  stop recording it
 * POST   /__admin/recordings/advance       move every recording one state on; {"moved":n}
 * GET    /__admin/recordings/settings      recording settings
 * PUT    /__admin/recordings/settings      replace them
 * POST   /__admin/recordings               a seed {"meetingID":..} or an array of seeds: add recordings
 * GET    /__admin/recordings/textTracks?recordID=ID  text tracks of a recording
 * POST   /__admin/meetings/end             {"meetingID":..}  end a meeting
 * </pre>
 * Errors answer {@code {"error":..}} with 400 (bad request, JSON nested deeper than 64), 404 (unknown session or
 * meeting), 405, 409 (session denied or meeting ended) or 413 (body over the size limit). Thread-safe.
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
        Optional<AdminRoute> route = AdminRoute.find(req.method(), path);
        if (route.isEmpty()) {
            return AdminRoute.knownPath(path) ? error(405, "Method not allowed") : error(404, "Unknown admin path");
        }
        Params q = Params.parse(req.rawQuery(), null);
        try {
            return answer(route.get(), req, q);
        } catch (BadRequest e) {
            return error(400, e.getMessage());
        } catch (IllegalArgumentException e) {
            return error(404, e.getMessage());
        } catch (IllegalStateException e) {
            return error(409, e.getMessage());
        }
    }

    private SimResponse answer(AdminRoute route, SimRequest req, Params q) {
        switch (route) {
            case REQUESTS:
                List<JournalEntry> entries = q.has(AdminRoute.CALL) ? control.requests(q.first(AdminRoute.CALL))
                        : control.requests();
                JsonArrayBuilder out = JsonTrees.array();
                entries.forEach(e -> out.add(SnapshotCodec.journalEntry(e)));
                return ok(out.build());
            case CLEAR_REQUESTS:
                control.clearRequests();
                return SimResponse.empty(204);
            case RESET:
                control.reset();
                return SimResponse.empty(204);
            case MEETINGS:
                JsonArrayBuilder meetings = JsonTrees.array();
                for (MeetingSnapshot m : control.meetings()) {
                    meetings.add(SnapshotCodec.meeting(m));
                }
                return ok(meetings.build());
            case CALLBACKS:
                JsonArrayBuilder callbacks = JsonTrees.array();
                for (CallbackSnapshot c : control.callbacks()) {
                    callbacks.add(SnapshotCodec.callback(c));
                }
                return ok(callbacks.build());
            case HOOKS:
                JsonArrayBuilder hooks = JsonTrees.array();
                for (HookSnapshot h : control.hooks()) {
                    hooks.add(SnapshotCodec.hook(h));
                }
                return ok(hooks.build());
            case CHAT_MESSAGES:
                if (!q.has(AdminRoute.MEETING_ID)) {
                    throw new BadRequest("Missing query parameter " + AdminRoute.MEETING_ID);
                }
                JsonArrayBuilder chat = JsonTrees.array();
                control.chatMessages(q.first(AdminRoute.MEETING_ID)).forEach(c -> chat.add(SnapshotCodec.chat(c)));
                return ok(chat.build());
            case SESSIONS:
                JsonArrayBuilder sessions = JsonTrees.array();
                for (JoinSession s : control.joinSessions()) {
                    sessions.add(SnapshotCodec.session(s));
                }
                return ok(sessions.build());
            case CONNECT:
                return ok(SnapshotCodec.session(control.connect(required(body(req), AdminRoute.SESSION_TOKEN))));
            case DISCONNECT:
                return ok(SnapshotCodec.session(control.disconnect(required(body(req), AdminRoute.SESSION_TOKEN))));
            case USERS:
                JsonObject u = body(req);
                SimRole role;
                try {
                    role = SimRole.valueOf(required(u, AdminRoute.ROLE));
                } catch (IllegalArgumentException e) {
                    throw new BadRequest("role must be MODERATOR or VIEWER");
                }
                JoinSession created = control.connectUser(required(u, AdminRoute.MEETING_ID),
                        required(u, AdminRoute.FULL_NAME), role, JsonTrees.str(u, AdminRoute.USER_ID));
                return ok(SnapshotCodec.session(created));
            case STUBS:
                JsonObjectBuilder stubs = JsonTrees.object();
                control.stubs().forEach((k, v) -> stubs.add(k, SnapshotCodec.stub(v)));
                return ok(stubs.build());
            case PUT_STUB:
                if (!q.has(AdminRoute.CALL)) {
                    throw new BadRequest("Missing query parameter " + AdminRoute.CALL);
                }
                Stub stub;
                try {
                    stub = SnapshotCodec.toStub(body(req));
                } catch (IllegalArgumentException e) {
                    throw new BadRequest(e.getMessage());
                }
                control.stub(q.first(AdminRoute.CALL), stub);
                return SimResponse.empty(204);
            case REMOVE_STUBS:
                if (q.has(AdminRoute.CALL)) {
                    control.removeStub(q.first(AdminRoute.CALL));
                } else {
                    control.stubs().keySet().forEach(control::removeStub);
                }
                return SimResponse.empty(204);
            case RECORDINGS:
                JsonArrayBuilder recordings = JsonTrees.array();
                control.recordings().forEach(r -> recordings.add(SnapshotCodec.recording(r)));
                return ok(recordings.build());
            case START_RECORDING:
                control.startRecording(required(body(req), AdminRoute.MEETING_ID));
                return SimResponse.empty(204);
            case STOP_RECORDING:
                control.stopRecording(required(body(req), AdminRoute.MEETING_ID));
                return SimResponse.empty(204);
            case ADVANCE_RECORDINGS:
                return ok(JsonTrees.object().add(AdminRoute.MOVED, control.advanceRecordings()).build());
            case RECORDING_SETTINGS:
                return ok(SnapshotCodec.recordingSettings(control.recordingSettings()));
            case PUT_RECORDING_SETTINGS:
                RecordingSettings settings;
                try {
                    settings = SnapshotCodec.toRecordingSettings(body(req));
                } catch (IllegalArgumentException e) {
                    throw new BadRequest(e.getMessage());
                }
                control.recordingSettings(settings);
                return SimResponse.empty(204);
            case ADD_RECORDINGS:
                JsonValue seedBody = jsonBody(req);
                List<io.github.bbbjakarta.simulator.RecordingSeed> seeds;
                try {
                    seeds = SnapshotCodec.toSeeds(seedBody);
                } catch (IllegalArgumentException | ClassCastException | ArithmeticException e) {
                    throw new BadRequest("Bad recording seed: " + e.getMessage());
                }
                JsonArrayBuilder added = JsonTrees.array();
                control.addRecordings(seeds).forEach(r -> added.add(SnapshotCodec.recording(r)));
                return ok(seedBody.getValueType() == JsonValue.ValueType.ARRAY ? added.build()
                        : added.build().get(0));
            case TEXT_TRACKS:
                if (!q.has(AdminRoute.RECORD_ID)) {
                    throw new BadRequest("Missing query parameter " + AdminRoute.RECORD_ID);
                }
                JsonArrayBuilder tracks = JsonTrees.array();
                control.textTracks(q.first(AdminRoute.RECORD_ID)).forEach(t -> tracks.add(SnapshotCodec.textTrack(t)));
                return ok(tracks.build());
            case END_MEETING:
                control.endMeeting(required(body(req), AdminRoute.MEETING_ID));
                return SimResponse.empty(204);
            default:
                throw new IllegalStateException("Unrouted " + route);
        }
    }

    private static JsonObject body(SimRequest req) {
        try {
            return JsonTrees.obj(JsonTrees.parse(new String(req.body(), StandardCharsets.UTF_8)));
        } catch (IllegalArgumentException e) {
            throw new BadRequest("Body must be a JSON object: " + e.getMessage());
        }
    }

    private static JsonValue jsonBody(SimRequest req) {
        try {
            return JsonTrees.parse(new String(req.body(), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw new BadRequest("Body must be JSON: " + e.getMessage());
        }
    }

    private static String required(JsonObject m, String key) {
        String v = JsonTrees.str(m, key);
        if (v == null) {
            throw new BadRequest("Missing " + key);
        }
        return v;
    }

    private static SimResponse ok(JsonValue value) {
        return SimResponse.json(200, JsonTrees.write(value));
    }

    /** An admin error answer: {@code {"error":message}} with this HTTP status. */
    public static SimResponse error(int status, String message) {
        return SimResponse.json(status, JsonTrees.write(JsonTrees.object().add("error", message).build()));
    }

    /** A malformed admin request. */
    private static final class BadRequest extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadRequest(String message) {
            super(message);
        }
    }
}
