package io.github.bbbjakarta.cdi.internal;

import io.github.bbbjakarta.api.BbbTransportException;
import io.github.bbbjakarta.api.CreateMeetingRequest;
import io.github.bbbjakarta.api.CreateMeetingResponse;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CreateCoalescerTest {
    private final AtomicLong now = new AtomicLong();
    private final AtomicInteger sent = new AtomicInteger();
    private final CreateCoalescer coalescer = new CreateCoalescer(Duration.ofSeconds(60), now::get);

    private final Function<CreateMeetingRequest, CreateMeetingResponse> server = r -> CreateMeetingResponse.builder()
            .meetingID(r.meetingID()).internalMeetingID("int-" + sent.incrementAndGet()).createTime(1000 + sent.get())
            .build();

    private static CreateMeetingRequest lecture(String name) {
        return CreateMeetingRequest.builder("lecture", name).build();
    }

    @Test
    void recordServesIdenticalCreatesUntilTheTtlEnds() {
        CreateCoalescer.Outcome first = coalescer.create(lecture("Physics"), server);
        assertTrue(first.sent());
        assertFalse(first.response().isDuplicate());
        now.addAndGet(Duration.ofSeconds(59).toNanos());
        CreateCoalescer.Outcome again = coalescer.create(lecture("Physics"), server);
        assertFalse(again.sent());
        assertTrue(again.response().isDuplicate(), "answered as BBB answers a repeated create");
        assertEquals(first.response().createTime(), again.response().createTime());
        now.addAndGet(Duration.ofSeconds(1).toNanos());
        assertTrue(coalescer.create(lecture("Physics"), server).sent(), "after the TTL the create is sent again");
        assertEquals(2, sent.get());
    }

    @Test
    void otherParametersAreSentAndForgetDropsTheRecord() {
        coalescer.create(lecture("Physics"), server);
        assertTrue(coalescer.create(lecture("Physics II"), server).sent(), "other parameters: sent");
        assertFalse(coalescer.create(lecture("Physics II"), server).sent());
        coalescer.forget("lecture");
        assertTrue(coalescer.create(lecture("Physics II"), server).sent(), "forgotten: sent");
        assertEquals(3, sent.get());
    }

    @Test
    void zeroTtlRemembersNothing() {
        CreateCoalescer none = new CreateCoalescer(Duration.ZERO, now::get);
        none.create(lecture("Physics"), server);
        assertTrue(none.create(lecture("Physics"), server).sent());
        assertThrows(IllegalArgumentException.class, () -> new CreateCoalescer(Duration.ofSeconds(-1)));
    }

    @Test
    void concurrentCreatesWaitForTheOneInFlightAndShareItsFailure() throws Exception {
        CountDownLatch inFlight = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        BbbTransportException down = new BbbTransportException("create", "HTTP 502 Bad Gateway", 502, null);
        Function<CreateMeetingRequest, CreateMeetingResponse> failing = r -> {
            sent.incrementAndGet();
            inFlight.countDown();
            await(release);
            throw down;
        };
        List<Thread> threads = new java.util.concurrent.CopyOnWriteArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(8, r -> {
            Thread t = new Thread(r);
            threads.add(t);
            return t;
        });
        try {
            List<Future<CreateCoalescer.Outcome>> calls = new ArrayList<>();
            calls.add(pool.submit(() -> coalescer.create(lecture("Physics"), failing)));
            assertTrue(inFlight.await(10, TimeUnit.SECONDS));
            for (int i = 0; i < 7; i++) {
                calls.add(pool.submit(() -> coalescer.create(lecture("Physics"), failing)));
            }
            awaitWaiting(threads, 7);
            release.countDown();
            for (Future<CreateCoalescer.Outcome> call : calls) {
                Exception e = assertThrows(Exception.class, () -> call.get(10, TimeUnit.SECONDS));
                assertSame(down, e.getCause(), "every waiting caller gets the one failure");
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, sent.get(), "one create reached the server");
        assertEquals(0, coalescer.size(), "a failure is not remembered");
        assertTrue(coalescer.create(lecture("Physics"), server).sent(), "the next caller sends again");
    }

    /** Waits until the callers block for the create in flight (one thread per task: none waits idle for work). */
    private static void awaitWaiting(List<Thread> threads, int callers) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (threads.stream().filter(t -> t.getState() == Thread.State.WAITING).count() < callers) {
            assertTrue(System.nanoTime() < deadline, "callers did not reach the create in flight");
            Thread.sleep(5);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
