package io.github.bbbjakarta.cdi.internal;

import io.github.bbbjakarta.api.ChecksumAlgorithm;
import io.github.bbbjakarta.cdi.BbbConfigurationException;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

class BbbSettingsTest {
    private static BbbSettings.Result read(Map<String, String> values) {
        return BbbSettings.read(new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(values, "test", 400)).build());
    }

    @Test
    void defaultsAndNoSecretInToString() {
        BbbSettings s = read(Map.of("bbb.url", "https://bbb.example.com", "bbb.secret", "s3cr3t-value")).orThrow();
        assertEquals(ChecksumAlgorithm.SHA256, s.checksum());
        assertEquals(Duration.ofSeconds(5), s.connectTimeout());
        assertEquals(Duration.ofSeconds(15), s.readTimeout());
        assertFalse(s.toString().contains("s3cr3t-value"), s.toString());
    }

    @Test
    void orThrowGivesTheFirstProblem() {
        BbbConfigurationException e = assertThrows(BbbConfigurationException.class, () -> read(Map.of()).orThrow());
        assertEquals("bbb.url", e.property());
        assertEquals(2, read(Map.of()).problems().size());
        assertEquals(0, e.getStackTrace().length, "configuration problems carry no stack trace");
    }

    @Test
    void environmentVariableNames() {
        assertEquals("BBB_CONNECT_TIMEOUT", BbbConfigurationException.environmentVariable("bbb.connect-timeout"));
        assertEquals("BBB_LMS_MEETING_ID_KEY", BbbConfigurationException.environmentVariable("bbb.lms.meeting-id-key"));
    }
}
