package io.github.bbbjakarta.lms.internal;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LmsSettingsTest {
    private static final String KEY = "a-long-enough-meeting-id-key-123";

    private static LmsSettings read(Map<String, String> values) {
        return LmsSettings.read(new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(values, "test", 400)).build()).orThrow();
    }

    @Test
    void roleEntriesAreTrimmedAndMayHoldBlanksOrAnLtiFragment() {
        LmsSettings s = read(Map.of("bbb.lms.meeting-id-key", KEY, "bbb.lms.moderator-roles",
                " Instructor ,Teaching Assistant,  http://purl.imsglobal.org/vocab/lis/v2/membership#Mentor  ,"));
        assertEquals(List.of("Instructor", "Teaching Assistant",
                "http://purl.imsglobal.org/vocab/lis/v2/membership#Mentor"), s.moderatorRoles());
    }

    @Test
    void textSettingsAreTrimmed() {
        LmsSettings s = read(Map.of("bbb.lms.meeting-id-key", KEY, "bbb.lms.origin", "MyLMS   ",
                "bbb.lms.origin-version", " 4.5#build7 "));
        assertEquals("MyLMS", s.origin());
        assertEquals(Optional.of("4.5#build7"), s.originVersion());
        assertEquals(RoleMapping.DEFAULT_MODERATOR_ROLES, s.moderatorRoles());
    }

    @Test
    void everyoneRoleAndOriginSettings() {
        LmsSettings s = read(Map.of("bbb.lms.meeting-id-key", KEY, "bbb.lms.everyone-role", " Viewer ",
                "bbb.lms.origin-server-common-name", "Example U", "bbb.lms.origin-tag", "my-plugin (1.2)"));
        assertEquals(Optional.of(io.github.bbbjakarta.api.Role.VIEWER), s.everyoneRole());
        assertEquals(Optional.of("Example U"), s.originServerCommonName());
        assertEquals("my-plugin (1.2)", s.originTag());
        LmsSettings defaults = read(Map.of("bbb.lms.meeting-id-key", KEY));
        assertEquals(Optional.empty(), defaults.everyoneRole());
        assertEquals(Optional.empty(), defaults.originServerCommonName());
        assertEquals("bbb-jakarta-lms", defaults.originTag());
    }

    @Test
    void unknownEveryoneRoleIsAProblemNamingTheProperty() {
        LmsSettings.Result r = LmsSettings.read(new SmallRyeConfigBuilder().withSources(new PropertiesConfigSource(
                Map.of("bbb.lms.meeting-id-key", KEY, "bbb.lms.everyone-role", "teacher"), "test", 400)).build());
        assertEquals(1, r.problems().size());
        String message = r.problems().get(0).getMessage();
        org.junit.jupiter.api.Assertions.assertTrue(message.contains("bbb.lms.everyone-role")
                && message.contains("MODERATOR or VIEWER"), message);
    }
}
