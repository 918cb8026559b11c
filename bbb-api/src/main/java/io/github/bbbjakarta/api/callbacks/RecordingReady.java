package io.github.bbbjakarta.api.callbacks;

/**
 * A verified recording-ready callback: BBB (or Scalelite) has published the recording {@code recordID} of the
 * meeting {@code meetingID}. Obtained only from {@link CallbackVerifier#recordingReady(String)}.
 *
 * @param meetingID the meeting's external ID (the {@code meeting_id} claim), as given to {@code create}
 * @param recordID  the recording's ID (the {@code record_id} claim), for {@code getRecordings}
 */
public record RecordingReady(String meetingID, String recordID) {
}
