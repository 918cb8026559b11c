package io.github.bbbjakarta.simulator.internal.control;

import io.github.bbbjakarta.simulator.AttendeeSnapshot;
import io.github.bbbjakarta.simulator.JoinSession;
import io.github.bbbjakarta.simulator.JournalEntry;
import io.github.bbbjakarta.simulator.MeetingSnapshot;
import io.github.bbbjakarta.simulator.Parameter;
import io.github.bbbjakarta.simulator.DocumentSnapshot;
import io.github.bbbjakarta.simulator.SimRole;
import io.github.bbbjakarta.simulator.Stub;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Converts the control API's snapshot records to and from JSON trees ({@code Map}/{@code List}). Stateless. */
public final class SnapshotCodec {
    private SnapshotCodec() {
    }

    // ---- encoding ----

    static Map<String, Object> journalEntry(JournalEntry e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("time", e.time().toString());
        m.put("method", e.method());
        m.put("path", e.path());
        m.put("callName", e.callName());
        m.put("rawQuery", e.rawQuery());
        m.put("params", params(e.params()));
        m.put("bodySize", e.bodySize());
        m.put("status", e.status());
        m.put("returnCode", e.returnCode());
        m.put("messageKey", e.messageKey());
        m.put("stub", e.stub());
        m.put("outcome", e.outcome());
        return m;
    }

    static List<Object> params(List<Parameter> ps) {
        List<Object> l = new ArrayList<>();
        for (Parameter p : ps) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", p.name());
            m.put("value", p.value());
            l.add(m);
        }
        return l;
    }

    static Map<String, Object> session(JoinSession s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("meetingID", s.meetingID());
        m.put("internalMeetingID", s.internalMeetingID());
        m.put("internalUserID", s.internalUserID());
        m.put("userID", s.userID());
        m.put("fullName", s.fullName());
        m.put("role", s.role().name());
        m.put("guest", s.guest());
        m.put("guestStatus", s.guestStatus());
        m.put("sessionToken", s.sessionToken());
        m.put("authToken", s.authToken());
        m.put("clientUrl", s.clientUrl());
        m.put("connected", s.connected());
        m.put("customData", new LinkedHashMap<>(s.customData()));
        m.put("joinParams", params(s.joinParams()));
        return m;
    }

    static Map<String, Object> meeting(MeetingSnapshot s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("meetingID", s.meetingID());
        m.put("internalMeetingID", s.internalMeetingID());
        m.put("name", s.name());
        m.put("createTime", s.createTime());
        m.put("attendeePW", s.attendeePW());
        m.put("moderatorPW", s.moderatorPW());
        m.put("voiceBridge", s.voiceBridge());
        m.put("dialNumber", s.dialNumber());
        m.put("running", s.running());
        m.put("hasUserJoined", s.hasUserJoined());
        m.put("startTime", s.startTime());
        m.put("endTime", s.endTime());
        m.put("duration", s.duration());
        m.put("maxParticipants", s.maxParticipants());
        m.put("record", s.record());
        m.put("breakout", s.breakout());
        m.put("parentMeetingID", s.parentMeetingID());
        m.put("sequence", s.sequence());
        m.put("breakoutRooms", s.breakoutRooms());
        m.put("guestPolicy", s.guestPolicy());
        m.put("logoutURL", s.logoutURL());
        m.put("createParams", params(s.createParams()));
        m.put("metadata", new LinkedHashMap<>(s.metadata()));
        m.put("disabledFeatures", s.disabledFeatures());
        List<Object> docs = new ArrayList<>();
        for (DocumentSnapshot d : s.documents()) {
            Map<String, Object> dm = new LinkedHashMap<>();
            dm.put("url", d.url());
            dm.put("fileName", d.fileName());
            dm.put("current", d.current());
            dm.put("downloadable", d.downloadable());
            dm.put("removable", d.removable());
            dm.put("base64Content", d.base64Content());
            dm.put("size", d.size());
            dm.put("fromParameter", d.fromParameter());
            dm.put("attributes", new LinkedHashMap<>(d.attributes()));
            docs.add(dm);
        }
        m.put("documents", docs);
        List<Object> attendees = new ArrayList<>();
        for (AttendeeSnapshot a : s.attendees()) {
            Map<String, Object> am = new LinkedHashMap<>();
            am.put("internalUserID", a.internalUserID());
            am.put("userID", a.userID());
            am.put("fullName", a.fullName());
            am.put("role", a.role().name());
            am.put("presenter", a.presenter());
            am.put("left", a.left());
            am.put("customData", new LinkedHashMap<>(a.customData()));
            attendees.add(am);
        }
        m.put("attendees", attendees);
        List<Object> joins = new ArrayList<>();
        for (JoinSession j : s.joins()) {
            joins.add(session(j));
        }
        m.put("joins", joins);
        return m;
    }

    static Map<String, Object> stub(Stub stub) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", stub.kind());
        if (stub instanceof Stub.Response) {
            Stub.Response r = (Stub.Response) stub;
            m.put("status", r.status());
            m.put("contentType", r.contentType());
            m.put("body", r.body());
        } else if (stub instanceof Stub.Delay) {
            m.put("delayMillis", ((Stub.Delay) stub).delay().toMillis());
        }
        return m;
    }

    // ---- decoding ----

    @SuppressWarnings("unchecked")
    static Map<String, Object> obj(Object o) {
        if (!(o instanceof Map)) {
            throw new IllegalArgumentException("Expected a JSON object");
        }
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    static List<Object> arr(Object o) {
        if (!(o instanceof List)) {
            throw new IllegalArgumentException("Expected a JSON array");
        }
        return (List<Object>) o;
    }

    static String str(Map<String, Object> m, String k) {
        Object v = m.get(k);
        return v == null ? null : v.toString();
    }

    static long num(Map<String, Object> m, String k) {
        Object v = m.get(k);
        if (!(v instanceof Number)) {
            throw new IllegalArgumentException("Expected a number: " + k);
        }
        return ((Number) v).longValue();
    }

    static boolean bool(Map<String, Object> m, String k) {
        return Boolean.TRUE.equals(m.get(k));
    }

    static Map<String, String> strMap(Object o) {
        Map<String, String> out = new LinkedHashMap<>();
        obj(o).forEach((k, v) -> out.put(k, v == null ? null : v.toString()));
        return out;
    }

    static List<String> strList(Object o) {
        List<String> out = new ArrayList<>();
        for (Object x : arr(o)) {
            out.add(String.valueOf(x));
        }
        return out;
    }

    static List<Parameter> toParams(Object o) {
        List<Parameter> out = new ArrayList<>();
        for (Object x : arr(o)) {
            Map<String, Object> m = obj(x);
            out.add(new Parameter(str(m, "name"), str(m, "value")));
        }
        return out;
    }

    static JournalEntry toJournalEntry(Object o) {
        Map<String, Object> m = obj(o);
        return new JournalEntry(Instant.parse(str(m, "time")), str(m, "method"), str(m, "path"),
                str(m, "callName"), str(m, "rawQuery"), toParams(m.get("params")), (int) num(m, "bodySize"),
                (int) num(m, "status"), str(m, "returnCode"), str(m, "messageKey"), str(m, "stub"));
    }

    static JoinSession toSession(Object o) {
        Map<String, Object> m = obj(o);
        return new JoinSession(str(m, "meetingID"), str(m, "internalMeetingID"), str(m, "internalUserID"),
                str(m, "userID"), str(m, "fullName"), SimRole.valueOf(str(m, "role")), bool(m, "guest"),
                str(m, "guestStatus"), str(m, "sessionToken"), str(m, "authToken"), str(m, "clientUrl"),
                bool(m, "connected"), strMap(m.get("customData")), toParams(m.get("joinParams")));
    }

    static MeetingSnapshot toMeeting(Object o) {
        Map<String, Object> m = obj(o);
        List<DocumentSnapshot> docs = new ArrayList<>();
        for (Object x : arr(m.get("documents"))) {
            Map<String, Object> d = obj(x);
            docs.add(new DocumentSnapshot(str(d, "url"), str(d, "fileName"), bool(d, "current"),
                    bool(d, "downloadable"), bool(d, "removable"), str(d, "base64Content"), (int) num(d, "size"),
                    bool(d, "fromParameter"), strMap(d.get("attributes"))));
        }
        List<AttendeeSnapshot> attendees = new ArrayList<>();
        for (Object x : arr(m.get("attendees"))) {
            Map<String, Object> a = obj(x);
            attendees.add(new AttendeeSnapshot(str(a, "internalUserID"), str(a, "userID"), str(a, "fullName"),
                    SimRole.valueOf(str(a, "role")), bool(a, "presenter"), bool(a, "left"),
                    strMap(a.get("customData"))));
        }
        List<JoinSession> joins = new ArrayList<>();
        for (Object x : arr(m.get("joins"))) {
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

    static Stub toStub(Object o) {
        Map<String, Object> m = obj(o);
        String type = str(m, "type");
        if (type == null) {
            throw new IllegalArgumentException("Missing stub type");
        }
        switch (type) {
            case "response":
                return Stub.response((int) num(m, "status"), str(m, "contentType"),
                        m.get("body") == null ? "" : str(m, "body"));
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
}
