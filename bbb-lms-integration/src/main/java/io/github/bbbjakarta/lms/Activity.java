package io.github.bbbjakarta.lms;

import io.github.bbbjakarta.lms.internal.Require;

/**
 * The conferencing activity inside a course (Moodle's BigBlueButton activity, a Sakai meeting tool entry, an
 * LTI resource link). Immutable.
 *
 * @param id   the activity's LMS ID, unique within the course
 * @param name its name as students see it; names the meeting and the recording
 */
public record Activity(String id, String name) {
    /**
     * @throws IllegalArgumentException if a value is null or blank
     */
    public Activity {
        Require.nonBlank("activity id", id);
        Require.nonBlank("activity name", name);
    }
}
