package io.github.bbbjakarta.api.internal;

/**
 * Every BBB wire name this client uses: call names, parameter names, message keys. Internal: not part of
 * the documented API.
 */
public final class Wire {
    private Wire() {
    }

    /** API call names (the checksum's prefix and the path after {@code /bigbluebutton/api/}). */
    public static final class Call {
        public static final String API_VERSION = "";
        public static final String CREATE = "create";
        public static final String JOIN = "join";
        public static final String END = "end";
        public static final String IS_MEETING_RUNNING = "isMeetingRunning";
        public static final String GET_MEETING_INFO = "getMeetingInfo";
        public static final String GET_MEETINGS = "getMeetings";
        public static final String INSERT_DOCUMENT = "insertDocument";
        public static final String SEND_CHAT_MESSAGE = "sendChatMessage";

        private Call() {
        }
    }

    /**
     * bbb-webhooks' names (reference §2.14): its calls, parameters, answer elements and message keys. Its calls
     * are signed with their own checksum algorithm ({@code hooksChecksumAlgorithm}).
     */
    public static final class Webhooks {
        // calls (the checksum's prefix: the path after /bigbluebutton/api/)
        public static final String PREFIX = "hooks/";
        public static final String CREATE = PREFIX + "create";
        public static final String LIST = PREFIX + "list";
        public static final String DESTROY = PREFIX + "destroy";

        // parameters (meetingID: Param.MEETING_ID)
        public static final String CALLBACK_URL = "callbackURL";
        public static final String EVENT_ID = "eventID";
        public static final String GET_RAW = "getRaw";
        public static final String HOOK_ID = "hookID";

        // answer elements (meetingID: Element.MEETING_ID)
        public static final String HOOKS = "hooks";
        public static final String HOOK = "hook";
        public static final String PERMANENT_HOOK = "permanentHook";
        public static final String RAW_DATA = "rawData";
        public static final String REMOVED = "removed";

        // message keys (duplicateWarning: Key.DUPLICATE_WARNING, a success)
        public static final String MISSING_PARAM_CALLBACK_URL = "missingParamCallbackURL";
        public static final String MISSING_PARAM_HOOK_ID = "missingParamHookID";
        public static final String DESTROY_MISSING_HOOK = "destroyMissingHook";
        public static final String CREATE_HOOK_ERROR = "createHookError";
        public static final String DESTROY_HOOK_ERROR = "destroyHookError";
        public static final String LIST_HOOK_ERROR = "listHookError";

        private Webhooks() {
        }
    }

    /**
     * Names used only by the recording calls (reference §2.8, §2.9, §2.10): calls, parameters, answer elements
     * and members, and message keys. Signed with the main checksum algorithm.
     */
    public static final class Recordings {
        // calls
        public static final String GET_RECORDINGS = "getRecordings";
        public static final String PUBLISH_RECORDINGS = "publishRecordings";
        public static final String DELETE_RECORDINGS = "deleteRecordings";
        public static final String UPDATE_RECORDINGS = "updateRecordings";

        // parameters (meetingID: Param.MEETING_ID; meta_*: Param.META_PREFIX)
        public static final String RECORD_ID = "recordID";
        public static final String STATE = "state";
        public static final String OFFSET = "offset";
        public static final String LIMIT = "limit";
        public static final String PUBLISH = "publish";
        public static final String PROTECT = "protect";

        // answer elements (breakout, sequence, freeJoin, breakoutRooms, url: Element)
        public static final String RECORDINGS = "recordings";
        public static final String RECORDING = "recording";
        public static final String NAME = "name";
        public static final String PUBLISHED = "published";
        public static final String PROTECTED = "protected";
        public static final String PARTICIPANTS = "participants";
        public static final String RAW_SIZE = "rawSize";
        public static final String SIZE = "size";
        public static final String PARENT_ID = "parentId";
        public static final String BREAKOUT_ROOM = "breakoutRoom";
        public static final String PLAYBACK = "playback";
        public static final String FORMAT = "format";
        public static final String TYPE = "type";
        public static final String PROCESSING_TIME = "processingTime";
        public static final String LENGTH = "length";
        public static final String PREVIEW = "preview";
        public static final String IMAGES = "images";
        public static final String IMAGE = "image";
        public static final String WIDTH = "width";
        public static final String HEIGHT = "height";
        public static final String ALT = "alt";
        public static final String PAGINATION = "pagination";
        public static final String PAGEABLE = "pageable";
        public static final String TOTAL_ELEMENTS = "totalElements";
        public static final String DELETED = "deleted";
        public static final String UPDATED = "updated";

        // message keys (notFound: Key.NOT_FOUND)
        public static final String NO_RECORDINGS = "noRecordings";
        public static final String MISSING_PARAM_RECORD_ID = "missingParamRecordID";
        public static final String MISSING_PARAM_PUBLISH = "missingParamPublish";

        // text tracks (reference §2.10): calls, parameters, the multipart field, kinds, message keys
        public static final String GET_RECORDING_TEXT_TRACKS = "getRecordingTextTracks";
        public static final String PUT_RECORDING_TEXT_TRACK = "putRecordingTextTrack";
        public static final String KIND = "kind";
        public static final String LANG = "lang";
        public static final String LABEL = "label";
        /** putRecordingTextTrack's multipart/form-data field holding the file. */
        public static final String FILE = "file";
        // (the JSON answers' member names: JsonName)
        public static final String KIND_SUBTITLES = "subtitles";
        public static final String KIND_CAPTIONS = "captions";
        public static final String NO_CAPTIONS_FOUND = "noCaptionsFound";
        public static final String PARAM_ERROR = "paramError";
        public static final String INVALID_KIND = "invalidKind";
        public static final String INVALID_LANG = "invalidLang";
        public static final String EMPTY_UPLOADED_TEXT_TRACK = "empty_uploaded_text_track";
        public static final String UPLOAD_TEXT_TRACK_SUCCESS = "upload_text_track_success";
        public static final String UPLOAD_TEXT_TRACK_FAILED = "upload_text_track_failed";

        private Recordings() {
        }
    }

    /** Message keys the client reacts to. */
    public static final class Key {
        public static final String NOT_FOUND = "notFound";
        public static final String CHECKSUM_ERROR = "checksumError";
        public static final String DUPLICATE_WARNING = "duplicateWarning";
        /** sendChatMessage: the meeting does not exist or is not running. */
        public static final String MEETING_NOT_FOUND = "meetingNotFound";
        /**
         * Derived by this client (insert-document.ftlx sends no messageKey): insertDocument's "Presentation
         * feature is disabled, ignoring.".
         */
        public static final String PRESENTATION_DISABLED = "presentationDisabled";
        public static final String RETURNCODE_SUCCESS = "SUCCESS";

        private Key() {
        }
    }

    /** Parameter names. */
    public static final class Param {
        public static final String CHECKSUM = "checksum";
        public static final String META_PREFIX = "meta_";
        public static final String USERDATA_PREFIX = "userdata-";
        public static final String PLUGIN_PREFIX = "plugin_";

        // shared
        public static final String MEETING_ID = "meetingID";
        public static final String PASSWORD = "password";
        public static final String LOGOUT_URL = "logoutURL";

        // sendChatMessage
        public static final String MESSAGE = "message";
        public static final String USER_NAME = "userName";

        // create
        public static final String NAME = "name";
        public static final String ATTENDEE_PW = "attendeePW";
        public static final String MODERATOR_PW = "moderatorPW";
        public static final String WELCOME = "welcome";
        public static final String DIAL_NUMBER = "dialNumber";
        public static final String VOICE_BRIDGE = "voiceBridge";
        public static final String WEB_VOICE = "webVoice";
        public static final String MAX_PARTICIPANTS = "maxParticipants";
        public static final String LOGIN_URL = "loginURL";
        public static final String RECORD = "record";
        public static final String DURATION = "duration";
        public static final String IS_BREAKOUT = "isBreakout";
        public static final String PARENT_MEETING_ID = "parentMeetingID";
        public static final String SEQUENCE = "sequence";
        public static final String FREE_JOIN = "freeJoin";
        public static final String MODERATOR_ONLY_MESSAGE = "moderatorOnlyMessage";
        public static final String AUTO_START_RECORDING = "autoStartRecording";
        public static final String ALLOW_START_STOP_RECORDING = "allowStartStopRecording";
        public static final String WEBCAMS_ONLY_FOR_MODERATOR = "webcamsOnlyForModerator";
        public static final String BANNER_TEXT = "bannerText";
        public static final String BANNER_COLOR = "bannerColor";
        public static final String LOGO = "logo";
        public static final String DARK_LOGO = "darklogo";
        public static final String COPYRIGHT = "copyright";
        public static final String MUTE_ON_START = "muteOnStart";
        public static final String ALLOW_MODS_TO_UNMUTE_USERS = "allowModsToUnmuteUsers";
        public static final String LOCK_SETTINGS_DISABLE_CAM = "lockSettingsDisableCam";
        public static final String LOCK_SETTINGS_DISABLE_MIC = "lockSettingsDisableMic";
        public static final String LOCK_SETTINGS_DISABLE_PRIVATE_CHAT = "lockSettingsDisablePrivateChat";
        public static final String LOCK_SETTINGS_DISABLE_PUBLIC_CHAT = "lockSettingsDisablePublicChat";
        public static final String LOCK_SETTINGS_DISABLE_NOTES = "lockSettingsDisableNotes";
        public static final String LOCK_SETTINGS_HIDE_USER_LIST = "lockSettingsHideUserList";
        public static final String LOCK_SETTINGS_LOCK_ON_JOIN = "lockSettingsLockOnJoin";
        public static final String LOCK_SETTINGS_LOCK_ON_JOIN_CONFIGURABLE = "lockSettingsLockOnJoinConfigurable";
        public static final String LOCK_SETTINGS_HIDE_VIEWERS_CURSOR = "lockSettingsHideViewersCursor";
        public static final String LOCK_SETTINGS_HIDE_VIEWERS_ANNOTATION = "lockSettingsHideViewersAnnotation";
        public static final String GUEST_POLICY = "guestPolicy";
        public static final String ALLOW_PROMOTE_GUEST_TO_MODERATOR = "allowPromoteGuestToModerator";
        public static final String MEETING_KEEP_EVENTS = "meetingKeepEvents";
        public static final String END_WHEN_NO_MODERATOR = "endWhenNoModerator";
        public static final String END_WHEN_NO_MODERATOR_DELAY_IN_MINUTES = "endWhenNoModeratorDelayInMinutes";
        public static final String MEETING_LAYOUT = "meetingLayout";
        public static final String LEARNING_DASHBOARD_ENABLED = "learningDashboardEnabled";
        public static final String LEARNING_DASHBOARD_CLEANUP_DELAY_IN_MINUTES = "learningDashboardCleanupDelayInMinutes";
        public static final String ALLOW_MODS_TO_EJECT_CAMERAS = "allowModsToEjectCameras";
        public static final String ALLOW_REQUESTS_WITHOUT_SESSION = "allowRequestsWithoutSession";
        public static final String VIRTUAL_BACKGROUNDS_DISABLED = "virtualBackgroundsDisabled";
        public static final String BREAKOUT_ROOMS_ENABLED = "breakoutRoomsEnabled";
        public static final String USER_CAMERA_CAP = "userCameraCap";
        public static final String MEETING_CAMERA_CAP = "meetingCameraCap";
        public static final String MAX_PINNED_CAMERAS = "maxPinnedCameras";
        public static final String CAMERA_BRIDGE = "cameraBridge";
        public static final String SCREEN_SHARE_BRIDGE = "screenShareBridge";
        public static final String AUDIO_BRIDGE = "audioBridge";
        public static final String MEETING_EXPIRE_IF_NO_USER_JOINED_IN_MINUTES = "meetingExpireIfNoUserJoinedInMinutes";
        public static final String MEETING_EXPIRE_WHEN_LAST_USER_LEFT_IN_MINUTES = "meetingExpireWhenLastUserLeftInMinutes";
        public static final String GROUPS = "groups";
        public static final String DISABLED_FEATURES = "disabledFeatures";
        public static final String DISABLED_FEATURES_EXCLUDE = "disabledFeaturesExclude";
        public static final String PLUGIN_MANIFESTS = "pluginManifests";
        public static final String PLUGIN_MANIFESTS_FETCH_URL = "pluginManifestsFetchUrl";
        public static final String NOTIFY_RECORDING_IS_ON = "notifyRecordingIsOn";
        public static final String PRESENTATION_UPLOAD_EXTERNAL_URL = "presentationUploadExternalUrl";
        public static final String PRESENTATION_UPLOAD_EXTERNAL_DESCRIPTION = "presentationUploadExternalDescription";
        public static final String PRESENTATION_CONVERSION_CACHE_ENABLED = "presentationConversionCacheEnabled";
        public static final String RECORD_FULL_DURATION_MEDIA = "recordFullDurationMedia";
        public static final String BREAKOUT_ROOMS_RECORD = "breakoutRoomsRecord";
        public static final String BREAKOUT_ROOMS_PRIVATE_CHAT_ENABLED = "breakoutRoomsPrivateChatEnabled";
        public static final String BREAKOUT_ROOMS_CAPTURE_SLIDES = "breakoutRoomsCaptureSlides";
        public static final String BREAKOUT_ROOMS_CAPTURE_NOTES = "breakoutRoomsCaptureNotes";
        public static final String BREAKOUT_ROOMS_CAPTURE_SLIDES_FILENAME = "breakoutRoomsCaptureSlidesFilename";
        public static final String BREAKOUT_ROOMS_CAPTURE_NOTES_FILENAME = "breakoutRoomsCaptureNotesFilename";
        public static final String MEETING_ENDED_URL = "meetingEndedURL";
        public static final String LOGOUT_TIMER = "logoutTimer";
        public static final String MAX_NUM_PAGES = "maxNumPages";
        public static final String PRE_UPLOADED_PRESENTATION = "preUploadedPresentation";
        public static final String PRE_UPLOADED_PRESENTATION_NAME = "preUploadedPresentationName";
        public static final String PRE_UPLOADED_PRESENTATION_OVERRIDE_DEFAULT = "preUploadedPresentationOverrideDefault";

        // join
        public static final String FULL_NAME = "fullName";
        public static final String ROLE = "role";
        public static final String USER_ID = "userID";
        public static final String CREATE_TIME = "createTime";
        public static final String AVATAR_URL = "avatarURL";
        public static final String WEBCAM_BACKGROUND_URL = "webcamBackgroundURL";
        public static final String REDIRECT = "redirect";
        public static final String ERROR_REDIRECT_URL = "errorRedirectUrl";
        public static final String GUEST = "guest";
        public static final String AUTH = "auth";
        public static final String BOT = "bot";
        public static final String EXCLUDE_FROM_DASHBOARD = "excludeFromDashboard";
        public static final String FIRST_NAME = "firstName";
        public static final String LAST_NAME = "lastName";
        public static final String ENFORCE_LAYOUT = "enforceLayout";
        public static final String DEFAULT_LAYOUT = "defaultLayout";
        public static final String EXISTING_USER_ID = "existingUserID";
        public static final String REPLACE_SESSION_TOKEN = "replaceSessionToken";
        public static final String SESSION_NAME = "sessionName";

        // join error redirects
        public static final String ERRORS = "errors";

        private Param() {
        }
    }

    /**
     * XML element names of BBB's answers. Each name is written here once; the JAXB bindings and the
     * mappers' messages ("&lt;meetingID&gt; is missing") use these constants.
     */
    public static final class Element {
        // every <response>
        public static final String RESPONSE = "response";
        public static final String RETURNCODE = "returncode";
        public static final String MESSAGE_KEY = "messageKey";
        public static final String MESSAGE = "message";
        public static final String ERRORS = "errors";
        public static final String ERROR = "error";
        public static final String KEY = "key";

        // API root
        public static final String VERSION = "version";
        public static final String API_VERSION = "apiVersion";
        public static final String BBB_VERSION = "bbbVersion";
        public static final String HTML5_PLUGIN_SDK_VERSION = "html5PluginSdkVersion";
        public static final String GRAPHQL_WEBSOCKET_URL = "graphqlWebsocketUrl";
        public static final String GRAPHQL_API_URL = "graphqlApiUrl";

        // create, getMeetingInfo, getMeetings
        public static final String MEETING_NAME = "meetingName";
        public static final String MEETING_ID = "meetingID";
        public static final String INTERNAL_MEETING_ID = "internalMeetingID";
        public static final String PARENT_MEETING_ID = "parentMeetingID";
        public static final String ATTENDEE_PW = "attendeePW";
        public static final String MODERATOR_PW = "moderatorPW";
        public static final String CREATE_TIME = "createTime";
        public static final String CREATE_DATE = "createDate";
        public static final String VOICE_BRIDGE = "voiceBridge";
        public static final String DIAL_NUMBER = "dialNumber";
        public static final String HAS_USER_JOINED = "hasUserJoined";
        public static final String DURATION = "duration";
        public static final String HAS_BEEN_FORCIBLY_ENDED = "hasBeenForciblyEnded";
        public static final String RUNNING = "running";
        public static final String RECORDING = "recording";
        public static final String START_TIME = "startTime";
        public static final String END_TIME = "endTime";
        public static final String PARTICIPANT_COUNT = "participantCount";
        public static final String LISTENER_COUNT = "listenerCount";
        public static final String VOICE_PARTICIPANT_COUNT = "voiceParticipantCount";
        public static final String VIDEO_COUNT = "videoCount";
        public static final String MAX_USERS = "maxUsers";
        public static final String MODERATOR_COUNT = "moderatorCount";
        public static final String ATTENDEES = "attendees";
        public static final String ATTENDEE = "attendee";
        public static final String METADATA = "metadata";
        public static final String IS_BREAKOUT = "isBreakout";
        public static final String SEQUENCE = "sequence";
        public static final String FREE_JOIN = "freeJoin";
        public static final String BREAKOUT_ROOMS = "breakoutRooms";
        public static final String BREAKOUT = "breakout";
        public static final String MEETINGS = "meetings";
        public static final String MEETING = "meeting";

        // <attendee>
        public static final String USER_ID = "userID";
        public static final String FULL_NAME = "fullName";
        public static final String ROLE = "role";
        public static final String IS_PRESENTER = "isPresenter";
        public static final String IS_LISTENING_ONLY = "isListeningOnly";
        public static final String HAS_JOINED_VOICE = "hasJoinedVoice";
        public static final String HAS_VIDEO = "hasVideo";
        public static final String CLIENT_TYPE = "clientType";
        public static final String CUSTOMDATA = "customdata";

        // join (redirect=false)
        public static final String JOIN_MEETING_ID = "meeting_id";
        public static final String JOIN_USER_ID = "user_id";
        public static final String AUTH_TOKEN = "auth_token";
        public static final String SESSION_TOKEN = "session_token";
        public static final String GUEST_STATUS = "guestStatus";
        public static final String URL = "url";

        private Element() {
        }
    }

    /** Names in the callbacks BBB and bbb-webhooks send to the LMS. */
    public static final class Callback {
        /** recording ready: the form field holding the JWT. */
        public static final String SIGNED_PARAMETERS = "signed_parameters";
        /** end callback: query parameter, {@code true} if recording was ever started. */
        public static final String RECORDING_MARKS = "recordingmarks";
        /** bbb-webhooks POST form fields: these two, and {@link JsonName#EVENT}. */
        public static final String DOMAIN = "domain";
        public static final String TIMESTAMP = "timestamp";
        /** bbb-webhooks event ids the client types. */
        public static final String MEETING_CREATED = "meeting-created";
        public static final String MEETING_ENDED = "meeting-ended";
        public static final String USER_JOINED = "user-joined";
        public static final String USER_LEFT = "user-left";
        public static final String RECORDING_STARTED = "meeting-recording-started";
        public static final String RECORDING_STOPPED = "meeting-recording-stopped";
        public static final String RAP_PREFIX = "rap-";
        /** The HTTP header of bbb-webhooks' {@code auth2_0} mode, and its scheme. */
        public static final String AUTHORIZATION = "Authorization";
        public static final String BEARER = "Bearer";

        private Callback() {
        }
    }

    /** Member names of the JSON BBB sends or expects. */
    public static final class JsonName {
        // join error redirects: errors=[{"key":…,"message":…}]
        public static final String KEY = "key";
        public static final String MESSAGE = "message";
        // create's groups=[{"id":…,"name":…,"roster":[…]}]
        public static final String ID = "id";
        public static final String NAME = "name";
        public static final String ROSTER = "roster";
        // recording-ready signed_parameters (JWT): header and claims
        public static final String JWT_ALG = "alg";
        public static final String JWT_CRIT = "crit";
        public static final String JWT_EXP = "exp";
        public static final String JWT_NBF = "nbf";
        public static final String CLAIM_MEETING_ID = "meeting_id";
        public static final String CLAIM_RECORD_ID = "record_id";
        // bbb-webhooks events: [{"data":{"type":"event","id":…,"attributes":{…},"event":{"ts":…}}}]
        public static final String DATA = "data";
        public static final String ATTRIBUTES = "attributes";
        public static final String EVENT = "event";
        public static final String TS = "ts";
        public static final String MEETING = "meeting";
        public static final String USER = "user";
        public static final String INTERNAL_MEETING_ID = "internal-meeting-id";
        public static final String EXTERNAL_MEETING_ID = "external-meeting-id";
        public static final String INTERNAL_USER_ID = "internal-user-id";
        public static final String EXTERNAL_USER_ID = "external-user-id";
        public static final String ROLE = "role";
        public static final String PRESENTER = "presenter";
        public static final String IS_BREAKOUT = "is-breakout";
        public static final String PARENT_ID = "parent-id";
        public static final String RECORD = "record";
        public static final String METADATA = "metadata";
        public static final String CREATE_TIME = "create-time";
        public static final String RECORD_ID = "record-id";
        public static final String SUCCESS = "success";
        public static final String STEP_TIME = "step-time";
        public static final String FORMAT = "format";
        // raw (getRaw=true) events: {"envelope":{"name":…},…}
        public static final String ENVELOPE = "envelope";
        // text-track answers (reference §2.10): {"response":{"returncode":…,"messageKey":…,"message":…,
        // "tracks":[{"href":…,"kind":…,"label":…,"lang":…,"source":…}]}}
        public static final String RESPONSE = "response";
        public static final String RETURNCODE = "returncode";
        public static final String MESSAGE_KEY = "messageKey";
        public static final String TRACKS = "tracks";
        public static final String HREF = "href";
        public static final String KIND = "kind";
        public static final String LABEL = "label";
        public static final String LANG = "lang";
        public static final String SOURCE = "source";

        private JsonName() {
        }
    }
}
