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

    private ApiResult join(SimRequest req, Params raw) {
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
        String errorRedirectUrl = raw.first(ApiParam.ERROR_REDIRECT_URL);
        String joinLogoutUrl = raw.first(ApiParam.LOGOUT_URL);
        String defaultLogoutUrl = ctx.config().baseUrl();
        if (violation.isPresent()) {
            // Validation errors always redirect, whatever the redirect parameter says.
            return Responses.errorRedirect(violation.get().getKey(), violation.get().getValue(), joinLogoutUrl,
                    errorRedirectUrl, defaultLogoutUrl);
        }

        boolean redirectClient = true;
        if (!Params.isEmpty(raw.first(ApiParam.REDIRECT))) {
            redirectClient = Boolean.parseBoolean(raw.first(ApiParam.REDIRECT));
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
        String rawFullName = raw.first(ApiParam.FULL_NAME);
        if (rawFullName == null) {
            // bbb-web: ParamsUtil.stripControlChars(null) throws -> HTTP 500
            return Responses.serverError();
        }
        String fullName = rawFullName.replaceAll("\\p{Cc}", "").trim();
        String password = raw.first(ApiParam.PASSWORD);
        Meeting meeting = registry.findMeetingFromMeetingID(raw.first(ApiParam.MEETING_ID));
        if (meeting == null) {
            // validation used the sanitized id; the raw one found nothing -> NullPointerException in bbb-web
            return Responses.serverError();
        }
        NewMeeting spec = meeting.spec();

        String createTimeParam = raw.first(ApiParam.CREATE_TIME);
        if (createTimeParam != null) {
            long createTime;
            try {
                createTime = Long.parseLong(createTimeParam);
            } catch (NumberFormatException e) {
                createTime = -1;
            }
            if (createTime != spec.createTime()) {
                return invalid(BbbMessage.CREATE_TIME_MISMATCH, redirectClient, joinLogoutUrl, errorRedirectUrl);
            }
        }

        String role;
        String roleParam = raw.first(ApiParam.ROLE);
        String roleLower = roleParam == null ? "" : roleParam.toLowerCase(Locale.ROOT);
        String moderator = Wire.MODERATOR.toLowerCase(Locale.ROOT);
        String viewer = Wire.VIEWER.toLowerCase(Locale.ROOT);
        if (!Params.isEmpty(roleParam) && (roleLower.equals(moderator) || roleLower.equals(viewer))) {
            role = roleLower.equals(moderator) ? Wire.MODERATOR : Wire.VIEWER;
        } else if (password != null && !password.isEmpty()) {
            if (!spec.moderatorPW().isEmpty() && !spec.attendeePW().isEmpty()) {
                if (spec.moderatorPW().equals(password)) {
                    role = Wire.MODERATOR;
                } else if (spec.attendeePW().equals(password)) {
                    role = Wire.VIEWER;
                } else {
                    return Responses.error(BbbMessage.INVALID_JOIN_PASSWORD);
                }
            } else {
                return Responses.error(BbbMessage.ROLE_REQUIRED_NO_PASSWORD);
            }
        } else {
            return Responses.error(BbbMessage.ROLE_OR_PASSWORD_REQUIRED);
        }

        String internalUserId = "w_" + Tokens.alphanumeric(12).toLowerCase(Locale.ROOT);
        String authToken = Tokens.alphanumeric(12).toLowerCase(Locale.ROOT);
        String sessionToken = Tokens.alphanumeric(16).toLowerCase(Locale.ROOT);
        String externalUserId = raw.first(ApiParam.USER_ID);
        if (Params.isEmpty(externalUserId)) {
            externalUserId = internalUserId;
        }

        String logoutUrl = spec.logoutUrl();
        if (!Params.isEmpty(joinLogoutUrl) && Constraints.isValidUrl(joinLogoutUrl)) {
            logoutUrl = joinLogoutUrl;
        }
        logoutUrl = logoutUrl.replace(Wire.TOKEN_MEETING_ID, meeting.internalId())
                .replace(Wire.TOKEN_USER_ID, internalUserId)
                .replace(Wire.TOKEN_USER_NAME, URLEncoder.encode(fullName, StandardCharsets.UTF_8));

        Map<String, String> customData = userCustomData(raw);
        registry.putUserCustomData(meeting, externalUserId, customData);
        String guestStatus = guestStatus(spec, role, guest, authenticated);

        if (registry.hasReachedMaxParticipants(meeting, externalUserId, bot)) {
            return invalid(BbbMessage.MAX_PARTICIPANTS_REACHED, redirectClient, joinLogoutUrl, errorRedirectUrl);
        }

        String clientUrl = ctx.config().clientUrl(sessionToken, !Params.isEmpty(raw.first(ApiParam.ENFORCE_LAYOUT)));
        List<Parameter> joinParams = new ArrayList<>();
        raw.asMap().forEach((k, values) -> values.forEach(val -> joinParams.add(new Parameter(k, val))));
        UserSession session = registry.registerSession(meeting, sessionToken, authToken, internalUserId,
                externalUserId, fullName, role, guest, authenticated, guestStatus, clientUrl, logoutUrl, customData,
                joinParams);

        if (Wire.DENY.equals(guestStatus)) {
            return invalid(BbbMessage.GUEST_DENIED_ACCESS, redirectClient, joinLogoutUrl, errorRedirectUrl);
        }
        if (redirectClient) {
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
