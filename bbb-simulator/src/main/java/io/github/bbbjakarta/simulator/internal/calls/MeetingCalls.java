package io.github.bbbjakarta.simulator.internal.calls;

import io.github.bbbjakarta.simulator.internal.http.Params;
import io.github.bbbjakarta.simulator.internal.http.SimRequest;
import io.github.bbbjakarta.simulator.internal.http.SimResponse;
import io.github.bbbjakarta.simulator.internal.state.Meeting;
import io.github.bbbjakarta.simulator.internal.state.MeetingRegistry;
import io.github.bbbjakarta.simulator.internal.state.NewMeeting;
import io.github.bbbjakarta.simulator.internal.wire.ApiCall;
import io.github.bbbjakarta.simulator.internal.wire.ApiParam;
import io.github.bbbjakarta.simulator.internal.wire.BbbMessage;
import io.github.bbbjakarta.simulator.internal.wire.Wire;
import io.github.bbbjakarta.simulator.internal.xml.XmlOut;

import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code isMeetingRunning}, {@code end}, {@code getMeetingInfo} and {@code getMeetings} as bbb-web 3.0 handles
 * them. Thread-safe (state lives in the registry).
 */
public final class MeetingCalls {
    private static final Set<String> CONTENT_TYPES = Set.of(Wire.FORM_URLENCODED, Wire.MULTIPART_FORM_DATA);

    private final ApiContext ctx;

    public MeetingCalls(ApiContext ctx) {
        this.ctx = ctx;
    }

    /** {@code isMeetingRunning}: unknown ids are not an error. */
    public ApiResult isMeetingRunning(SimRequest req, Params raw) {
        return locked(() -> {
            Optional<Map.Entry<String, String>> v = ApiValidation.validate(ctx,
                    ApiCall.IS_MEETING_RUNNING.callName(), req, raw, (s, vs) -> {
                        Constraints.contentType(req, CONTENT_TYPES, vs);
                        Constraints.meetingId(s.first(ApiParam.MEETING_ID), vs);
                    });
            if (v.isPresent()) {
                return Responses.error(v.get().getKey(), v.get().getValue());
            }
            Meeting m = ctx.registry().findMeetingFromMeetingID(raw.first(ApiParam.MEETING_ID));
            boolean running = m != null && m.running();
            String xml = new XmlOut().open("response").element("returncode", Wire.SUCCESS)
                    .element("running", running).close("response").render();
            return new ApiResult(SimResponse.xml(xml), Wire.SUCCESS, null);
        });
    }

    /** {@code end}: the meeting is removed at once. */
    public ApiResult end(SimRequest req, Params raw) {
        return locked(() -> {
            Optional<Map.Entry<String, String>> v = ApiValidation.validate(ctx, ApiCall.END.callName(), req, raw,
                    (s, vs) -> {
                        Constraints.contentType(req, CONTENT_TYPES, vs);
                        String id = s.first(ApiParam.MEETING_ID);
                        Constraints.meetingId(id, vs);
                        vs.addIf(ctx.registry().findMeetingFromMeetingID(id) == null, BbbMessage.MEETING_NOT_FOUND);
                        Constraints.password(s.first(ApiParam.PASSWORD), vs);
                        vs.addIf(id == null || id.isEmpty(), BbbMessage.PASSWORD_MEETING_ID_MISSING);
                    });
            if (v.isPresent()) {
                return Responses.error(v.get().getKey(), v.get().getValue());
            }
            Meeting m = ctx.registry().findMeetingFromMeetingID(raw.first(ApiParam.MEETING_ID));
            if (m == null) {
                return Responses.serverError();
            }
            ctx.registry().end(m);
            BbbMessage ok = BbbMessage.SENT_END_MEETING_REQUEST;
            String xml = new XmlOut().open("response").element("returncode", Wire.SUCCESS)
                    .element("messageKey", ok.key()).element("message", ok.message()).close("response").render();
            return new ApiResult(SimResponse.xml(xml), Wire.SUCCESS, ok.key());
        });
    }

    /** {@code getMeetingInfo}: looked up by internal-id prefix, then by external id. */
    public ApiResult getMeetingInfo(SimRequest req, Params raw) {
        return locked(() -> {
            Optional<Map.Entry<String, String>> v = ApiValidation.validate(ctx,
                    ApiCall.GET_MEETING_INFO.callName(), req, raw, (s, vs) -> {
                        Constraints.contentType(req, CONTENT_TYPES, vs);
                        String id = s.first(ApiParam.MEETING_ID);
                        Constraints.meetingId(id, vs);
                        vs.addIf(ctx.registry().findMeetingFromMeetingID(id) == null, BbbMessage.MEETING_NOT_FOUND);
                    });
            if (v.isPresent()) {
                return Responses.error(v.get().getKey(), v.get().getValue());
            }
            Meeting m = ctx.registry().findMeetingFromMeetingID(raw.first(ApiParam.MEETING_ID));
            if (m == null) {
                return Responses.serverError();
            }
            XmlOut x = new XmlOut().open("response").element("returncode", Wire.SUCCESS);
            meetingBody(x, m, false);
            x.close("response");
            return new ApiResult(SimResponse.xml(x.render()), Wire.SUCCESS, null);
        });
    }

    /** {@code getMeetings}. */
    public ApiResult getMeetings(SimRequest req, Params raw) {
        return locked(() -> {
            Optional<Map.Entry<String, String>> v = ApiValidation.validate(ctx, ApiCall.GET_MEETINGS.callName(),
                    req, raw, (s, vs) -> Constraints.contentType(req, CONTENT_TYPES, vs));
            if (v.isPresent()) {
                return Responses.error(v.get().getKey(), v.get().getValue());
            }
            List<Meeting> meetings = ctx.registry().meetings();
            XmlOut x = new XmlOut().open("response").element("returncode", Wire.SUCCESS);
            if (meetings.isEmpty()) {
                BbbMessage none = BbbMessage.NO_MEETINGS;
                x.empty("meetings").element("messageKey", none.key()).element("message", none.message())
                        .close("response");
                return new ApiResult(SimResponse.xml(x.render()), Wire.SUCCESS, none.key());
            }
            x.open("meetings");
            for (Meeting m : meetings) {
                x.open("meeting");
                meetingBody(x, m, true);
                x.close("meeting");
            }
            x.close("meetings").close("response");
            return new ApiResult(SimResponse.xml(x.render()), Wire.SUCCESS, null);
        });
    }

    /**
     * The meeting elements of {@code get-meeting-info.ftlx} ({@code listed=false}) and
     * {@code get-meetings.ftlx} ({@code listed=true}). The latter prints passwords unconditionally, counts all
     * users as participants and prints counters without {@code ?c} (digit grouping).
     */
    private static void meetingBody(XmlOut x, Meeting m, boolean listed) {
        NewMeeting s = m.spec();
        x.element("meetingName", s.name())
                .element("meetingID", s.externalId())
                .element("internalMeetingID", s.internalId())
                .number("createTime", s.createTime())
                .element("createDate", new Date(s.createTime()).toString())
                .element("voiceBridge", s.voiceBridge())
                .element("dialNumber", s.dialNumber());
        if (listed || !s.attendeePW().isEmpty()) {
            x.element("attendeePW", s.attendeePW());
        }
        if (listed || !s.moderatorPW().isEmpty()) {
            x.element("moderatorPW", s.moderatorPW());
        }
        x.element("running", m.running())
                .number("duration", s.duration())
                .element("hasUserJoined", m.hasUserJoined())
                .element("recording", s.record())
                .element("hasBeenForciblyEnded", m.forciblyEnded())
                .number("startTime", m.startTime())
                .number("endTime", m.endTime());
        if (listed) {
            x.grouped("participantCount", m.numUsers())
                    .grouped("listenerCount", 0)
                    .grouped("voiceParticipantCount", 0)
                    .grouped("videoCount", 0)
                    .grouped("maxUsers", s.maxUsers())
                    .grouped("moderatorCount", m.numModerators());
        } else {
            x.number("participantCount", m.numUsersOnline())
                    .number("listenerCount", 0)
                    .number("voiceParticipantCount", 0)
                    .number("videoCount", 0)
                    .number("maxUsers", s.maxUsers())
                    .number("moderatorCount", m.numModerators());
        }
        x.open("attendees");
        for (Meeting.UserView u : m.users()) {
            x.open("attendee")
                    .element("userID", u.externalUserId())
                    .element("fullName", u.fullName())
                    .element("role", u.role())
                    .element("isPresenter", u.presenter())
                    .element("isListeningOnly", false)
                    .element("hasJoinedVoice", false)
                    .element("hasVideo", false)
                    .element("clientType", Wire.CLIENT_TYPE_HTML5);
            Map<String, String> custom = u.customData();
            if (custom != null) {
                x.open("customdata");
                new HashMap<>(custom).forEach(x::element);
                x.close("customdata");
            }
            x.close("attendee");
        }
        x.close("attendees");
        x.open("metadata");
        HashMap<String, String> metadata = new HashMap<>();
        s.metadata().forEach(metadata::put);
        metadata.forEach((k, val) -> {
            if (val != null) {
                x.element(k, val);
            }
        });
        x.close("metadata");
        x.element("isBreakout", s.breakout());
        if (s.breakout()) {
            x.element("parentMeetingID", s.parentMeetingId())
                    .grouped("sequence", s.sequence())
                    .element("freeJoin", s.freeJoin());
        }
        if (!m.breakoutRooms().isEmpty()) {
            x.open("breakoutRooms");
            for (String room : m.breakoutRooms()) {
                x.element("breakout", room);
            }
            x.close("breakoutRooms");
        }
    }

    private ApiResult locked(java.util.function.Supplier<ApiResult> action) {
        MeetingRegistry registry = ctx.registry();
        return registry.atomically(() -> {
            registry.tick();
            return action.get();
        });
    }
}
