package io.github.bbbjakarta.simulator;

/**
 * The simulated recording server's settings, changed at run time through
 * {@link SimulatorControl#recordingSettings(RecordingSettings)} and restored to {@link #defaults()} by
 * {@link SimulatorControl#reset()}. Immutable.
 *
 * @param autoPublish             whether a processed recording becomes {@code published} (bbb-record's default) or
 *                                {@code unpublished}
 * @param videoFormat             whether recordings also get a {@code video} playback format besides
 *                                {@code presentation}
 * @param allowFetchAllRecordings bbb-web's {@code allowFetchAllRecordings}: when {@code false}, a
 *                                {@code getRecordings} without ids and without {@code limit} answers
 *                                {@code noRecordings}
 * @param bareTotalElements       answer a paged {@code getRecordings} in the 3.1-dev shape (a bare
 *                                {@code <totalElements>} under {@code <response>}) instead of 3.0's
 *                                {@code <pagination>} element
 */
public record RecordingSettings(boolean autoPublish, boolean videoFormat, boolean allowFetchAllRecordings,
                                boolean bareTotalElements) {

    /** Auto-publish, presentation and video, fetch-all allowed, the 3.0 {@code <pagination>} shape. */
    public static RecordingSettings defaults() {
        return new RecordingSettings(true, true, true, false);
    }

    /** These settings with another {@code autoPublish}. */
    public RecordingSettings withAutoPublish(boolean value) {
        return new RecordingSettings(value, videoFormat, allowFetchAllRecordings, bareTotalElements);
    }

    /** These settings with another {@code videoFormat}. */
    public RecordingSettings withVideoFormat(boolean value) {
        return new RecordingSettings(autoPublish, value, allowFetchAllRecordings, bareTotalElements);
    }

    /** These settings with another {@code allowFetchAllRecordings}. */
    public RecordingSettings withAllowFetchAllRecordings(boolean value) {
        return new RecordingSettings(autoPublish, videoFormat, value, bareTotalElements);
    }

    /** These settings with another {@code bareTotalElements}. */
    public RecordingSettings withBareTotalElements(boolean value) {
        return new RecordingSettings(autoPublish, videoFormat, allowFetchAllRecordings, value);
    }
}
