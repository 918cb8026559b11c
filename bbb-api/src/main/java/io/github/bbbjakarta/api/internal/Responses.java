package io.github.bbbjakarta.api.internal;

import io.github.bbbjakarta.api.ApiVersion;
import io.github.bbbjakarta.api.Attendee;
import io.github.bbbjakarta.api.BbbApiException;
import io.github.bbbjakarta.api.BbbTransportException;
import io.github.bbbjakarta.api.CreateMeetingResponse;
import io.github.bbbjakarta.api.GuestStatus;
import io.github.bbbjakarta.api.JoinMeetingResponse;
import io.github.bbbjakarta.api.MeetingInfo;
import io.github.bbbjakarta.api.Role;
import io.github.bbbjakarta.api.internal.HttpTransport.Answer;
import io.github.bbbjakarta.api.internal.xml.ApiVersionXml;
import io.github.bbbjakarta.api.internal.xml.BbbXml;
import io.github.bbbjakarta.api.internal.xml.CreateMeetingXml;
import io.github.bbbjakarta.api.internal.xml.JoinMeetingXml;
import io.github.bbbjakarta.api.internal.xml.MeetingXml;
import io.github.bbbjakarta.api.internal.xml.MeetingsXml;
import io.github.bbbjakarta.api.internal.xml.ResponseXml;
import io.github.bbbjakarta.api.internal.xml.RunningXml;
import org.w3c.dom.Element;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns raw answers into typed results: {@code FAILED} into {@link BbbApiException}, anything that is not a
 * complete BBB answer into {@link BbbTransportException}. Never returns a half-empty object.
 */
public final class Responses {
    private static final int HTTP_OK = 200;
    private static final int HTTP_FOUND = 302;

    private Responses() {
    }

    /** Parses a 200 XML answer and throws on {@code FAILED}. */
    public static <T extends ResponseXml> T success(String call, Answer answer, Class<T> type) {
        if (answer.status() != HTTP_OK) {
            throw new BbbTransportException(call, "HTTP " + answer.status() + " instead of a BBB answer"
                    + snippet(answer.body()), answer.status(), null);
        }
        T xml;
        try {
            xml = BbbXml.parse(answer.body(), type);
        } catch (BbbXml.MalformedResponseException e) {
            throw new BbbTransportException(call, "not a BBB XML answer: " + e.getMessage() + snippet(answer.body()),
                    answer.status(), e);
        }
        if (!Wire.Key.RETURNCODE_SUCCESS.equals(xml.returncode)) {
            if (xml.errors != null && !xml.errors.isEmpty()) {
                ResponseXml.ErrorXml first = xml.errors.get(0);
                throw new BbbApiException(call, text(first.key), text(first.message));
            }
            throw new BbbApiException(call, text(xml.messageKey), text(xml.message));
        }
        return xml;
    }

    public static ApiVersion apiVersion(String call, Answer answer) {
        ApiVersionXml x = success(call, answer, ApiVersionXml.class);
        return new ApiVersion(required(call, "version", x.version), text(x.apiVersion), text(x.bbbVersion),
                text(x.html5PluginSdkVersion), text(x.graphqlWebsocketUrl), text(x.graphqlApiUrl));
    }

    public static CreateMeetingResponse create(String call, Answer answer) {
        CreateMeetingXml x = success(call, answer, CreateMeetingXml.class);
        return new CreateMeetingResponse(required(call, "meetingID", x.meetingID),
                required(call, "internalMeetingID", x.internalMeetingID), text(x.parentMeetingID), x.attendeePW,
                x.moderatorPW, number(call, "createTime", required(call, "createTime", x.createTime)),
                text(x.voiceBridge), text(x.dialNumber), text(x.createDate), bool(x.hasUserJoined),
                (int) number(call, "duration", x.duration), bool(x.hasBeenForciblyEnded), text(x.messageKey),
                text(x.message));
    }

    /** join with {@code redirect=false}: XML on success, a 302 with {@code errors=[…]} on validation errors. */
    public static JoinMeetingResponse join(String call, Answer answer) {
        if (answer.status() == HTTP_FOUND) {
            throw joinRedirectError(call, answer.location());
        }
        JoinMeetingXml x = success(call, answer, JoinMeetingXml.class);
        String url = required(call, "url", x.url);
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new BbbTransportException(call, "the join answer's <url> is not a URL", answer.status(), null);
        }
        GuestStatus status = x.guestStatus == null || x.guestStatus.isBlank()
                ? GuestStatus.ALLOW : enumValue(call, "guestStatus", GuestStatus.class, x.guestStatus);
        return new JoinMeetingResponse(required(call, "meeting_id", x.meeting_id), required(call, "user_id", x.user_id),
                text(x.auth_token), required(call, "session_token", x.session_token), status, uri);
    }

    private static RuntimeException joinRedirectError(String call, String location) {
        if (location == null) {
            return new BbbTransportException(call, "HTTP 302 without a Location", HTTP_FOUND, null);
        }
        String raw;
        try {
            raw = new URI(location).getRawQuery();
        } catch (URISyntaxException e) {
            raw = location.contains("?") ? location.substring(location.indexOf('?') + 1) : null;
        }
        if (raw != null) {
            for (String pair : raw.split("&")) {
                if (pair.startsWith(Wire.Param.ERRORS + "=")) {
                    try {
                        List<Json.ErrorEntry> errors = Json.errors(percentDecode(pair.substring(Wire.Param.ERRORS.length() + 1)));
                        if (!errors.isEmpty()) {
                            return new BbbApiException(call, text(errors.get(0).key()), text(errors.get(0).message()));
                        }
                    } catch (IllegalArgumentException e) {
                        return new BbbTransportException(call, "unreadable errors in the join redirect", HTTP_FOUND, e);
                    }
                }
            }
        }
        return new BbbTransportException(call, "the server redirected instead of answering with XML"
                + " (a BBB older than 2.0 or a proxy?)", HTTP_FOUND, null);
    }

    /** Decodes %XX sequences (as java.net.URI writes them); '+' stays '+'. */
    private static String percentDecode(String s) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length()) {
                out.write(Integer.parseInt(s.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                out.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** end's answer: nothing to return but success. */
    public static Void end(String call, Answer answer) {
        success(call, answer, ResponseXml.class);
        return null;
    }

    public static boolean running(String call, Answer answer) {
        RunningXml x = success(call, answer, RunningXml.class);
        return bool(required(call, "running", x.running));
    }

    public static MeetingInfo meetingInfo(String call, Answer answer) {
        return meeting(call, success(call, answer, MeetingXml.class));
    }

    public static List<MeetingInfo> meetings(String call, Answer answer) {
        MeetingsXml x = success(call, answer, MeetingsXml.class);
        List<MeetingInfo> out = new ArrayList<>();
        if (x.meetings != null) {
            for (MeetingXml m : x.meetings) {
                out.add(meeting(call, m));
            }
        }
        return List.copyOf(out);
    }

    private static MeetingInfo meeting(String call, MeetingXml x) {
        List<Attendee> attendees = new ArrayList<>();
        if (x.attendees != null) {
            for (MeetingXml.AttendeeXml a : x.attendees) {
                attendees.add(new Attendee(text(a.userID), text(a.fullName),
                        enumValue(call, "role", Role.class, required(call, "role", a.role)), bool(a.isPresenter),
                        bool(a.isListeningOnly), bool(a.hasJoinedVoice), bool(a.hasVideo), text(a.clientType),
                        entries(a.customdata)));
            }
        }
        List<String> breakouts = x.breakoutRooms == null ? List.of()
                : x.breakoutRooms.stream().map(Responses::text).toList();
        return new MeetingInfo(text(x.meetingName), required(call, "meetingID", x.meetingID),
                required(call, "internalMeetingID", x.internalMeetingID), number(call, "createTime", x.createTime),
                text(x.createDate), text(x.voiceBridge), text(x.dialNumber), x.attendeePW, x.moderatorPW,
                bool(x.running), (int) number(call, "duration", x.duration), bool(x.hasUserJoined), bool(x.recording),
                bool(x.hasBeenForciblyEnded), number(call, "startTime", x.startTime),
                number(call, "endTime", x.endTime), (int) number(call, "participantCount", x.participantCount),
                (int) number(call, "listenerCount", x.listenerCount),
                (int) number(call, "voiceParticipantCount", x.voiceParticipantCount),
                (int) number(call, "videoCount", x.videoCount), (int) number(call, "maxUsers", x.maxUsers),
                (int) number(call, "moderatorCount", x.moderatorCount), attendees, entries(x.metadata),
                bool(x.isBreakout), x.parentMeetingID == null || x.parentMeetingID.isBlank() ? null : x.parentMeetingID.trim(),
                (int) number(call, "sequence", x.sequence), bool(x.freeJoin), breakouts);
    }

    private static Map<String, String> entries(MeetingXml.AnyXml any) {
        Map<String, String> out = new LinkedHashMap<>();
        if (any != null && any.entries != null) {
            for (Element e : any.entries) {
                out.put(e.getLocalName() != null ? e.getLocalName() : e.getTagName(), e.getTextContent());
            }
        }
        return out;
    }

    private static String text(String s) {
        return s == null ? "" : s.trim();
    }

    private static String required(String call, String element, String value) {
        if (value == null || value.isBlank()) {
            throw new BbbTransportException(call, "incomplete BBB answer: <" + element + "> is missing", HTTP_OK, null);
        }
        return value.trim();
    }

    private static boolean bool(String s) {
        return s != null && Boolean.parseBoolean(s.trim());
    }

    /** A number as BBB prints it: possibly empty, possibly grouped ("1,000"). */
    private static long number(String call, String element, String s) {
        if (s == null || s.isBlank()) {
            return 0;
        }
        String digits = s.trim().replace(",", "").replace("\u00a0", "").replace(" ", "");
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            throw new BbbTransportException(call, "<" + element + "> is not a number: '" + s.trim() + "'", HTTP_OK, e);
        }
    }

    private static <E extends Enum<E>> E enumValue(String call, String element, Class<E> type, String s) {
        try {
            return Enum.valueOf(type, s.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BbbTransportException(call, "<" + element + "> has an unknown value '" + s.trim() + "'", HTTP_OK, e);
        }
    }

    private static String snippet(byte[] body) {
        if (body == null || body.length == 0) {
            return " (empty body)";
        }
        String s = new String(body, 0, Math.min(body.length, 120), StandardCharsets.UTF_8).replaceAll("\\s+", " ").trim();
        return " (body starts: " + Redaction.redact(s) + ")";
    }
}
