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
 */
public record LmsUser(String id, String displayName, Set<String> roles) {
    /**
     * @throws IllegalArgumentException if id or displayName is null or blank
     */
    public LmsUser {
        Require.nonBlank("user id", id);
        Require.nonBlank("user display name", displayName);
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    /** A user with these roles. */
    public static LmsUser of(String id, String displayName, String... roles) {
        return new LmsUser(id, displayName, Set.copyOf(Arrays.asList(roles)));
    }
}
