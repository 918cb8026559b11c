package io.github.bbbjakarta.simulator.internal.wire;


/**
 * Every (messageKey, message) pair bbb-web 3.0 can answer with, in one place.
 * Texts are copied verbatim from bbb-web (typos and double spaces included).
 */
public enum BbbMessage {
    CHECKSUM_MISMATCH("checksumError", "Checksums do not match"),
    CHECKSUM_MISSING("checksumError", "You must provide the checksum"),
    LEGACY_CHECKSUM_ERROR("checksumError", "You did not pass the checksum security check"),
    UNSUPPORTED_CONTENT_TYPE("unsupportedContentType", "POST request Content-Type is missing or unsupported"),
    REQUEST_NOT_RECOGNIZED("validationError", "Request not recognized"),

    MEETING_NAME_NULL("nullError", "You must provide a meeting name"),
    MEETING_NAME_EMPTY("emptyError", "You must provide a meeting name"),
    MEETING_NAME_SIZE("sizeError", "Meeting name must be between " + Wire.MIN_NAME_LENGTH + " and "
            + Wire.MAX_NAME_LENGTH + " characters"),
    MEETING_ID_MISSING("missingParamMeetingID", "You must provide a meeting ID"),
    MEETING_ID_SIZE("sizeError", "Meeting ID must be between " + Wire.MIN_NAME_LENGTH + " and "
            + Wire.MAX_NAME_LENGTH + " characters"),
    MEETING_ID_COMMA("validationError", "Meeting ID cannot contain ','"),
    MEETING_ID_INVALID("validationError", "Invalid meeting ID"),
    PASSWORD_LENGTH("invalidPassword", "Invalid password"),
    VOICE_BRIDGE_NOT_INTEGRAL("validationError", "Voice bridge must be an integral value"),
    RECORD_NOT_BOOLEAN("validationError", "Record must be a boolean value (true or false)"),
    BREAKOUT_NOT_BOOLEAN("validationError", "You must provide a boolean value (true or false) for the breakout room"),
    PRESENTATION_UPLOAD_EXTERNAL_URL_INVALID("validationError",
            "Param 'presentationUploadExternalUrl' is not a valid URL"),
    PARENT_MEETING_ID_MISSING("parentMeetingIDMissing", "No parent meeting ID was provided for the breakout room"),
    PARENT_MEETING_DOES_NOT_EXIST("parentMeetingDoesNotExist", "No parent meeting exists for the breakout room"),
    ID_NOT_UNIQUE("idNotUnique", "A meeting already exists with that meeting ID.  Please use a different meeting ID."),
    DUPLICATE_WARNING("duplicateWarning",
            "This conference was already in existence and may currently be in progress."),
    NON_UNIQUE_VOICE_BRIDGE("nonUniqueVoiceBridge", "The selected voice bridge is already in use."),

    JOIN_MEETING_NOT_FOUND("invalidMeetingIdentifier", "A meeting with that ID does not exist"),
    MEETING_FORCIBLY_ENDED("meetingForciblyEnded", "You can not join a meeting that has already been forcibly ended"),
    FULL_NAME_MISSING("missingParamFullName", "You must provide your name"),
    GUEST_NOT_BOOLEAN("validationError", "Guest must be a boolean value (true or false)"),
    AUTH_NOT_BOOLEAN("validationError", "Auth must be a boolean value (true or false)"),
    NOT_INTEGRAL("validationError", "Value must be an integral number"),
    PASSWORD_MEETING_ID_MISSING("validationError", "You must provide the meeting ID"),
    JOIN_PASSWORD_INVALID("invalidPassword", "The provided password is neither a moderator or attendee password"),
    INVALID_JOIN_PASSWORD("Params required", "You must enter a valid password"),
    ROLE_REQUIRED_NO_PASSWORD("Params required",
            "You must send the 'role' parameter, since this meeting doesn't have any password."),
    ROLE_OR_PASSWORD_REQUIRED("Params required",
            "You must either send the valid role of the user, or the password, sould the meeting has one."),
    CREATE_TIME_MISMATCH("mismatchCreateTimeParam",
            "The createTime parameter submitted mismatches with the current meeting."),
    MAX_PARTICIPANTS_REACHED("maxParticipantsReached",
            "The number of participants allowed for this meeting has been reached."),
    GUEST_DENIED_ACCESS("guestDeniedAccess",
            "You have been denied access to this meeting based on the meeting's guest policy"),
    SUCCESSFULLY_JOINED("successfullyJoined", "You have joined successfully."),

    MEETING_NOT_FOUND("notFound", "A meeting with that ID does not exist"),
    SENT_END_MEETING_REQUEST("sentEndMeetingRequest",
            "A request to end the meeting was sent.  Please wait a few seconds, and then use the getMeetingInfo"
                    + " or isMeetingRunning API calls to verify that it was ended."),
    NO_MEETINGS("noMeetings", "no meetings were found on this server"),

    NO_RECORDINGS_FOR_MEETINGS("noRecordings", "There are no recordings for the meeting(s)."),
    MISSING_PARAM_RECORD_ID("missingParamRecordID", "You must specify a recordID."),
    MISSING_PARAM_PUBLISH("missingParamPublish", "You must specify a publish value true or false."),
    RECORDINGS_NOT_FOUND("notFound", "We could not find recordings"),

    /** Text tracks (JSON answers; the messages ending in a space or '=' are followed by the value). */
    TEXT_TRACK_MISSING_CHECKSUM("paramError", "Missing param checksum."),
    TEXT_TRACK_MISSING_RECORD_ID("paramError", "Missing param recordID."),
    TEXT_TRACK_MISSING_KIND("paramError", "Missing param kind."),
    TEXT_TRACK_MISSING_LANG("paramError", "Missing param lang."),
    TEXT_TRACK_NO_RECORDING("noRecordings", "No recording found for "),
    TEXT_TRACK_UPLOAD_NO_RECORDING("noRecordings", "No recording was found for "),
    TEXT_TRACK_NO_CAPTIONS("noCaptionsFound", "No captions found for "),
    TEXT_TRACK_INVALID_KIND("invalidKind", "Invalid kind parameter, expected='subtitles|captions' actual="),
    TEXT_TRACK_INVALID_LANG("invalidLang", "Malformed lang param, received="),
    TEXT_TRACK_EMPTY("empty_uploaded_text_track", "Empty uploaded text track."),
    TEXT_TRACK_UPLOADED("upload_text_track_success", "Text track uploaded successfully"),

    CHAT_MESSAGE_NULL("nullError", "You must provide the param message"),
    CHAT_MESSAGE_SIZE("sizeError", "Param message must be between " + Wire.MIN_CHAT_MESSAGE_LENGTH + " and "
            + Wire.MAX_CHAT_MESSAGE_LENGTH + " characters"),
    CHAT_USER_NAME_SIZE("sizeError", "Param userName must not exceed " + Wire.MAX_CHAT_USER_NAME_LENGTH
            + " characters"),
    CHAT_MEETING_NOT_FOUND("meetingNotFound", "Meeting not found");

    private final String key;
    private final String message;

    BbbMessage(String key, String message) {
        this.key = key;
        this.message = message;
    }

    /** The wire messageKey. */
    public String key() {
        return key;
    }

    /** The wire message text. */
    public String message() {
        return message;
    }
}
