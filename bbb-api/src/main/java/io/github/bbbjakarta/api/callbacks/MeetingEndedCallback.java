package io.github.bbbjakarta.api.callbacks;

import io.github.bbbjakarta.api.callbacks.BbbCallbackException.Reason;
import io.github.bbbjakarta.api.internal.Wire.Callback;
import io.github.bbbjakarta.api.internal.Wire.Param;

import java.util.Map;

/**
 * The end-meeting callback: when a meeting created with {@code meta_endCallbackUrl} ends, BBB sends
 * {@code GET <url>?…&recordingmarks=true|false&meetingID=<external id>}.
 *
 * <p><b>Not authenticated:</b> BBB does not sign this request, so anybody who knows the URL can send it.
 * Trust it only if the URL carries an unguessable per-meeting token (e.g. an HMAC of the meeting ID with a key
 * of the LMS) that the endpoint checks, or treat it as a hint and confirm with {@code getMeetingInfo}.
 *
 * @param meetingID      the meeting's external ID
 * @param recordingMarks whether recording was started at some point in the meeting
 */
public record MeetingEndedCallback(String meetingID, boolean recordingMarks) {
    private static final String CALLBACK = "end callback";
    private static final int MAX_QUERY = 16 * 1024;

    /**
     * Parses the raw query string of the callback GET (without {@code ?}); other parameters of the registered
     * URL are ignored.
     *
     * @throws BbbCallbackException if {@code meetingID} or {@code recordingmarks} is absent, repeated or invalid
     */
    public static MeetingEndedCallback fromQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            throw new BbbCallbackException(CALLBACK, Reason.MISSING_PARAMETER, "no query string");
        }
        Map<String, String> params = Forms.parse(CALLBACK, rawQuery, MAX_QUERY, Param.MEETING_ID,
                Callback.RECORDING_MARKS);
        return of(params.get(Param.MEETING_ID), params.get(Callback.RECORDING_MARKS));
    }

    /**
     * From already decoded query parameters (e.g. JAX-RS {@code @QueryParam}).
     *
     * @param meetingID      the {@code meetingID} parameter
     * @param recordingMarks the {@code recordingmarks} parameter: {@code true} or {@code false}
     * @throws BbbCallbackException if one is absent or {@code recordingmarks} is not a boolean
     */
    public static MeetingEndedCallback of(String meetingID, String recordingMarks) {
        if (meetingID == null || meetingID.isEmpty()) {
            throw new BbbCallbackException(CALLBACK, Reason.MISSING_PARAMETER, Param.MEETING_ID + " is missing");
        }
        if (recordingMarks == null || recordingMarks.isEmpty()) {
            throw new BbbCallbackException(CALLBACK, Reason.MISSING_PARAMETER,
                    Callback.RECORDING_MARKS + " is missing");
        }
        boolean marks;
        if ("true".equalsIgnoreCase(recordingMarks)) {
            marks = true;
        } else if ("false".equalsIgnoreCase(recordingMarks)) {
            marks = false;
        } else {
            throw new BbbCallbackException(CALLBACK, Reason.MALFORMED,
                    Callback.RECORDING_MARKS + " must be true or false");
        }
        return new MeetingEndedCallback(meetingID, marks);
    }
}
