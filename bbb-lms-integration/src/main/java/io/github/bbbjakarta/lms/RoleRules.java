package io.github.bbbjakarta.lms;

import io.github.bbbjakarta.api.Role;
import io.github.bbbjakarta.lms.internal.Require;
import io.github.bbbjakarta.lms.internal.RoleMapping;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Who joins an activity's meeting as MODERATOR or VIEWER, like Moodle's participant list and Sakai's meeting
 * participants: rules by user (LMS user ID), by section or group, by LMS role, and one for everyone. Immutable and
 * thread-safe; each {@code with…} method returns a new set of rules, a later rule for the same user, section or
 * role replacing the earlier one.
 *
 * <p><b>Precedence</b> (Sakai's order, first decision wins):
 * <ol>
 * <li>the activity's owner is always MODERATOR (see {@link Activity#withOwner(String)});</li>
 * <li>a rule for the user's LMS user ID;</li>
 * <li>rules for the user's LMS roles and for the sections or groups the user belongs to, taken together: if any
 * of them says MODERATOR the user moderates, else if any says VIEWER the user views;</li>
 * <li>the rule for everyone;</li>
 * <li>otherwise VIEWER.</li>
 * </ol>
 * So a user rule can make one instructor a viewer, and an "everyone moderates" rule still leaves an explicitly
 * listed student a viewer. Role rules match like {@code bbb.lms.moderator-roles}: case, blanks, {@code _} and
 * {@code -} ignored, LTI role URIs by their last segment, LTI institution roles never.
 */
public final class RoleRules {
    private static final RoleRules NONE = new RoleRules(Map.of(), Map.of(), Map.of(), null);

    private final Map<String, Role> users;
    private final Map<String, Role> sections;
    private final Map<String, Role> lmsRoles;
    private final Role everyone;

    private RoleRules(Map<String, Role> users, Map<String, Role> sections, Map<String, Role> lmsRoles, Role everyone) {
        this.users = users;
        this.sections = sections;
        this.lmsRoles = lmsRoles;
        this.everyone = everyone;
    }

    /** No rules: everyone but the owner is a viewer. */
    public static RoleRules none() {
        return NONE;
    }

    /** Rules under which these LMS roles moderate (what {@code bbb.lms.moderator-roles} configures). */
    public static RoleRules moderatorRoles(Collection<String> roles) {
        RoleRules r = NONE;
        for (String role : roles) {
            r = r.withLmsRole(role, Role.MODERATOR);
        }
        return r;
    }

    /**
     * These rules plus one for a user.
     *
     * @param userId the LMS user ID (join's {@code userID})
     * @throws IllegalArgumentException if blank
     */
    public RoleRules withUser(String userId, Role role) {
        return new RoleRules(put(users, Require.nonBlank("user id", userId), role), sections, lmsRoles, everyone);
    }

    /**
     * These rules plus one for the members of a section or group.
     *
     * @throws IllegalArgumentException if the section ID is blank
     */
    public RoleRules withSection(String sectionId, Role role) {
        return new RoleRules(users, put(sections, Require.nonBlank("section id", sectionId), role), lmsRoles, everyone);
    }

    /**
     * These rules plus one for an LMS role: a name ({@code Teacher}) or an LTI role URI.
     *
     * @throws IllegalArgumentException if blank or an LTI institution role (which never matches)
     */
    public RoleRules withLmsRole(String lmsRole, Role role) {
        String key = RoleMapping.key(Require.nonBlank("LMS role", lmsRole));
        if (key.isEmpty()) {
            throw new IllegalArgumentException("LMS role " + lmsRole + " never matches: LTI institution roles describe"
                    + " the person, not their role in the course");
        }
        return new RoleRules(users, sections, put(lmsRoles, key, role), everyone);
    }

    /** These rules with the rule for everyone. */
    public RoleRules withEveryone(Role role) {
        return new RoleRules(users, sections, lmsRoles, Objects.requireNonNull(role, "role"));
    }

    /**
     * The role these rules give, without the owner rule and the final VIEWER default.
     *
     * @param user       who joins
     * @param sectionIds the sections or groups the user belongs to
     * @return empty when no rule matches
     */
    public Optional<Role> decide(LmsUser user, Set<String> sectionIds) {
        Role byUser = users.get(user.id());
        if (byUser != null) {
            return Optional.of(byUser);
        }
        Role byMembership = null;
        for (String r : user.roles()) {
            byMembership = stronger(byMembership, lmsRoles.get(RoleMapping.key(r)));
        }
        for (String s : sectionIds) {
            byMembership = stronger(byMembership, sections.get(s));
        }
        return byMembership != null ? Optional.of(byMembership) : Optional.ofNullable(everyone);
    }

    /** The rules by LMS user ID. */
    public Map<String, Role> users() {
        return users;
    }

    /** The rules by section or group ID. */
    public Map<String, Role> sections() {
        return sections;
    }

    /** The rules by LMS role, keyed by the role's comparable form (lower case, no blanks, {@code _} or {@code -}). */
    public Map<String, Role> lmsRoles() {
        return lmsRoles;
    }

    /** The rule for everyone, if any. */
    public Optional<Role> everyone() {
        return Optional.ofNullable(everyone);
    }

    private static Role stronger(Role a, Role b) {
        if (a == Role.MODERATOR || b == Role.MODERATOR) {
            return Role.MODERATOR;
        }
        return a != null ? a : b;
    }

    private static Map<String, Role> put(Map<String, Role> map, String key, Role role) {
        Map<String, Role> copy = new LinkedHashMap<>(map);
        copy.put(key, Objects.requireNonNull(role, "role"));
        return Collections.unmodifiableMap(copy);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RoleRules r && users.equals(r.users) && sections.equals(r.sections)
                && lmsRoles.equals(r.lmsRoles) && Objects.equals(everyone, r.everyone);
    }

    @Override
    public int hashCode() {
        return Objects.hash(users, sections, lmsRoles, everyone);
    }

    @Override
    public String toString() {
        return "RoleRules[users=" + users + ", sections=" + sections + ", lmsRoles=" + lmsRoles + ", everyone="
                + everyone + "]";
    }
}
