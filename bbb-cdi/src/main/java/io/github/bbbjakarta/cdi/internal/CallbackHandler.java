package io.github.bbbjakarta.cdi.internal;

import io.github.bbbjakarta.api.callbacks.BbbCallbackException;
import io.github.bbbjakarta.api.callbacks.CallbackVerifier;
import io.github.bbbjakarta.api.callbacks.MeetingEndedCallback;
import io.github.bbbjakarta.api.callbacks.WebhookDelivery;
import io.github.bbbjakarta.api.callbacks.WebhookEvent;
import io.github.bbbjakarta.cdi.MeetingCreated;
import io.github.bbbjakarta.cdi.MeetingEnded;
import io.github.bbbjakarta.cdi.RecordingReady;
import io.github.bbbjakarta.cdi.RecordingStatusChanged;
import io.github.bbbjakarta.cdi.UserJoined;
import io.github.bbbjakarta.cdi.UserLeft;
import io.github.bbbjakarta.cdi.WebhookReceived;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Verifies the callbacks the callback endpoint receives, drops retries and replays, and fires the CDI events. Each
 * method answers the HTTP status to send: 200 (handled, or a duplicate dropped), 400 (malformed), 401 (unsigned,
 * or the signature or token does not verify), 500 (an observer failed: the key is forgotten so the sender's retry
 * is handled again). Nothing it logs holds a secret, checksum, token or signed parameter. Thread-safe.
 *
 * <p>Keys remembered to drop duplicates (for {@code bbb.callback-dedup-window}):
 * <ul>
 * <li>recording ready: meeting ID and record ID (the JWT has no ID of its own);</li>
 * <li>end callback: meeting ID and the instance of the URL (each run of a meeting has its own);</li>
 * <li>webhook events: a SHA-256 of the event's JSON, which bbb-webhooks sends unchanged on every retry and which
 *     holds the event's timestamp and internal IDs, so two real events never share it;</li>
 * <li>and for {@link MeetingEnded} across origins ({@code MeetingService.end}, end callback, webhook): the meeting
 *     ID for two minutes, forgotten when MeetingService creates the meeting again (not on a webhook
 *     {@code meeting-created}: a retried one may arrive after the end).</li>
 * </ul>
 */
@ApplicationScoped
public class CallbackHandler {
    private static final Duration CROSS_ORIGIN_WINDOW = CallbackSupport.CROSS_ORIGIN_WINDOW;
    public static final int OK = 200;
    public static final int BAD_REQUEST = 400;
    public static final int UNAUTHORIZED = 401;
    public static final int FORBIDDEN = 403;
    public static final int FAILED = 500;

    private static final System.Logger LOG = System.getLogger("io.github.bbbjakarta.cdi.callbacks");

    @Inject
    CallbackSupport urls;
    @Inject
    Event<RecordingReady> recordingReady;
    @Inject
    Event<MeetingEnded> meetingEnded;
    @Inject
    Event<UserJoined> userJoined;
    @Inject
    Event<UserLeft> userLeft;
    @Inject
    Event<RecordingStatusChanged> recordingStatus;
    @Inject
    Event<WebhookReceived> webhookReceived;

    /** The default server's verifier, then one per named server (each with its own secret and hooks checksum). */
    private List<CallbackVerifier> verifiers;
    private CallbackMemory memory;

    @PostConstruct
    void init() {
        List<CallbackVerifier> all = new ArrayList<>();
        all.add(verifier(urls.settings()));
        for (String server : ServerNames.read(urls.config()).servers().names()) {
            all.add(verifier(BbbSettings.read(urls.config(), server).orThrow()));
        }
        verifiers = List.copyOf(all);
        memory = urls.memory();
    }

    /** The recording-ready POST: form body {@code signed_parameters=<JWT>}. */
    public int recordingReady(String formBody) {
        io.github.bbbjakarta.api.callbacks.RecordingReady ready;
        try {
            ready = verified(v -> v.recordingReadyFromForm(formBody));
        } catch (BbbCallbackException e) {
            return refused(e);
        }
        String key = "recording-ready|" + ready.meetingID() + "|" + ready.recordID();
        if (!memory.remember(key)) {
            return duplicate(CallbackSupport.RECORDING_READY, ready.meetingID());
        }
        return fire(() -> recordingReady.fire(new RecordingReady(ready.meetingID(), ready.recordID())), key);
    }

    /**
     * The end callback GET: {@code instance} and {@code token} of the URL we gave at create, {@code meetingID} and
     * {@code recordingmarks} added by BBB. Without a token: 401; with a token that does not verify: 403.
     */
    public int meetingEnded(String rawQuery) {
        String instance;
        String token;
        MeetingEndedCallback callback;
        try {
            instance = single(rawQuery, CallbackSupport.INSTANCE);
            token = single(rawQuery, CallbackSupport.TOKEN);
            if (token == null || token.isEmpty() || instance == null || instance.isEmpty()) {
                LOG.log(System.Logger.Level.INFO, "end callback refused: no " + CallbackSupport.TOKEN + " or "
                        + CallbackSupport.INSTANCE + " (only URLs made by MeetingService.create are accepted)");
                return UNAUTHORIZED;
            }
            callback = MeetingEndedCallback.fromQuery(rawQuery);
        } catch (BbbCallbackException e) {
            return refused(e);
        }
        if (!urls.verifyEndToken(callback.meetingID(), instance, token)) {
            LOG.log(System.Logger.Level.WARNING, "end callback refused: the " + CallbackSupport.TOKEN
                    + " does not match meeting " + printable(callback.meetingID()));
            return FORBIDDEN;
        }
        String key = "meeting-ended|callback|" + callback.meetingID() + "|" + instance;
        if (!memory.remember(key)) {
            return duplicate(CallbackSupport.MEETING_ENDED, callback.meetingID());
        }
        return ended(callback.meetingID(), MeetingEnded.Origin.END_CALLBACK, key);
    }

    /**
     * A bbb-webhooks POST, checked against {@code bbb.callback-url + "/events"} (the URL to register), or by its
     * bearer token.
     */
    public int webhook(String checksum, String authorization, String formBody) {
        Optional<String> eventsUrl = urls.eventsUrl();
        if (checksum != null && !checksum.isEmpty() && eventsUrl.isEmpty()) {
            LOG.log(System.Logger.Level.WARNING, "webhook refused: a checksum can only be checked against the"
                    + " registered URL; set " + CallbackSettings.CALLBACK_URL);
            return UNAUTHORIZED;
        }
        WebhookDelivery delivery;
        try {
            delivery = verified(v -> v.webhook(eventsUrl.orElse(null), checksum, authorization, formBody));
        } catch (BbbCallbackException e) {
            return refused(e);
        }
        int status = OK;
        for (WebhookEvent event : delivery.events()) {
            String key = "webhook|" + sha256(event.json().toString());
            if (!memory.remember(key)) {
                duplicate("webhook " + event.type(), event.meetingID());
                continue;
            }
            if (fire(() -> dispatch(event), key) != OK) {
                status = FAILED;
            }
        }
        return status;
    }

    /**
     * Remembers ends made through MeetingService, so the server's report of the same end fires nothing more (also
     * done by {@link CallbackSupport#ending(String)} before the end call, since the report may come first).
     */
    void endedByService(@Observes MeetingEnded event) {
        if (event.origin() == MeetingEnded.Origin.MEETING_SERVICE) {
            memory.remember(endedKey(event.meetingID()), CROSS_ORIGIN_WINDOW);
        }
    }

    /** A new run of the meeting: its end is news again. */
    void created(@Observes MeetingCreated event) {
        memory.forget(endedKey(event.meetingID()));
    }

    private void dispatch(WebhookEvent event) {
        if (event instanceof WebhookEvent.MeetingEnded) {
            if (memory.remember(endedKey(event.meetingID()), CROSS_ORIGIN_WINDOW)) {
                try {
                    fireEnded(event.meetingID(), MeetingEnded.Origin.WEBHOOK);
                } catch (RuntimeException e) {
                    memory.forget(endedKey(event.meetingID()));
                    throw e;
                }
            }
        } else if (event instanceof WebhookEvent.UserJoined u) {
            userJoined.fire(new UserJoined(u.meetingID(), u.internalMeetingID(), u.userID(), u.internalUserID(),
                    u.name(), u.role()));
        } else if (event instanceof WebhookEvent.UserLeft u) {
            userLeft.fire(new UserLeft(u.meetingID(), u.internalMeetingID(), u.userID(), u.internalUserID(), u.name()));
        } else if (event instanceof WebhookEvent.RecordingStarted) {
            recordingStatus.fire(new RecordingStatusChanged(event.meetingID(), event.internalMeetingID(),
                    RecordingStatusChanged.RECORDING_STARTED, Optional.empty()));
        } else if (event instanceof WebhookEvent.RecordingStopped) {
            recordingStatus.fire(new RecordingStatusChanged(event.meetingID(), event.internalMeetingID(),
                    RecordingStatusChanged.RECORDING_STOPPED, Optional.empty()));
        } else if (event instanceof WebhookEvent.RecordingProcessing r) {
            recordingStatus.fire(new RecordingStatusChanged(r.meetingID(), r.recordID(), r.step(), r.success()));
        }
        webhookReceived.fire(new WebhookReceived(event));
    }

    private int ended(String meetingID, MeetingEnded.Origin origin, String key) {
        if (!memory.remember(endedKey(meetingID), CROSS_ORIGIN_WINDOW)) {
            LOG.log(System.Logger.Level.DEBUG, () -> "end of meeting " + printable(meetingID) + " already reported");
            return OK;
        }
        int status = fire(() -> fireEnded(meetingID, origin), key);
        if (status != OK) {
            memory.forget(endedKey(meetingID));
        }
        return status;
    }

    private void fireEnded(String meetingID, MeetingEnded.Origin origin) {
        meetingEnded.fire(new MeetingEnded(meetingID, origin));
    }

    private int fire(Runnable action, String key) {
        try {
            action.run();
            return OK;
        } catch (RuntimeException e) {
            memory.forget(key);
            LOG.log(System.Logger.Level.WARNING, "an observer of a BBB callback event failed; answering "
                    + FAILED + " so that the server retries: " + e.getClass().getName());
            return FAILED;
        }
    }

    private static String endedKey(String meetingID) {
        return CallbackSupport.endedKey(meetingID);
    }

    private CallbackVerifier verifier(BbbSettings server) {
        CallbackSettings cs = urls.callbackSettings();
        CallbackVerifier.Builder b = CallbackVerifier.builder(server.secret())
                .additionalSecrets(cs.callbackSecrets().toArray(String[]::new))
                .webhookChecksumAlgorithm(server.hooksChecksum());
        cs.webhookMaxAge().ifPresent(b::webhookMaxAge);
        return b.build();
    }

    /** The first verifier's answer that verifies, else the default server's refusal. */
    private <T> T verified(Function<CallbackVerifier, T> verify) {
        BbbCallbackException refusal = null;
        for (CallbackVerifier v : verifiers) {
            try {
                return verify.apply(v);
            } catch (BbbCallbackException e) {
                refusal = refusal == null ? e : refusal;
            }
        }
        throw refusal;
    }

    private static int refused(BbbCallbackException e) {
        // bbb-api's callback messages never hold a secret, checksum, token or signed parameter
        LOG.log(System.Logger.Level.INFO, "BBB callback refused: " + e.getMessage());
        return e.reason().authentication() ? UNAUTHORIZED : BAD_REQUEST;
    }

    private static int duplicate(String callback, String meetingID) {
        LOG.log(System.Logger.Level.DEBUG, () -> callback + " of meeting " + printable(meetingID)
                + " already handled: dropped");
        return OK;
    }

    /** A value from a request, fit for one log line: control characters replaced, at most 100 characters. */
    private static String printable(String value) {
        String v = value.length() > 100 ? value.substring(0, 100) + "..." : value;
        return v.replaceAll("\\p{Cntrl}", "?");
    }

    /** The decoded value of a query parameter, {@code null} when absent; refused when repeated. */
    private static String single(String rawQuery, String name) {
        if (rawQuery == null) {
            return null;
        }
        String value = null;
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String n = eq < 0 ? pair : pair.substring(0, eq);
            if (n.equals(name)) {
                if (value != null) {
                    throw new BbbCallbackException("end callback", BbbCallbackException.Reason.MALFORMED,
                            name + " is repeated");
                }
                try {
                    value = URLDecoder.decode(eq < 0 ? "" : pair.substring(eq + 1), StandardCharsets.UTF_8);
                } catch (IllegalArgumentException e) {
                    throw new BbbCallbackException("end callback", BbbCallbackException.Reason.MALFORMED,
                            name + " is not URL-encoded");
                }
            }
        }
        return value;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
