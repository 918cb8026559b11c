package io.github.bbbjakarta.lms;

import io.github.bbbjakarta.lms.internal.Require;

import java.util.Arrays;
import java.util.Set;

/**
 * A user of the LMS as the meeting sees them. Immutable.
 *
 * @param id          the LMS user ID, sent as join's {@code userID} (shown in BBB's analytics and recordings)
 * @param displayName the name other participants see (join's {@code fullName})
 * @param roles       the user's LMS roles in this course: names ({@code Instructor}, {@code Student}) or LTI role
 *                    URIs; they decide between moderator and viewer (duplicates are dropped)
 * @param sectionIds  the IDs of the sections or groups the user belongs to, for section {@link RoleRules}; a
 *                    section's {@link Section#members() members} count too
 */
public record LmsUser(String id, String displayName, Set<String> roles, Set<String> sectionIds) {
    /**
     * @throws IllegalArgumentException if id or displayName is null or blank
     */
    public LmsUser {
        Require.nonBlank("user id", id);
        Require.nonBlank("user display name", displayName);
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        sectionIds = sectionIds == null ? Set.of() : Set.copyOf(sectionIds);
    }

    /** A user whose sections are not known. */
    public LmsUser(String id, String displayName, Set<String> roles) {
        this(id, displayName, roles, Set.of());
    }

    /** A user with these roles. */
    public static LmsUser of(String id, String displayName, String... roles) {
        return new LmsUser(id, displayName, Set.copyOf(Arrays.asList(roles)));
    }

    /** This user as a member of these sections or groups. */
    public LmsUser inSections(String... ids) {
        return new LmsUser(id, displayName, roles, Set.copyOf(Arrays.asList(ids)));
    }
}
