package io.github.bbbjakarta.simulator.internal.state;

/**
 * What the {@link RecordingStore} tells other simulated services (bbb-webhooks) about recording: akka-apps'
 * {@code RecordingStatusChangedEvtMsg}, the recording server's steps ({@code bigbluebutton:from-rap}) and bbb-web's
 * {@code PublishedRecordingSysMsg}, {@code UnpublishedRecordingSysMsg}, {@code DeletedRecordingSysMsg}. Called
 * while the store's lock is held; implementations must not call back into the store.
 */
public interface RecordingEvents {
    /** Recording of a running meeting started or stopped. */
    default void recordingStatusChanged(Meeting meeting, boolean recording) {
    }

    /**
     * A meeting created with {@code record=true} ended and was archived.
     *
     * @param recording the new recording ({@code processing}), or {@code null} when recording never ran
     */
    default void archived(Meeting meeting, StoredRecording recording, long now) {
    }

    /** Processing moved a recording from {@code processing} to {@code processed}. */
    default void processed(StoredRecording recording) {
    }

    /** Publishing moved a recording from {@code processed} to {@code published} or {@code unpublished}. */
    default void publishedByProcessing(StoredRecording recording) {
    }

    /**
     * {@code publishRecordings} or {@code deleteRecordings} changed the state of a recording.
     *
     * @param recordId the record id as the request gave it
     * @param state    {@code published}, {@code unpublished} or {@code deleted}
     */
    default void stateChanged(String recordId, String state) {
    }
}
