package io.github.bbbjakarta.simulator.internal.control;

import io.github.bbbjakarta.simulator.CallbackSnapshot;
import io.github.bbbjakarta.simulator.ChatMessageSnapshot;
import io.github.bbbjakarta.simulator.HookSnapshot;
import io.github.bbbjakarta.simulator.JoinSession;
import io.github.bbbjakarta.simulator.JournalEntry;
import io.github.bbbjakarta.simulator.MeetingSnapshot;
import io.github.bbbjakarta.simulator.RecordingSettings;
import io.github.bbbjakarta.simulator.RecordingSnapshot;
import io.github.bbbjakarta.simulator.SimRole;
import io.github.bbbjakarta.simulator.SimulatorControl;
import io.github.bbbjakarta.simulator.Stub;
import io.github.bbbjakarta.simulator.internal.json.JsonTrees;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link SimulatorControl} that talks to a simulator's {@code /__admin/} JSON API over HTTP.
 * Thread-safe. I/O failures are thrown as {@link UncheckedIOException}.
 */
public final class RemoteControl implements SimulatorControl {
    private final String admin;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    public RemoteControl(URI baseUrl) {
        String b = baseUrl.toString();
        this.admin = (b.endsWith("/") ? b.substring(0, b.length() - 1) : b) + "/__admin";
    }

    @Override
    public List<JournalEntry> requests() {
        List<JournalEntry> out = new ArrayList<>();
        for (JsonValue o : JsonTrees.arr(call(AdminRoute.REQUESTS, null, null))) {
            out.add(SnapshotCodec.toJournalEntry(o));
        }
        return out;
    }

    @Override
    public List<JournalEntry> requests(String callName) {
        List<JournalEntry> out = new ArrayList<>();
        for (JsonValue o : JsonTrees.arr(call(AdminRoute.REQUESTS, callQuery(callName), null))) {
            out.add(SnapshotCodec.toJournalEntry(o));
        }
        return out;
    }

    @Override
    public void clearRequests() {
        call(AdminRoute.CLEAR_REQUESTS, null, null);
    }

    @Override
    public void reset() {
        call(AdminRoute.RESET, null, JsonValue.EMPTY_JSON_OBJECT);
    }

    @Override
    public List<MeetingSnapshot> meetings() {
        List<MeetingSnapshot> out = new ArrayList<>();
        for (JsonValue o : JsonTrees.arr(call(AdminRoute.MEETINGS, null, null))) {
            out.add(SnapshotCodec.toMeeting(o));
        }
        return out;
    }

    @Override
    public List<ChatMessageSnapshot> chatMessages(String meetingID) {
        List<ChatMessageSnapshot> out = new ArrayList<>();
        String query = AdminRoute.MEETING_ID + "=" + URLEncoder.encode(meetingID, StandardCharsets.UTF_8);
        for (JsonValue o : JsonTrees.arr(call(AdminRoute.CHAT_MESSAGES, query, null))) {
            out.add(SnapshotCodec.toChat(o));
        }
        return out;
    }

    @Override
    public List<CallbackSnapshot> callbacks() {
        List<CallbackSnapshot> out = new ArrayList<>();
        for (JsonValue o : JsonTrees.arr(call(AdminRoute.CALLBACKS, null, null))) {
            out.add(SnapshotCodec.toCallback(o));
        }
        return out;
    }

    @Override
    public List<HookSnapshot> hooks() {
        List<HookSnapshot> out = new ArrayList<>();
        for (JsonValue o : JsonTrees.arr(call(AdminRoute.HOOKS, null, null))) {
            out.add(SnapshotCodec.toHook(o));
        }
        return out;
    }

    @Override
    public List<JoinSession> joinSessions() {
        List<JoinSession> out = new ArrayList<>();
        for (JsonValue o : JsonTrees.arr(call(AdminRoute.SESSIONS, null, null))) {
            out.add(SnapshotCodec.toSession(o));
        }
        return out;
    }

    @Override
    public JoinSession connect(String sessionToken) {
        return SnapshotCodec.toSession(call(AdminRoute.CONNECT, null, token(sessionToken)));
    }

    @Override
    public JoinSession connectUser(String meetingID, String fullName, SimRole role, String userID) {
        JsonObjectBuilder body = JsonTrees.object();
        JsonTrees.put(body, AdminRoute.MEETING_ID, meetingID);
        JsonTrees.put(body, AdminRoute.FULL_NAME, fullName);
        JsonTrees.put(body, AdminRoute.ROLE, role.name());
        JsonTrees.put(body, AdminRoute.USER_ID, userID);
        return SnapshotCodec.toSession(call(AdminRoute.USERS, null, body.build()));
    }

    @Override
    public JoinSession disconnect(String sessionToken) {
        return SnapshotCodec.toSession(call(AdminRoute.DISCONNECT, null, token(sessionToken)));
    }

    private static JsonObject token(String sessionToken) {
        return JsonTrees.put(JsonTrees.object(), AdminRoute.SESSION_TOKEN, sessionToken).build();
    }

    @Override
    public void stub(String callName, Stub stub) {
        call(AdminRoute.PUT_STUB, callQuery(callName), SnapshotCodec.stub(stub));
    }

    @Override
    public void removeStub(String callName) {
        call(AdminRoute.REMOVE_STUBS, callQuery(callName), null);
    }

    @Override
    public Map<String, Stub> stubs() {
        Map<String, Stub> out = new LinkedHashMap<>();
        JsonTrees.obj(call(AdminRoute.STUBS, null, null)).forEach((k, v) -> out.put(k, SnapshotCodec.toStub(v)));
        return out;
    }

    @Override
    public List<RecordingSnapshot> recordings() {
        List<RecordingSnapshot> out = new ArrayList<>();
        for (JsonValue o : JsonTrees.arr(call(AdminRoute.RECORDINGS, null, null))) {
            out.add(SnapshotCodec.toRecording(o));
        }
        return out;
    }

    @Override
    public void startRecording(String meetingID) {
        call(AdminRoute.START_RECORDING, null, meetingBody(meetingID));
    }

    @Override
    public void stopRecording(String meetingID) {
        call(AdminRoute.STOP_RECORDING, null, meetingBody(meetingID));
    }

    @Override
    public void endMeeting(String meetingID) {
        call(AdminRoute.END_MEETING, null, meetingBody(meetingID));
    }

    private static JsonObject meetingBody(String meetingID) {
        return JsonTrees.put(JsonTrees.object(), AdminRoute.MEETING_ID, meetingID).build();
    }

    @Override
    public int advanceRecordings() {
        return (int) JsonTrees.num(JsonTrees.obj(call(AdminRoute.ADVANCE_RECORDINGS, null,
                JsonValue.EMPTY_JSON_OBJECT)), AdminRoute.MOVED);
    }

    @Override
    public RecordingSettings recordingSettings() {
        return SnapshotCodec.toRecordingSettings(call(AdminRoute.RECORDING_SETTINGS, null, null));
    }

    @Override
    public void recordingSettings(RecordingSettings settings) {
        call(AdminRoute.PUT_RECORDING_SETTINGS, null, SnapshotCodec.recordingSettings(settings));
    }

    @Override
    public RecordingSnapshot addRecording(io.github.bbbjakarta.simulator.RecordingSeed seed) {
        return SnapshotCodec.toRecording(call(AdminRoute.ADD_RECORDINGS, null, SnapshotCodec.seed(seed)));
    }

    @Override
    public List<RecordingSnapshot> addRecordings(List<io.github.bbbjakarta.simulator.RecordingSeed> seeds) {
        jakarta.json.JsonArrayBuilder body = JsonTrees.array();
        seeds.forEach(s -> body.add(SnapshotCodec.seed(s)));
        List<RecordingSnapshot> out = new ArrayList<>();
        for (JsonValue o : JsonTrees.arr(call(AdminRoute.ADD_RECORDINGS, null, body.build()))) {
            out.add(SnapshotCodec.toRecording(o));
        }
        return out;
    }

    @Override
    public List<io.github.bbbjakarta.simulator.TextTrackSnapshot> textTracks(String recordID) {
        List<io.github.bbbjakarta.simulator.TextTrackSnapshot> out = new ArrayList<>();
        for (JsonValue o : JsonTrees.arr(call(AdminRoute.TEXT_TRACKS, AdminRoute.RECORD_ID + "=" + enc(recordID),
                null))) {
            out.add(SnapshotCodec.toTextTrack(o));
        }
        return out;
    }

    private static String callQuery(String callName) {
        return AdminRoute.CALL + "=" + enc(callName);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private JsonValue call(AdminRoute route, String query, JsonValue body) {
        URI uri = URI.create(admin + route.path() + (query == null ? "" : "?" + query));
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30));
        if (body == null) {
            b.method(route.method(), HttpRequest.BodyPublishers.noBody());
        } else {
            b.header("Content-Type", "application/json")
                    .method(route.method(), HttpRequest.BodyPublishers.ofString(JsonTrees.write(body)));
        }
        HttpResponse<String> r;
        try {
            r = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
        int status = r.statusCode();
        if (status == 204) {
            return JsonValue.NULL;
        }
        if (status == 200) {
            return JsonTrees.parse(r.body());
        }
        String message = "Admin API answered HTTP " + status;
        try {
            String err = JsonTrees.str(JsonTrees.obj(JsonTrees.parse(r.body())), "error");
            if (err != null) {
                message = err;
            }
        } catch (IllegalArgumentException ignored) {
            // not JSON
        }
        if (status == 400 || status == 404) {
            throw new IllegalArgumentException(message);
        }
        throw new IllegalStateException(message);
    }
}
