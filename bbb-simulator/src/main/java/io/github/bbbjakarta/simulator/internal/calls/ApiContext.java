package io.github.bbbjakarta.simulator.internal.calls;

import io.github.bbbjakarta.simulator.internal.SimulatorConfig;
import io.github.bbbjakarta.simulator.internal.state.MeetingRegistry;

/**
 * What every call handler needs: server settings, meeting state and the checksum rule. Immutable; the
 * registry it points to is thread-safe.
 */
public record ApiContext(SimulatorConfig config, MeetingRegistry registry, Checksums checksums) {
}
