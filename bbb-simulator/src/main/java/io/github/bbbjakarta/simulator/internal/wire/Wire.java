package io.github.bbbjakarta.simulator.internal.wire;

/** Fixed wire values and server defaults of bbb-web 3.0, in one place. */
public final class Wire {
    public static final String SUCCESS = "SUCCESS";
    public static final String FAILED = "FAILED";
    public static final String MODERATOR = "MODERATOR";
    public static final String VIEWER = "VIEWER";
    public static final String ALLOW = "ALLOW";
    public static final String WAIT = "WAIT";
    public static final String DENY = "DENY";
    public static final String ALWAYS_ACCEPT = "ALWAYS_ACCEPT";
    public static final String ALWAYS_DENY = "ALWAYS_DENY";
    public static final String ASK_MODERATOR = "ASK_MODERATOR";
    public static final String ALWAYS_ACCEPT_AUTH = "ALWAYS_ACCEPT_AUTH";
    public static final String NO_PARENT_MEETING = "bbb-none";
    public static final String CLIENT_TYPE_HTML5 = "HTML5";
    public static final String LEARNING_DASHBOARD = "learningDashboard";
    public static final String PRESENTATION_FEATURE = "presentation";
    /** {@code sendChatMessage} limits (bean-validation {@code @Size}, UTF-16 chars) and default sender. */
    public static final int MIN_CHAT_MESSAGE_LENGTH = 1;
    public static final int MAX_CHAT_MESSAGE_LENGTH = 500;
    public static final int MAX_CHAT_USER_NAME_LENGTH = 255;
    public static final String DEFAULT_CHAT_USER_NAME = "System";
    /** insertDocument answers (insert-document.ftlx has no messageKey). */
    public static final String INSERT_DOCUMENT_UPLOADING = "Presentation is being uploaded";
    public static final String INSERT_DOCUMENT_DISABLED = "Presentation feature is disabled, ignoring.";

    /** Query parameter carrying the JSON error list of a join error redirect. */
    public static final String ERRORS_PARAM = "errors";
    /** Members of each error in that list. */
    public static final String ERROR_KEY = "key";
    public static final String ERROR_MESSAGE = "message";
    /** Placeholders bbb-web substitutes in logout URLs. */
    public static final String TOKEN_MEETING_ID = "%%MEETINGID%%";
    public static final String TOKEN_USER_ID = "%%USERID%%";
    public static final String TOKEN_USER_NAME = "%%USERNAME%%";

    public static final String API_PATH = "/bigbluebutton/api";
    public static final String ROOT_PATH = "/bigbluebutton";
    public static final String CLIENT_PATH = "/html5client";
    public static final String ADMIN_PATH = "/__admin";
    /**
     * Where text track files are served: {@code <defaultTextTrackUrl>/textTrack/<token>/<recordID>/<kind>_<lang>.vtt}
     * with bbb-web's {@code defaultTextTrackUrl = serverURL + /bigbluebutton}.
     */
    public static final String TEXT_TRACK_PATH = "/bigbluebutton/textTrack";
    /** The text track kinds putRecordingTextTrack accepts. */
    public static final java.util.List<String> TEXT_TRACK_KINDS = java.util.List.of("subtitles", "captions");
    /** {@code source} of an uploaded track in {@code captions.json} (rap-caption-inbox.rb). */
    public static final String TEXT_TRACK_SOURCE_UPLOAD = "upload";
    /** Lifetime of a text track href's single-use token ({@code generateSingleUseCaptionToken(.., 60 * 60)}). */
    public static final long TEXT_TRACK_TOKEN_SECONDS = 60 * 60;
    public static final String CONTENT_TYPE_VTT = "text/vtt;charset=utf-8";
    /** JSON members of the text track answers ({@code TextTracks.scala} field names, in Gson's order). */
    public static final String JSON_RESPONSE = "response";
    public static final String JSON_RETURNCODE = "returncode";
    public static final String JSON_MESSAGE_KEY = "messageKey";
    public static final String JSON_MESSAGE = "message";
    public static final String JSON_TRACKS = "tracks";
    public static final String JSON_RECORD_ID = "recordId";
    public static final String TRACK_HREF = "href";
    public static final String TRACK_KIND = "kind";
    public static final String TRACK_LABEL = "label";
    public static final String TRACK_LANG = "lang";
    public static final String TRACK_SOURCE = "source";
    /** Element listing a parent's breakout recordings, and its items. */
    public static final String BREAKOUT_ROOMS = "breakoutRooms";
    public static final String BREAKOUT_ROOM = "breakoutRoom";
    /** Client URL parameter added when a join enforces a layout. */
    public static final String WAIT_LAYOUT = "waitLayout";

    /** Shortest and longest meeting name and meeting ID ({@code @Size(min = 2, max = 256)}). */
    public static final int MIN_NAME_LENGTH = 2;
    public static final int MAX_NAME_LENGTH = 256;
    /** Shortest and longest non-empty password ({@code @PasswordConstraint}). */
    public static final int MIN_PASSWORD_LENGTH = 2;
    public static final int MAX_PASSWORD_LENGTH = 64;

    public static final String API_VERSION = "2.0";
    public static final String HTML5_PLUGIN_SDK_VERSION = "0.0.94";
    public static final String DEFAULT_DIAL_NUMBER = "613-555-1234";
    public static final int VOICE_BRIDGE_DIGITS = 5;
    public static final int VOICE_BRIDGE_ATTEMPTS = 10;
    public static final String DEFAULT_GUEST_POLICY = ALWAYS_ACCEPT;
    public static final boolean DEFAULT_AUTHENTICATED_GUEST = true;
    public static final int DEFAULT_MAX_USERS = 0;
    public static final int DEFAULT_DURATION = 0;
    public static final int DEFAULT_EXPIRE_IF_NO_USER_JOINED_MINUTES = 5;
    public static final int DEFAULT_EXPIRE_WHEN_LAST_USER_LEFT_MINUTES = 1;

    public static final String CONTENT_TYPE_XML = "text/xml;charset=utf-8";
    public static final String CONTENT_TYPE_JSON = "application/json;charset=utf-8";
    public static final String CONTENT_TYPE_HTML = "text/html;charset=utf-8";
    public static final String FORM_URLENCODED = "application/x-www-form-urlencoded";
    public static final String MULTIPART_FORM_DATA = "multipart/form-data";
    public static final String APPLICATION_XML = "application/xml";
    public static final String TEXT_XML = "text/xml";

    private Wire() {
    }
}
