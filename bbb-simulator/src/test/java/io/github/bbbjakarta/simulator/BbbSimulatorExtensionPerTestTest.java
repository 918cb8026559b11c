package io.github.bbbjakarta.simulator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The extension registered on an instance field starts a fresh simulator for each test. */
class BbbSimulatorExtensionPerTestTest {
    @RegisterExtension
    BbbSimulatorExtension sim = BbbSimulatorExtension.withSecret("per-test");

    @Test
    void startsForTheTest(BbbSimulator simulator) {
        assertTrue(simulator.port() > 0);
        assertTrue(simulator.control().meetings().isEmpty());
        new TestApi(simulator, sim.secret()).create("per-test-1");
    }
}
