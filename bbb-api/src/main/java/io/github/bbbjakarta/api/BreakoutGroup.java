package io.github.bbbjakarta.api;

import io.github.bbbjakarta.api.internal.Checks;

import java.util.List;
import java.util.Objects;

/**
 * A breakout room planned at create time through create's {@code groups} (BBB 2.5+): the users listed in
 * {@code roster} (by the {@code userID} they join with) are pre-assigned to this room. Immutable.
 *
 * @param id     the group's unique ID
 * @param name   the room's name, or {@code null} to let BBB number it
 * @param roster the {@code userID}s of the room's members
 */
public record BreakoutGroup(String id, String name, List<String> roster) {

    public BreakoutGroup {
        Checks.required("groups.id", id);
        roster = List.copyOf(Objects.requireNonNull(roster, "roster"));
    }

    /** A group with a name. */
    public static BreakoutGroup of(String id, String name, List<String> roster) {
        return new BreakoutGroup(id, name, roster);
    }
}
