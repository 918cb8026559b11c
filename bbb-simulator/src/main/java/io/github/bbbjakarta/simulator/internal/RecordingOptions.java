package io.github.bbbjakarta.simulator.internal;

import io.github.bbbjakarta.simulator.RecordingSettings;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The recording settings as text options, one name each, shared by the servlet's init parameters (same names) and
 * the standalone command line ({@code --} + name). Stateless.
 */
public final class RecordingOptions {
    /** {@link RecordingSettings#processingTime()} in milliseconds (0 = manual advance only). */
    public static final String PROCESSING_TIME_MS = "recording-processing-time-ms";
    /** {@link RecordingSettings#autoPublish()}: {@code true} or {@code false}. */
    public static final String AUTO_PUBLISH = "recording-auto-publish";
    /** {@link RecordingSettings#videoFormat()}. */
    public static final String VIDEO_FORMAT = "recording-video-format";
    /** {@link RecordingSettings#allowFetchAllRecordings()}. */
    public static final String ALLOW_FETCH_ALL = "allow-fetch-all-recordings";
    /** {@link RecordingSettings#bareTotalElements()}. */
    public static final String BARE_TOTAL_ELEMENTS = "recording-bare-total-elements";
    /** Every option name. */
    public static final List<String> NAMES = List.of(PROCESSING_TIME_MS, AUTO_PUBLISH, VIDEO_FORMAT, ALLOW_FETCH_ALL,
            BARE_TOTAL_ELEMENTS);

    private RecordingOptions() {
    }

    /**
     * The settings with one option applied.
     *
     * @throws IllegalArgumentException naming the option when the name is unknown or the value invalid
     */
    public static RecordingSettings apply(RecordingSettings s, String name, String value) {
        String v = value == null ? "" : value.trim();
        switch (name) {
            case PROCESSING_TIME_MS:
                long ms;
                try {
                    ms = Long.parseLong(v);
                } catch (NumberFormatException e) {
                    ms = -1;
                }
                if (ms < 0) {
                    throw new IllegalArgumentException(name + " must be a whole number of milliseconds (0 or more)");
                }
                return s.withProcessingTime(Duration.ofMillis(ms));
            case AUTO_PUBLISH:
                return s.withAutoPublish(bool(name, v));
            case VIDEO_FORMAT:
                return s.withVideoFormat(bool(name, v));
            case ALLOW_FETCH_ALL:
                return s.withAllowFetchAllRecordings(bool(name, v));
            case BARE_TOTAL_ELEMENTS:
                return s.withBareTotalElements(bool(name, v));
            default:
                throw new IllegalArgumentException("Unknown recording option " + name);
        }
    }

    private static boolean bool(String name, String v) {
        String lower = v.toLowerCase(Locale.ROOT);
        if (!lower.equals("true") && !lower.equals("false")) {
            throw new IllegalArgumentException(name + " must be true or false");
        }
        return Boolean.parseBoolean(lower);
    }
}
