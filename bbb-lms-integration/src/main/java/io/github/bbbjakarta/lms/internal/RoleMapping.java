package io.github.bbbjakarta.lms.internal;

import io.github.bbbjakarta.api.Role;
import io.github.bbbjakarta.lms.LmsUser;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Decides MODERATOR or VIEWER from a user's LMS roles. A user is a moderator if any of their roles matches one
 * of the moderator roles; everyone else joins as a viewer.
 *
 * <p>Matching ignores case, blanks, {@code _} and {@code -} ({@code Teaching Assistant} = {@code teachingassistant}).
 * LTI role URIs match by their last segment, after {@code #} or else the last {@code /}
 * ({@code http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor}, {@code urn:lti:role:ims/lis/Instructor},
 * {@code …/membership/Instructor#TeachingAssistant}). LTI <em>institution</em> roles
 * ({@code …/lis/v2/institution/person#…}, {@code urn:lti:instrole:…}) are ignored: they describe the person's
 * job at the institution, not their role in this course. Immutable and thread-safe.
 */
public final class RoleMapping {
    /** Instructor-like roles of Moodle, Sakai, Canvas-style LMSs and LTI (context and system roles). */
    public static final List<String> DEFAULT_MODERATOR_ROLES = List.of(
            "Instructor", "Teacher", "EditingTeacher", "TeachingAssistant", "ContentDeveloper", "Manager",
            "Administrator");

    private final Set<String> moderatorRoles;

    /** @param moderatorRoles role names or LTI role URIs that make a moderator */
    public RoleMapping(Collection<String> moderatorRoles) {
        this.moderatorRoles = moderatorRoles.stream().map(RoleMapping::key).filter(k -> !k.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The user's role in the meeting. */
    public Role roleOf(LmsUser user) {
        return user.roles().stream().map(RoleMapping::key).anyMatch(moderatorRoles::contains)
                ? Role.MODERATOR : Role.VIEWER;
    }

    /** The comparable form of a role name or URI; empty for a role that never matches. */
    public static String key(String role) {
        String r = role.trim();
        String lower = r.toLowerCase(Locale.ROOT);
        if (lower.startsWith("urn:lti:instrole:") || lower.contains("/lis/v2/institution/")) {
            return "";
        }
        if (lower.contains("://") || lower.startsWith("urn:")) {
            int hash = r.lastIndexOf('#');
            r = hash >= 0 ? r.substring(hash + 1) : r.substring(r.lastIndexOf('/') + 1);
        }
        return r.toLowerCase(Locale.ROOT).replaceAll("[\\s_-]", "");
    }

    @Override
    public String toString() {
        return "RoleMapping[moderatorRoles=" + moderatorRoles + "]";
    }
}
