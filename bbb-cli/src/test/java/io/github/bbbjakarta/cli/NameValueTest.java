package io.github.bbbjakarta.cli;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class NameValueTest {

    @Test
    void splitsAtTheFirstEquals() {
        assertEquals(new NameValue("a", "b=c"), NameValue.parse("a=b=c"));
        assertEquals(new NameValue("a", ""), NameValue.parse("a="));
        assertEquals(new NameValue("meta_x", " spaced "), NameValue.parse("meta_x= spaced "));
    }

    @Test
    void rejectsAMissingEqualsOrName() {
        assertEquals("'abc' is not name=value",
                assertThrows(IllegalArgumentException.class, () -> NameValue.parse("abc")).getMessage());
        assertEquals("'=x' has no name before '='",
                assertThrows(IllegalArgumentException.class, () -> NameValue.parse("=x")).getMessage());
    }
}
