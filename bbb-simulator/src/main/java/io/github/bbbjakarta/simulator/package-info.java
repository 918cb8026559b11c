/**
 * An independent simulator of the BigBlueButton 3.0 server API ({@code bbb-web}), written from the reference
 * specification, for testing BBB clients: {@link io.github.bbbjakarta.simulator.BbbSimulator} (embedded HTTP
 * server), {@link io.github.bbbjakarta.simulator.SimulatorControl} (journal, snapshots, simulated clients, stubs;
 * also served as JSON under {@code /__admin/}), {@link io.github.bbbjakarta.simulator.BbbSimulatorExtension}
 * (JUnit 5) and {@link io.github.bbbjakarta.simulator.SimulatorMain} (standalone). Packages named
 * {@code internal} are not part of the API.
 */
package io.github.bbbjakarta.simulator;
