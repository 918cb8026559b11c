package io.github.bbbjakarta.simulator.internal.calls;

import io.github.bbbjakarta.simulator.RecordingSettings;
import io.github.bbbjakarta.simulator.internal.digest.Digests;
import io.github.bbbjakarta.simulator.internal.http.Params;
import io.github.bbbjakarta.simulator.internal.http.SimRequest;
import io.github.bbbjakarta.simulator.internal.http.SimResponse;
import io.github.bbbjakarta.simulator.internal.state.RecordingStore;
import io.github.bbbjakarta.simulator.internal.state.StoredRecording;
import io.github.bbbjakarta.simulator.internal.wire.ApiCall;
import io.github.bbbjakarta.simulator.internal.wire.ApiParam;
import io.github.bbbjakarta.simulator.internal.wire.BbbMessage;
import io.github.bbbjakarta.simulator.internal.wire.Wire;
import io.github.bbbjakarta.simulator.internal.xml.XmlOut;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The RecordingController calls ({@code getRecordings}, {@code publishRecordings}, {@code deleteRecordings},
 * {@code updateRecordings}) against the simulator's {@link RecordingStore}: the legacy checksum check with its own
 * error text, the required parameters in bbb-web's order, then the store. Thread-safe (state lives in the store).
 */
public final class RecordingCalls {
    private static final String NO_RECORDINGS_KEY = "noRecordings";
    private static final String FETCH_ALL_DISABLED =
            "No recordings found. This may occur if you attempt to retrieve all recordings.";
    private static final String STATE = "state";
    private static final String OFFSET = "offset";
    private static final String LIMIT = "limit";
    private static final String ANY = "any";
    private static final int MAX_LIMIT = 100;
    private static final String META_NAME = "[a-zA-Z][a-zA-Z0-9-]*";

    private final ApiContext ctx;
    private final RecordingStore store;

    public RecordingCalls(ApiContext ctx, RecordingStore store) {
        this.ctx = ctx;
        this.store = store;
    }

    /** {@code getRecordings}: filters, optional paging, the two {@code noRecordings} answers. */
    public ApiResult getRecordings(SimRequest req, Params raw) {
        if (!checksumOk(ApiCall.GET_RECORDINGS, req, raw)) {
            return Responses.error(BbbMessage.LEGACY_CHECKSUM_ERROR);
        }
        RecordingSettings settings = store.settings();
        List<String> ids = ids(raw.first(ApiParam.RECORD_ID));
        if (ids.isEmpty()) {
            for (String meetingId : ids(raw.first(ApiParam.MEETING_ID))) {
                ids.add(Digests.sha1Hex(meetingId));
            }
        }
        Integer limit = limit(raw.first(LIMIT));
        if (ids.isEmpty() && limit == null && !settings.allowFetchAllRecordings()) {
            String xml = new XmlOut().open("response").element("returncode", Wire.SUCCESS)
                    .element("messageKey", NO_RECORDINGS_KEY).element("message", FETCH_ALL_DISABLED)
                    .close("response").render();
            return new ApiResult(SimResponse.xml(xml), Wire.SUCCESS, NO_RECORDINGS_KEY);
        }
        List<String> states = states(raw.first(STATE));
        Map<String, String> filters = metaParams(raw);
        List<StoredRecording> found = store.find(r -> (ids.isEmpty() || ids.stream().anyMatch(r.recordID()::startsWith))
                && states.contains(r.state()) && matchesMetadata(r.metadata(), filters));
        int total = found.size();
        int offset = offset(raw.first(OFFSET));
        List<StoredRecording> page = found;
        if (limit != null) {
            int from = Math.min(offset, total);
            page = found.subList(from, Math.min(total, from + limit));
        }
        StringBuilder sb = new StringBuilder("<response>\n<returncode>SUCCESS</returncode>\n<recordings>\n");
        Map<String, List<String>> breakoutRooms = page.isEmpty() ? Map.of() : store.breakoutRecordings();
        for (StoredRecording r : page) {
            recording(sb, r, breakoutRooms.getOrDefault(r.recordID(), List.of()));
        }
        sb.append("</recordings>\n");
        String messageKey = null;
        if (page.isEmpty()) {
            BbbMessage none = BbbMessage.NO_RECORDINGS_FOR_MEETINGS;
            sb.append("<messageKey>").append(none.key()).append("</messageKey>\n<message>").append(none.message())
                    .append("</message>\n");
            messageKey = none.key();
        }
        if (limit != null) {
            if (settings.bareTotalElements()) {
                sb.append("<totalElements>").append(total).append("</totalElements>\n");
            } else {
                sb.append("<pagination>\n<pageable>\n<offset>").append(offset).append("</offset>\n<limit>")
                        .append(limit).append("</limit>\n<paged>true</paged>\n<unpaged>false</unpaged>\n")
                        .append("</pageable>\n<totalElements>").append(total).append("</totalElements>\n<empty>")
                        .append(page.isEmpty()).append("</empty>\n</pagination>\n");
            }
        }
        sb.append("</response>");
        return new ApiResult(SimResponse.xml(sb.toString()), Wire.SUCCESS, messageKey);
    }

    /** {@code publishRecordings}, {@code deleteRecordings}, {@code updateRecordings}. */
    public ApiResult manageRecordings(ApiCall call, SimRequest req, Params raw) {
        if (Params.isEmpty(raw.first(ApiParam.CHECKSUM))) {
            return Responses.error(BbbMessage.LEGACY_CHECKSUM_ERROR);
        }
        if (Params.isEmpty(raw.first(ApiParam.RECORD_ID))) {
            return Responses.error(BbbMessage.MISSING_PARAM_RECORD_ID);
        }
        String publish = raw.first(ApiParam.PUBLISH);
        if (call == ApiCall.PUBLISH_RECORDINGS && Params.isEmpty(publish)) {
            return Responses.error(BbbMessage.MISSING_PARAM_PUBLISH);
        }
        if (!checksumOk(call, req, raw)) {
            return Responses.error(BbbMessage.LEGACY_CHECKSUM_ERROR);
        }
        List<String> ids = ids(raw.first(ApiParam.RECORD_ID));
        if (!store.existAny(ids)) {
            return Responses.error(BbbMessage.RECORDINGS_NOT_FOUND);
        }
        XmlOut out = new XmlOut().open("response").element("returncode", Wire.SUCCESS);
        switch (call) {
            case PUBLISH_RECORDINGS:
                store.publish(ids, Boolean.parseBoolean(publish.trim()));
                out.element("published", publish);
                break;
            case DELETE_RECORDINGS:
                store.delete(ids);
                out.element("deleted", true);
                break;
            default:
                store.updateMetadata(ids, metaParams(raw));
                out.element("updated", true);
                break;
        }
        return new ApiResult(SimResponse.xml(out.close("response").render()), Wire.SUCCESS, null);
    }

    private boolean checksumOk(ApiCall call, SimRequest req, Params raw) {
        if (Params.isEmpty(raw.first(ApiParam.CHECKSUM))) {
            return false;
        }
        return ctx.checksums().validateLegacy(call.callName(), req.rawQuery(), raw);
    }

    /** A comma list of ids (already URL-decoded), each trimmed, empties dropped. */
    private static List<String> ids(String value) {
        List<String> out = new ArrayList<>();
        if (value == null) {
            return out;
        }
        for (String s : value.split(",")) {
            String id = s.trim();
            if (!id.isEmpty() && !out.contains(id)) {
                out.add(id);
            }
        }
        return out;
    }

    /** The {@code state} list: default published and unpublished, {@code any} means every state. */
    private static List<String> states(String value) {
        List<String> asked = ids(value == null ? null : value.toLowerCase(Locale.ROOT));
        if (asked.isEmpty()) {
            return List.of(StoredRecording.PUBLISHED, StoredRecording.UNPUBLISHED);
        }
        return asked.contains(ANY) ? StoredRecording.STATES : asked;
    }

    /** {@code limit} clamped to 1..100, or {@code null} (no paging) when absent or not a number. */
    private static Integer limit(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Math.max(1, Math.min(MAX_LIMIT, Integer.parseInt(value.trim())));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** {@code offset}, 0 when absent, negative or not a number. */
    private static int offset(String value) {
        if (value == null) {
            return 0;
        }
        try {
            return Math.max(0, Integer.parseInt(value.trim()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** {@code meta_NAME=value} parameters with lower-cased names (as create stores them), in arrival order. */
    private static Map<String, String> metaParams(Params raw) {
        Map<String, String> out = new LinkedHashMap<>();
        raw.firstValues().forEach((k, v) -> {
            if (k.startsWith(ApiParam.META_PREFIX)) {
                String name = k.substring(ApiParam.META_PREFIX.length());
                if (name.matches(META_NAME)) {
                    out.put(name.toLowerCase(Locale.ROOT), v);
                }
            }
        });
        return out;
    }

    /** bbb-web {@code recordingMatchesMetadata}: exact, or {@code %} as a wildcard at the start and/or end. */
    static boolean matchesMetadata(Map<String, String> metadata, Map<String, String> filters) {
        for (Map.Entry<String, String> f : filters.entrySet()) {
            String value = metadata.get(f.getKey());
            String filter = f.getValue();
            if (value == null) {
                return false;
            }
            boolean starts = filter.startsWith("%");
            boolean ends = filter.length() > 1 && filter.endsWith("%");
            boolean ok;
            if (starts && ends) {
                ok = value.contains(filter.substring(1, filter.length() - 1));
            } else if (starts) {
                ok = value.endsWith(filter.substring(1));
            } else if (ends) {
                ok = value.startsWith(filter.substring(0, filter.length() - 1));
            } else {
                ok = value.equals(filter);
            }
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** One {@code <recording>} in the element order of bbb-web's {@code RecMetaResponse.toXml}. */
    private void recording(StringBuilder sb, StoredRecording r, List<String> breakoutRooms) {
        sb.append("<recording>\n");
        el(sb, "recordID", r.recordID());
        el(sb, "meetingID", r.meetingID());
        el(sb, "internalMeetingID", r.recordID());
        el(sb, "name", r.name());
        el(sb, "isBreakout", Boolean.toString(r.breakout()));
        el(sb, "published", Boolean.toString(StoredRecording.PUBLISHED.equals(r.state())));
        el(sb, "state", r.state());
        el(sb, "startTime", Long.toString(r.startTime()));
        el(sb, "endTime", Long.toString(r.endTime()));
        el(sb, "participants", Integer.toString(r.participants()));
        el(sb, "rawSize", Long.toString(rawSize(r)));
        sb.append("<metadata>\n");
        r.metadata().forEach((k, v) -> el(sb, k, v));
        sb.append("</metadata>\n");
        if (r.breakout()) {
            sb.append("<breakout>\n");
            el(sb, "parentId", r.parentMeetingId());
            el(sb, "sequence", Integer.toString(r.sequence()));
            el(sb, "freeJoin", Boolean.toString(r.freeJoin()));
            sb.append("</breakout>\n");
        }
        if (!breakoutRooms.isEmpty()) { // RecMetaResponse.toXml: only when the list is not empty
            sb.append('<').append(Wire.BREAKOUT_ROOMS).append(">\n");
            breakoutRooms.forEach(id -> el(sb, Wire.BREAKOUT_ROOM, id));
            sb.append("</").append(Wire.BREAKOUT_ROOMS).append(">\n");
        }
        long size = 0;
        for (String f : r.formats()) {
            size += formatSize(f, r);
        }
        el(sb, "size", Long.toString(size));
        sb.append("<playback>\n");
        String base = ctx.config().baseUrl();
        for (String f : r.formats()) {
            sb.append("<format>\n");
            el(sb, "type", f);
            el(sb, "url", RecordingStore.PRESENTATION.equals(f)
                    ? base + "/playback/presentation/2.3/" + r.recordID()
                    : base + "/playback/" + f + "/" + r.recordID() + "/");
            el(sb, "processingTime", Long.toString(RecordingStore.PRESENTATION.equals(f) ? 4_000L : 12_000L));
            el(sb, "length", Long.toString(r.lengthMinutes()));
            el(sb, "size", Long.toString(formatSize(f, r)));
            if (RecordingStore.PRESENTATION.equals(f)) {
                sb.append("<preview>\n<images>\n");
                for (int i = 1; i <= 3; i++) {
                    sb.append("<image width=\"176\" height=\"136\" alt=\"").append(XmlOut.escape("Slide " + i))
                            .append("\">").append(XmlOut.escape(base + "/presentation/" + r.recordID()
                                    + "/presentation/" + r.recordID() + "/thumbnails/thumb-" + i + ".png"))
                            .append("</image>\n");
                }
                sb.append("</images>\n</preview>\n");
            }
            sb.append("</format>\n");
        }
        sb.append("</playback>\n</recording>\n");
    }

    /** Simulated raw size: 1 MB plus 100 kB per participant. */
    private static long rawSize(StoredRecording r) {
        return 1_000_000L + 100_000L * r.participants();
    }

    /** Simulated format sizes: presentation 200 kB + 10 kB per minute, video 2 MB + 1 MB per minute. */
    private static long formatSize(String format, StoredRecording r) {
        return RecordingStore.PRESENTATION.equals(format) ? 200_000L + 10_000L * r.lengthMinutes()
                : 2_000_000L + 1_000_000L * r.lengthMinutes();
    }

    private static void el(StringBuilder sb, String tag, String value) {
        sb.append('<').append(tag).append('>').append(value == null ? "" : XmlOut.escape(value)).append("</")
                .append(tag).append(">\n");
    }
}
