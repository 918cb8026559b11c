package io.github.bbbjakarta.api;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the server would reject fails in the builder, naming the parameter. */
class RequestValidationTest {

    private static String param(CreateMeetingRequest r, String name) {
        return r.parameters().stream().filter(e -> e.getKey().equals(name)).map(Map.Entry::getValue).findFirst().orElse(null);
    }

    @Test
    void meetingIdRules() {
        assertEquals("meetingID", assertThrows(BbbParameterException.class, () -> CreateMeetingRequest.builder("a", "Name")).parameter());
        assertEquals("meetingID", assertThrows(BbbParameterException.class, () -> CreateMeetingRequest.builder("x".repeat(257), "Name")).parameter());
        assertEquals("meetingID", assertThrows(BbbParameterException.class, () -> CreateMeetingRequest.builder("a,b", "Name")).parameter());
        assertEquals("meetingID", assertThrows(BbbParameterException.class, () -> CreateMeetingRequest.builder(" ab", "Name")).parameter());
        assertEquals("meetingID", assertThrows(BbbParameterException.class, () -> CreateMeetingRequest.builder(null, "Name")).parameter());
        CreateMeetingRequest.builder("x".repeat(256), "Name").build();
    }

    @Test
    void nameAndPasswordRules() {
        assertEquals("name", assertThrows(BbbParameterException.class, () -> CreateMeetingRequest.builder("abc", "N")).parameter());
        assertEquals("name", assertThrows(BbbParameterException.class, () -> CreateMeetingRequest.builder("abc", "n".repeat(257))).parameter());
        assertEquals("moderatorPW", assertThrows(BbbParameterException.class,
                () -> CreateMeetingRequest.builder("abc", "Name").moderatorPW("x")).parameter());
        assertEquals("attendeePW", assertThrows(BbbParameterException.class,
                () -> CreateMeetingRequest.builder("abc", "Name").attendeePW("x".repeat(65))).parameter());
    }

    @Test
    void numbersUrlsAndMetadataKeys() {
        assertEquals("duration", assertThrows(BbbParameterException.class,
                () -> CreateMeetingRequest.builder("abc", "Name").duration(-1)).parameter());
        assertEquals("logoutURL", assertThrows(BbbParameterException.class,
                () -> CreateMeetingRequest.builder("abc", "Name").logoutURL("not a url")).parameter());
        assertEquals("meta_bbb_origin", assertThrows(BbbParameterException.class,
                () -> CreateMeetingRequest.builder("abc", "Name").meta("bbb_origin", "x")).parameter());
        assertEquals("checksum", assertThrows(BbbParameterException.class,
                () -> CreateMeetingRequest.builder("abc", "Name").param("checksum", "x")).parameter());
        assertEquals("userdata-a-b", assertThrows(BbbParameterException.class,
                () -> JoinMeetingRequest.builder("abc", "Ada", Role.VIEWER).userdata("a-b", "x")).parameter());
        assertEquals("fullName", assertThrows(BbbParameterException.class,
                () -> JoinMeetingRequest.builder("abc", "", Role.VIEWER)).parameter());
    }

    @Test
    void deprecatedSettingsStillTakeEffectThroughDisabledFeatures() {
        CreateMeetingRequest r = CreateMeetingRequest.builder("abc", "Name").learningDashboardEnabled(false)
                .virtualBackgroundsDisabled(true).disabledFeatures(Feature.POLLS).build();
        assertEquals("false", param(r, "learningDashboardEnabled"));
        assertEquals("true", param(r, "virtualBackgroundsDisabled"));
        assertEquals("learningDashboard,polls,virtualBackgrounds", param(r, "disabledFeatures"));

        CreateMeetingRequest enabled = CreateMeetingRequest.builder("abc", "Name").learningDashboardEnabled(true)
                .virtualBackgroundsDisabled(false).build();
        assertEquals(null, param(enabled, "disabledFeatures"));
    }

    @Test
    void rawParamOverridesTheTypedValue() {
        CreateMeetingRequest r = CreateMeetingRequest.builder("abc", "Name").disabledFeatures(Feature.CHAT)
                .param("disabledFeatures", "chat,quizzes").param("futureParam", "1").build();
        assertEquals("chat,quizzes", param(r, "disabledFeatures"));
        assertEquals("1", param(r, "futureParam"));
        assertEquals(1, r.parameters().stream().filter(e -> e.getKey().equals("disabledFeatures")).count());
    }

    @Test
    void groupsAreSentAsJson() {
        CreateMeetingRequest r = CreateMeetingRequest.builder("abc", "Name").groups(List.of(
                BreakoutGroup.of("1", "Group \"A\"", List.of("u1", "u2")), new BreakoutGroup("2", null, List.of()))).build();
        assertEquals("[{\"id\":\"1\",\"name\":\"Group \\\"A\\\"\",\"roster\":[\"u1\",\"u2\"]},{\"id\":\"2\",\"roster\":[]}]",
                param(r, "groups"));
    }

    @Test
    void passwordsStayOutOfToString() {
        CreateMeetingRequest r = CreateMeetingRequest.builder("abc", "Name").moderatorPW("mod-secret").build();
        assertFalse(r.toString().contains("mod-secret"));
        JoinMeetingRequest j = JoinMeetingRequest.withPassword("abc", "Ada", "mod-secret").build();
        assertFalse(j.toString().contains("mod-secret"));
        assertTrue(j.toString().contains("password=***"));
    }
}
