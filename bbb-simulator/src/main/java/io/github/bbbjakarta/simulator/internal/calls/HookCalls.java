package io.github.bbbjakarta.simulator.internal.calls;

import io.github.bbbjakarta.simulator.HookSnapshot;
import io.github.bbbjakarta.simulator.internal.SimulatorConfig;
import io.github.bbbjakarta.simulator.internal.digest.Digests;
import io.github.bbbjakarta.simulator.internal.http.Params;
import io.github.bbbjakarta.simulator.internal.http.SimRequest;
import io.github.bbbjakarta.simulator.internal.http.SimResponse;
import io.github.bbbjakarta.simulator.internal.state.HookRegistry;
import io.github.bbbjakarta.simulator.internal.wire.HookWire;
import io.github.bbbjakarta.simulator.internal.wire.Wire;
import io.github.bbbjakarta.simulator.internal.xml.XmlOut;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The bbb-webhooks 3.x management API: {@code hooks/create}, {@code hooks/list}, {@code hooks/destroy} (and
 * {@code hooks/ping}), answered as its Express app does ({@code src/out/webhooks/api/api.js}). Only GET (and so
 * HEAD) is routed; its own checksum rule ({@code utils.js isUrlChecksumValid}). Thread-safe.
 */
public final class HookCalls {
    /** JavaScript's {@code \s} (ECMAScript WhiteSpace and LineTerminator). */
    private static final String JS_SPACE = "[\\t\\n\\u000B\\f\\r \\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F"
            + "\\u205F\\u3000\\uFEFF]";
    private static final Pattern AFTER_TAG = Pattern.compile(">" + JS_SPACE + "*");
    private static final Pattern TRIM = Pattern.compile("^" + JS_SPACE + "+|" + JS_SPACE + "+\\z");
    /** {@code queryFromUrl}: the three first-match removals of the checksum pair. */
    private static final Pattern STRIP_AMP = Pattern.compile("&checksum=[^&]*");
    private static final Pattern STRIP_NEXT = Pattern.compile("checksum=[^&]*&");
    private static final Pattern STRIP_END = Pattern.compile("checksum=[^&]*\\z");

    private final SimulatorConfig config;
    private final HookRegistry hooks;

    public HookCalls(SimulatorConfig config, HookRegistry hooks) {
        this.config = config;
        this.hooks = hooks;
    }

    /** Whether a call name belongs to bbb-webhooks. */
    public static boolean handles(String callName) {
        return HookWire.CALLS.contains(callName);
    }

    /** Answers one {@code hooks/...} request. */
    public ApiResult handle(String callName, SimRequest req) {
        if (!"GET".equals(req.method()) && !"HEAD".equals(req.method())) {
            // No route: Express's final handler.
            return expressError(404, "Cannot " + req.method() + " " + req.path());
        }
        if (HookWire.PING.equals(callName)) {
            return new ApiResult(SimResponse.of(200, null, HookWire.PING_ANSWER), null, null);
        }
        Params params = Params.parse(req.rawQuery(), null);
        List<String> checksums = params.all(HookWire.CHECKSUM);
        if (checksums.size() == 1 && !checksums.get(0).isEmpty()
                && Digests.algorithmFor(checksums.get(0).length()) == null) {
            // getChecksumAlgorithmFromLength throws inside the middleware: Express answers 500.
            return expressError(500, "Internal Server Error");
        }
        if (!checksumValid(callName, req.rawQuery(), checksums)) {
            return failure(HookWire.Message.CHECKSUM_ERROR);
        }
        switch (callName) {
            case HookWire.CREATE:
                return create(params);
            case HookWire.DESTROY:
                return destroy(params);
            default:
                return list(params);
        }
    }

    /**
     * {@code isUrlChecksumValid}: exactly one non-empty checksum, its algorithm (by length) in the configured list,
     * and equal ({@code ===}, so lower-case hex only) to {@code hex(H(callName + query + secret))}; the query is
     * the raw one with the checksum pair removed by {@code queryFromUrl}'s three first-match patterns. An empty
     * secret is not special.
     */
    private boolean checksumValid(String callName, String rawQuery, List<String> checksums) {
        if (checksums.size() != 1 || checksums.get(0).isEmpty()) {
            return false;
        }
        String checksum = checksums.get(0);
        String algorithm = Digests.algorithmFor(checksum.length());
        if (!config.supportedHookChecksumAlgorithms().contains(algorithm)) {
            return false;
        }
        String url = "?" + (rawQuery == null ? "" : rawQuery);
        url = STRIP_AMP.matcher(url).replaceFirst("");
        url = STRIP_NEXT.matcher(url).replaceFirst("");
        url = STRIP_END.matcher(url).replaceFirst("");
        int q = url.indexOf('?');
        String query = q < 0 ? "" : url.substring(q + 1);
        return checksum.equals(Digests.hex(algorithm, callName + query + config.secret()));
    }

    private ApiResult create(Params params) {
        String getRaw = params.first(HookWire.GET_RAW);
        String rawData = "false";
        if (getRaw != null && !getRaw.isEmpty()) {
            // JSON.parse(getRaw.toLowerCase()): anything but true/false is not simulated (bbb-webhooks throws
            // on most of it before answering).
            rawData = getRaw.toLowerCase(Locale.ROOT);
            if (!rawData.equals("true") && !rawData.equals("false")) {
                return expressError(500, "Internal Server Error");
            }
        }
        String callbackURL = params.first(HookWire.CALLBACK_URL);
        if (callbackURL == null) {
            return failure(HookWire.Message.MISSING_PARAM_CALLBACK_URL);
        }
        String eventID = params.first(HookWire.EVENT_ID);
        List<String> eventIDs = eventID == null ? null
                : Arrays.asList(eventID.toLowerCase(Locale.ROOT).split(",", -1));
        HookRegistry.Added added = hooks.add(callbackURL, params.first(HookWire.MEETING_ID), eventIDs,
                Boolean.parseBoolean(rawData));
        HookSnapshot h = added.hook();
        if (added.duplicated()) {
            HookWire.Message m = HookWire.Message.DUPLICATE_WARNING;
            return xml(Wire.SUCCESS, m.key(), "<response><returncode>" + Wire.SUCCESS + "</returncode><hookID>"
                    + h.hookID() + "</hookID><messageKey>" + m.key() + "</messageKey><message>" + m.message()
                    + "</message></response>");
        }
        return xml(Wire.SUCCESS, null, "<response><returncode>" + Wire.SUCCESS + "</returncode><hookID>" + h.hookID()
                + "</hookID><permanentHook>" + h.permanentHook() + "</permanentHook><rawData>" + h.rawData()
                + "</rawData></response>");
    }

    private ApiResult destroy(Params params) {
        String hookID = params.first(HookWire.HOOK_ID);
        if (hookID == null) {
            return failure(HookWire.Message.MISSING_PARAM_HOOK_ID);
        }
        if (!hooks.remove(hookID)) {
            return failure(HookWire.Message.DESTROY_MISSING_HOOK);
        }
        return xml(Wire.SUCCESS, null, "<response><returncode>" + Wire.SUCCESS
                + "</returncode><removed>true</removed></response>");
    }

    /** Values are written as bbb-webhooks concatenates them: unescaped, URL and meeting id inside CDATA. */
    private ApiResult list(Params params) {
        String meetingID = params.first(HookWire.MEETING_ID);
        List<HookSnapshot> found = meetingID == null ? hooks.all() : hooks.forMeeting(meetingID);
        StringBuilder sb = new StringBuilder("<response><returncode>").append(Wire.SUCCESS)
                .append("</returncode><hooks>");
        for (HookSnapshot h : found) {
            sb.append("<hook><hookID>").append(h.hookID()).append("</hookID>");
            sb.append("<callbackURL><![CDATA[").append(h.callbackURL()).append("]]></callbackURL>");
            if (h.meetingID() != null) {
                sb.append("<meetingID><![CDATA[").append(h.meetingID()).append("]]></meetingID>");
            }
            if (h.eventIDs() != null) {
                sb.append("<eventID>").append(String.join(",", h.eventIDs())).append("</eventID>");
            }
            sb.append("<permanentHook>").append(h.permanentHook()).append("</permanentHook>");
            sb.append("<rawData>").append(h.rawData()).append("</rawData></hook>");
        }
        sb.append("</hooks></response>");
        return xml(Wire.SUCCESS, null, sb.toString());
    }

    private static ApiResult failure(HookWire.Message m) {
        return xml(Wire.FAILED, m.key(), "<response><returncode>" + Wire.FAILED + "</returncode><messageKey>"
                + m.key() + "</messageKey><message>" + m.message() + "</message></response>");
    }

    /** {@code respondWithXML}: {@code cleanupXML} (trim, white space after every {@code >} removed), text/xml. */
    private static ApiResult xml(String returnCode, String messageKey, String xml) {
        String clean = AFTER_TAG.matcher(TRIM.matcher(xml).replaceAll("")).replaceAll(">");
        return new ApiResult(SimResponse.of(200, HookWire.CONTENT_TYPE_XML, clean), returnCode, messageKey);
    }

    /** Express's final handler page (production mode) for an unrouted request or a thrown error. */
    private static ApiResult expressError(int status, String text) {
        String html = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Error</title>\n"
                + "</head>\n<body>\n<pre>" + XmlOut.escape(text) + "</pre>\n</body>\n</html>\n";
        return new ApiResult(SimResponse.of(status, HookWire.CONTENT_TYPE_HTML, html)
                .withHeader("Content-Security-Policy", "default-src 'none'")
                .withHeader("X-Content-Type-Options", "nosniff"), null, null);
    }
}
