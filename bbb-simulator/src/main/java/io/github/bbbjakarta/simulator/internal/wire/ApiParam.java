package io.github.bbbjakarta.simulator.internal.wire;

/** Wire names of the request parameters the simulator reads, in one place. */
public final class ApiParam {
    public static final String CHECKSUM = "checksum";

    public static final String NAME = "name";
    public static final String MEETING_ID = "meetingID";
    public static final String ATTENDEE_PW = "attendeePW";
    public static final String MODERATOR_PW = "moderatorPW";
    public static final String VOICE_BRIDGE = "voiceBridge";
    public static final String WEB_VOICE = "webVoice";
    public static final String DIAL_NUMBER = "dialNumber";
    public static final String LOGOUT_URL = "logoutURL";
    public static final String RECORD = "record";
    public static final String DURATION = "duration";
    public static final String MAX_PARTICIPANTS = "maxParticipants";
    /** The name the 3.0 validator checks for the breakout boolean (sic). */
    public static final String IS_BREAKOUT_ROOM = "isBreakoutRoom";
    /** The name the 3.0 controller actually uses for the breakout flag. */
    public static final String IS_BREAKOUT = "isBreakout";
    public static final String PARENT_MEETING_ID = "parentMeetingID";
    public static final String SEQUENCE = "sequence";
    public static final String FREE_JOIN = "freeJoin";
    public static final String GUEST_POLICY = "guestPolicy";
    /** Pre-assigned breakout rooms: a JSON array of {@code {"id", "name", "roster": [userID, …]}}. */
    public static final String GROUPS = "groups";
    public static final String DISABLED_FEATURES = "disabledFeatures";
    public static final String DISABLED_FEATURES_EXCLUDE = "disabledFeaturesExclude";
    public static final String MEETING_EXPIRE_IF_NO_USER_JOINED_IN_MINUTES = "meetingExpireIfNoUserJoinedInMinutes";
    public static final String MEETING_EXPIRE_WHEN_LAST_USER_LEFT_IN_MINUTES = "meetingExpireWhenLastUserLeftInMinutes";
    public static final String PRESENTATION_UPLOAD_EXTERNAL_URL = "presentationUploadExternalUrl";
    public static final String PRE_UPLOADED_PRESENTATION = "preUploadedPresentation";
    public static final String PRE_UPLOADED_PRESENTATION_NAME = "preUploadedPresentationName";
    public static final String PRE_UPLOADED_PRESENTATION_OVERRIDE_DEFAULT = "preUploadedPresentationOverrideDefault";

    /** Attributes of a {@code <document>} in a create/insertDocument XML body. */
    public static final String DOC_URL = "url";
    public static final String DOC_FILENAME = "filename";
    public static final String DOC_NAME = "name";
    public static final String DOC_CURRENT = "current";
    public static final String DOC_DOWNLOADABLE = "downloadable";
    public static final String DOC_REMOVABLE = "removable";
    /** The {@code name} attribute of a {@code <module>}. */
    public static final String MODULE_NAME = "name";
    public static final String META_PREFIX = "meta_";
    /** Regex a {@code meta_*} parameter name must match (whole name). */
    public static final String META_NAME_REGEX = "meta_[a-zA-Z][a-zA-Z0-9-]*$";

    public static final String FULL_NAME = "fullName";
    public static final String PASSWORD = "password";
    public static final String ROLE = "role";
    public static final String USER_ID = "userID";
    public static final String GUEST = "guest";
    public static final String AUTH = "auth";
    public static final String BOT = "bot";
    public static final String CREATE_TIME = "createTime";
    public static final String REDIRECT = "redirect";
    public static final String ERROR_REDIRECT_URL = "errorRedirectUrl";
    public static final String ENFORCE_LAYOUT = "enforceLayout";
    public static final String USERDATA_PREFIX = "userdata";

    public static final String RECORD_ID = "recordID";
    public static final String PUBLISH = "publish";
    /** putRecordingTextTrack: query (or form) parameters and the multipart file field. */
    public static final String KIND = "kind";
    public static final String LANG = "lang";
    public static final String LABEL = "label";
    public static final String FILE = "file";

    public static final String MESSAGE = "message";
    public static final String USER_NAME = "userName";

    public static final String SESSION_TOKEN = "sessionToken";
    public static final String WAIT_LAYOUT = "waitLayout";

    private ApiParam() {
    }
}
