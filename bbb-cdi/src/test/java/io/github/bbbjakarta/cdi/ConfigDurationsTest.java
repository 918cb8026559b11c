package io.github.bbbjakarta.cdi;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ConfigDurationsTest {

    @ParameterizedTest
    @CsvSource({"5s, 5000", "500ms, 500", "1m, 60000", "2h, 7200000", "PT5S, 5000", "pt1.5s, 1500", "250, 250",
            "' 10 s ', 10000", "5S, 5000", "0, 0"})
    void parses(String text, long millis) {
        assertEquals(Duration.ofMillis(millis), ConfigDurations.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "5 seconds", "-5s", "5d", "s", "1.5s", "PT", "99999999999999999999"})
    void rejects(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ConfigDurations.parse(text));
        assertEquals("'" + text + "' is not a duration: " + ConfigDurations.FORMS, e.getMessage());
    }
}
