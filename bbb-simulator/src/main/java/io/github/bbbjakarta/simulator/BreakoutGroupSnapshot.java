package io.github.bbbjakarta.simulator;

import java.util.List;

/**
 * One pre-assigned breakout room of create's {@code groups}, as bbb-web keeps it. Immutable.
 *
 * @param id     the group's {@code id}
 * @param name   its {@code name}; empty when not sent (BBB then names the room itself)
 * @param roster the {@code userID}s in its {@code roster}, in order; empty when not sent
 */
public record BreakoutGroupSnapshot(String id, String name, List<String> roster) {
    public BreakoutGroupSnapshot {
        roster = List.copyOf(roster);
    }
}
