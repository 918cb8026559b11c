package io.github.bbbjakarta.simulator.internal.calls;

import io.github.bbbjakarta.simulator.internal.wire.BbbMessage;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ViolationsTest {
    /** The Java 17 HashMap iteration order of the 3.0 messageKeys, as the reference (3.2) lists it. */
    @Test
    void hashMapOrderOfTheMessageKeys() {
        // groups share a HashMap bucket: within a group the first inserted key comes first
        List<List<BbbMessage>> inOrder = List.of(
                List.of(BbbMessage.CHECKSUM_MISMATCH, BbbMessage.UNSUPPORTED_CONTENT_TYPE),
                List.of(BbbMessage.MEETING_NAME_EMPTY), List.of(BbbMessage.FULL_NAME_MISSING),
                List.of(BbbMessage.MEETING_FORCIBLY_ENDED), List.of(BbbMessage.PASSWORD_LENGTH),
                List.of(BbbMessage.MEETING_NOT_FOUND, BbbMessage.JOIN_MEETING_NOT_FOUND),
                List.of(BbbMessage.MEETING_ID_SIZE),
                List.of(BbbMessage.MEETING_ID_COMMA, BbbMessage.MEETING_NAME_NULL),
                List.of(BbbMessage.MEETING_ID_MISSING));
        for (int i = 0; i < inOrder.size(); i++) {
            for (int j = i + 1; j < inOrder.size(); j++) {
                for (BbbMessage earlier : inOrder.get(i)) {
                    for (BbbMessage later : inOrder.get(j)) {
                        Violations v = new Violations().add(later).add(earlier);
                        assertEquals(earlier.key(), v.first().orElseThrow().getKey(),
                                earlier.key() + " before " + later.key());
                    }
                }
            }
            for (BbbMessage a : inOrder.get(i)) {
                for (BbbMessage b : inOrder.get(i)) {
                    assertEquals(a.key(), new Violations().add(a).add(b).first().orElseThrow().getKey());
                }
            }
        }
    }

    @Test
    void firstAddedMessageOfAKeyIsKept() {
        Violations v = new Violations().add(BbbMessage.MEETING_NAME_SIZE).add(BbbMessage.MEETING_ID_SIZE);
        assertEquals(Map.entry("sizeError", "Meeting name must be between 2 and 256 characters"),
                v.first().orElseThrow());
        assertTrue(new Violations().first().isEmpty());
    }
}
