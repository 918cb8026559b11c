package io.github.bbbjakarta.simulator;

import java.time.Duration;
import java.util.Objects;

/**
 * The simulated recording server's settings: given at start ({@link BbbSimulator.Builder#recordingSettings}),
 * changed at run time through {@link SimulatorControl#recordingSettings(RecordingSettings)} and restored to the
 * start settings by {@link SimulatorControl#reset()}. Immutable.
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
 * @param processingTime          how long each processing step takes by itself ({@code processing} →
 *                                {@code processed} → {@code published}/{@code unpublished}, and an uploaded text
 *                                track in the caption inbox); {@link Duration#ZERO} (the default; {@code null} is
 *                                taken as zero) = nothing moves by itself, only
 *                                {@link SimulatorControl#advanceRecordings()}
 */
public record RecordingSettings(boolean autoPublish, boolean videoFormat, boolean allowFetchAllRecordings,
                                boolean bareTotalElements, Duration processingTime) {

    /**
     * @throws IllegalArgumentException when {@code processingTime} is negative
     */
    public RecordingSettings {
        processingTime = processingTime == null ? Duration.ZERO : processingTime;
        if (processingTime.isNegative()) {
            throw new IllegalArgumentException("processingTime must not be negative: " + processingTime);
        }
    }

    /** Settings without automatic processing. */
    public RecordingSettings(boolean autoPublish, boolean videoFormat, boolean allowFetchAllRecordings,
                             boolean bareTotalElements) {
        this(autoPublish, videoFormat, allowFetchAllRecordings, bareTotalElements, Duration.ZERO);
    }

    /** Auto-publish, presentation and video, fetch-all allowed, the 3.0 {@code <pagination>} shape, manual advance. */
    public static RecordingSettings defaults() {
        return new RecordingSettings(true, true, true, false, Duration.ZERO);
    }

    /** These settings with another {@code autoPublish}. */
    public RecordingSettings withAutoPublish(boolean value) {
        return new RecordingSettings(value, videoFormat, allowFetchAllRecordings, bareTotalElements, processingTime);
    }

    /** These settings with another {@code videoFormat}. */
    public RecordingSettings withVideoFormat(boolean value) {
        return new RecordingSettings(autoPublish, value, allowFetchAllRecordings, bareTotalElements, processingTime);
    }

    /** These settings with another {@code allowFetchAllRecordings}. */
    public RecordingSettings withAllowFetchAllRecordings(boolean value) {
        return new RecordingSettings(autoPublish, videoFormat, value, bareTotalElements, processingTime);
    }

    /** These settings with another {@code bareTotalElements}. */
    public RecordingSettings withBareTotalElements(boolean value) {
        return new RecordingSettings(autoPublish, videoFormat, allowFetchAllRecordings, value, processingTime);
    }

    /**
     * These settings with another {@code processingTime} ({@code null} or zero: manual advance only).
     *
     * @throws IllegalArgumentException when negative
     */
    public RecordingSettings withProcessingTime(Duration value) {
        return new RecordingSettings(autoPublish, videoFormat, allowFetchAllRecordings, bareTotalElements, value);
    }

    /** Whether recordings move by themselves ({@code processingTime} above zero). */
    public boolean automaticProcessing() {
        return !Objects.requireNonNull(processingTime).isZero();
    }
}
