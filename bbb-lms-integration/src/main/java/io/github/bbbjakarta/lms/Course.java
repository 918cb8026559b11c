package io.github.bbbjakarta.lms;

import io.github.bbbjakarta.lms.internal.Require;

/**
 * A course of an LMS site. Immutable.
 *
 * @param tenant    the LMS installation or tenant the course belongs to (e.g. {@code moodle.example.edu} or a
 *                  tenant UUID), so that equal course IDs of two sites never share a meeting
 * @param id        the LMS course ID, sent to BBB as {@code bbb-context-id}
 * @param title     the course's full title, sent as {@code bbb-context-name}
 * @param shortName the course's short name (e.g. {@code PHY101}), sent as {@code bbb-context-label}; empty when
 *                  the LMS has none
 */
public record Course(String tenant, String id, String title, String shortName) {
    /**
     * @throws IllegalArgumentException if tenant, id or title is null or blank
     */
    public Course {
        Require.nonBlank("tenant", tenant);
        Require.nonBlank("course id", id);
        Require.nonBlank("course title", title);
        shortName = shortName == null ? "" : shortName.trim();
    }

    /** A course without a short name. */
    public static Course of(String tenant, String id, String title) {
        return new Course(tenant, id, title, "");
    }

    /** This course with a short name. */
    public Course withShortName(String value) {
        return new Course(tenant, id, title, value);
    }
}
