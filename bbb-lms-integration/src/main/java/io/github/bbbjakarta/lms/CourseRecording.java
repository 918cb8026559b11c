package io.github.bbbjakarta.lms;

import io.github.bbbjakarta.api.Recording;

import java.util.Objects;
import java.util.Optional;

/**
 * A recording as a course page shows it. Immutable.
 *
 * @param recording      the recording as BBB lists it
 * @param name           the name to show: its {@code bbb-recording-name} metadata (what renaming changes, as in
 *                       Moodle), else BBB's meeting name
 * @param description    its {@code bbb-recording-description}; empty for none
 * @param parentRecordID for a breakout room's recording, the recording of the meeting it was opened from
 * @param section        for a breakout room's recording, the breakout section it belongs to, when known (see
 *                       {@link CourseRecordingService})
 */
public record CourseRecording(Recording recording, String name, String description, Optional<String> parentRecordID,
                              Optional<Section> section) {
    public CourseRecording {
        Objects.requireNonNull(recording, "recording");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(parentRecordID, "parentRecordID");
        Objects.requireNonNull(section, "section");
    }

    /** The recording's ID. */
    public String recordID() {
        return recording.recordID();
    }

    /** Whether it is a breakout room's recording. */
    public boolean isBreakout() {
        return parentRecordID.isPresent();
    }
}
