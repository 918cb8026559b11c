package io.github.bbbjakarta.cdi.internal;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CallbackMemoryTest {
    /** A clock the test moves. */
    private static final class TestClock extends Clock {
        Instant now = Instant.parse("2026-11-27T10:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void aKeyIsNewOnceWithinTheWindowAndNewAgainAfterIt() {
        TestClock clock = new TestClock();
        CallbackMemory memory = new CallbackMemory(Duration.ofMinutes(10), 100, clock);
        assertTrue(memory.remember("a"));
        assertFalse(memory.remember("a"));
        clock.now = clock.now.plus(Duration.ofMinutes(9));
        assertFalse(memory.remember("a"), "still within the window");
        clock.now = clock.now.plus(Duration.ofMinutes(2));
        assertTrue(memory.remember("a"), "the window has passed");
        assertEquals(1, memory.size());
    }

    @Test
    void aShorterWindowForOneKind() {
        TestClock clock = new TestClock();
        CallbackMemory memory = new CallbackMemory(Duration.ofHours(1), 100, clock);
        assertTrue(memory.remember("end", Duration.ofMinutes(2)));
        assertFalse(memory.remember("end", Duration.ofMinutes(2)));
        clock.now = clock.now.plus(Duration.ofMinutes(3));
        assertTrue(memory.remember("end", Duration.ofMinutes(2)));
    }

    @Test
    void theOldestKeysGoBeyondTheCapacity() {
        CallbackMemory memory = new CallbackMemory(Duration.ofHours(1), 3, new TestClock());
        for (String k : new String[]{"a", "b", "c", "d"}) {
            assertTrue(memory.remember(k));
        }
        assertEquals(3, memory.size());
        assertTrue(memory.remember("a"), "pushed out by newer keys");
        assertFalse(memory.remember("d"));
    }

    @Test
    void aForgottenKeyIsNewAgain() {
        CallbackMemory memory = new CallbackMemory(Duration.ofHours(1), 3, new TestClock());
        assertTrue(memory.remember("a"));
        memory.forget("a");
        assertTrue(memory.remember("a"));
    }
}
