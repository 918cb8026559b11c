package io.github.bbbjakarta.simulator.internal.routing;

import io.github.bbbjakarta.simulator.JournalEntry;
import io.github.bbbjakarta.simulator.Parameter;
import io.github.bbbjakarta.simulator.SimulatorControl;
import io.github.bbbjakarta.simulator.Stub;
import io.github.bbbjakarta.simulator.internal.SimulatorConfig;
import io.github.bbbjakarta.simulator.internal.calls.ApiContext;
import io.github.bbbjakarta.simulator.internal.calls.ApiResult;
import io.github.bbbjakarta.simulator.internal.calls.Checksums;
import io.github.bbbjakarta.simulator.internal.calls.CreateCall;
import io.github.bbbjakarta.simulator.internal.calls.HookCalls;
import io.github.bbbjakarta.simulator.internal.calls.JoinCall;
import io.github.bbbjakarta.simulator.internal.calls.MeetingCalls;
import io.github.bbbjakarta.simulator.internal.calls.MeetingContentCalls;
import io.github.bbbjakarta.simulator.internal.calls.RecordingCalls;
import io.github.bbbjakarta.simulator.internal.calls.TextTrackCalls;
import io.github.bbbjakarta.simulator.internal.calls.Responses;
import io.github.bbbjakarta.simulator.internal.calls.VersionCall;
import io.github.bbbjakarta.simulator.internal.control.AdminApi;
import io.github.bbbjakarta.simulator.internal.control.Journal;
import io.github.bbbjakarta.simulator.internal.control.LocalControl;
import io.github.bbbjakarta.simulator.internal.control.StubRegistry;
import io.github.bbbjakarta.simulator.internal.http.Params;
import io.github.bbbjakarta.simulator.internal.http.SimRequest;
import io.github.bbbjakarta.simulator.internal.http.SimResponse;
import io.github.bbbjakarta.simulator.internal.state.HookRegistry;
import io.github.bbbjakarta.simulator.internal.state.Meeting;
import io.github.bbbjakarta.simulator.internal.state.MeetingRegistry;
import io.github.bbbjakarta.simulator.internal.state.RecordingStore;
import io.github.bbbjakarta.simulator.internal.state.MeetingEvents;
import io.github.bbbjakarta.simulator.internal.callbacks.CallbackSender;
import io.github.bbbjakarta.simulator.internal.callbacks.WebhookEvents;
import io.github.bbbjakarta.simulator.internal.state.UserSession;
import io.github.bbbjakarta.simulator.internal.wire.ApiCall;
import io.github.bbbjakarta.simulator.internal.wire.BbbMessage;
import io.github.bbbjakarta.simulator.internal.wire.Limits;
import io.github.bbbjakarta.simulator.internal.wire.Wire;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The transport-agnostic simulator: takes a {@link SimRequest}, answers a {@link SimResponse}. Routes the BBB
 * API ({@code /bigbluebutton/api/...}), the simulated HTML5 client ({@code /html5client}) and the admin API
 * ({@code /__admin/...}). Thread-safe; adapters may call {@link #handle} from many threads.
 */
public final class SimulatorEngine {
    private static final String NGINX_502 = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
            + "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";

    private final SimulatorConfig config;
    private final MeetingRegistry registry;
    private final Journal journal = new Journal();
    private final StubRegistry stubs = new StubRegistry();
    private final CreateCall create;
    private final JoinCall join;
    private final MeetingCalls meetings;
    private final RecordingCalls recordings;
    private final TextTrackCalls textTracks;
    private final MeetingContentCalls content;
    private final VersionCall version;
    private final HookRegistry hookRegistry = new HookRegistry();
    private final RecordingStore recordingStore = new RecordingStore();
    private final CallbackSender callbacks;
    private final HookCalls hooks;
    private final LocalControl control;
    private final ClientPages clientPages;
    private final AdminApi admin;

    public SimulatorEngine(SimulatorConfig config) {
        this.config = config;
        this.registry = new MeetingRegistry(config.clock(), config.usersTimeout());
        ApiContext ctx = new ApiContext(config, registry,
                new Checksums(config.secret(), config.supportedChecksumAlgorithms()));
        this.create = new CreateCall(ctx);
        this.join = new JoinCall(ctx);
        this.meetings = new MeetingCalls(ctx);
        this.callbacks = new CallbackSender(config.secret(), config.callbackRetryDelays());
        WebhookEvents webhooks = new WebhookEvents(config, hookRegistry, callbacks);
        this.registry.listen(new MeetingEvents() {
            @Override
            public void meetingCreated(Meeting meeting) {
                webhooks.meetingCreated(meeting);
            }

            @Override
            public void userConnected(Meeting meeting, UserSession session) {
                webhooks.userConnected(meeting, session);
            }

            @Override
            public void userJoined(Meeting meeting, String internalUserId) {
                recordingStore.userJoined(meeting, internalUserId);
            }

            @Override
            public void userLeft(Meeting meeting, String internalUserId) {
                webhooks.userLeft(meeting, internalUserId);
            }

            @Override
            public void meetingEnded(Meeting meeting, long now) {
                // the marks first: the store forgets the meeting's tracker when it ends
                callbacks.meetingEnded(meeting, recordingStore.hasRecordingMarks(meeting));
                webhooks.meetingEnded(meeting, now);
                recordingStore.meetingEnded(meeting, now);
            }
        });
        this.recordingStore.listen(webhooks);
        this.recordingStore.onPublished(callbacks::recordingPublished);
        this.recordings = new RecordingCalls(ctx, recordingStore);
        this.textTracks = new TextTrackCalls(ctx, recordingStore);
        this.recordingStore.initialSettings(config.recordingSettings());
        this.recordingTicker.scheduleWithFixedDelay(this::tickRecordings, TICK_MILLIS, TICK_MILLIS,
                java.util.concurrent.TimeUnit.MILLISECONDS);
        this.content = new MeetingContentCalls(ctx);
        this.version = new VersionCall(config);
        this.hooks = new HookCalls(config, hookRegistry);
        this.control = new LocalControl(config, registry, hookRegistry, journal, stubs, recordingStore, callbacks);
        this.admin = new AdminApi(control);
        this.clientPages = new ClientPages(registry, recordingStore);
    }

    /** Cancels pending callback retries and stops the recording ticker (the server stopped). */
    public void close() {
        callbacks.close();
        recordingTicker.shutdownNow();
    }

    /** How often the background ticker lets recordings move by themselves (with a processingTime set). */
    private static final long TICK_MILLIS = 100;
    /** Moves recordings by themselves when {@code processingTime} is set, also when nobody asks. */
    private final java.util.concurrent.ScheduledExecutorService recordingTicker =
            java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "bbb-simulator-recordings");
                t.setDaemon(true);
                return t;
            });

    private void tickRecordings() {
        try {
            recordingStore.tick(config.clock().millis());
        } catch (RuntimeException e) {
            // a listener failed; the next tick tries again
        }
    }

    /** The in-process control API. */
    public SimulatorControl control() {
        return control;
    }

    public SimulatorConfig config() {
        return config;
    }

    /** Answers one request. Never throws for a bad request; unexpected failures answer HTTP 500. */
    public SimResponse handle(SimRequest req) {
        try {
            tickRecordings();
            return route(req);
        } catch (RuntimeException | StackOverflowError e) {
            return Responses.serverError().response();
        }
    }

    private SimResponse route(SimRequest req) {
        String path = req.path() == null ? "" : req.path();
        if (under(path, Wire.ADMIN_PATH)) {
            if (req.bodyTooLarge()) {
                return AdminApi.error(413, Limits.bodyTooLarge(config.maxBodySize()));
            }
            return admin.handle(req);
        }
        if (under(path, Wire.CLIENT_PATH)) {
            return clientPages.handle(req, formBody(req));
        }
        if (under(path, Wire.API_PATH)) {
            String callName = path.length() > Wire.API_PATH.length()
                    ? path.substring(Wire.API_PATH.length() + 1) : "";
            return api(req, callName);
        }
        if (under(path, Wire.TEXT_TRACK_PATH)) {
            return textTracks.textTrackFile(req);
        }
        if (path.equals(Wire.ROOT_PATH + "/")) {
            return api(req, "");
        }
        return notFoundPage();
    }

    private static SimResponse notFoundPage() {
        return SimResponse.of(404, Wire.CONTENT_TYPE_HTML,
                "<!doctype html><html><body><h1>404 Not Found</h1></body></html>");
    }

    private static boolean under(String path, String prefix) {
        return path.equals(prefix) || path.startsWith(prefix + "/");
    }

    private SimResponse api(SimRequest req, String callName) {
        Params params = Params.parse(req.rawQuery(), formBody(req));
        Stub stub = stubs.get(callName);
        SimResponse response;
        ApiResult result = null;
        if (stub instanceof Stub.Response) {
            Stub.Response r = (Stub.Response) stub;
            response = SimResponse.of(r.status(), r.contentType(), r.body());
        } else if (stub instanceof Stub.BadGateway) {
            response = SimResponse.of(502, "text/html", NGINX_502);
        } else if (stub instanceof Stub.DropConnection) {
            response = SimResponse.dropped();
        } else if (ApiCall.removedIn30(callName)) {
            response = notFoundPage();
        } else {
            try {
                result = req.bodyTooLarge()
                        ? Responses.error(Limits.BODY_TOO_LARGE, Limits.bodyTooLarge(config.maxBodySize()))
                        : dispatch(callName, req, params);
            } catch (RuntimeException | StackOverflowError e) {
                result = Responses.serverError();
            }
            response = result.response();
            if (stub instanceof Stub.TruncatedXml) {
                response = truncate(response);
            } else if (stub instanceof Stub.Delay) {
                response = response.withDelay(((Stub.Delay) stub).delay());
            }
        }
        List<Parameter> list = new ArrayList<>();
        params.asMap().forEach((k, values) -> values.forEach(v -> list.add(new Parameter(k, v))));
        boolean plain = stub == null || stub instanceof Stub.TruncatedXml || stub instanceof Stub.Delay;
        journal.add(new JournalEntry(config.clock().instant(), req.method(), req.path(), callName,
                req.rawQuery() == null ? "" : req.rawQuery(), list, req.bodySize(), response.status(),
                plain && result != null ? result.returnCode() : null,
                plain && result != null ? result.messageKey() : null, stub == null ? null : stub.kind()));
        return response;
    }

    private ApiResult dispatch(String callName, SimRequest req, Params params) {
        if (HookCalls.handles(callName)) {
            return hooks.handle(callName, req);
        }
        Optional<ApiCall> call = ApiCall.byName(callName);
        if (call.isEmpty()) {
            return Responses.error(BbbMessage.REQUEST_NOT_RECOGNIZED);
        }
        ApiCall c = call.get();
        if (!c.allows(req.method())) {
            return Responses.methodNotAllowed(c.methods());
        }
        switch (c) {
            case ROOT:
                return version.handle(req);
            case CREATE:
                return create.handle(req, params);
            case JOIN:
                return join.handle(req, params);
            case IS_MEETING_RUNNING:
                return meetings.isMeetingRunning(req, params);
            case END:
                return meetings.end(req, params);
            case GET_MEETING_INFO:
                return meetings.getMeetingInfo(req, params);
            case GET_MEETINGS:
                return meetings.getMeetings(req, params);
            case GET_RECORDINGS:
                return recordings.getRecordings(req, params);
            case PUBLISH_RECORDINGS:
            case DELETE_RECORDINGS:
            case UPDATE_RECORDINGS:
                return recordings.manageRecordings(c, req, params);
            case GET_RECORDING_TEXT_TRACKS:
                return textTracks.getRecordingTextTracks(req, params);
            case PUT_RECORDING_TEXT_TRACK:
                return textTracks.putRecordingTextTrack(req, params);
            // insertDocument / sendChatMessage (chat-doc)
            case INSERT_DOCUMENT:
                return content.insertDocument(req, params);
            case SEND_CHAT_MESSAGE:
                return content.sendChatMessage(req, params);
            default:
                return Responses.error(BbbMessage.REQUEST_NOT_RECOGNIZED);
        }
    }

    /** The body a servlet container parses into parameters: a POSTed {@code x-www-form-urlencoded} body. */
    private static String formBody(SimRequest req) {
        if (!"POST".equals(req.method()) || !Wire.FORM_URLENCODED.equals(req.mimeType()) || req.bodySize() == 0) {
            return null;
        }
        Charset cs = StandardCharsets.UTF_8;
        String ct = req.contentType();
        int at = ct.toLowerCase(java.util.Locale.ROOT).indexOf("charset=");
        if (at >= 0) {
            try {
                cs = Charset.forName(ct.substring(at + 8).replace("\"", "").split(";")[0].trim());
            } catch (RuntimeException e) {
                cs = StandardCharsets.UTF_8;
            }
        }
        return new String(req.body(), cs);
    }

    /** Cuts an answer in the middle of an element: a strict prefix of the XML, never well-formed. */
    private static SimResponse truncate(SimResponse r) {
        String text = r.bodyText();
        if (text.length() < 2) {
            return r;
        }
        int cut = text.length() / 2;
        while (cut > 1 && (text.charAt(cut - 1) == '>' || text.charAt(cut - 1) == '\n')) {
            cut--;
        }
        return r.withBody(text.substring(0, cut).getBytes(StandardCharsets.UTF_8));
    }
}
