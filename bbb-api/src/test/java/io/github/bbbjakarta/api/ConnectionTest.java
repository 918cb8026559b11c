package io.github.bbbjakarta.api;

import io.github.bbbjakarta.simulator.BbbSimulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** checkConnection over real HTTP: version, secret and algorithm acceptance. */
class ConnectionTest {
    private static final String SECRET = "connection-test-secret";

    @Test
    void reportsTheServersVersion() {
        try (BbbSimulator sim = BbbSimulator.builder().secret(SECRET).build().start();
             BigBlueButtonClient client = BigBlueButtonClient.create(sim.apiUrl().toString(), SECRET)) {
            ApiVersion version = client.checkConnection();
            assertEquals("2.0", version.version());
            assertEquals("2.0", version.apiVersion());
            assertTrue(version.isBbb3OrLater());
            assertTrue(version.bbbRelease().isEmpty());
            assertEquals(2, sim.control().requests().size(), "the root and one signed probe");
            assertEquals("SUCCESS", sim.control().requests().get(1).outcome());
        }
    }

    @ParameterizedTest
    @EnumSource(ChecksumAlgorithm.class)
    void everyAlgorithmIsAcceptedByA30Server(ChecksumAlgorithm algorithm) {
        try (BbbSimulator sim = BbbSimulator.builder().secret(SECRET).build().start();
             BigBlueButtonClient client = BigBlueButtonClient.builder(sim.apiUrl().toString(), SECRET)
                     .checksumAlgorithm(algorithm).build()) {
            client.checkConnection();
        }
    }

    @Test
    void aWrongSecretIsAChecksumErrorThatDoesNotShowTheSecret() {
        try (BbbSimulator sim = BbbSimulator.builder().secret(SECRET).build().start();
             BigBlueButtonClient client = BigBlueButtonClient.create(sim.apiUrl().toString(), "not-the-secret")) {
            BbbApiException e = assertThrows(BbbApiException.class, client::checkConnection);
            assertTrue(e.isChecksumError());
            assertEquals("isMeetingRunning", e.call());
            assertEquals("Checksums do not match", e.serverMessage());
            assertFalse(e.getMessage().contains("not-the-secret"));
            assertFalse(e.getMessage().contains(SECRET));
        }
    }

    @Test
    void anAlgorithmTheServerDoesNotAcceptIsAChecksumError() {
        try (BbbSimulator sim = BbbSimulator.builder().secret(SECRET).supportedChecksumAlgorithms("sha1").build().start();
             BigBlueButtonClient sha256 = BigBlueButtonClient.create(sim.apiUrl().toString(), SECRET);
             BigBlueButtonClient sha1 = BigBlueButtonClient.builder(sim.apiUrl().toString(), SECRET)
                     .checksumAlgorithm(ChecksumAlgorithm.SHA1).build()) {
            assertTrue(assertThrows(BbbApiException.class, sha256::checkConnection).isChecksumError());
            sha1.checkConnection();
        }
    }
}
