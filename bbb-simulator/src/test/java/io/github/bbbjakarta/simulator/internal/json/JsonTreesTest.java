package io.github.bbbjakarta.simulator.internal.json;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonTreesTest {
    @Test
    void roundTripsStringsNullsNumbersAndBooleans() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("s", "quote \" backslash \\ newline \n tab \t ctrl \u0001 emoji 🎓 ü");
        m.put("null", null);
        JsonObject o = JsonTrees.put(JsonTrees.object(), "x", null).add("n", 42L).add("b", true)
                .add("map", JsonTrees.strings(m)).add("list", JsonTrees.strings(List.of("a", "b"))).build();
        JsonObject back = JsonTrees.obj(JsonTrees.parse(JsonTrees.write(o)));
        assertNull(JsonTrees.str(back, "x"));
        assertEquals(42L, JsonTrees.num(back, "n"));
        assertEquals("42", JsonTrees.str(back, "n"));
        assertTrue(JsonTrees.bool(back, "b"));
        assertFalse(JsonTrees.bool(back, "x"));
        assertEquals(m, JsonTrees.strMap(back.get("map")));
        assertEquals(List.of("a", "b"), JsonTrees.strList(back.get("list")));
        assertEquals("{\"error\":\"a\\\"b\"}", JsonTrees.write(JsonTrees.object().add("error", "a\"b").build()));
    }

    @Test
    void rejectsMalformedAndDeepText() {
        assertThrows(IllegalArgumentException.class, () -> JsonTrees.parse("{"));
        assertThrows(IllegalArgumentException.class, () -> JsonTrees.parse("[1,]"));
        assertThrows(IllegalArgumentException.class, () -> JsonTrees.parse("{} x"));
        assertThrows(IllegalArgumentException.class, () -> JsonTrees.parse("\"\\u12\""));
        assertThrows(IllegalArgumentException.class, () -> JsonTrees.parse("[".repeat(5_000) + "]".repeat(5_000)));
        assertEquals(1, JsonTrees.arr(JsonTrees.parse("[".repeat(60) + "1,2" + "]".repeat(60))).size());
        assertThrows(IllegalArgumentException.class, () -> JsonTrees.num(JsonTrees.obj(JsonTrees.parse(
                "{\"n\":1.5}")), "n"));
    }
}
