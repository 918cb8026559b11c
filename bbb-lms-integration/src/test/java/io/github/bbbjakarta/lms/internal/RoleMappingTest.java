package io.github.bbbjakarta.lms.internal;

import io.github.bbbjakarta.api.Role;
import io.github.bbbjakarta.lms.LmsUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RoleMappingTest {
    private final RoleMapping defaults = new RoleMapping(RoleMapping.DEFAULT_MODERATOR_ROLES);

    private Role role(RoleMapping mapping, String... roles) {
        return mapping.roleOf(new LmsUser("u1", "User One", Set.of(roles)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Instructor", "instructor", "TEACHER", "editingteacher", "Teaching Assistant",
            "teaching_assistant", "TeachingAssistant", "ContentDeveloper", "manager", "Administrator",
            "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor",
            "http://purl.imsglobal.org/vocab/lis/v2/membership/Instructor#TeachingAssistant",
            "http://purl.imsglobal.org/vocab/lis/v2/membership#ContentDeveloper",
            "http://purl.imsglobal.org/vocab/lis/v2/system/person#Administrator",
            "urn:lti:role:ims/lis/Instructor", "urn:lti:role:ims/lis/Instructor/TeachingAssistant",
            "urn:lti:sysrole:ims/lis/Administrator"})
    void instructorLikeRolesModerate(String lmsRole) {
        assertEquals(Role.MODERATOR, role(defaults, lmsRole));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Student", "Learner", "guest", "Mentor",
            "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner",
            "http://purl.imsglobal.org/vocab/lis/v2/membership/Manager#Observer",
            "urn:lti:role:ims/lis/Learner",
            "http://purl.imsglobal.org/vocab/lis/v2/institution/person#Instructor",
            "http://purl.imsglobal.org/vocab/lis/v2/institution/person#Administrator",
            "urn:lti:instrole:ims/lis/Instructor"})
    void othersView(String lmsRole) {
        assertEquals(Role.VIEWER, role(defaults, lmsRole));
    }

    @Test
    void anyModeratorRoleWins() {
        assertEquals(Role.MODERATOR, role(defaults, "Learner", "Instructor"));
        assertEquals(Role.VIEWER, role(defaults));
    }

    @Test
    void institutionInstructorWhoLearnsHereIsAViewer() {
        assertEquals(Role.VIEWER, role(defaults, "http://purl.imsglobal.org/vocab/lis/v2/institution/person#Instructor",
                "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner"));
    }

    @Test
    void configuredRolesReplaceTheDefaults() {
        RoleMapping custom = new RoleMapping(List.of("Mentor", "maintain"));
        assertEquals(Role.MODERATOR, role(custom, "Maintain"));
        assertEquals(Role.MODERATOR, role(custom, "http://purl.imsglobal.org/vocab/lis/v2/membership#Mentor"));
        assertEquals(Role.VIEWER, role(custom, "Instructor"));
    }
}
