package io.github.bbbjakarta.lms;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/** A clock the test sets and advances; produced as the application's {@link Clock} bean when added to the container. */
@Dependent
public class TestClock {
    static final Settable CLOCK = new Settable();

    @Produces
    Clock clock() {
        return CLOCK;
    }

    /** A thread-safe clock that stands still until told to move. */
    static final class Settable extends Clock {
        private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-03-02T09:00:00Z"));

        void set(Instant value) {
            now.set(value);
        }

        void advance(Duration d) {
            now.updateAndGet(t -> t.plus(d));
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    }
}
