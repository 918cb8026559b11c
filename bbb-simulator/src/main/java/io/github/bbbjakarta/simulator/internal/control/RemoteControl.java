package io.github.bbbjakarta.simulator.internal.control;

import io.github.bbbjakarta.simulator.JoinSession;
import io.github.bbbjakarta.simulator.JournalEntry;
import io.github.bbbjakarta.simulator.MeetingSnapshot;
import io.github.bbbjakarta.simulator.SimRole;
import io.github.bbbjakarta.simulator.SimulatorControl;
import io.github.bbbjakarta.simulator.Stub;
import io.github.bbbjakarta.simulator.internal.json.Json;

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
        for (Object o : SnapshotCodec.arr(call("GET", "/requests", null))) {
            out.add(SnapshotCodec.toJournalEntry(o));
        }
        return out;
    }

    @Override
    public List<JournalEntry> requests(String callName) {
        List<JournalEntry> out = new ArrayList<>();
        for (Object o : SnapshotCodec.arr(call("GET", "/requests?call=" + enc(callName), null))) {
            out.add(SnapshotCodec.toJournalEntry(o));
        }
        return out;
    }

    @Override
    public void clearRequests() {
        call("DELETE", "/requests", null);
    }

    @Override
    public void reset() {
        call("POST", "/reset", "{}");
    }

    @Override
    public List<MeetingSnapshot> meetings() {
        List<MeetingSnapshot> out = new ArrayList<>();
        for (Object o : SnapshotCodec.arr(call("GET", "/meetings", null))) {
            out.add(SnapshotCodec.toMeeting(o));
        }
        return out;
    }

    @Override
    public List<JoinSession> joinSessions() {
        List<JoinSession> out = new ArrayList<>();
        for (Object o : SnapshotCodec.arr(call("GET", "/sessions", null))) {
            out.add(SnapshotCodec.toSession(o));
        }
        return out;
    }

    @Override
    public JoinSession connect(String sessionToken) {
        return SnapshotCodec.toSession(call("POST", "/sessions/connect", Json.write(Map.of("sessionToken",
                sessionToken))));
    }

    @Override
    public JoinSession connectUser(String meetingID, String fullName, SimRole role, String userID) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("meetingID", meetingID);
        body.put("fullName", fullName);
        body.put("role", role.name());
        body.put("userID", userID);
        return SnapshotCodec.toSession(call("POST", "/users", Json.write(body)));
    }

    @Override
    public JoinSession disconnect(String sessionToken) {
        return SnapshotCodec.toSession(call("POST", "/sessions/disconnect", Json.write(Map.of("sessionToken",
                sessionToken))));
    }

    @Override
    public void stub(String callName, Stub stub) {
        call("PUT", "/stubs?call=" + enc(callName), Json.write(SnapshotCodec.stub(stub)));
    }

    @Override
    public void removeStub(String callName) {
        call("DELETE", "/stubs?call=" + enc(callName), null);
    }

    @Override
    public Map<String, Stub> stubs() {
        Map<String, Stub> out = new LinkedHashMap<>();
        SnapshotCodec.obj(call("GET", "/stubs", null)).forEach((k, v) -> out.put(k, SnapshotCodec.toStub(v)));
        return out;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private Object call(String method, String path, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(admin + path)).timeout(Duration.ofSeconds(30));
        if (body == null) {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
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
            return null;
        }
        if (status == 200) {
            return Json.parse(r.body());
        }
        String message = "Admin API answered HTTP " + status;
        try {
            Object err = SnapshotCodec.obj(Json.parse(r.body())).get("error");
            if (err != null) {
                message = err.toString();
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
