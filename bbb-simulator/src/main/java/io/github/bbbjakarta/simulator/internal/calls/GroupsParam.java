package io.github.bbbjakarta.simulator.internal.calls;

import io.github.bbbjakarta.simulator.BreakoutGroupSnapshot;
import io.github.bbbjakarta.simulator.internal.json.JsonTrees;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.util.ArrayList;
import java.util.List;

/**
 * create's {@code groups} (BBB 2.5+, reference §2.2: "groups (JSON)") read the way bbb-web's
 * {@code ParamsProcessorUtil} reads it: an empty parameter or a JSON value that is not an array means no groups;
 * array entries that are not objects, or objects without {@code id}, are dropped; {@code name} defaults to empty,
 * {@code roster} to none. A value bbb-web's JSON library cannot read (not JSON; an {@code id}, {@code name} or
 * roster entry that is an object, array or null; a {@code roster} that is not an array) makes bbb-web fail with
 * HTTP 500: {@link #parse} throws. Stateless.
 */
public final class GroupsParam {
    private static final String ID = "id";
    private static final String NAME = "name";
    private static final String ROSTER = "roster";

    private GroupsParam() {
    }

    /**
     * The groups bbb-web keeps.
     *
     * @throws IllegalArgumentException where bbb-web fails (answered 500)
     */
    public static List<BreakoutGroupSnapshot> parse(String param) {
        if (param == null || param.isEmpty()) {
            return List.of();
        }
        JsonValue json = JsonTrees.parse(param);
        if (json.getValueType() != JsonValue.ValueType.ARRAY) {
            return List.of();
        }
        List<BreakoutGroupSnapshot> groups = new ArrayList<>();
        for (JsonValue entry : json.asJsonArray()) {
            if (entry.getValueType() != JsonValue.ValueType.OBJECT) {
                continue;
            }
            JsonObject group = entry.asJsonObject();
            if (!group.containsKey(ID)) {
                continue;
            }
            String id = scalar(group.get(ID), ID);
            String name = group.containsKey(NAME) ? scalar(group.get(NAME), NAME) : "";
            List<String> roster = new ArrayList<>();
            if (group.containsKey(ROSTER)) {
                JsonValue r = group.get(ROSTER);
                if (r.getValueType() != JsonValue.ValueType.ARRAY) {
                    throw new IllegalArgumentException("groups: roster is not an array");
                }
                for (JsonValue user : r.asJsonArray()) {
                    roster.add(scalar(user, ROSTER));
                }
            }
            groups.add(new BreakoutGroupSnapshot(id, name, roster));
        }
        return List.copyOf(groups);
    }

    /** A string, number or boolean as text (Gson's {@code getAsString}); anything else fails. */
    private static String scalar(JsonValue v, String what) {
        return switch (v.getValueType()) {
            case STRING -> ((JsonString) v).getString();
            case NUMBER, TRUE, FALSE -> v.toString();
            default -> throw new IllegalArgumentException("groups: " + what + " is not a string");
        };
    }
}
