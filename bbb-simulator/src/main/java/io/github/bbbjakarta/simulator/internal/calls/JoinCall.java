package io.github.bbbjakarta.simulator.internal.calls;

import io.github.bbbjakarta.simulator.Parameter;
import io.github.bbbjakarta.simulator.internal.http.Params;
import io.github.bbbjakarta.simulator.internal.http.SimRequest;
import io.github.bbbjakarta.simulator.internal.http.SimResponse;
import io.github.bbbjakarta.simulator.internal.state.Meeting;
import io.github.bbbjakarta.simulator.internal.state.MeetingRegistry;
import io.github.bbbjakarta.simulator.internal.state.NewMeeting;
import io.github.bbbjakarta.simulator.internal.state.Tokens;
import io.github.bbbjakarta.simulator.internal.state.UserSession;
import io.github.bbbjakarta.simulator.internal.wire.ApiCall;
import io.github.bbbjakarta.simulator.internal.wire.ApiParam;
import io.github.bbbjakarta.simulator.internal.wire.BbbMessage;
import io.github.bbbjakarta.simulator.internal.wire.Wire;
import io.github.bbbjakarta.simulator.internal.xml.XmlOut;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** {@code join} (GET) as bbb-web 3.0 handles it. Thread-safe (state lives in the registry). */
public final class JoinCall {
    private static final Set<String> CONTENT_TYPES = Set.of(Wire.FORM_URLENCODED, Wire.MULTIPART_FORM_DATA);

    private final ApiContext ctx;

    public JoinCall(ApiContext ctx) {
        this.ctx = ctx;
    }

    /** Answers one join request. */
    public ApiResult handle(SimRequest req, Params raw) {
        MeetingRegistry registry = ctx.registry();
        return registry.atomically(() -> {
            registry.tick();
            return join(req, raw);
        });
    }

    /** The join parameters bbb-web reads before it looks at the meeting. Immutable. */
    private record JoinParams(String meetingID, String fullName, String password, String role, String userID,
                              boolean redirect, boolean guest, boolean authenticated, boolean bot,
                              String logoutUrl, String errorRedirectUrl, boolean enforceLayout) {
        static JoinParams of(Params raw) {
            boolean redirect = true;
            if (!Params.isEmpty(raw.first(ApiParam.REDIRECT))) {
                redirect = Boolean.parseBoolean(raw.first(ApiParam.REDIRECT));
            }
            boolean authenticated = false;
            boolean guest = false;
            if (!Params.isEmpty(raw.first(ApiParam.GUEST))) {
                guest = Boolean.parseBoolean(raw.first(ApiParam.GUEST));
            } else {
                authenticated = true;
            }
            boolean bot = !Params.isEmpty(raw.first(ApiParam.BOT)) && Boolean.parseBoolean(raw.first(ApiParam.BOT));
            if (!Params.isEmpty(raw.first(ApiParam.AUTH))) {
                authenticated = Boolean.parseBoolean(raw.first(ApiParam.AUTH));
            }
            return new JoinParams(raw.first(ApiParam.MEETING_ID), raw.first(ApiParam.FULL_NAME),
                    raw.first(ApiParam.PASSWORD), raw.first(ApiParam.ROLE), raw.first(ApiParam.USER_ID), redirect,
                    guest, authenticated, bot, raw.first(ApiParam.LOGOUT_URL),
                    raw.first(ApiParam.ERROR_REDIRECT_URL), !Params.isEmpty(raw.first(ApiParam.ENFORCE_LAYOUT)));
        }

        @Override
        public String toString() {
            return "JoinParams[meetingID=" + meetingID + ", role=" + role + ", password=****]";
        }
    }

    /** A role, or the answer that refuses the join. */
    private record RoleOrRefusal(String role, ApiResult refusal) {
    }

    /** bbb-web's {@code ApiController.join}, step by step. */
    private ApiResult join(SimRequest req, Params raw) {
        Optional<ApiResult> invalid = validate(req, raw);
        if (invalid.isPresent()) {
            return invalid.get();
        }
        JoinParams p = JoinParams.of(raw);
        if (p.fullName() == null) {
            // bbb-web: ParamsUtil.stripControlChars(null) throws -> HTTP 500
            return Responses.serverError();
        }
        Meeting meeting = ctx.registry().findMeetingFromMeetingID(p.meetingID());
        if (meeting == null) {
            // validation used the sanitized id; the raw one found nothing -> NullPointerException in bbb-web
            return Responses.serverError();
        }
        if (!createTimeMatches(raw.first(ApiParam.CREATE_TIME), meeting.spec())) {
            return invalid(BbbMessage.CREATE_TIME_MISMATCH, p);
        }
        RoleOrRefusal role = role(p, meeting.spec());
        if (role.refusal() != null) {
            return role.refusal();
        }
        return createUserSession(p, raw, meeting, role.role());
    }

    /** Step 1: the checksum, then the request's constraints; every violation is an error redirect. */
    private Optional<ApiResult> validate(SimRequest req, Params raw) {
        MeetingRegistry registry = ctx.registry();
        Optional<Map.Entry<String, String>> violation = ApiValidation.validate(ctx, ApiCall.JOIN.callName(), req,
                raw, (s, v) -> {
                    Constraints.contentType(req, CONTENT_TYPES, v);
                    String id = s.first(ApiParam.MEETING_ID);
                    Constraints.meetingId(id, v);
                    Meeting found = registry.findMeetingFromMeetingID(id);
                    v.addIf(found == null, BbbMessage.JOIN_MEETING_NOT_FOUND);
                    v.addIf(found == null || found.forciblyEnded(), BbbMessage.MEETING_FORCIBLY_ENDED);
                    String fullName = s.first(ApiParam.FULL_NAME);
                    v.addIf(fullName != null && fullName.isEmpty(), BbbMessage.FULL_NAME_MISSING);
                    Constraints.password(s.first(ApiParam.PASSWORD), v);
                    Constraints.isBoolean(s.first(ApiParam.GUEST), BbbMessage.GUEST_NOT_BOOLEAN, v);
                    Constraints.isBoolean(s.first(ApiParam.AUTH), BbbMessage.AUTH_NOT_BOOLEAN, v);
                    Constraints.isIntegral(s.first(ApiParam.CREATE_TIME), BbbMessage.NOT_INTEGRAL, v);
                    // JoinPassword: jakarta @NotEmpty meetingID, then @JoinPasswordConstraint
                    v.addIf(id == null || id.isEmpty(), BbbMessage.PASSWORD_MEETING_ID_MISSING);
                    v.addIf(found == null, BbbMessage.JOIN_PASSWORD_INVALID);
                });
        // Validation errors always redirect, whatever the redirect parameter says.
        return violation.map(e -> Responses.errorRedirect(e.getKey(), e.getValue(), raw.first(ApiParam.LOGOUT_URL),
                raw.first(ApiParam.ERROR_REDIRECT_URL), ctx.config().baseUrl()));
    }

    /** Step 3: a {@code createTime} given must be the meeting's. */
    private static boolean createTimeMatches(String createTimeParam, NewMeeting spec) {
        if (createTimeParam == null) {
            return true;
        }
        try {
            return Long.parseLong(createTimeParam) == spec.createTime();
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Step 4: the {@code role} parameter, else the password (answered as XML, never redirected). */
    private static RoleOrRefusal role(JoinParams p, NewMeeting spec) {
        String roleLower = p.role() == null ? "" : p.role().toLowerCase(Locale.ROOT);
        String moderator = Wire.MODERATOR.toLowerCase(Locale.ROOT);
        String viewer = Wire.VIEWER.toLowerCase(Locale.ROOT);
        if (!Params.isEmpty(p.role()) && (roleLower.equals(moderator) || roleLower.equals(viewer))) {
            return new RoleOrRefusal(roleLower.equals(moderator) ? Wire.MODERATOR : Wire.VIEWER, null);
        }
        String password = p.password();
        if (password == null || password.isEmpty()) {
            return new RoleOrRefusal(null, Responses.error(BbbMessage.ROLE_OR_PASSWORD_REQUIRED));
        }
        if (spec.moderatorPW().isEmpty() || spec.attendeePW().isEmpty()) {
            return new RoleOrRefusal(null, Responses.error(BbbMessage.ROLE_REQUIRED_NO_PASSWORD));
        }
        if (spec.moderatorPW().equals(password)) {
            return new RoleOrRefusal(Wire.MODERATOR, null);
        }
        if (spec.attendeePW().equals(password)) {
            return new RoleOrRefusal(Wire.VIEWER, null);
        }
        return new RoleOrRefusal(null, Responses.error(BbbMessage.INVALID_JOIN_PASSWORD));
    }

    /** Steps 5 and 6: ids, logout URL, custom data, guest policy, the participant limit, the session, the answer. */
    private ApiResult createUserSession(JoinParams p, Params raw, Meeting meeting, String role) {
        MeetingRegistry registry = ctx.registry();
        NewMeeting spec = meeting.spec();
        String fullName = p.fullName().replaceAll("\\p{Cc}", "").trim();
        String internalUserId = "w_" + Tokens.alphanumeric(12).toLowerCase(Locale.ROOT);
        String authToken = Tokens.alphanumeric(12).toLowerCase(Locale.ROOT);
        String sessionToken = Tokens.alphanumeric(16).toLowerCase(Locale.ROOT);
        String externalUserId = Params.isEmpty(p.userID()) ? internalUserId : p.userID();

        String logoutUrl = spec.logoutUrl();
        if (!Params.isEmpty(p.logoutUrl()) && Constraints.isValidUrl(p.logoutUrl())) {
            logoutUrl = p.logoutUrl();
        }
        logoutUrl = logoutUrl.replace(Wire.TOKEN_MEETING_ID, meeting.internalId())
                .replace(Wire.TOKEN_USER_ID, internalUserId)
                .replace(Wire.TOKEN_USER_NAME, URLEncoder.encode(fullName, StandardCharsets.UTF_8));

        Map<String, String> customData = userCustomData(raw);
        registry.putUserCustomData(meeting, externalUserId, customData);
        String guestStatus = guestStatus(spec, role, p.guest(), p.authenticated());

        if (registry.hasReachedMaxParticipants(meeting, externalUserId, p.bot())) {
            return invalid(BbbMessage.MAX_PARTICIPANTS_REACHED, p);
        }

        String clientUrl = ctx.config().clientUrl(sessionToken, p.enforceLayout());
        List<Parameter> joinParams = new ArrayList<>();
        raw.asMap().forEach((k, values) -> values.forEach(val -> joinParams.add(new Parameter(k, val))));
        UserSession session = registry.registerSession(meeting, sessionToken, authToken, internalUserId,
                externalUserId, fullName, role, p.guest(), p.authenticated(), guestStatus, clientUrl, logoutUrl,
                customData, joinParams);

        if (Wire.DENY.equals(guestStatus)) {
            return invalid(BbbMessage.GUEST_DENIED_ACCESS, p);
        }
        if (p.redirect()) {
            return new ApiResult(SimResponse.redirect(clientUrl), Wire.SUCCESS, null);
        }
        String xml = new XmlOut().open("response")
                .element("returncode", Wire.SUCCESS)
                .element("messageKey", BbbMessage.SUCCESSFULLY_JOINED.key())
                .element("message", BbbMessage.SUCCESSFULLY_JOINED.message())
                .element("meeting_id", meeting.internalId())
                .element("user_id", internalUserId)
                .element("auth_token", authToken)
                .element("session_token", session.sessionToken())
                .element("guestStatus", guestStatus)
                .element("url", clientUrl)
                .close("response").render();
        return new ApiResult(SimResponse.xml(xml), Wire.SUCCESS, BbbMessage.SUCCESSFULLY_JOINED.key());
    }

    private ApiResult invalid(BbbMessage m, JoinParams p) {
        return invalid(m, p.redirect(), p.logoutUrl(), p.errorRedirectUrl());
    }

    private ApiResult invalid(BbbMessage m, boolean redirect, String joinLogoutUrl, String errorRedirectUrl) {
        if (redirect) {
            return Responses.errorRedirect(m.key(), m.message(), joinLogoutUrl, errorRedirectUrl,
                    ctx.config().baseUrl());
        }
        return Responses.error(m);
    }

    /** {@code ParamsProcessorUtil.getUserCustomData}: {@code userdata-<key>} with exactly one dash. */
    private static Map<String, String> userCustomData(Params raw) {
        Map<String, String> out = new HashMap<>();
        raw.firstValues().forEach((key, value) -> {
            if (key.startsWith(ApiParam.USERDATA_PREFIX)) {
                String[] parts = key.split("-");
                if (parts.length == 2) {
                    out.put(parts[1], value);
                }
            }
        });
        return out;
    }

    /** {@code Meeting.calcGuestStatus}. */
    static String guestStatus(NewMeeting spec, String role, boolean guest, boolean authned) {
        String policy = spec.guestPolicy();
        if (!spec.authenticatedGuest()) {
            if (!guest) {
                return Wire.ALLOW;
            }
            switch (policy) {
                case Wire.ALWAYS_ACCEPT:
                case Wire.ALWAYS_ACCEPT_AUTH:
                    return Wire.ALLOW;
                case Wire.ASK_MODERATOR:
                    return Wire.WAIT;
                default:
                    return Wire.DENY;
            }
        }
        if (Wire.MODERATOR.equals(role)) {
            return Wire.ALLOW;
        }
        switch (policy) {
            case Wire.ALWAYS_ACCEPT:
                return Wire.ALLOW;
            case Wire.ALWAYS_DENY:
                return Wire.DENY;
            case Wire.ASK_MODERATOR:
                return guest || authned ? Wire.WAIT : Wire.ALLOW;
            case Wire.ALWAYS_ACCEPT_AUTH:
                return guest ? Wire.WAIT : Wire.ALLOW;
            default:
                return Wire.DENY;
        }
    }
}
