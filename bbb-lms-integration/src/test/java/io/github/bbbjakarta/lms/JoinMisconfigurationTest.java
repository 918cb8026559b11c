package io.github.bbbjakarta.lms;

import io.github.bbbjakarta.cdi.TestContainer;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Problems with the join settings stop the deployment, name the property and never show the guest-link key. */
class JoinMisconfigurationTest {
    private static final String KEY = "a-long-enough-meeting-id-key-123";

    private static String deploymentFailure(Map<String, String> extra) {
        Map<String, String> config = new HashMap<>(Map.of("bbb.url", "https://bbb.example.com/bigbluebutton/",
                "bbb.secret", "join-misconfig-secret", "bbb.lms.meeting-id-key", KEY));
        config.putAll(extra);
        String message = TestContainer.deploymentFailure(config);
        assertFalse(message.contains(KEY), message);
        return message;
    }

    @Test
    void shortGuestLinkKeyIsNotPrinted() {
        String message = deploymentFailure(Map.of("bbb.lms.guest-link-key", "sh0rt-k3y"));
        assertTrue(message.contains("bbb.lms.guest-link-key is invalid: is too short"), message);
        assertFalse(message.contains("sh0rt-k3y"), message);
    }

    @Test
    void guestLinkKeyWithACommentIsNotPrinted() {
        String guestKey = "a-long-enough-guest-link-key-456";
        String message = deploymentFailure(Map.of("bbb.lms.guest-link-key", guestKey + "  # rotate monthly"));
        assertTrue(message.contains("bbb.lms.guest-link-key is invalid"), message);
        assertFalse(message.contains(guestKey), message);
    }

    @Test
    void badDurationsAndBooleans() {
        String message = deploymentFailure(Map.of("bbb.lms.moderator-early-join", "a quarter",
                "bbb.lms.wait-for-moderator", "yes please", "bbb.lms.meeting-info-cache-ttl", "5m",
                "bbb.lms.wait-poll-interval", "0"));
        assertTrue(message.contains("bbb.lms.moderator-early-join is invalid: 'a quarter' is not a duration"), message);
        assertTrue(message.contains("bbb.lms.wait-for-moderator is invalid: 'yes please' must be true or false"), message);
        assertTrue(message.contains("bbb.lms.meeting-info-cache-ttl is invalid: must be at most 60s"), message);
        assertTrue(message.contains("bbb.lms.wait-poll-interval is invalid: must be more than 0"), message);
    }

    @Test
    void scheduleAndSettingsRefuseNonsense() {
        Instant t = Instant.parse("2026-03-02T09:00:00Z");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Schedule.between(t, t));
        assertTrue(e.getMessage().contains("closesAt"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> JoinSettings.defaults().withModeratorEarlyJoin(Duration.ofMinutes(-1)));
        assertTrue(Schedule.ALWAYS_OPEN.opensAt().isEmpty());
        assertTrue(Schedule.ALWAYS_OPEN.closesAt().isEmpty());
    }
}
