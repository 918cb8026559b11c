package io.github.bbbjakarta.simulator.internal.json;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class JsonTest {
    @Test
    void roundTrips() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("s", "quote \" backslash \\ newline \n tab \t ctrl \u0001 emoji 🎓 ü");
        m.put("n", 42L);
        m.put("d", new BigDecimal("1.5"));
        m.put("b", true);
        m.put("null", null);
        m.put("list", Arrays.asList(1L, "x", List.of()));
        m.put("map", Map.of());
        String json = Json.write(m);
        assertEquals(m, Json.parse(json));
        assertEquals(m, Json.parse(" \n" + json.replace(",", " , ") + "\t"));
    }

    @Test
    void parsesEscapes() {
        assertEquals("a/é\u2028", Json.parse("\"a\\/\\u00e9\\u2028\""));
    }

    @Test
    void rejectsMalformedText() {
        assertThrows(IllegalArgumentException.class, () -> Json.parse("{"));
        assertThrows(IllegalArgumentException.class, () -> Json.parse("[1,]"));
        assertThrows(IllegalArgumentException.class, () -> Json.parse("{} x"));
        assertThrows(IllegalArgumentException.class, () -> Json.parse("\"\\q\""));
        assertThrows(IllegalArgumentException.class, () -> Json.parse("tru"));
    }
}
