package io.github.bbbjakarta.lms;

import io.github.bbbjakarta.api.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

import static io.github.bbbjakarta.api.Role.MODERATOR;
import static io.github.bbbjakarta.api.Role.VIEWER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The precedence of {@link RoleRules}: user, then LMS role and section together (moderator wins), then everyone. */
class RoleRulesTest {
    /** Teachers moderate, students view, section s1 moderates, u-ta moderates, u-bad views, everyone else views. */
    private static final RoleRules RULES = RoleRules.none()
            .withLmsRole("Teacher", MODERATOR)
            .withLmsRole("http://purl.imsglobal.org/vocab/lis/v2/membership#Learner", VIEWER)
            .withSection("s1", MODERATOR)
            .withSection("s2", VIEWER)
            .withUser("u-ta", MODERATOR)
            .withUser("u-bad", VIEWER)
            .withEveryone(VIEWER);

    private static String decide(RoleRules rules, String user, String roles, String sections) {
        LmsUser u = new LmsUser(user, "Name", split(roles), split(sections));
        return rules.decide(u, u.sectionIds()).map(Role::name).orElse("none");
    }

    private static Set<String> split(String list) {
        return list == null ? Set.of() : Set.copyOf(Arrays.asList(list.split(" ")));
    }

    @ParameterizedTest(name = "{0} roles [{1}] sections [{2}] -> {3}")
    @CsvSource({
            // user rule first, whatever the roles and sections say
            "u-ta,   Learner,  s2,  MODERATOR",
            "u-bad,  Teacher,  s1,  VIEWER",
            // then LMS role and section rules together: any MODERATOR wins
            "u-1,    Teacher,  ,    MODERATOR",
            "u-1,    teacher,  s2,  MODERATOR",
            "u-1,    Learner,  s1,  MODERATOR",
            "u-1,    urn:lti:role:ims/lis/Learner,  ,  VIEWER",
            "u-1,    ,         s2,  VIEWER",
            // then everyone
            "u-1,    Guest,    s9,  VIEWER",
            "u-1,    ,         ,    VIEWER"})
    void precedence(String user, String roles, String sections, String expected) {
        assertEquals(expected, decide(RULES, user, roles, sections));
    }

    @ParameterizedTest(name = "{0} roles [{1}] -> {2} when everyone moderates")
    @CsvSource({
            "u-1,   ,         MODERATOR",
            "u-1,   Learner,  VIEWER",
            "u-bad, ,         VIEWER",
            "u-1,   Teacher,  MODERATOR"})
    void everyoneModeratesExceptThoseRuledOtherwise(String user, String roles, String expected) {
        assertEquals(expected, decide(RULES.withEveryone(MODERATOR), user, roles, null));
    }

    @Test
    void noRuleNoDecision() {
        assertEquals("none", decide(RoleRules.none(), "u", "Teacher", "s1"));
        assertEquals(Optional.empty(), RoleRules.none().everyone());
    }

    @Test
    void laterRuleForTheSameKeyReplacesTheEarlier() {
        RoleRules r = RoleRules.none().withUser("u", MODERATOR).withUser("u", VIEWER)
                .withLmsRole("Teaching Assistant", VIEWER).withLmsRole("teaching_assistant", MODERATOR);
        assertEquals("VIEWER", decide(r, "u", null, null));
        assertEquals("MODERATOR", decide(r, "x", "TeachingAssistant", null));
        assertEquals(1, r.lmsRoles().size());
    }

    @Test
    void institutionRolesAndBlanksAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RoleRules.none()
                .withLmsRole("http://purl.imsglobal.org/vocab/lis/v2/institution/person#Instructor", MODERATOR));
        assertEquals(true, e.getMessage().contains("never matches"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> RoleRules.none().withUser(" ", MODERATOR));
        assertThrows(IllegalArgumentException.class, () -> RoleRules.none().withSection("", MODERATOR));
        assertThrows(NullPointerException.class, () -> RoleRules.none().withEveryone(null));
    }

    @Test
    void rulesAreValues() {
        assertEquals(RoleRules.none().withUser("u", MODERATOR), RoleRules.none().withUser("u", MODERATOR));
        assertEquals(RoleRules.moderatorRoles(java.util.List.of("Teacher")),
                RoleRules.none().withLmsRole("teacher", MODERATOR));
    }
}
