package io.github.bbbjakarta.cdi.internal;

import io.github.bbbjakarta.api.CreateMeetingRequest;
import io.github.bbbjakarta.api.PresentationDocument;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What {@code MeetingService} and the callback endpoint share: the settings, the URLs of the endpoint, the
 * per-meeting token of the end callback, and the memory of handled callbacks. With {@code bbb.callback-url}
 * set, {@link #addTo(CreateMeetingRequest)} gives every create the end callback and recording-ready URLs.
 *
 * <p>The end callback URL is {@code <callback-url>/meeting-ended?instance=<random>&token=<HMAC>}: BBB does not sign
 * that GET, so the token, {@code base64url(HMAC-SHA256(secret, "bbb-end-callback\n" + instance + "\n" +
 * meetingID))}, proves the URL was made by this application for this meeting. The random instance tells two runs
 * of the same meeting ID apart (BBB keeps the URL of the create that started the run). Made with
 * {@code bbb.secret}, checked against it and every {@code bbb.callback-secrets} (rotation). Thread-safe.
 */
@ApplicationScoped
public class CallbackSupport {
    /** The endpoint's sub-paths. */
    public static final String RECORDING_READY = "recording-ready";
    public static final String MEETING_ENDED = "meeting-ended";
    public static final String EVENTS = "events";
    /** The query parameters of the end callback URL that are ours (BBB adds {@code meetingID} and {@code recordingmarks}). */
    public static final String INSTANCE = "instance";
    public static final String TOKEN = "token";
    /** The metadata keys, as the LMSs send them. */
    public static final String META_END_CALLBACK = "endCallbackUrl";
    public static final String META_RECORDING_READY = "bbb-recording-ready-url";

    private static final String HMAC = "HmacSHA256";
    private static final String TOKEN_CONTEXT = "bbb-end-callback\n";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    Config config;

    private BbbSettings settings;
    private CallbackSettings callbackSettings;
    private List<byte[]> secrets;
    private CallbackMemory memory;

    /** How long an end reported by one origin keeps another origin's report of the same meeting's end quiet. */
    public static final Duration CROSS_ORIGIN_WINDOW = Duration.ofMinutes(2);

    @PostConstruct
    void init() {
        settings = BbbSettings.read(config).orThrow();
        callbackSettings = CallbackSettings.read(config).orThrow();
        List<byte[]> all = new ArrayList<>();
        all.add(settings.secret().getBytes(StandardCharsets.UTF_8));
        callbackSettings.callbackSecrets().forEach(s -> all.add(s.getBytes(StandardCharsets.UTF_8)));
        secrets = List.copyOf(all);
        memory = new CallbackMemory(callbackSettings.dedupWindow(), CallbackMemory.DEFAULT_CAPACITY, Clock.systemUTC());
    }

    /** The memory of handled callbacks. */
    CallbackMemory memory() {
        return memory;
    }

    /**
     * {@code MeetingService.end} is about to end a meeting: the server's report of that end (end callback, webhook),
     * which may arrive before the end call returns, fires nothing; the service fires {@code MeetingEnded} itself.
     */
    public void ending(String meetingID) {
        memory.remember(endedKey(meetingID), CROSS_ORIGIN_WINDOW);
    }

    /** The end call failed: the server's report of an end is news again. */
    public void notEnded(String meetingID) {
        memory.forget(endedKey(meetingID));
    }

    /** The memory key of a meeting's end across origins. */
    static String endedKey(String meetingID) {
        return "meeting-ended|" + meetingID;
    }

    /** The server settings ({@code bbb.*}). */
    public BbbSettings settings() {
        return settings;
    }

    /** The application's configuration. */
    Config config() {
        return config;
    }

    /** The callback settings ({@code bbb.callback-*}). */
    public CallbackSettings callbackSettings() {
        return callbackSettings;
    }

    /** The URL to register with {@code hooks/create}, when {@code bbb.callback-url} is set. */
    public Optional<String> eventsUrl() {
        return callbackSettings.callbackUrl().map(base -> base + "/" + EVENTS);
    }

    /** The recording-ready URL, when {@code bbb.callback-url} is set. */
    public Optional<String> recordingReadyUrl() {
        return callbackSettings.callbackUrl().map(base -> base + "/" + RECORDING_READY);
    }

    /** A new end callback URL for a meeting (a new instance each time), when {@code bbb.callback-url} is set. */
    public Optional<String> endCallbackUrl(String meetingID) {
        return callbackSettings.callbackUrl().map(base -> {
            byte[] bytes = new byte[12];
            RANDOM.nextBytes(bytes);
            String instance = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            return base + "/" + MEETING_ENDED + "?" + INSTANCE + "=" + instance + "&" + TOKEN + "="
                    + token(secrets.get(0), meetingID, instance);
        });
    }

    /**
     * With {@code bbb.callback-url} set, the request plus {@code meta_endCallbackUrl} and
     * {@code meta_bbb-recording-ready-url} where it has none of its own (keys compared ignoring case, as BBB
     * does); otherwise the request itself.
     */
    public CreateMeetingRequest addTo(CreateMeetingRequest request) {
        if (callbackSettings.callbackUrl().isEmpty()) {
            return request;
        }
        boolean hasEnd = has(request, META_END_CALLBACK);
        boolean hasReady = has(request, META_RECORDING_READY);
        if (hasEnd && hasReady) {
            return request;
        }
        String name = null;
        for (Map.Entry<String, String> p : request.parameters()) {
            if (p.getKey().equals("name")) {
                name = p.getValue();
            }
        }
        CreateMeetingRequest.Builder b = CreateMeetingRequest.builder(request.meetingID(), name);
        for (Map.Entry<String, String> p : request.parameters()) {
            if (!p.getKey().equals("name") && !p.getKey().equals("meetingID")) {
                b.param(p.getKey(), p.getValue());
            }
        }
        b.presentations(request.documents().toArray(PresentationDocument[]::new));
        if (!hasEnd) {
            b.meta(META_END_CALLBACK, endCallbackUrl(request.meetingID()).orElseThrow());
        }
        if (!hasReady) {
            b.meta(META_RECORDING_READY, recordingReadyUrl().orElseThrow());
        }
        return b.build();
    }

    /** Whether the token was made by this application for this meeting and instance, with any accepted secret. */
    public boolean verifyEndToken(String meetingID, String instance, String token) {
        if (meetingID == null || instance == null || token == null) {
            return false;
        }
        byte[] given = token.getBytes(StandardCharsets.UTF_8);
        boolean match = false;
        for (byte[] secret : secrets) {
            match |= MessageDigest.isEqual(token(secret, meetingID, instance).getBytes(StandardCharsets.US_ASCII), given);
        }
        return match;
    }

    private static boolean has(CreateMeetingRequest request, String metaKey) {
        String name = "meta_" + metaKey;
        return request.parameters().stream().anyMatch(p -> p.getKey().equalsIgnoreCase(name));
    }

    private static String token(byte[] secret, String meetingID, String instance) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(secret, HMAC));
            byte[] tag = mac.doFinal((TOKEN_CONTEXT + instance + "\n" + meetingID).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(tag);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(HMAC + " is not available", e);
        }
    }

    @Override
    public String toString() {
        return "CallbackSupport[" + callbackSettings + "]";
    }
}
