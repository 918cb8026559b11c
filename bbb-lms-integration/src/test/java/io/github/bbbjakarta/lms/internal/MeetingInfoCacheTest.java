package io.github.bbbjakarta.lms.internal;

import io.github.bbbjakarta.api.MeetingInfo;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MeetingInfoCacheTest {
    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    private Instant now = T0;
    private final Clock clock = new Clock() {
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
    };

    @Test
    void oneAnswerServesUntilItIsTtlOldPerMeeting() {
        AtomicInteger calls = new AtomicInteger();
        MeetingInfo info = MeetingInfo.builder().meetingID("m1").moderatorCount(1).build();
        Function<String, Optional<MeetingInfo>> fetch = id -> {
            calls.incrementAndGet();
            return id.equals("m1") ? Optional.of(info) : Optional.empty();
        };
        MeetingInfoCache cache = new MeetingInfoCache(Duration.ofSeconds(5), clock);

        assertSame(info, cache.get("m1", fetch).orElseThrow());
        now = T0.plusMillis(4_999);
        assertSame(info, cache.get("m1", fetch).orElseThrow());
        assertEquals(1, calls.get());
        assertTrue(cache.get("m2", fetch).isEmpty(), "each meeting has its own answer");
        assertEquals(2, calls.get());
        now = T0.plusSeconds(5);
        cache.get("m1", fetch);
        assertEquals(3, calls.get());
        cache.invalidate("m1");
        cache.get("m1", fetch);
        assertEquals(4, calls.get());
    }

    @Test
    void aFailureIsNotCached() {
        AtomicInteger calls = new AtomicInteger();
        Function<String, Optional<MeetingInfo>> fetch = id -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("server down");
            }
            return Optional.empty();
        };
        MeetingInfoCache cache = new MeetingInfoCache(Duration.ofSeconds(5), clock);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> cache.get("m1", fetch));
        assertEquals("server down", e.getMessage());
        assertTrue(cache.get("m1", fetch).isEmpty(), "the next caller asks again");
        assertEquals(2, calls.get());
    }
}
