package io.github.bbbjakarta.api.callbacks;

import io.github.bbbjakarta.api.callbacks.BbbCallbackException.Reason;
import io.github.bbbjakarta.api.internal.Wire.Callback;
import io.github.bbbjakarta.api.internal.Wire.JsonName;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Parses a bbb-webhooks POST body into events, under limits. */
final class Webhooks {
    static final String CALLBACK = "webhook";
    /** bbb-webhooks sends one event of a few KiB; chat and pad events can be larger. */
    static final int MAX_BODY = 1024 * 1024;
    static final int MAX_EVENTS = 1000;

    private Webhooks() {
    }

    static WebhookDelivery parse(String body) {
        if (body == null || body.isEmpty()) {
            throw fail(Reason.MISSING_PARAMETER, "empty body");
        }
        Map<String, String> form = Forms.parse(CALLBACK, body, MAX_BODY, Callback.DOMAIN, JsonName.EVENT,
                Callback.TIMESTAMP);
        String eventJson = form.get(JsonName.EVENT);
        if (eventJson == null || eventJson.isEmpty()) {
            throw fail(Reason.MISSING_PARAMETER, JsonName.EVENT + " is missing");
        }
        JsonArray array = CallbackJson.array(CALLBACK + " " + JsonName.EVENT, eventJson);
        if (array.size() > MAX_EVENTS) {
            throw fail(Reason.TOO_LARGE, "more than " + MAX_EVENTS + " events");
        }
        List<WebhookEvent> events = new ArrayList<>(array.size());
        for (JsonValue v : array) {
            if (!(v instanceof JsonObject o)) {
                throw fail(Reason.MALFORMED, "an event is not a JSON object");
            }
            events.add(event(o));
        }
        String domain = form.getOrDefault(Callback.DOMAIN, "");
        String ts = form.get(Callback.TIMESTAMP);
        Instant timestamp = null;
        if (ts != null && !ts.isEmpty()) {
            try {
                timestamp = Instant.ofEpochMilli(Long.parseLong(ts));
            } catch (NumberFormatException e) {
                throw fail(Reason.MALFORMED, Callback.TIMESTAMP + " is not a number of milliseconds");
            }
        }
        return new WebhookDelivery(domain, java.util.Optional.ofNullable(timestamp), events);
    }

    static WebhookEvent event(JsonObject o) {
        JsonValue dataValue = o.get(JsonName.DATA);
        if (!(dataValue instanceof JsonObject data)) {
            JsonObject envelope = CallbackJson.objectOrEmpty(o, JsonName.ENVELOPE);
            String rawName = CallbackJson.text(envelope, JsonName.NAME);
            if (rawName.isEmpty()) {
                throw fail(Reason.MALFORMED, "an event has neither data.id nor envelope.name");
            }
            return new WebhookEvent.Other(new WebhookEvent.Common(rawName, "", "", null, o));
        }
        String type = CallbackJson.text(data, JsonName.ID);
        if (type.isEmpty()) {
            throw fail(Reason.MALFORMED, "an event has no data.id");
        }
        JsonObject attributes = CallbackJson.objectOrEmpty(data, JsonName.ATTRIBUTES);
        JsonObject meeting = CallbackJson.objectOrEmpty(attributes, JsonName.MEETING);
        WebhookEvent.Common c = new WebhookEvent.Common(type,
                CallbackJson.text(meeting, JsonName.EXTERNAL_MEETING_ID),
                CallbackJson.text(meeting, JsonName.INTERNAL_MEETING_ID),
                timestamp(CallbackJson.objectOrEmpty(data, JsonName.EVENT)), o);
        switch (type) {
            case Callback.MEETING_CREATED:
                return new WebhookEvent.MeetingCreated(c, CallbackJson.text(meeting, JsonName.NAME),
                        CallbackJson.flag(meeting, JsonName.IS_BREAKOUT), CallbackJson.text(meeting, JsonName.PARENT_ID),
                        CallbackJson.flag(meeting, JsonName.RECORD), metadata(meeting));
            case Callback.MEETING_ENDED:
                return new WebhookEvent.MeetingEnded(c);
            case Callback.USER_JOINED:
            case Callback.USER_LEFT: {
                JsonObject user = CallbackJson.objectOrEmpty(attributes, JsonName.USER);
                String userID = CallbackJson.text(user, JsonName.EXTERNAL_USER_ID);
                String internalUserID = CallbackJson.text(user, JsonName.INTERNAL_USER_ID);
                String name = CallbackJson.text(user, JsonName.NAME);
                String role = CallbackJson.text(user, JsonName.ROLE);
                return type.equals(Callback.USER_JOINED)
                        ? new WebhookEvent.UserJoined(c, userID, internalUserID, name, role)
                        : new WebhookEvent.UserLeft(c, userID, internalUserID, name, role);
            }
            case Callback.RECORDING_STARTED:
                return new WebhookEvent.RecordingStarted(c);
            case Callback.RECORDING_STOPPED:
                return new WebhookEvent.RecordingStopped(c);
            default:
                if (type.startsWith(Callback.RAP_PREFIX) && type.length() > Callback.RAP_PREFIX.length()) {
                    String recordID = CallbackJson.text(attributes, JsonName.RECORD_ID);
                    JsonValue success = attributes.get(JsonName.SUCCESS);
                    Boolean ok = success == null ? null
                            : success.getValueType() == JsonValue.ValueType.TRUE ? Boolean.TRUE
                            : success.getValueType() == JsonValue.ValueType.FALSE ? Boolean.FALSE : null;
                    return new WebhookEvent.RecordingProcessing(c, recordID.isEmpty() ? c.internalMeetingID() : recordID,
                            type.substring(Callback.RAP_PREFIX.length()), ok);
                }
                return new WebhookEvent.Other(c);
        }
    }

    private static Instant timestamp(JsonObject event) {
        JsonValue ts = event.get(JsonName.TS);
        if (ts instanceof JsonNumber n) {
            try {
                return Instant.ofEpochMilli(n.longValueExact());
            } catch (RuntimeException e) { // ArithmeticException, DateTimeException, JSON-P limits
                throw fail(Reason.MALFORMED, "event.ts is not a number of milliseconds");
            }
        }
        if (ts instanceof JsonString s) {
            try {
                return Instant.ofEpochMilli(Long.parseLong(s.getString()));
            } catch (NumberFormatException e) {
                throw fail(Reason.MALFORMED, "event.ts is not a number of milliseconds");
            }
        }
        return null;
    }

    private static Map<String, String> metadata(JsonObject meeting) {
        JsonObject meta = CallbackJson.objectOrEmpty(meeting, JsonName.METADATA);
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonValue> e : meta.entrySet()) {
            JsonValue v = e.getValue();
            out.put(e.getKey(), v instanceof JsonString s ? s.getString() : v.toString());
        }
        return out;
    }

    private static BbbCallbackException fail(Reason reason, String detail) {
        return new BbbCallbackException(CALLBACK, reason, detail);
    }
}
