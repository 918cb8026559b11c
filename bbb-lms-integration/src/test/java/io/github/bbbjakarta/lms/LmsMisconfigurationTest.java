package io.github.bbbjakarta.lms;

import io.github.bbbjakarta.cdi.TestContainer;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** bbb.lms.* problems stop the deployment, name the property and never show the key. */
class LmsMisconfigurationTest {
    private static final String SECRET = "lms-misconfig-secret";

    private static String deploymentFailure(Map<String, String> extra) {
        Map<String, String> config = new HashMap<>(Map.of(
                "bbb.url", "https://bbb.example.com/bigbluebutton/", "bbb.secret", SECRET));
        config.putAll(extra);
        String message = TestContainer.deploymentFailure(config);
        assertFalse(message.contains(SECRET), message);
        return message;
    }

    @Test
    void missingMeetingIdKey() {
        String message = deploymentFailure(Map.of());
        assertTrue(message.contains("bbb.lms.meeting-id-key is not set: set it in microprofile-config.properties or"
                + " the BBB_LMS_MEETING_ID_KEY environment variable"), message);
    }

    @Test
    void shortMeetingIdKeyIsNotPrinted() {
        String key = "short-k3y";
        String message = deploymentFailure(Map.of("bbb.lms.meeting-id-key", key));
        assertTrue(message.contains("bbb.lms.meeting-id-key is invalid: is too short"), message);
        assertFalse(message.contains(key), message);
    }

    @Test
    void badPrefix() {
        String key = "a-long-enough-meeting-id-key-123";
        String message = deploymentFailure(Map.of("bbb.lms.meeting-id-key", key,
                "bbb.lms.meeting-id-prefix", "my room/"));
        assertTrue(message.contains("bbb.lms.meeting-id-prefix is invalid: 'my room/' must be at most 21 of the"
                + " characters A-Z a-z 0-9 - _"), message);
        assertFalse(message.contains(key), message);
    }

    @Test
    void bbbCdiProblemsAreReportedToo() {
        String message = deploymentFailure(Map.of("bbb.url", "https://bbb.example.com/nowhere"));
        assertTrue(message.contains("bbb.url is invalid"), message);
        assertTrue(message.contains("bbb.lms.meeting-id-key is not set"), message);
    }

    private static final String KEY = "a-long-enough-meeting-id-key-123";

    @Test
    void meetingIdKeyWithACommentAfterItIsRefusedWithoutShowingIt() {
        String message = deploymentFailure(Map.of("bbb.lms.meeting-id-key", KEY + "   # openssl rand -base64 32"));
        assertTrue(message.contains("bbb.lms.meeting-id-key is invalid: contains whitespace or '#': a comment after"
                + " the value? Put comments on their own line; set it in microprofile-config.properties or the"
                + " BBB_LMS_MEETING_ID_KEY environment variable"), message);
        assertFalse(message.contains(KEY), message);
        assertFalse(message.contains("openssl"), message);
    }

    @Test
    void meetingIdKeyWithATrailingBlankIsRefused() {
        String message = deploymentFailure(Map.of("bbb.lms.meeting-id-key", KEY + " "));
        assertTrue(message.contains("bbb.lms.meeting-id-key is invalid: has leading or trailing blanks"), message);
        assertFalse(message.contains(KEY), message);
    }

    @Test
    void moderatorRolesWithACommentAfterThemAreRefused() {
        String message = deploymentFailure(Map.of("bbb.lms.meeting-id-key", KEY,
                "bbb.lms.moderator-roles", "Instructor,Teacher,TeachingAssistant   # the default list is longer"));
        assertTrue(message.contains("bbb.lms.moderator-roles is invalid: contains ' #': a comment after the value?"
                + " Put comments on their own line; set it in microprofile-config.properties or the"
                + " BBB_LMS_MODERATOR_ROLES environment variable"), message);
        assertFalse(message.contains("the default list"), message);
        assertFalse(message.contains(KEY), message);
    }

    @Test
    void originWithACommentAfterItIsRefused() {
        String message = deploymentFailure(Map.of("bbb.lms.meeting-id-key", KEY,
                "bbb.lms.origin", "MyLMS                 # bbb-origin metadata"));
        assertTrue(message.contains("bbb.lms.origin is invalid: contains ' #': a comment after the value?"), message);
        assertFalse(message.contains("bbb-origin metadata"), message);
    }
}
