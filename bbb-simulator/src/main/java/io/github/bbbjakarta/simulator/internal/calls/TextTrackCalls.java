package io.github.bbbjakarta.simulator.internal.calls;

import io.github.bbbjakarta.simulator.internal.http.Multipart;
import io.github.bbbjakarta.simulator.internal.http.Params;
import io.github.bbbjakarta.simulator.internal.http.SimRequest;
import io.github.bbbjakarta.simulator.internal.http.SimResponse;
import io.github.bbbjakarta.simulator.internal.state.RecordingStore;
import io.github.bbbjakarta.simulator.internal.state.StoredTextTrack;
import io.github.bbbjakarta.simulator.internal.wire.ApiCall;
import io.github.bbbjakarta.simulator.internal.wire.ApiParam;
import io.github.bbbjakarta.simulator.internal.wire.BbbMessage;
import io.github.bbbjakarta.simulator.internal.wire.Wire;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The text track calls of bbb-web's RecordingController ({@code getRecordingTextTracks},
 * {@code putRecordingTextTrack}) and the text track files their hrefs point to. Answers are JSON as bbb-web writes
 * them: Gson (compact, HTML-safe escapes) for the recording service's answers, Groovy's {@code JsonBuilder
 * .toPrettyString()} for the controller's own errors; the checksum and {@code missingParamRecordID} errors of
 * {@code getRecordingTextTracks} are XML ({@code invalid()}). Thread-safe (state lives in the store).
 */
public final class TextTrackCalls {
    private final ApiContext ctx;
    private final RecordingStore store;

    public TextTrackCalls(ApiContext ctx, RecordingStore store) {
        this.ctx = ctx;
        this.store = store;
    }

    /** {@code getRecordingTextTracks} (GET/POST; a multipart body's fields are parameters too). */
    public ApiResult getRecordingTextTracks(SimRequest req, Params query) {
        Params raw = withFormFields(req, query, parts(req));
        if (Params.isEmpty(raw.first(ApiParam.CHECKSUM))) {
            return Responses.error(BbbMessage.LEGACY_CHECKSUM_ERROR);
        }
        if (Params.isEmpty(raw.first(ApiParam.RECORD_ID))) {
            return Responses.error(BbbMessage.MISSING_PARAM_RECORD_ID);
        }
        if (!ctx.checksums().validateLegacy(ApiCall.GET_RECORDING_TEXT_TRACKS.callName(), req.rawQuery(), raw)) {
            return Responses.error(BbbMessage.LEGACY_CHECKSUM_ERROR);
        }
        String recordId = strip(raw.first(ApiParam.RECORD_ID));
        List<StoredTextTrack> tracks = store.textTracks(recordId);
        if (tracks == null) {
            return gsonFailure(BbbMessage.TEXT_TRACK_NO_RECORDING, recordId);
        }
        long now = ctx.config().clock().millis();
        long lifetime = Wire.TEXT_TRACK_TOKEN_SECONDS * 1000L;
        String base = ctx.config().baseUrl() + Wire.TEXT_TRACK_PATH + "/";
        StringBuilder sb = new StringBuilder("{").append(gsonString(Wire.JSON_RESPONSE)).append(":{")
                .append(gsonString(Wire.JSON_RETURNCODE)).append(':').append(gsonString(Wire.SUCCESS)).append(',')
                .append(gsonString(Wire.JSON_TRACKS)).append(":[");
        for (int i = 0; i < tracks.size(); i++) {
            StoredTextTrack t = tracks.get(i);
            String token = store.captionToken(recordId, t.fileName(), now, lifetime);
            Map<String, String> track = new LinkedHashMap<>();
            track.put(Wire.TRACK_HREF, base + token + "/" + recordId + "/" + t.fileName());
            track.put(Wire.TRACK_KIND, t.kind());
            track.put(Wire.TRACK_LABEL, t.label());
            track.put(Wire.TRACK_LANG, t.lang());
            track.put(Wire.TRACK_SOURCE, t.source());
            sb.append(i == 0 ? "" : ",").append(gsonObject(track));
        }
        sb.append("]}}");
        return json(sb.toString(), Wire.SUCCESS, null);
    }

    /** {@code putRecordingTextTrack} (POST, multipart/form-data with the track in field {@code file}). */
    public ApiResult putRecordingTextTrack(SimRequest req, Params query) {
        List<Multipart.Part> parts = parts(req);
        Params raw = withFormFields(req, query, parts);
        if (Params.isEmpty(raw.first(ApiParam.CHECKSUM))) {
            return prettyFailure(BbbMessage.TEXT_TRACK_MISSING_CHECKSUM, "");
        }
        if (Params.isEmpty(raw.first(ApiParam.RECORD_ID))) {
            return prettyFailure(BbbMessage.TEXT_TRACK_MISSING_RECORD_ID, "");
        }
        String recordId = strip(raw.first(ApiParam.RECORD_ID));
        if (!ctx.checksums().validateLegacy(ApiCall.PUT_RECORDING_TEXT_TRACK.callName(), req.rawQuery(), raw)) {
            return Responses.error(BbbMessage.LEGACY_CHECKSUM_ERROR);
        }
        if (!store.existsPublishedOrUnpublished(recordId)) {
            return prettyFailure(BbbMessage.TEXT_TRACK_UPLOAD_NO_RECORDING, recordId);
        }
        if (Params.isEmpty(raw.first(ApiParam.KIND))) {
            return prettyFailure(BbbMessage.TEXT_TRACK_MISSING_KIND, "");
        }
        String kind = strip(raw.first(ApiParam.KIND));
        if (!Wire.TEXT_TRACK_KINDS.contains(kind)) {
            return prettyFailure(BbbMessage.TEXT_TRACK_INVALID_KIND, kind);
        }
        if (Params.isEmpty(raw.first(ApiParam.LANG))) {
            return prettyFailure(BbbMessage.TEXT_TRACK_MISSING_LANG, "");
        }
        String paramsLang = strip(raw.first(ApiParam.LANG));
        Optional<Locale> locale = commonsLangLocale(paramsLang);
        if (locale.isEmpty()) {
            return prettyFailure(BbbMessage.TEXT_TRACK_INVALID_LANG, paramsLang);
        }
        String lang = locale.get().toLanguageTag();
        String label = Params.isEmpty(raw.first(ApiParam.LABEL)) ? locale.get().getDisplayLanguage(Locale.ENGLISH)
                : strip(raw.first(ApiParam.LABEL));
        Multipart.Part file = parts.stream().filter(p -> p.isFile() && ApiParam.FILE.equals(p.name()))
                .findFirst().orElse(null);
        if (file == null || file.content().length == 0) {
            return prettyFailure(BbbMessage.TEXT_TRACK_EMPTY, "");
        }
        store.uploadTextTrack(new StoredTextTrack(recordId, kind, lang, label, Wire.TEXT_TRACK_SOURCE_UPLOAD,
                file.filename(), file.contentType(), file.content()), ctx.config().clock().millis());
        Map<String, String> result = new LinkedHashMap<>();
        result.put(Wire.JSON_RETURNCODE, Wire.SUCCESS);
        result.put(Wire.JSON_RECORD_ID, recordId);
        result.put(Wire.JSON_MESSAGE_KEY, BbbMessage.TEXT_TRACK_UPLOADED.key());
        result.put(Wire.JSON_MESSAGE, BbbMessage.TEXT_TRACK_UPLOADED.message());
        return json(gsonResponse(result), Wire.SUCCESS, BbbMessage.TEXT_TRACK_UPLOADED.key());
    }

    /**
     * A text track file, {@code GET /bigbluebutton/textTrack/<token>/<recordID>/<kind>_<lang>.vtt}: nginx asks
     * bbb-web's {@code checkTextTrackAuthToken} (single-use token for that record id and file) and then serves the
     * file from the captions directory. Bad token: 401; no such file: 404.
     */
    public SimResponse textTrackFile(SimRequest req) {
        if (!"GET".equals(req.method()) && !"HEAD".equals(req.method())) {
            return SimResponse.of(405, Wire.CONTENT_TYPE_HTML, nginxPage("405 Not Allowed"));
        }
        String rest = req.path().substring(Math.min(req.path().length(), Wire.TEXT_TRACK_PATH.length() + 1));
        String[] segments = rest.split("/", -1);
        if (segments.length != 3 || segments[0].isEmpty() || segments[1].isEmpty() || segments[2].isEmpty()) {
            return SimResponse.of(404, Wire.CONTENT_TYPE_HTML, nginxPage("404 Not Found"));
        }
        if (!store.useCaptionToken(segments[0], segments[1], segments[2], ctx.config().clock().millis())) {
            return SimResponse.of(401, Wire.CONTENT_TYPE_HTML, nginxPage("401 Authorization Required"));
        }
        return store.textTrackFile(segments[1], segments[2])
                .map(t -> SimResponse.of(200, Wire.CONTENT_TYPE_VTT, "").withBody(t.content()))
                .orElseGet(() -> SimResponse.of(404, Wire.CONTENT_TYPE_HTML, nginxPage("404 Not Found")));
    }

    private static String nginxPage(String title) {
        return "<html>\r\n<head><title>" + title + "</title></head>\r\n<body>\r\n<center><h1>" + title
                + "</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";
    }

    /** The multipart parts of the body; none when it is not multipart or malformed. */
    private static List<Multipart.Part> parts(SimRequest req) {
        if (!Multipart.isFormData(req.contentType()) || req.bodySize() == 0) {
            return List.of();
        }
        try {
            return Multipart.parse(req.contentType(), req.body());
        } catch (Multipart.Malformed e) {
            return List.of();
        }
    }

    /** Grails {@code params}: the query's parameters, then the multipart body's plain fields. */
    private static Params withFormFields(SimRequest req, Params query, List<Multipart.Part> parts) {
        List<String> pairs = new ArrayList<>();
        for (Multipart.Part p : parts) {
            if (!p.isFile()) {
                pairs.add(enc(p.name()) + "=" + enc(p.text()));
            }
        }
        if (pairs.isEmpty()) {
            return query;
        }
        return Params.parse(req.rawQuery(), String.join("&", pairs));
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Commons Lang 2 {@code StringUtils.strip}: white space removed at both ends. */
    private static String strip(String s) {
        return s == null ? null : s.strip();
    }

    /**
     * Commons Lang 2 {@code LocaleUtils.toLocale}: {@code ll}, {@code ll_CC}, {@code ll_CC_variant} or
     * {@code ll__variant} (two lower-case letters, underscore, two upper-case letters); anything else is invalid.
     */
    static Optional<Locale> commonsLangLocale(String s) {
        int len = s.length();
        if (len != 2 && len != 5 && len < 7) {
            return Optional.empty();
        }
        if (!lower(s.charAt(0)) || !lower(s.charAt(1))) {
            return Optional.empty();
        }
        if (len == 2) {
            return Optional.of(new Locale(s, ""));
        }
        if (s.charAt(2) != '_') {
            return Optional.empty();
        }
        if (s.charAt(3) == '_') {
            return Optional.of(new Locale(s.substring(0, 2), "", s.substring(4)));
        }
        if (!upper(s.charAt(3)) || !upper(s.charAt(4))) {
            return Optional.empty();
        }
        if (len == 5) {
            return Optional.of(new Locale(s.substring(0, 2), s.substring(3, 5)));
        }
        if (s.charAt(5) != '_') {
            return Optional.empty();
        }
        return Optional.of(new Locale(s.substring(0, 2), s.substring(3, 5), s.substring(6)));
    }

    private static boolean lower(char c) {
        return c >= 'a' && c <= 'z';
    }

    private static boolean upper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static ApiResult json(String body, String returnCode, String messageKey) {
        return new ApiResult(SimResponse.json(200, body).withHeader("Cache-Control", "no-cache"), returnCode,
                messageKey);
    }

    /** A recording service failure, written by Gson: {@code {"response":{"returncode":"FAILED",..}}}. */
    private static ApiResult gsonFailure(BbbMessage m, String value) {
        Map<String, String> result = new LinkedHashMap<>();
        result.put(Wire.JSON_RETURNCODE, Wire.FAILED);
        result.put(Wire.JSON_MESSAGE_KEY, m.key());
        result.put(Wire.JSON_MESSAGE, m.message() + value);
        return json(gsonResponse(result), Wire.FAILED, m.key());
    }

    private static String gsonResponse(Map<String, String> result) {
        return "{" + gsonString(Wire.JSON_RESPONSE) + ":" + gsonObject(result) + "}";
    }

    /** A controller failure ({@code respondWithError}), written by Groovy's {@code JsonBuilder.toPrettyString()}. */
    private static ApiResult prettyFailure(BbbMessage m, String value) {
        String body = "{\n    " + groovyString(Wire.JSON_RESPONSE) + ": {\n        "
                + groovyString(Wire.JSON_RETURNCODE) + ": " + groovyString(Wire.FAILED) + ",\n        "
                + groovyString(Wire.JSON_MESSAGE_KEY) + ": " + groovyString(m.key()) + ",\n        "
                + groovyString(Wire.JSON_MESSAGE) + ": " + groovyString(m.message() + value) + "\n    }\n}";
        return json(body, Wire.FAILED, m.key());
    }

    private static String gsonObject(Map<String, String> members) {
        StringBuilder sb = new StringBuilder("{");
        members.forEach((k, v) -> {
            if (v != null) { // Gson leaves out null fields
                sb.append(sb.length() == 1 ? "" : ",").append(gsonString(k)).append(':').append(gsonString(v));
            }
        });
        return sb.append('}').toString();
    }

    /** A JSON string as Gson's default (HTML-safe) writer escapes it. */
    static String gsonString(String s) {
        return jsonString(s, c -> c < 0x20 || c == '<' || c == '>' || c == '&' || c == '=' || c == '\''
                || c == '\u2028' || c == '\u2029');
    }

    /** A JSON string as Groovy's {@code JsonOutput} escapes it (control characters and non-ASCII as {@code \\uXXXX}). */
    static String groovyString(String s) {
        return jsonString(s, c -> c < 0x20 || c > 0x7e);
    }

    /** Quotes and escapes: the short escapes first, then {@code \\uXXXX} for the characters the writer picks. */
    private static String jsonString(String s, java.util.function.IntPredicate asUnicode) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"': sb.append("\\\""); break;
                case '\\': sb.append("\\\\"); break;
                case '\t': sb.append("\\t"); break;
                case '\b': sb.append("\\b"); break;
                case '\n': sb.append("\\n"); break;
                case '\r': sb.append("\\r"); break;
                case '\f': sb.append("\\f"); break;
                default:
                    if (asUnicode.test(c)) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
            }
        }
        return sb.append('"').toString();
    }
}
