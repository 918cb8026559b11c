package io.github.bbbjakarta.lms;

import io.github.bbbjakarta.lms.internal.Require;

/**
 * A section or group of a course that gets its own meeting of an activity, as Moodle and Sakai groups do.
 * Immutable.
 *
 * @param id   the section's LMS ID, unique within the course
 * @param name its name; added to the meeting and recording name
 */
public record Section(String id, String name) {
    /**
     * @throws IllegalArgumentException if a value is null or blank
     */
    public Section {
        Require.nonBlank("section id", id);
        Require.nonBlank("section name", name);
    }
}
