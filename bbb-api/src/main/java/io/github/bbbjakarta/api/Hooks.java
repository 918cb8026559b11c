package io.github.bbbjakarta.api;

import io.github.bbbjakarta.api.internal.Checks;
import io.github.bbbjakarta.api.internal.HttpTransport;
import io.github.bbbjakarta.api.internal.HttpTransport.Answer;
import io.github.bbbjakarta.api.internal.RequestSigner;
import io.github.bbbjakarta.api.internal.Wire.Param;
import io.github.bbbjakarta.api.internal.Wire.Webhooks;
import io.github.bbbjakarta.api.internal.hooks.HookMapper;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

/**
 * The calls of bbb-webhooks ({@code /bigbluebutton/api/hooks/…}) through one {@link BigBlueButtonClient}: create,
 * list and destroy the hooks that POST the server's events to a callback URL. They are signed with the client's
 * {@link BigBlueButtonClient.Builder#hooksChecksumAlgorithm hooks checksum algorithm} (sha1 by default: bbb-webhooks
 * below 3.0 accepts nothing else). Each blocking method has an {@code …Async} twin returning a
 * {@link CompletionStage} that completes exceptionally with the same exceptions. Thread-safe.
 *
 * <p>Errors are {@link BbbApiException}s with bbb-webhooks' keys: {@code checksumError},
 * {@code missingParamCallbackURL}, {@code createHookError}, {@code listHookError}, {@code missingParamHookID},
 * {@code destroyMissingHook}, {@code destroyHookError}.
 *
 * <p>Scalelite does not proxy these calls: with {@link BigBlueButtonClient.Builder#scalelite(boolean)} each throws
 * {@link BbbUnsupportedCallException} (the {@code …Async} twins too, at once) and nothing is sent.
 */
public final class Hooks {
    private static final Pattern CONTROL = Pattern.compile("\\p{Cc}");

    private final RequestSigner signer;
    private final HttpTransport transport;

    Hooks(RequestSigner signer, HttpTransport transport) {
        this.signer = signer;
        this.transport = transport;
    }

    /**
     * Creates a hook. One callback URL has at most one hook: for a URL that has one already (whatever its meeting
     * or events) the existing hook is returned, unchanged, with {@link HookCreated#isDuplicate()}.
     *
     * @throws BbbApiException e.g. {@code createHookError}, {@code checksumError}
     */
    public HookCreated create(CreateHookRequest request) {
        return send(Webhooks.CREATE, request.parameters(), HookMapper::create);
    }

    /** The non-blocking twin of {@link #create(CreateHookRequest)}. */
    public CompletionStage<HookCreated> createAsync(CreateHookRequest request) {
        return sendAsync(Webhooks.CREATE, request.parameters(), HookMapper::create);
    }

    /** Every hook, global and per meeting, permanent ones included. */
    public List<Hook> list() {
        return send(Webhooks.LIST, List.of(), HookMapper::list);
    }

    /** The non-blocking twin of {@link #list()}. */
    public CompletionStage<List<Hook>> listAsync() {
        return sendAsync(Webhooks.LIST, List.of(), HookMapper::list);
    }

    /**
     * The hooks that receive a meeting's events: the global hooks and those for this meeting.
     *
     * @throws BbbParameterException naming {@code meetingID} if it is not a valid meeting ID
     */
    public List<Hook> list(String meetingID) {
        return send(Webhooks.LIST, meetingIdOnly(meetingID), HookMapper::list);
    }

    /** The non-blocking twin of {@link #list(String)}. */
    public CompletionStage<List<Hook>> listAsync(String meetingID) {
        return sendAsync(Webhooks.LIST, meetingIdOnly(meetingID), HookMapper::list);
    }

    /**
     * Destroys a hook; returns normally once bbb-webhooks confirmed the removal.
     *
     * @throws BbbApiException with {@code destroyMissingHook} for an unknown or permanent hook
     * @throws BbbParameterException naming {@code hookID} if it is empty or has blanks or control characters
     */
    public void destroy(String hookID) {
        send(Webhooks.DESTROY, hookIdOnly(hookID), HookMapper::destroy);
    }

    /** The non-blocking twin of {@link #destroy(String)}. */
    public CompletionStage<Void> destroyAsync(String hookID) {
        return sendAsync(Webhooks.DESTROY, hookIdOnly(hookID), HookMapper::destroy);
    }

    private static List<Map.Entry<String, String>> meetingIdOnly(String meetingID) {
        return List.of(Map.entry(Param.MEETING_ID, Checks.meetingId(Param.MEETING_ID, meetingID)));
    }

    private static List<Map.Entry<String, String>> hookIdOnly(String hookID) {
        Checks.required(Webhooks.HOOK_ID, hookID);
        if (!hookID.equals(hookID.trim()) || CONTROL.matcher(hookID).find()) {
            throw new BbbParameterException(Webhooks.HOOK_ID,
                    "must not have leading or trailing blanks or control characters");
        }
        return List.of(Map.entry(Webhooks.HOOK_ID, hookID));
    }

    private <T> T send(String call, List<Map.Entry<String, String>> params, BiFunction<String, Answer, T> reader) {
        URI url = signer.url(call, params);
        return reader.apply(call, transport.send(call, url, null));
    }

    private <T> CompletionStage<T> sendAsync(String call, List<Map.Entry<String, String>> params,
                                             BiFunction<String, Answer, T> reader) {
        URI url = signer.url(call, params);
        return transport.sendAsync(call, url, null).thenApply(a -> reader.apply(call, a));
    }
}
