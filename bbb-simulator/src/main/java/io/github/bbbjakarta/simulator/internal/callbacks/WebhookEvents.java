package io.github.bbbjakarta.simulator.internal.callbacks;

import io.github.bbbjakarta.simulator.HookSnapshot;
import io.github.bbbjakarta.simulator.internal.SimulatorConfig;
import io.github.bbbjakarta.simulator.internal.digest.Digests;
import io.github.bbbjakarta.simulator.internal.json.JsonTrees;
import io.github.bbbjakarta.simulator.internal.state.HookRegistry;
import io.github.bbbjakarta.simulator.internal.state.Meeting;
import io.github.bbbjakarta.simulator.internal.state.MeetingEvents;
import io.github.bbbjakarta.simulator.internal.state.RecordingEvents;
import io.github.bbbjakarta.simulator.internal.state.RecordingStore;
import io.github.bbbjakarta.simulator.internal.state.StoredRecording;
import io.github.bbbjakarta.simulator.internal.state.UserSession;
import io.github.bbbjakarta.simulator.internal.wire.Wire;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The simulated bbb-webhooks event pipeline: turns what the meeting registry and the recording store tell into
 * bbb-webhooks' mapped events ({@code src/process/event.js}) and their raw source messages (akka-apps, bbb-web and
 * the recording server's {@code bigbluebutton:from-rap} messages), picks the hooks that get each one
 * ({@code src/out/webhooks/web-hooks.js}) and hands each POST to the {@link CallbackSender}
 * ({@code src/out/webhooks/callback-emitter.js}). Thread-safe; never calls back into the registry or the store.
 */
public final class WebhookEvents implements MeetingEvents, RecordingEvents {
    private static final String CONTENT_TYPE = "application/x-www-form-urlencoded;charset=UTF-8";
    /** akka-apps' sender of meeting messages. */
    private static final String AKKA = "bbb-apps-akka";
    /** Who starts and stops recording in the simulator (akka-apps' system user). */
    private static final String SYSTEM_USER = "system";
    /** The simulated duration of a recording server step ({@code step_time}, ms). */
    private static final long STEP_TIME = 1000;

    private final SimulatorConfig config;
    private final HookRegistry hooks;
    private final CallbackSender sender;
    private final String domain;
    /** bbb-webhooks' {@code IDMapping}: internal meeting id → external meeting id, until the meeting ends. */
    private final Map<String, String> meetingMappings = new HashMap<>();
    /** bbb-webhooks' {@code UserMapping}: internal meeting id → internal user id → mapped user attributes. */
    private final Map<String, Map<String, JsonObject>> userMappings = new HashMap<>();

    public WebhookEvents(SimulatorConfig config, HookRegistry hooks, CallbackSender sender) {
        this.config = config;
        this.hooks = hooks;
        this.sender = sender;
        String host = URI.create(config.baseUrl()).getHost();
        this.domain = host == null ? "" : host;
        sender.onReset(this::reset);
    }

    /** Forgets the meeting and user mappings (the simulator was reset). */
    public synchronized void reset() {
        meetingMappings.clear();
        userMappings.clear();
    }

    private long now() {
        return config.clock().millis();
    }

    // ---- meetings (akka-apps) ----

    @Override
    public synchronized void meetingCreated(Meeting m) {
        var s = m.spec();
        meetingMappings.put(m.internalId(), m.externalId());
        if (hooks.isEmpty()) {
            return;
        }
        long ts = now();
        String parent = s.parentMeetingId() == null || s.parentMeetingId().isEmpty() ? Wire.NO_PARENT_MEETING
                : s.parentMeetingId();
        String createDate = new java.util.Date(m.createTime()).toString();
        JsonObjectBuilder meeting = JsonTrees.object()
                .add("internal-meeting-id", m.internalId())
                .add("external-meeting-id", m.externalId())
                .add("name", s.name())
                .add("is-breakout", s.breakout())
                .add("parent-id", parent)
                .add("duration", s.duration())
                .add("create-time", m.createTime())
                .add("create-date", createDate)
                .add("moderator-pass", s.moderatorPW())
                .add("viewer-pass", s.attendeePW())
                .add("record", s.record())
                .add("voice-conf", s.voiceBridge())
                .add("dial-number", s.dialNumber())
                .add("max-users", s.maxUsers())
                .add("metadata", JsonTrees.strings(s.metadata()));
        JsonObject mapped = event("meeting-created", JsonTrees.object().add("meeting", meeting), ts);
        JsonObject props = JsonTrees.object()
                .add("meetingProp", JsonTrees.object().add("name", s.name()).add("extId", m.externalId())
                        .add("intId", m.internalId()).add("isBreakout", s.breakout())
                        .add("disabledFeatures", JsonTrees.strings(s.disabledFeatures())))
                .add("breakoutProps", JsonTrees.object().add("parentId", parent).add("sequence", s.sequence())
                        .add("freeJoin", s.freeJoin()).add("breakoutRooms", JsonTrees.array()))
                .add("durationProps", JsonTrees.object().add("duration", s.duration())
                        .add("createdTime", m.createTime()).add("createdDate", createDate))
                .add("password", JsonTrees.object().add("moderatorPass", s.moderatorPW())
                        .add("viewerPass", s.attendeePW()))
                .add("recordProp", JsonTrees.object().add("record", s.record()))
                .add("voiceProp", JsonTrees.object().add("telVoice", s.voiceBridge())
                        .add("voiceConf", s.voiceBridge()).add("dialNumber", s.dialNumber()))
                .add("usersProp", JsonTrees.object().add("maxUsers", s.maxUsers())
                        .add("guestPolicy", s.guestPolicy()))
                .add("metadataProp", JsonTrees.object().add("metadata", JsonTrees.strings(s.metadata())))
                .build();
        JsonObject raw = akka("MeetingCreatedEvtMsg", JsonTrees.object().add("sender", AKKA),
                JsonTrees.object(), JsonTrees.object().add("props", props), ts);
        dispatch(mapped, raw);
    }

    @Override
    public synchronized void meetingEnded(Meeting m, long endedAt) {
        if (hooks.isEmpty()) {
            meetingMappings.remove(m.internalId());
            userMappings.remove(m.internalId());
            return;
        }
        long ts = now();
        String external = meetingMappings.get(m.internalId());
        JsonObject mapped = event("meeting-ended", JsonTrees.object().add("meeting", meetingIds(m.internalId(),
                external)), ts);
        JsonObject raw = akka("MeetingDestroyedEvtMsg", JsonTrees.object().add("sender", AKKA), JsonTrees.object(),
                JsonTrees.object().add("meetingId", m.internalId()), ts);
        // event-processor.js _handleMeetingEndedEvent: the mapping goes, the users still mapped get a spoofed
        // user-left (its raw form is the spoofed event itself), then meeting-ended is sent.
        meetingMappings.remove(m.internalId());
        Map<String, JsonObject> users = userMappings.remove(m.internalId());
        if (users != null) {
            for (JsonObject user : users.values()) {
                JsonObject left = event("user-left", JsonTrees.object()
                        .add("meeting", meetingIds(m.internalId(), external)).add("user", user), now());
                dispatch(left, left);
            }
        }
        dispatch(mapped, raw);
    }

    // ---- users (akka-apps) ----

    @Override
    public synchronized void userConnected(Meeting m, UserSession session) {
        String userId = session.internalUserId();
        Map<String, JsonObject> users = userMappings.computeIfAbsent(m.internalId(), k -> new LinkedHashMap<>());
        if (users.containsKey(userId)) {
            return;
        }
        long ts = now();
        String external = meetingMappings.get(m.internalId());
        JsonObject user = JsonTrees.object()
                .add("internal-user-id", userId)
                .add("external-user-id", session.externalUserId())
                .add("name", session.fullName())
                .add("role", session.role())
                .add("presenter", false)
                .add("guest", session.guest())
                .build();
        users.put(userId, user);
        if (hooks.isEmpty()) {
            return;
        }
        JsonObject mapped = event("user-joined", JsonTrees.object().add("meeting", meetingIds(m.internalId(),
                external)).add("user", user), ts);
        JsonObjectBuilder body = JsonTrees.object().add("intId", userId).add("extId", session.externalUserId())
                .add("name", session.fullName()).add("role", session.role()).add("guest", session.guest())
                .add("authed", session.authed()).add("guestStatus", session.guestStatus()).add("emoji", "none")
                .add("presenter", false).add("locked", false).add("avatar", "").add("clientType", "HTML5");
        dispatch(mapped, userMessage("UserJoinedMeetingEvtMsg", m.internalId(), userId, body, ts));
        boolean presenter = m.users().stream()
                .anyMatch(u -> u.internalUserId().equals(userId) && u.presenter() && !u.left());
        if (presenter) {
            long pts = now();
            JsonObject assigned = event("user-presenter-assigned", JsonTrees.object()
                    .add("meeting", meetingIds(m.internalId(), external))
                    .add("user", JsonTrees.object().add("internal-user-id", userId)
                            .add("external-user-id", session.externalUserId())), pts);
            JsonObjectBuilder pbody = JsonTrees.object().add("presenterId", userId)
                    .add("presenterName", session.fullName()).add("assignedBy", SYSTEM_USER);
            dispatch(assigned, userMessage("PresenterAssignedEvtMsg", m.internalId(), userId, pbody, pts));
        }
    }

    @Override
    public synchronized void userLeft(Meeting m, String userId) {
        Map<String, JsonObject> users = userMappings.get(m.internalId());
        JsonObject known = users == null ? null : users.remove(userId);
        if (hooks.isEmpty()) {
            return;
        }
        long ts = now();
        // userTemplate of a UserLeftMeetingEvtMsg: its body has no name, role or presenter (dropped as undefined)
        JsonObjectBuilder user = JsonTrees.object().add("internal-user-id", userId)
                .add("external-user-id", known == null ? "" : known.getString("external-user-id"))
                .add("guest", known != null && known.getBoolean("guest"));
        JsonObject mapped = event("user-left", JsonTrees.object()
                .add("meeting", meetingIds(m.internalId(), meetingMappings.get(m.internalId())))
                .add("user", user), ts);
        JsonObjectBuilder body = JsonTrees.object().add("intId", userId).add("eject", false).add("ejectedBy", "")
                .add("reason", "").add("reasonCode", "");
        dispatch(mapped, userMessage("UserLeftMeetingEvtMsg", m.internalId(), userId, body, ts));
    }

    // ---- recording (akka-apps, recording server, bbb-web) ----

    @Override
    public synchronized void recordingStatusChanged(Meeting m, boolean recording) {
        if (hooks.isEmpty()) {
            return;
        }
        long ts = now();
        JsonObject mapped = event(recording ? "meeting-recording-started" : "meeting-recording-stopped",
                JsonTrees.object().add("meeting", meetingIds(m.internalId(), meetingMappings.get(m.internalId()))),
                ts);
        JsonObjectBuilder body = JsonTrees.object().add("recording", recording).add("setBy", SYSTEM_USER);
        dispatch(mapped, userMessage("RecordingStatusChangedEvtMsg", m.internalId(), SYSTEM_USER, body, ts));
    }

    @Override
    public synchronized void archived(Meeting m, StoredRecording r, long endedAt) {
        if (hooks.isEmpty()) {
            return;
        }
        String id = m.internalId();
        String external = m.externalId();
        rap("archive_started", id, external, null, JsonTrees.object());
        rap("archive_ended", id, external, null, JsonTrees.object().add("success", true)
                .add("step_time", STEP_TIME).add("recorded", r != null)
                .add("duration", r == null ? 0 : Math.max(0, r.endTime() - r.startTime())));
        if (r != null) {
            rap("sanity_started", id, external, null, JsonTrees.object());
            rap("sanity_ended", id, external, null, JsonTrees.object().add("success", true)
                    .add("step_time", STEP_TIME));
        }
    }

    @Override
    public synchronized void processed(StoredRecording r) {
        if (hooks.isEmpty()) {
            return;
        }
        for (String format : r.formats()) {
            rap("process_started", r.recordID(), r.meetingID(), format, JsonTrees.object());
            rap("process_ended", r.recordID(), r.meetingID(), format, JsonTrees.object().add("success", true)
                    .add("step_time", STEP_TIME));
        }
    }

    @Override
    public synchronized void publishedByProcessing(StoredRecording r) {
        if (hooks.isEmpty()) {
            return;
        }
        for (String format : r.formats()) {
            rap("publish_started", r.recordID(), r.meetingID(), format, JsonTrees.object());
            String base = config.baseUrl();
            String link = RecordingStore.PRESENTATION.equals(format)
                    ? base + "/playback/presentation/2.3/" + r.recordID()
                    : base + "/playback/" + format + "/" + r.recordID() + "/";
            JsonObject playback = JsonTrees.object().add("format", format).add("link", link)
                    .add("processing_time", RecordingStore.PRESENTATION.equals(format) ? "4000" : "12000")
                    .add("duration", Long.toString(Math.max(0, r.endTime() - r.startTime()))).build();
            rap("publish_ended", r.recordID(), r.meetingID(), format, JsonTrees.object().add("success", true)
                    .add("step_time", STEP_TIME).add("playback", playback)
                    .add("metadata", JsonTrees.strings(r.metadata())).add("download", JsonTrees.object())
                    .add("start_time", Long.toString(r.startTime())).add("end_time", Long.toString(r.endTime())));
        }
    }

    @Override
    public synchronized void stateChanged(String recordId, String state) {
        if (hooks.isEmpty()) {
            return;
        }
        String name;
        String id;
        switch (state) {
            case StoredRecording.PUBLISHED -> {
                name = "PublishedRecordingSysMsg";
                id = "rap-published";
            }
            case StoredRecording.UNPUBLISHED -> {
                name = "UnpublishedRecordingSysMsg";
                id = "rap-unpublished";
            }
            case StoredRecording.DELETED -> {
                name = "DeletedRecordingSysMsg";
                id = "rap-deleted";
            }
            default -> {
                return;
            }
        }
        long ts = now();
        // rapTemplate: the body has only recordId, so internal-meeting-id is undefined and the external one is
        // looked up by record id in a mapping the meeting's end removed: "meeting":{} and only global hooks.
        JsonObject mapped = event(id, JsonTrees.object()
                .add("meeting", meetingIds(null, meetingMappings.get(recordId)))
                .add("record-id", recordId), ts);
        JsonObject raw = akka(name, JsonTrees.object().add("sender", "bbb-web"), JsonTrees.object(),
                JsonTrees.object().add("recordId", recordId), ts);
        dispatch(mapped, raw);
    }

    /**
     * One recording server message ({@code RedisWrapper.put_message[_workflow]}) and its mapped event
     * ({@code compRapTemplate}): the payload gets {@code workflow}, {@code external_meeting_id},
     * {@code record_id} and {@code meeting_id} appended; {@code event.ts} is the header's {@code current_time} in
     * seconds.
     */
    private void rap(String name, String meetingId, String externalId, String workflow, JsonObjectBuilder payload) {
        long nowMs = now();
        long seconds = nowMs / 1000;
        if (workflow != null) {
            payload.add("workflow", workflow);
        }
        JsonObject p = payload.add("external_meeting_id", externalId).add("record_id", meetingId)
                .add("meeting_id", meetingId).build();
        JsonObject raw = JsonTrees.object()
                .add("header", JsonTrees.object().add("timestamp", nowMs).add("name", name)
                        .add("current_time", seconds).add("version", "0.0.1"))
                .add("payload", p).build();
        JsonObjectBuilder attributes = JsonTrees.object().add("meeting", meetingIds(meetingId, externalId))
                .add("record-id", meetingId);
        if (p.containsKey("success")) {
            attributes.add("success", p.get("success"));
        }
        if (p.containsKey("step_time")) {
            attributes.add("step-time", p.get("step_time"));
        }
        if ("archive_ended".equals(name)) {
            attributes.add("recorded", p.get("recorded")).add("duration", p.get("duration"));
        }
        if (workflow != null) {
            attributes.add("workflow", workflow);
        }
        if ("publish_ended".equals(name)) {
            JsonObject meta = p.getJsonObject("metadata");
            attributes.add("recording", JsonTrees.object()
                    .add("name", meta.getString("meetingName", ""))
                    .add("is-breakout", meta.getString("isBreakout", "false"))
                    .add("start-time", p.get("start_time"))
                    .add("end-time", p.get("end_time"))
                    .add("metadata", meta)
                    .add("playback", p.get("playback"))
                    .add("download", p.get("download")));
        }
        dispatch(event("rap-" + name.replace('_', '-'), attributes, seconds), raw);
    }

    // ---- building blocks ----

    /** {@code {"data":{"type":"event","id":...,"attributes":...,"event":{"ts":...}}}}. */
    private static JsonObject event(String id, JsonObjectBuilder attributes, long ts) {
        return JsonTrees.object().add("data", JsonTrees.object().add("type", "event").add("id", id)
                .add("attributes", attributes).add("event", JsonTrees.object().add("ts", ts))).build();
    }

    /** The meeting attributes; an unknown id is left out, as {@code JSON.stringify} drops undefined values. */
    private static JsonObjectBuilder meetingIds(String internalId, String externalId) {
        JsonObjectBuilder b = JsonTrees.object();
        if (internalId != null) {
            b.add("internal-meeting-id", internalId);
        }
        if (externalId != null) {
            b.add("external-meeting-id", externalId);
        }
        return b;
    }

    /** An akka-apps message as it travels on Redis: {@code {"envelope":{...},"core":{"header":...,"body":...}}}. */
    private static JsonObject akka(String name, JsonObjectBuilder routing, JsonObjectBuilder header,
                                   JsonObjectBuilder body, long ts) {
        return JsonTrees.object()
                .add("envelope", JsonTrees.object().add("name", name).add("routing", routing).add("timestamp", ts))
                .add("core", JsonTrees.object().add("header", JsonTrees.object().add("name", name)
                        .addAll(header)).add("body", body))
                .build();
    }

    private static JsonObject userMessage(String name, String meetingId, String userId, JsonObjectBuilder body,
                                          long ts) {
        return akka(name, JsonTrees.object().add("msgType", "BROADCAST_TO_MEETING").add("meetingId", meetingId)
                        .add("userId", userId), JsonTrees.object().add("meetingId", meetingId).add("userId", userId),
                body, ts);
    }

    /**
     * {@code WebHooks.onEvent}: global hooks, plus the hooks of the event's external meeting id when the event has
     * an internal meeting id; a getRaw hook gets the raw message, the others the mapped event; a hook with an
     * event id filter only gets mapped ids it lists (so a getRaw hook with a filter gets nothing but spoofed
     * mapped events).
     */
    private void dispatch(JsonObject mapped, JsonObject raw) {
        JsonObject meeting = mapped.getJsonObject("data").getJsonObject("attributes").getJsonObject("meeting");
        String internal = meeting.getString("internal-meeting-id", null);
        String external = internal == null ? null : meeting.getString("external-meeting-id", null);
        for (HookSnapshot hook : hooks.forEvent(external)) {
            JsonObject event = hook.rawData() ? raw : mapped;
            if (hook.eventIDs() != null) {
                JsonObject data = event.getJsonObject("data");
                String id = data == null ? null : data.getString("id", null);
                if (id == null || !hook.eventIDs().contains(id.toLowerCase(Locale.ROOT))) {
                    continue;
                }
            }
            post(hook, event);
        }
    }

    /**
     * {@code CallbackEmitter._dispatch}: {@code URLSearchParams({domain, event: "[" + JSON + "]", timestamp})}
     * (timestamp fixed when the emitter starts) and either a {@code checksum} of callbackURL + body + secret
     * appended to the URL or a bearer header.
     */
    private void post(HookSnapshot hook, JsonObject event) {
        String body = "domain=" + form(domain) + "&event=" + form("[" + JsonTrees.write(event) + "]")
                + "&timestamp=" + now();
        SimulatorConfig.Webhooks settings = config.webhooks();
        String url = hook.callbackURL();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", CONTENT_TYPE);
        if (settings.bearerAuth()) {
            headers.put("Authorization", "Bearer " + config.secret());
        } else {
            String checksum = Digests.hex(settings.checksumAlgorithm(), url + body + config.secret());
            url = url + (url.contains("?") ? "&" : "?") + "checksum=" + checksum;
        }
        sender.webhook(url, body, headers, settings.retryDelays(), () -> hooks.destroy(hook));
    }

    private static String form(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
