package io.github.bbbjakarta.simulator.internal.calls;

import io.github.bbbjakarta.simulator.DocumentSnapshot;
import io.github.bbbjakarta.simulator.Parameter;
import io.github.bbbjakarta.simulator.internal.digest.Digests;
import io.github.bbbjakarta.simulator.internal.http.Params;
import io.github.bbbjakarta.simulator.internal.http.SimRequest;
import io.github.bbbjakarta.simulator.internal.http.SimResponse;
import io.github.bbbjakarta.simulator.internal.state.Meeting;
import io.github.bbbjakarta.simulator.internal.state.MeetingRegistry;
import io.github.bbbjakarta.simulator.internal.state.NewMeeting;
import io.github.bbbjakarta.simulator.internal.state.Tokens;
import io.github.bbbjakarta.simulator.internal.wire.ApiCall;
import io.github.bbbjakarta.simulator.internal.wire.ApiParam;
import io.github.bbbjakarta.simulator.internal.wire.BbbMessage;
import io.github.bbbjakarta.simulator.internal.wire.Limits;
import io.github.bbbjakarta.simulator.internal.wire.Wire;
import io.github.bbbjakarta.simulator.internal.xml.PresentationModules.DocumentElement;
import io.github.bbbjakarta.simulator.internal.xml.PresentationModules;
import io.github.bbbjakarta.simulator.internal.xml.XmlOut;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** {@code create} (GET and POST) as bbb-web 3.0 handles it. Thread-safe (state lives in the registry). */
public final class CreateCall {
    private static final Set<String> CONTENT_TYPES =
            Set.of(Wire.FORM_URLENCODED, Wire.MULTIPART_FORM_DATA, Wire.APPLICATION_XML, Wire.TEXT_XML);
    private static final Pattern META_NAME = Pattern.compile(ApiParam.META_NAME_REGEX);

    private final ApiContext ctx;

    public CreateCall(ApiContext ctx) {
        this.ctx = ctx;
    }

    /** Answers one create request. */
    public ApiResult handle(SimRequest req, Params raw) {
        Optional<Map.Entry<String, String>> violation = ApiValidation.validate(ctx, ApiCall.CREATE.callName(), req,
                raw, (s, v) -> {
                    Constraints.contentType(req, CONTENT_TYPES, v);
                    Constraints.meetingName(s.first(ApiParam.NAME), v);
                    Constraints.meetingId(s.first(ApiParam.MEETING_ID), v);
                    Constraints.isIntegral(s.first(ApiParam.VOICE_BRIDGE), BbbMessage.VOICE_BRIDGE_NOT_INTEGRAL, v);
                    Constraints.password(s.first(ApiParam.ATTENDEE_PW), v);
                    Constraints.password(s.first(ApiParam.MODERATOR_PW), v);
                    Constraints.isBoolean(s.first(ApiParam.IS_BREAKOUT_ROOM), BbbMessage.BREAKOUT_NOT_BOOLEAN, v);
                    Constraints.isBoolean(s.first(ApiParam.RECORD), BbbMessage.RECORD_NOT_BOOLEAN, v);
                });
        if (violation.isPresent()) {
            return Responses.error(violation.get().getKey(), violation.get().getValue());
        }
        MeetingRegistry registry = ctx.registry();
        return registry.atomically(() -> createValidated(req, raw));
    }

    private ApiResult createValidated(SimRequest req, Params raw) {
        MeetingRegistry registry = ctx.registry();
        registry.tick();
        String meetingID = raw.first(ApiParam.MEETING_ID);
        if (!Params.sanitize(meetingID).equals(meetingID)) {
            return Responses.error(BbbMessage.MEETING_ID_INVALID);
        }
        boolean breakout = !Params.isEmpty(raw.first(ApiParam.IS_BREAKOUT))
                && Boolean.parseBoolean(raw.first(ApiParam.IS_BREAKOUT));
        Meeting parent = null;
        if (breakout) {
            String parentId = raw.first(ApiParam.PARENT_MEETING_ID);
            if (Params.isEmpty(parentId)) {
                return Responses.error(BbbMessage.PARENT_MEETING_ID_MISSING);
            }
            parent = registry.findMeetingFromMeetingID(parentId);
            if (parent == null) {
                return Responses.error(BbbMessage.PARENT_MEETING_DOES_NOT_EXIST);
            }
        }
        String voiceBridge = raw.first(ApiParam.VOICE_BRIDGE);
        if (Params.isEmpty(voiceBridge)) {
            for (int i = 0; i < Wire.VOICE_BRIDGE_ATTEMPTS; i++) {
                String candidate = Tokens.numeric(Wire.VOICE_BRIDGE_DIGITS);
                if (!registry.voiceBridgeInUse(candidate, null)) {
                    voiceBridge = candidate;
                    break;
                }
            }
        }
        NewMeeting spec = processCreateParams(raw, voiceBridge, parent);

        Map<String, List<DocumentElement>> modules = Map.of();
        byte[] body = req.body();
        if (body.length > 0 && !Wire.FORM_URLENCODED.equals(req.mimeType())) {
            try {
                modules = PresentationModules.parse(body); // malformed or DOCTYPE: exception, answered 500
            } catch (PresentationModules.TooDeep e) {
                return Responses.error(Limits.BODY_TOO_DEEP, e.getMessage());
            }
        }
        spec = spec.withDocuments(documents(modules, spec, raw));

        Meeting created = registry.create(spec);
        if (created != null) {
            return conference(created, null);
        }
        Meeting existing = registry.notEndedMeetingWithId(Digests.sha1Hex(meetingID));
        if (existing != null) {
            String ap = raw.first(ApiParam.ATTENDEE_PW);
            String mp = raw.first(ApiParam.MODERATOR_PW);
            boolean samePasswords = existing.spec().attendeePW().equals(ap)
                    && existing.spec().moderatorPW().equals(mp);
            if (samePasswords || (Params.isEmpty(ap) && Params.isEmpty(mp))) {
                return conference(existing, BbbMessage.DUPLICATE_WARNING);
            }
            return Responses.error(BbbMessage.ID_NOT_UNIQUE);
        }
        return Responses.errors(List.of(BbbMessage.NON_UNIQUE_VOICE_BRIDGE));
    }

    /** {@code ParamsProcessorUtil.processCreateParams}, limited to what the simulator keeps. */
    private NewMeeting processCreateParams(Params raw, String voiceBridge, Meeting parent) {
        Map<String, String> p = raw.firstValues();
        String name = stripControlChars(p.getOrDefault(ApiParam.NAME, ""));
        String externalId = p.get(ApiParam.MEETING_ID);
        String attendeePW = orElse(p.get(ApiParam.ATTENDEE_PW), Tokens.alphanumeric(8));
        String moderatorPW = orElse(p.get(ApiParam.MODERATOR_PW), Tokens.alphanumeric(8));
        String telVoice = orElse(voiceBridge, Tokens.numeric(Wire.VOICE_BRIDGE_DIGITS));
        String webVoice = orElse(p.get(ApiParam.WEB_VOICE), telVoice);
        String dialNumber = orElse(p.get(ApiParam.DIAL_NUMBER), Wire.DEFAULT_DIAL_NUMBER);
        String logoutUrl = orElse(p.get(ApiParam.LOGOUT_URL), ctx.config().baseUrl());
        String recordParam = p.get(ApiParam.RECORD);
        boolean record = !Params.isEmpty(recordParam) && Boolean.parseBoolean(recordParam);
        int maxUsers = parseInt(p.get(ApiParam.MAX_PARTICIPANTS), Wire.DEFAULT_MAX_USERS);
        int duration = parseInt(p.get(ApiParam.DURATION), Wire.DEFAULT_DURATION);
        boolean breakout = parent != null;
        String guestPolicy = orElse(p.get(ApiParam.GUEST_POLICY), Wire.DEFAULT_GUEST_POLICY);
        List<String> disabledFeatures = disabledFeatures(p.get(ApiParam.DISABLED_FEATURES),
                p.get(ApiParam.DISABLED_FEATURES_EXCLUDE), breakout);

        Map<String, String> metadata = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : p.entrySet()) {
            if (META_NAME.matcher(e.getKey()).matches()) {
                metadata.put(e.getKey().substring(ApiParam.META_PREFIX.length()).toLowerCase(java.util.Locale.ROOT), e.getValue());
            }
        }

        long createTime = ctx.registry().nextCreateTime();
        String internalId = Digests.sha1Hex(externalId) + "-" + createTime;
        String parentMeetingId = Wire.NO_PARENT_MEETING;
        int sequence = 0;
        boolean freeJoin = false;
        if (breakout) {
            internalId = externalId;
            parentMeetingId = parent.internalId();
            int dash = internalId.indexOf('-');
            String timeStamp = dash < 0 ? "" : internalId.substring(dash + 1);
            String seq = p.get(ApiParam.SEQUENCE);
            externalId = Digests.sha1Hex(parentMeetingId + "-" + timeStamp + "-" + seq) + "-" + timeStamp;
            sequence = Integer.parseInt(seq); // bbb-web fails with 500 when missing or not a number
            freeJoin = Boolean.parseBoolean(p.get(ApiParam.FREE_JOIN));
        }
        int expireNoJoin = parseInt(p.get(ApiParam.MEETING_EXPIRE_IF_NO_USER_JOINED_IN_MINUTES),
                Wire.DEFAULT_EXPIRE_IF_NO_USER_JOINED_MINUTES);
        int expireLastLeft = parseInt(p.get(ApiParam.MEETING_EXPIRE_WHEN_LAST_USER_LEFT_IN_MINUTES),
                Wire.DEFAULT_EXPIRE_WHEN_LAST_USER_LEFT_MINUTES);

        GroupsParam.parse(p.get(ApiParam.GROUPS)); // bbb-web fails with 500 on groups its JSON library cannot read

        List<Parameter> createParams = new ArrayList<>();
        raw.asMap().forEach((k, values) -> values.forEach(val -> createParams.add(new Parameter(k, val))));

        return new NewMeeting(externalId, internalId, createTime, name, attendeePW, moderatorPW, telVoice,
                webVoice, dialNumber, logoutUrl, record, duration, maxUsers, breakout, parentMeetingId, sequence,
                freeJoin, guestPolicy, Wire.DEFAULT_AUTHENTICATED_GUEST, metadata, disabledFeatures, createParams,
                expireNoJoin, expireLastLeft, List.of());
    }

    /**
     * Server default ∪ param, blanks dropped, trimmed, de-duplicated (HashSet order), minus the exclude list.
     * As in bbb-web the exclude values are removed untrimmed.
     */
    private List<String> disabledFeatures(String param, String exclude, boolean breakout) {
        List<String> list = new ArrayList<>(ctx.config().defaultDisabledFeatures());
        if (!Params.isEmpty(param)) {
            list.addAll(Arrays.asList(param.split(",")));
        }
        list.removeAll(Arrays.asList("", null));
        list.replaceAll(String::trim);
        list = new ArrayList<>(new HashSet<>(list));
        if (!Params.isEmpty(exclude)) {
            list.removeAll(Arrays.asList(exclude.split(",")));
        }
        if (breakout) {
            list.add(Wire.LEARNING_DASHBOARD);
        }
        return list;
    }

    /** {@code ApiController.uploadDocuments} for a new meeting: which documents bbb-web would process. */
    private static List<DocumentSnapshot> documents(Map<String, List<DocumentElement>> modules,
                                                        NewMeeting spec, Params raw) {
        if (spec.disabledFeatures().contains(Wire.PRESENTATION_FEATURE)) {
            return List.of();
        }
        String overrideParam = raw.first(ApiParam.PRE_UPLOADED_PRESENTATION_OVERRIDE_DEFAULT);
        boolean overrideDefault = overrideParam == null || Boolean.parseBoolean(overrideParam.trim());
        List<Upload> list = new ArrayList<>();
        String pu = raw.first(ApiParam.PRE_UPLOADED_PRESENTATION);
        if (pu != null) {
            String puName = raw.first(ApiParam.PRE_UPLOADED_PRESENTATION_NAME);
            String fileName = puName != null ? puName : Optional.ofNullable(lastPathSegment(pu)).orElse("untitled");
            list.add(new Upload(new DocumentElement(Map.of(ApiParam.DOC_REMOVABLE, "true",
                    ApiParam.DOC_DOWNLOADABLE, "false", ApiParam.DOC_URL, pu, ApiParam.DOC_FILENAME, fileName), ""),
                    true));
        }
        List<DocumentElement> module = modules.get(Wire.PRESENTATION_FEATURE);
        if (module == null) {
            if (pu == null || !overrideDefault) {
                list.add(Upload.SERVER_DEFAULT);
            }
        } else {
            boolean hasCurrent = pu != null;
            for (DocumentElement d : module) {
                if (!d.attr(ApiParam.DOC_CURRENT).isEmpty() && Boolean.parseBoolean(d.attr(ApiParam.DOC_CURRENT)) && !hasCurrent) {
                    list.add(0, new Upload(d, false));
                    hasCurrent = true;
                } else {
                    list.add(new Upload(d, false));
                }
            }
            if (!overrideDefault) {
                if (!hasCurrent) {
                    list.add(0, Upload.SERVER_DEFAULT);
                } else {
                    list.add(Upload.SERVER_DEFAULT);
                }
            }
        }
        return snapshots(list, true);
    }

    /**
     * {@code ApiController.uploadDocuments} for {@code insertDocument}: no server default, the first
     * {@code current="true"} document moves to the front and only then becomes current.
     */
    static List<DocumentSnapshot> insertedDocuments(List<DocumentElement> module) {
        List<Upload> list = new ArrayList<>();
        boolean hasCurrent = false;
        for (DocumentElement d : module) {
            if (!d.attr(ApiParam.DOC_CURRENT).isEmpty() && Boolean.parseBoolean(d.attr(ApiParam.DOC_CURRENT))
                    && !hasCurrent) {
                list.add(0, new Upload(d, false));
                hasCurrent = true;
            } else {
                list.add(new Upload(d, false));
            }
        }
        return snapshots(list, hasCurrent);
    }

    /** The documents bbb-web would process, in order; the first entry is current when {@code firstIsCurrent}. */
    private static List<DocumentSnapshot> snapshots(List<Upload> list, boolean firstIsCurrent) {
        List<DocumentSnapshot> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            Upload upload = list.get(i);
            if (upload.serverDefault()) {
                continue;
            }
            DocumentElement d = upload.element();
            boolean param = upload.fromParameter();
            boolean removable = d.attr(ApiParam.DOC_REMOVABLE).isEmpty() || Boolean.parseBoolean(d.attr(ApiParam.DOC_REMOVABLE));
            boolean downloadable = !d.attr(ApiParam.DOC_DOWNLOADABLE).isEmpty() && Boolean.parseBoolean(d.attr(ApiParam.DOC_DOWNLOADABLE));
            boolean current = i == 0 && firstIsCurrent;
            Map<String, String> attrs = param ? Map.of() : d.attributes();
            if (!d.attr(ApiParam.DOC_URL).isEmpty()) {
                String url = d.attr(ApiParam.DOC_URL);
                String fileName = d.attr(ApiParam.DOC_FILENAME);
                if (fileName.isEmpty()) {
                    String[] tokens = Arrays.stream(url.split("/")).filter(t -> !t.isEmpty()).toArray(String[]::new);
                    fileName = tokens.length == 0 ? "" : URLDecoder.decode(tokens[tokens.length - 1],
                            StandardCharsets.UTF_8);
                }
                if (baseName(fileName).isEmpty() || (extension(fileName).isEmpty() && !param)) {
                    continue;
                }
                out.add(new DocumentSnapshot(url, fileName, current, downloadable, removable, null, 0, param,
                        attrs));
            } else if (!d.attr(ApiParam.DOC_NAME).isEmpty()) {
                String fileName = d.attr(ApiParam.DOC_NAME);
                if (baseName(fileName).isEmpty() || extension(fileName).isEmpty()) {
                    continue;
                }
                String text = d.text().trim();
                int size = Base64.getMimeDecoder().decode(text.getBytes(StandardCharsets.US_ASCII)).length;
                out.add(new DocumentSnapshot(null, fileName, current, downloadable, removable, text, size, false,
                        attrs));
            }
        }
        return out;
    }

    /**
     * One entry of bbb-web's upload list: a document element (from the body or the {@code preUploadedPresentation}
     * parameter), or the server's {@code default.pdf} (which the simulator does not report).
     */
    private record Upload(DocumentElement element, boolean fromParameter) {
        static final Upload SERVER_DEFAULT = new Upload(null, false);

        boolean serverDefault() {
            return element == null;
        }
    }

    private static String lastPathSegment(String url) {
        try {
            String path = URI.create(url).getPath();
            if (path == null || path.isEmpty() || path.endsWith("/")) {
                return null;
            }
            return path.substring(path.lastIndexOf('/') + 1);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String baseName(String fileName) {
        int sep = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\'));
        return fileName.substring(sep + 1);
    }

    private static String extension(String fileName) {
        String base = baseName(fileName);
        int dot = base.lastIndexOf('.');
        return dot < 0 ? "" : base.substring(dot + 1);
    }

    /** {@code create-meeting.ftlx}. */
    static ApiResult conference(Meeting m, BbbMessage warning) {
        NewMeeting s = m.spec();
        XmlOut x = new XmlOut().open("response")
                .element("returncode", Wire.SUCCESS)
                .element("meetingID", s.externalId())
                .element("internalMeetingID", s.internalId())
                .element("parentMeetingID", s.parentMeetingId());
        if (!s.attendeePW().isEmpty()) {
            x.element("attendeePW", s.attendeePW());
        }
        if (!s.moderatorPW().isEmpty()) {
            x.element("moderatorPW", s.moderatorPW());
        }
        x.number("createTime", s.createTime())
                .element("voiceBridge", s.voiceBridge())
                .element("dialNumber", s.dialNumber())
                .element("createDate", new Date(s.createTime()).toString())
                .element("hasUserJoined", m.hasUserJoined())
                .number("duration", s.duration())
                .element("hasBeenForciblyEnded", m.forciblyEnded())
                .element("messageKey", warning == null ? null : warning.key())
                .element("message", warning == null ? null : warning.message())
                .close("response");
        return new ApiResult(SimResponse.xml(x.render()), Wire.SUCCESS, warning == null ? null : warning.key());
    }

    private static String stripControlChars(String s) {
        return s.replaceAll("\\p{Cc}", "").trim();
    }

    private static String orElse(String value, String fallback) {
        return Params.isEmpty(value) ? fallback : value;
    }

    private static int parseInt(String s, int fallback) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
