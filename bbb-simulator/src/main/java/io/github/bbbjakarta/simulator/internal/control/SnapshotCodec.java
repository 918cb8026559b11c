package io.github.bbbjakarta.simulator.internal.control;

import io.github.bbbjakarta.simulator.AttendeeSnapshot;
import io.github.bbbjakarta.simulator.CallbackSnapshot;
import io.github.bbbjakarta.simulator.ChatMessageSnapshot;
import io.github.bbbjakarta.simulator.DocumentSnapshot;
import io.github.bbbjakarta.simulator.HookSnapshot;
import io.github.bbbjakarta.simulator.JoinSession;
import io.github.bbbjakarta.simulator.JournalEntry;
import io.github.bbbjakarta.simulator.MeetingSnapshot;
import io.github.bbbjakarta.simulator.Parameter;
import io.github.bbbjakarta.simulator.RecordingSettings;
import io.github.bbbjakarta.simulator.RecordingSnapshot;
import io.github.bbbjakarta.simulator.SimRole;
import io.github.bbbjakarta.simulator.Stub;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static io.github.bbbjakarta.simulator.internal.json.JsonTrees.arr;
import static io.github.bbbjakarta.simulator.internal.json.JsonTrees.array;
import static io.github.bbbjakarta.simulator.internal.json.JsonTrees.bool;
import static io.github.bbbjakarta.simulator.internal.json.JsonTrees.num;
import static io.github.bbbjakarta.simulator.internal.json.JsonTrees.obj;
import static io.github.bbbjakarta.simulator.internal.json.JsonTrees.object;
import static io.github.bbbjakarta.simulator.internal.json.JsonTrees.put;
import static io.github.bbbjakarta.simulator.internal.json.JsonTrees.str;
import static io.github.bbbjakarta.simulator.internal.json.JsonTrees.strList;
import static io.github.bbbjakarta.simulator.internal.json.JsonTrees.strMap;
import static io.github.bbbjakarta.simulator.internal.json.JsonTrees.strings;

/** Converts the control API's snapshot records to and from JSON-P trees. Stateless. */
final class SnapshotCodec {
    private SnapshotCodec() {
    }

    // ---- encoding ----

    static JsonObject journalEntry(JournalEntry e) {
        JsonObjectBuilder m = object();
        m.add("time", e.time().toString());
        put(m, "method", e.method());
        put(m, "path", e.path());
        put(m, "callName", e.callName());
        put(m, "rawQuery", e.rawQuery());
        m.add("params", params(e.params()));
        m.add("bodySize", e.bodySize());
        m.add("status", e.status());
        put(m, "returnCode", e.returnCode());
        put(m, "messageKey", e.messageKey());
        put(m, "stub", e.stub());
        put(m, "outcome", e.outcome());
        return m.build();
    }

    static JsonArray params(List<Parameter> ps) {
        JsonArrayBuilder l = array();
        for (Parameter p : ps) {
            l.add(object().add("name", p.name()).add("value", p.value()));
        }
        return l.build();
    }

    static JsonObject session(JoinSession s) {
        JsonObjectBuilder m = object();
        put(m, "meetingID", s.meetingID());
        put(m, "internalMeetingID", s.internalMeetingID());
        put(m, "internalUserID", s.internalUserID());
        put(m, "userID", s.userID());
        put(m, "fullName", s.fullName());
        m.add("role", s.role().name());
        m.add("guest", s.guest());
        put(m, "guestStatus", s.guestStatus());
        put(m, "sessionToken", s.sessionToken());
        put(m, "authToken", s.authToken());
        put(m, "clientUrl", s.clientUrl());
        m.add("connected", s.connected());
        m.add("customData", strings(s.customData()));
        m.add("joinParams", params(s.joinParams()));
        return m.build();
    }

    static JsonObject meeting(MeetingSnapshot s) {
        JsonObjectBuilder m = object();
        put(m, "meetingID", s.meetingID());
        put(m, "internalMeetingID", s.internalMeetingID());
        put(m, "name", s.name());
        m.add("createTime", s.createTime());
        put(m, "attendeePW", s.attendeePW());
        put(m, "moderatorPW", s.moderatorPW());
        put(m, "voiceBridge", s.voiceBridge());
        put(m, "dialNumber", s.dialNumber());
        m.add("running", s.running());
        m.add("hasUserJoined", s.hasUserJoined());
        m.add("startTime", s.startTime());
        m.add("endTime", s.endTime());
        m.add("duration", s.duration());
        m.add("maxParticipants", s.maxParticipants());
        m.add("record", s.record());
        m.add("breakout", s.breakout());
        put(m, "parentMeetingID", s.parentMeetingID());
        m.add("sequence", s.sequence());
        m.add("breakoutRooms", strings(s.breakoutRooms()));
        put(m, "guestPolicy", s.guestPolicy());
        put(m, "logoutURL", s.logoutURL());
        m.add("createParams", params(s.createParams()));
        m.add("metadata", strings(s.metadata()));
        m.add("disabledFeatures", strings(s.disabledFeatures()));
        JsonArrayBuilder docs = array();
        for (DocumentSnapshot d : s.documents()) {
            JsonObjectBuilder dm = object();
            put(dm, "url", d.url());
            put(dm, "fileName", d.fileName());
            dm.add("current", d.current());
            dm.add("downloadable", d.downloadable());
            dm.add("removable", d.removable());
            put(dm, "base64Content", d.base64Content());
            dm.add("size", d.size());
            dm.add("fromParameter", d.fromParameter());
            dm.add("attributes", strings(d.attributes()));
            docs.add(dm);
        }
        m.add("documents", docs);
        JsonArrayBuilder attendees = array();
        for (AttendeeSnapshot a : s.attendees()) {
            JsonObjectBuilder am = object();
            put(am, "internalUserID", a.internalUserID());
            put(am, "userID", a.userID());
            put(am, "fullName", a.fullName());
            am.add("role", a.role().name());
            am.add("presenter", a.presenter());
            am.add("left", a.left());
            am.add("customData", strings(a.customData()));
            attendees.add(am);
        }
        m.add("attendees", attendees);
        JsonArrayBuilder joins = array();
        for (JoinSession j : s.joins()) {
            joins.add(session(j));
        }
        m.add("joins", joins);
        return m.build();
    }

    static JsonObject hook(HookSnapshot h) {
        JsonObjectBuilder m = object();
        put(m, "hookID", h.hookID());
        put(m, "callbackURL", h.callbackURL());
        put(m, "meetingID", h.meetingID());
        if (h.eventIDs() == null) {
            m.addNull("eventIDs");
        } else {
            m.add("eventIDs", strings(h.eventIDs()));
        }
        m.add("rawData", h.rawData());
        m.add("permanentHook", h.permanentHook());
        return m.build();
    }

    static JsonObject stub(Stub stub) {
        JsonObjectBuilder m = object().add("type", stub.kind());
        if (stub instanceof Stub.Response) {
            Stub.Response r = (Stub.Response) stub;
            m.add("status", r.status());
            put(m, "contentType", r.contentType());
            put(m, "body", r.body());
        } else if (stub instanceof Stub.Delay) {
            m.add("delayMillis", ((Stub.Delay) stub).delay().toMillis());
        }
        return m.build();
    }

    // ---- decoding ----

    static List<Parameter> toParams(JsonValue o) {
        List<Parameter> out = new ArrayList<>();
        for (JsonValue x : arr(o)) {
            JsonObject m = obj(x);
            out.add(new Parameter(str(m, "name"), str(m, "value")));
        }
        return out;
    }

    static JournalEntry toJournalEntry(JsonValue o) {
        JsonObject m = obj(o);
        return new JournalEntry(Instant.parse(str(m, "time")), str(m, "method"), str(m, "path"),
                str(m, "callName"), str(m, "rawQuery"), toParams(m.get("params")), (int) num(m, "bodySize"),
                (int) num(m, "status"), str(m, "returnCode"), str(m, "messageKey"), str(m, "stub"));
    }

    static JoinSession toSession(JsonValue o) {
        JsonObject m = obj(o);
        return new JoinSession(str(m, "meetingID"), str(m, "internalMeetingID"), str(m, "internalUserID"),
                str(m, "userID"), str(m, "fullName"), SimRole.valueOf(str(m, "role")), bool(m, "guest"),
                str(m, "guestStatus"), str(m, "sessionToken"), str(m, "authToken"), str(m, "clientUrl"),
                bool(m, "connected"), strMap(m.get("customData")), toParams(m.get("joinParams")));
    }

    static JsonObject chat(ChatMessageSnapshot c) {
        JsonObjectBuilder m = object();
        put(m, "meetingID", c.meetingID());
        put(m, "userName", c.userName());
        put(m, "message", c.message());
        m.add("time", c.time());
        return m.build();
    }

    static ChatMessageSnapshot toChat(JsonValue o) {
        JsonObject m = obj(o);
        return new ChatMessageSnapshot(str(m, "meetingID"), str(m, "userName"), str(m, "message"), num(m, "time"));
    }

    static MeetingSnapshot toMeeting(JsonValue o) {
        JsonObject m = obj(o);
        List<DocumentSnapshot> docs = new ArrayList<>();
        for (JsonValue x : arr(m.get("documents"))) {
            JsonObject d = obj(x);
            docs.add(new DocumentSnapshot(str(d, "url"), str(d, "fileName"), bool(d, "current"),
                    bool(d, "downloadable"), bool(d, "removable"), str(d, "base64Content"), (int) num(d, "size"),
                    bool(d, "fromParameter"), strMap(d.get("attributes"))));
        }
        List<AttendeeSnapshot> attendees = new ArrayList<>();
        for (JsonValue x : arr(m.get("attendees"))) {
            JsonObject a = obj(x);
            attendees.add(new AttendeeSnapshot(str(a, "internalUserID"), str(a, "userID"), str(a, "fullName"),
                    SimRole.valueOf(str(a, "role")), bool(a, "presenter"), bool(a, "left"),
                    strMap(a.get("customData"))));
        }
        List<JoinSession> joins = new ArrayList<>();
        for (JsonValue x : arr(m.get("joins"))) {
            joins.add(toSession(x));
        }
        return new MeetingSnapshot(str(m, "meetingID"), str(m, "internalMeetingID"), str(m, "name"),
                num(m, "createTime"), str(m, "attendeePW"), str(m, "moderatorPW"), str(m, "voiceBridge"),
                str(m, "dialNumber"), bool(m, "running"), bool(m, "hasUserJoined"), num(m, "startTime"),
                num(m, "endTime"), (int) num(m, "duration"), (int) num(m, "maxParticipants"), bool(m, "record"),
                bool(m, "breakout"), str(m, "parentMeetingID"), (int) num(m, "sequence"),
                strList(m.get("breakoutRooms")), str(m, "guestPolicy"), str(m, "logoutURL"),
                toParams(m.get("createParams")), strMap(m.get("metadata")), strList(m.get("disabledFeatures")),
                docs, attendees, joins);
    }

    static JsonObject callback(CallbackSnapshot c) {
        JsonObjectBuilder m = object();
        put(m, "kind", c.kind().name());
        put(m, "method", c.method());
        put(m, "url", c.url());
        put(m, "body", c.body());
        m.add("attempts", c.attempts());
        m.add("lastStatus", c.lastStatus());
        m.add("delivered", c.delivered());
        return m.build();
    }

    static CallbackSnapshot toCallback(JsonValue o) {
        JsonObject m = obj(o);
        return new CallbackSnapshot(CallbackSnapshot.Kind.valueOf(str(m, "kind")), str(m, "method"), str(m, "url"),
                str(m, "body"), (int) num(m, "attempts"), (int) num(m, "lastStatus"), bool(m, "delivered"));
    }

    static HookSnapshot toHook(JsonValue o) {
        JsonObject m = obj(o);
        JsonValue eventIDs = m.get("eventIDs");
        return new HookSnapshot(str(m, "hookID"), str(m, "callbackURL"), str(m, "meetingID"),
                eventIDs == null || eventIDs.getValueType() == JsonValue.ValueType.NULL ? null : strList(eventIDs),
                bool(m, "rawData"),
                bool(m, "permanentHook"));
    }

    static Stub toStub(JsonValue o) {
        JsonObject m = obj(o);
        String type = str(m, "type");
        if (type == null) {
            throw new IllegalArgumentException("Missing stub type");
        }
        switch (type) {
            case "response":
                return Stub.response((int) num(m, "status"), str(m, "contentType"),
                        str(m, "body") == null ? "" : str(m, "body"));
            case "badGateway":
                return Stub.badGateway();
            case "truncatedXml":
                return Stub.truncatedXml();
            case "delay":
                return Stub.delay(Duration.ofMillis(num(m, "delayMillis")));
            case "dropConnection":
                return Stub.dropConnection();
            default:
                throw new IllegalArgumentException("Unknown stub type: " + type);
        }
    }

    // ---- recordings ----

    static JsonObject recording(RecordingSnapshot r) {
        JsonObjectBuilder m = object();
        put(m, "recordID", r.recordID());
        put(m, "meetingID", r.meetingID());
        put(m, "internalMeetingID", r.internalMeetingID());
        put(m, "name", r.name());
        m.add("breakout", r.breakout());
        put(m, "state", r.state());
        m.add("startTime", r.startTime());
        m.add("endTime", r.endTime());
        m.add("participants", r.participants());
        m.add("metadata", strings(r.metadata()));
        m.add("playbackFormats", strings(r.playbackFormats()));
        return m.build();
    }

    static RecordingSnapshot toRecording(JsonValue o) {
        JsonObject m = obj(o);
        return new RecordingSnapshot(str(m, "recordID"), str(m, "meetingID"), str(m, "internalMeetingID"),
                str(m, "name"), bool(m, "breakout"), str(m, "state"), num(m, "startTime"), num(m, "endTime"),
                (int) num(m, "participants"), strMap(m.get("metadata")), strList(m.get("playbackFormats")));
    }

    static JsonObject recordingSettings(RecordingSettings s) {
        return object().add("autoPublish", s.autoPublish()).add("videoFormat", s.videoFormat())
                .add("allowFetchAllRecordings", s.allowFetchAllRecordings())
                .add("bareTotalElements", s.bareTotalElements())
                .add("processingTimeMillis", s.processingTime().toMillis()).build();
    }

    /** Settings from JSON; absent members keep their default. */
    static RecordingSettings toRecordingSettings(JsonValue o) {
        JsonObject m = obj(o);
        RecordingSettings d = RecordingSettings.defaults();
        return new RecordingSettings(flag(m, "autoPublish", d.autoPublish()), flag(m, "videoFormat", d.videoFormat()),
                flag(m, "allowFetchAllRecordings", d.allowFetchAllRecordings()),
                flag(m, "bareTotalElements", d.bareTotalElements()))
                .withProcessingTime(m.containsKey("processingTimeMillis")
                        ? Duration.ofMillis(num(m, "processingTimeMillis")) : d.processingTime());
    }

    static JsonObject textTrack(io.github.bbbjakarta.simulator.TextTrackSnapshot t) {
        JsonObjectBuilder m = object();
        put(m, "recordID", t.recordID());
        put(m, "kind", t.kind());
        put(m, "lang", t.lang());
        put(m, "label", t.label());
        put(m, "source", t.source());
        m.add("processed", t.processed());
        put(m, "originalFilename", t.originalFilename());
        put(m, "contentType", t.contentType());
        put(m, "text", t.text());
        return m.build();
    }

    static io.github.bbbjakarta.simulator.TextTrackSnapshot toTextTrack(JsonValue o) {
        JsonObject m = obj(o);
        return new io.github.bbbjakarta.simulator.TextTrackSnapshot(str(m, "recordID"), str(m, "kind"),
                str(m, "lang"), str(m, "label"), str(m, "source"), bool(m, "processed"), str(m, "originalFilename"),
                str(m, "contentType"), str(m, "text"));
    }

    /**
     * A recording seed as JSON: {@code meetingID} (required) and the optional {@code name}, {@code state},
     * {@code metadata} (object of strings), {@code startTime} (ISO-8601 instant), {@code durationMillis},
     * {@code participants}, {@code playbackFormats} (array), {@code recordID}, {@code parentRecordID},
     * {@code sequence}, {@code freeJoin}.
     */
    static JsonObject seed(io.github.bbbjakarta.simulator.RecordingSeed s) {
        JsonObjectBuilder m = object();
        put(m, "meetingID", s.meetingID());
        put(m, "name", s.name());
        put(m, "state", s.state());
        m.add("metadata", strings(s.metadata()));
        if (s.startTime() != null) {
            m.add("startTime", s.startTime().toString());
        }
        m.add("durationMillis", s.duration().toMillis());
        m.add("participants", s.participants());
        if (s.playbackFormats() != null) {
            m.add("playbackFormats", strings(s.playbackFormats()));
        }
        if (s.recordID() != null) {
            m.add("recordID", s.recordID());
        }
        if (s.parentRecordID() != null) {
            m.add("parentRecordID", s.parentRecordID()).add("sequence", s.sequence()).add("freeJoin", s.freeJoin());
        }
        if (!s.textTracks().isEmpty()) {
            JsonArrayBuilder tracks = array();
            s.textTracks().forEach(t -> tracks.add(object().add("kind", t.kind()).add("lang", t.lang())
                    .add("label", t.label()).add("text", t.text())));
            m.add("textTracks", tracks);
        }
        return m.build();
    }

    /** One seed object, or an array of them. */
    static List<io.github.bbbjakarta.simulator.RecordingSeed> toSeeds(JsonValue v) {
        List<io.github.bbbjakarta.simulator.RecordingSeed> out = new ArrayList<>();
        if (v.getValueType() == JsonValue.ValueType.ARRAY) {
            for (JsonValue o : arr(v)) {
                out.add(toSeed(o));
            }
        } else {
            out.add(toSeed(v));
        }
        return out;
    }

    static io.github.bbbjakarta.simulator.RecordingSeed toSeed(JsonValue o) {
        JsonObject m = obj(o);
        io.github.bbbjakarta.simulator.RecordingSeed s = io.github.bbbjakarta.simulator.RecordingSeed.of(
                str(m, "meetingID"));
        if (str(m, "name") != null) {
            s = s.withName(str(m, "name"));
        }
        if (str(m, "state") != null) {
            s = s.withState(str(m, "state"));
        }
        if (m.containsKey("metadata")) {
            s = s.withMetadata(strMap(m.get("metadata")));
        }
        if (str(m, "startTime") != null) {
            try {
                s = s.withStartTime(Instant.parse(str(m, "startTime")));
            } catch (java.time.format.DateTimeParseException e) {
                throw new IllegalArgumentException("startTime must be an ISO-8601 instant");
            }
        }
        if (m.containsKey("durationMillis")) {
            s = s.withDuration(Duration.ofMillis(num(m, "durationMillis")));
        }
        if (m.containsKey("participants")) {
            s = s.withParticipants(Math.toIntExact(num(m, "participants")));
        }
        if (m.containsKey("playbackFormats")) {
            s = s.withPlaybackFormats(strList(m.get("playbackFormats")).toArray(new String[0]));
        }
        if (str(m, "recordID") != null) {
            s = s.withRecordID(str(m, "recordID"));
        }
        if (str(m, "parentRecordID") != null) {
            s = s.asBreakoutOf(str(m, "parentRecordID"),
                    m.containsKey("sequence") ? Math.toIntExact(num(m, "sequence")) : 0,
                    m.containsKey("freeJoin") && bool(m, "freeJoin"));
        }
        if (m.containsKey("textTracks")) {
            for (JsonValue t : arr(m.get("textTracks"))) {
                JsonObject track = obj(t);
                s = s.withTextTrack(new io.github.bbbjakarta.simulator.RecordingSeed.Track(str(track, "kind"),
                        str(track, "lang"), str(track, "label"), str(track, "text") == null ? "" : str(track, "text")));
            }
        }
        return s;
    }

    private static boolean flag(JsonObject m, String key, boolean dflt) {
        return m.containsKey(key) ? bool(m, key) : dflt;
    }
}
