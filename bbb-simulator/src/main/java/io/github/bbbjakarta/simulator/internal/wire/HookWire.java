package io.github.bbbjakarta.simulator.internal.wire;

import java.util.List;

/**
 * Wire names of the bbb-webhooks 3.x management API ({@code src/out/webhooks/api/api.js} and
 * {@code responses.js}): call names (also the checksum's method), parameters, messageKeys and messages.
 */
public final class HookWire {
    /** Call names: the path after {@code /bigbluebutton/api/}, as {@code methodFromUrl} derives them. */
    public static final String CREATE = "hooks/create";
    public static final String LIST = "hooks/list";
    public static final String DESTROY = "hooks/destroy";
    /** Health check, no checksum. */
    public static final String PING = "hooks/ping";
    /** All routed call names. */
    public static final List<String> CALLS = List.of(CREATE, LIST, DESTROY, PING);

    public static final String CALLBACK_URL = "callbackURL";
    public static final String MEETING_ID = "meetingID";
    public static final String EVENT_ID = "eventID";
    public static final String GET_RAW = "getRaw";
    public static final String HOOK_ID = "hookID";
    public static final String CHECKSUM = "checksum";

    /** The answer of {@code hooks/ping}. */
    public static final String PING_ANSWER = "bbb-webhooks API up!";
    /** Express sets {@code text/xml}; {@code res.send} adds the charset. */
    public static final String CONTENT_TYPE_XML = "text/xml; charset=utf-8";
    public static final String CONTENT_TYPE_HTML = "text/html; charset=utf-8";

    private HookWire() {
    }

    /** The messageKeys and messages of {@code responses.js}. */
    public enum Message {
        CHECKSUM_ERROR("checksumError", "You did not pass the checksum security check."),
        MISSING_PARAM_CALLBACK_URL("missingParamCallbackURL", "You must specify a callbackURL in the parameters."),
        MISSING_PARAM_HOOK_ID("missingParamHookID", "You must specify a hookID in the parameters."),
        DESTROY_MISSING_HOOK("destroyMissingHook", "The hook informed was not found."),
        DUPLICATE_WARNING("duplicateWarning", "There is already a hook for this callback URL.");

        private final String key;
        private final String message;

        Message(String key, String message) {
            this.key = key;
            this.message = message;
        }

        public String key() {
            return key;
        }

        public String message() {
            return message;
        }
    }
}
