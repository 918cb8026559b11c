package io.github.bbbjakarta.api;

import io.github.bbbjakarta.simulator.BbbSimulatorExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Base of the tests that run the client against an embedded simulator over real HTTP: one simulator and one
 * client (default settings) per test class, the simulator's state reset after each test.
 */
abstract class SimulatorTest {
    static final String SECRET = "simulator-test-secret";

    @RegisterExtension
    static final BbbSimulatorExtension SIM = BbbSimulatorExtension.withSecret(SECRET);

    static BigBlueButtonClient client;

    @BeforeAll
    static void connect() {
        client = BigBlueButtonClient.create(SIM.simulator().apiUrl().toString(), SECRET);
    }

    @AfterAll
    static void disconnect() {
        client.close();
    }
}
