package io.github.bbbjakarta.simulator;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The JUnit 5 extension: one simulator per class, reset after each test, parameter injection. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BbbSimulatorExtensionTest {
    @RegisterExtension
    static BbbSimulatorExtension SIM = BbbSimulatorExtension.withSecret("ext-secret")
            .checksumAlgorithms("sha1", "sha256").revealBbbVersion("3.0.18");

    static BbbSimulator first;

    @Test
    @Order(1)
    void injectsTheRunningSimulator(BbbSimulator sim, SimulatorControl control) {
        first = sim;
        assertSame(SIM.simulator(), sim);
        assertSame(sim.control(), control);
        assertEquals("ext-secret", SIM.secret());
        new TestApi(sim, SIM.secret()).create("ext-1");
        assertEquals(1, control.meetings().size());
        control.stub("end", Stub.badGateway());
    }

    @Test
    @Order(2)
    void sameSimulatorButStateWasReset(BbbSimulator sim) {
        assertSame(first, sim);
        assertTrue(sim.control().meetings().isEmpty());
        assertTrue(sim.control().requests().isEmpty());
        assertTrue(sim.control().stubs().isEmpty());
        assertEquals("3.0.18", Xml.parse(TestApi.getUrl(SIM.apiUrl().toString()).body()).text("bbbVersion"));
    }
}
