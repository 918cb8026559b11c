package io.github.bbbjakarta.cdi;

import io.github.bbbjakarta.api.BigBlueButtonClient;
import io.github.bbbjakarta.api.ChecksumAlgorithm;
import io.github.bbbjakarta.simulator.BbbSimulatorExtension;
import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The configuration is read through MicroProfile Config from any of its sources. */
class ConfigurationTest {
    private static final String SECRET = "config-test-secret-1c9d";

    @RegisterExtension
    static final BbbSimulatorExtension SIM = BbbSimulatorExtension.withSecret(SECRET);

    @AfterEach
    void clearSystemProperties() {
        for (String key : new String[]{"bbb.url", "bbb.secret", "bbb.checksum", "bbb.hooks-checksum", "bbb.connect-timeout", "bbb.read-timeout", "bbb.call-timeout"}) {
            System.clearProperty(key);
        }
    }

    @Test
    void environmentVariablesThroughMicroProfileConfigMapping() {
        Map<String, String> env = Map.of(
                "BBB_URL", SIM.apiUrl().toString(),
                "BBB_SECRET", SECRET,
                "BBB_CHECKSUM", "SHA384",
                "BBB_CONNECT_TIMEOUT", "PT2S",
                "BBB_READ_TIMEOUT", "3000");
        try (TestContainer cdi = TestContainer.withEnvironment(env)) {
            assertEquals(ChecksumAlgorithm.SHA384, cdi.get(BigBlueButtonClient.class).checksumAlgorithm());
            cdi.get(MeetingService.class).checkConnection();
            assertEquals(96, SIM.control().requests("isMeetingRunning").get(0).param("checksum").orElseThrow().length());
        }
    }

    @Test
    void hooksChecksumIsItsOwnSettingSha1ByDefault() {
        Map<String, String> env = Map.of("BBB_URL", SIM.apiUrl().toString(), "BBB_SECRET", SECRET);
        try (TestContainer cdi = TestContainer.withEnvironment(env)) {
            BigBlueButtonClient client = cdi.get(BigBlueButtonClient.class);
            assertEquals(ChecksumAlgorithm.SHA256, client.checksumAlgorithm());
            assertEquals(ChecksumAlgorithm.SHA1, client.hooksChecksumAlgorithm());
        }
        SIM.control().clearRequests();
        Map<String, String> sha512 = Map.of("BBB_URL", SIM.apiUrl().toString(), "BBB_SECRET", SECRET,
                "BBB_HOOKS_CHECKSUM", "sha512");
        try (TestContainer cdi = TestContainer.withEnvironment(sha512)) {
            cdi.get(BigBlueButtonClient.class).hooks().list();
            assertEquals(128, SIM.control().requests("hooks/list").get(0).param("checksum").orElseThrow().length(),
                    "hooks/list signed with sha512 and accepted");
        }
    }

    @Test
    void systemProperties() {
        System.setProperty("bbb.url", SIM.simulator().baseUrl().toString());
        System.setProperty("bbb.secret", SECRET);
        System.setProperty("bbb.checksum", "sha1");
        System.setProperty("bbb.read-timeout", "2s");
        try (TestContainer cdi = TestContainer.withDefaultConfig()) {
            BigBlueButtonClient client = cdi.get(BigBlueButtonClient.class);
            assertEquals(SIM.apiUrl(), client.apiUrl(), "https://host form is normalised to the API base");
            assertEquals(ChecksumAlgorithm.SHA1, client.checksumAlgorithm());
            cdi.get(MeetingService.class).checkConnection();
        }
    }

    @Test
    void propertiesOverrideEnvironmentVariables() {
        try (TestContainer cdi = TestContainer.start(List.of(
                new EnvConfigSource(Map.of("BBB_URL", "https://wrong.invalid/bigbluebutton/", "BBB_SECRET", SECRET,
                        "BBB_CHECKSUM", "sha1"), 300),
                new PropertiesConfigSource(Map.of("bbb.url", SIM.apiUrl().toString()), "props", 400)))) {
            BigBlueButtonClient client = cdi.get(BigBlueButtonClient.class);
            assertEquals(SIM.apiUrl(), client.apiUrl());
            assertEquals(ChecksumAlgorithm.SHA1, client.checksumAlgorithm());
            cdi.get(MeetingService.class).checkConnection();
        }
    }
}
