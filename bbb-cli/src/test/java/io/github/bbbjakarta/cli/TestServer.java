package io.github.bbbjakarta.cli;

import io.github.bbbjakarta.simulator.BbbSimulatorExtension;

import java.util.Map;

/** The simulator every test class starts with a known secret, and the environment that points bbb-cli at it. */
final class TestServer {
    static final String SECRET = "cli-test-secret-4f1e9a7c";

    private TestServer() {
    }

    /** One simulator per test class, reset after each test. */
    static BbbSimulatorExtension extension() {
        return BbbSimulatorExtension.withSecret(SECRET);
    }

    /** {@code BBB_URL} and {@code BBB_SECRET} of the simulator. */
    static Map<String, String> environment(BbbSimulatorExtension sim) {
        return Map.of("BBB_URL", sim.apiUrl().toString(), "BBB_SECRET", SECRET);
    }

    /** The environment with {@code BBB_CHECKSUM} set too. */
    static Map<String, String> environment(BbbSimulatorExtension sim, String checksum) {
        return Map.of("BBB_URL", sim.apiUrl().toString(), "BBB_SECRET", SECRET, "BBB_CHECKSUM", checksum);
    }
}
