package io.github.bbbjakarta.lms;

import io.github.bbbjakarta.lms.internal.Require;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * A section or group of a course: it gets its own meeting of an activity, as Moodle and Sakai groups do, or a
 * pre-assigned breakout room of the course meeting ({@link MeetingContext#withBreakoutSections(List)}). Immutable.
 *
 * @param id      the section's LMS ID, unique within the course
 * @param name    its name; added to the meeting and recording name, or names the breakout room
 * @param members the LMS user IDs of its members, in order, without duplicates: the breakout room's roster, and
 *                who section role rules apply to; empty when not known
 */
public record Section(String id, String name, List<String> members) {
    /**
     * @throws IllegalArgumentException if id or name is null or blank, or a member ID is blank
     */
    public Section {
        Require.nonBlank("section id", id);
        Require.nonBlank("section name", name);
        List<String> unique = new ArrayList<>(new LinkedHashSet<>(members == null ? List.of() : members));
        unique.forEach(m -> Require.nonBlank("section member id", m));
        members = List.copyOf(unique);
    }

    /** A section whose members are not known. */
    public Section(String id, String name) {
        this(id, name, List.of());
    }

    /** This section with these members (LMS user IDs). */
    public Section withMembers(Collection<String> lmsUserIds) {
        return new Section(id, name, List.copyOf(lmsUserIds));
    }

    /** This section with these members (LMS user IDs). */
    public Section withMembers(String... lmsUserIds) {
        return withMembers(Arrays.asList(lmsUserIds));
    }
}
