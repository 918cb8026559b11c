package io.github.bbbjakarta.cdi;

import io.github.bbbjakarta.api.BbbApiException;
import io.github.bbbjakarta.api.BbbTransportException;
import io.github.bbbjakarta.api.CreateMeetingRequest;
import io.github.bbbjakarta.api.JoinMeetingRequest;
import io.github.bbbjakarta.api.MeetingInfo;
import io.github.bbbjakarta.api.Role;
import io.github.bbbjakarta.simulator.BbbSimulatorExtension;
import io.github.bbbjakarta.simulator.Stub;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * MeetingService under MicroProfile Fault Tolerance (SmallRye Fault Tolerance in Weld SE), over real HTTP against
 * the simulator: what is retried, what is not, the breaker, the bulkhead, the timeout, and how FT's own exceptions
 * reach the caller (as {@link BbbTransportException}).
 */
class FaultToleranceTest {
    private static final String SECRET = "cdi-ft-secret-51c0";
    private static final String SERVICE = MeetingService.class.getName();

    @RegisterExtension
    static final BbbSimulatorExtension SIM = BbbSimulatorExtension.withSecret(SECRET);

    private TestContainer start(Map<String, String> extra) {
        Map<String, String> props = new HashMap<>(Map.of("bbb.url", SIM.apiUrl().toString(), "bbb.secret", SECRET));
        props.putAll(extra);
        return TestContainer.withProperties(props, EventRecorder.class);
    }

    private static long calls(String callName) {
        return SIM.control().requests(callName).size();
    }

    private static void awaitCalls(String callName, int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (calls(callName) < count) {
            assertTrue(System.nanoTime() < deadline, "waited for " + count + " " + callName + " requests");
            Thread.sleep(5);
        }
    }

    @Test
    void readIsRetriedAfterABadGatewayAndSucceeds() throws Exception {
        // A longer retry delay than the default, so the stub can be removed between the two attempts.
        try (TestContainer cdi = start(Map.of(SERVICE + "/getMeetingInfo/Retry/delay", "1000",
                SERVICE + "/getMeetingInfo/Retry/jitter", "0"))) {
            MeetingService meetings = cdi.get(MeetingService.class);
            meetings.create(CreateMeetingRequest.builder("ft-r1", "Retry").build());
            SIM.control().stub("getMeetingInfo", Stub.badGateway());
            ExecutorService pool = Executors.newSingleThreadExecutor();
            try {
                Future<MeetingInfo> info = pool.submit(() -> meetings.getMeetingInfo("ft-r1"));
                awaitCalls("getMeetingInfo", 1);
                SIM.control().removeStub("getMeetingInfo");
                assertEquals("Retry", info.get(10, TimeUnit.SECONDS).meetingName());
            } finally {
                pool.shutdownNow();
            }
            assertEquals(List.of(502, 200), SIM.control().requests("getMeetingInfo").stream()
                    .map(e -> e.status()).toList(), "the 502 was retried once");
        }
    }

    @Test
    void readGivesUpAfterTwoRetries() {
        try (TestContainer cdi = start(Map.of())) {
            SIM.control().stub("getMeetings", Stub.dropConnection());
            BbbTransportException e = assertThrows(BbbTransportException.class,
                    () -> cdi.get(MeetingService.class).getMeetings());
            assertEquals("getMeetings", e.call());
            assertEquals(3, calls("getMeetings"), "one call and two retries");
        }
    }

    @Test
    void faultToleranceCanBeTurnedOffThroughConfig() {
        try (TestContainer cdi = start(Map.of("MP_Fault_Tolerance_NonFallback_Enabled", "false"))) {
            SIM.control().stub("getMeetings", Stub.dropConnection());
            assertThrows(BbbTransportException.class, () -> cdi.get(MeetingService.class).getMeetings());
            assertEquals(1, calls("getMeetings"), "no retry");
        }
    }

    @Test
    void retriesCanBeChangedForAllMethodsThroughConfig() {
        try (TestContainer cdi = start(Map.of("Retry/maxRetries", "4", "Retry/delay", "0", "Retry/jitter", "0"))) {
            SIM.control().stub("isMeetingRunning", Stub.badGateway());
            assertThrows(BbbTransportException.class, () -> cdi.get(MeetingService.class).isMeetingRunning("ft-g1"));
            assertEquals(5, calls("isMeetingRunning"), "one call and four retries");
        }
    }

    @Test
    void createIsRetriedButEndAndJoinAreNot() {
        try (TestContainer cdi = start(Map.of())) {
            MeetingService meetings = cdi.get(MeetingService.class);
            SIM.control().stub("create", Stub.badGateway());
            assertThrows(BbbTransportException.class,
                    () -> meetings.create(CreateMeetingRequest.builder("ft-c1", "Create").build()));
            assertEquals(3, calls("create"), "create (idempotent) is retried");

            SIM.control().stub("end", Stub.badGateway());
            SIM.control().stub("join", Stub.dropConnection());
            assertThrows(BbbTransportException.class, () -> meetings.end("ft-c1"));
            assertThrows(BbbTransportException.class,
                    () -> meetings.join(JoinMeetingRequest.builder("ft-c1", "Ada", Role.VIEWER).build()));
            assertEquals(1, calls("end"), "end is never repeated");
            assertEquals(1, calls("join"), "join is never repeated");
        }
    }

    @Test
    void aReadThatTimedOutInTheTransportIsNotRetried() {
        try (TestContainer cdi = start(Map.of("bbb.call-timeout", "300ms"))) {
            SIM.control().stub("getMeetings", Stub.delay(Duration.ofSeconds(1)));
            BbbTransportException e = assertThrows(BbbTransportException.class,
                    () -> cdi.get(MeetingService.class).getMeetings());
            assertTrue(e.problem().startsWith("timed out: no complete answer"), e.getMessage());
            assertEquals(1, calls("getMeetings"), "a slow server is not asked again");
        }
    }

    @Test
    void anAnswerOfTheServerIsNotRetried() {
        try (TestContainer cdi = start(Map.of())) {
            BbbApiException e = assertThrows(BbbApiException.class,
                    () -> cdi.get(MeetingService.class).getMeetingInfo("ft-nope"));
            assertEquals("notFound", e.messageKey());
            assertEquals(1, calls("getMeetingInfo"));
        }
    }

    @Test
    void breakerOpensAfterRepeatedFailuresAndFailsFast() {
        try (TestContainer cdi = start(Map.of(SERVICE + "/getMeetings/Retry/maxRetries", "0"))) {
            MeetingService meetings = cdi.get(MeetingService.class);
            SIM.control().stub("getMeetings", Stub.badGateway());
            for (int i = 0; i < 10; i++) {
                BbbTransportException e = assertThrows(BbbTransportException.class, meetings::getMeetings);
                assertEquals(502, e.httpStatus().orElseThrow());
            }
            SIM.control().removeStub("getMeetings");
            BbbTransportException open = assertThrows(BbbTransportException.class, meetings::getMeetings);
            assertInstanceOf(CircuitBreakerOpenException.class, open.getCause());
            assertEquals("getMeetings", open.call());
            assertTrue(open.httpStatus().isEmpty(), "no answer");
            assertTrue(open.getMessage().contains("circuit breaker open"), open.getMessage());
            assertEquals(10, calls("getMeetings"), "the open breaker sent nothing");
        }
    }

    @Test
    void notFoundAnswersDoNotOpenTheBreaker() {
        try (TestContainer cdi = start(Map.of())) {
            MeetingService meetings = cdi.get(MeetingService.class);
            for (int i = 0; i < 15; i++) {
                assertThrows(BbbApiException.class, () -> meetings.getMeetingInfo("ft-missing"));
            }
            meetings.create(CreateMeetingRequest.builder("ft-b1", "Breaker").build());
            assertEquals("Breaker", meetings.getMeetingInfo("ft-b1").meetingName());
            assertEquals(16, calls("getMeetingInfo"));
        }
    }

    @Test
    void bulkheadRefusesCallsBeyondItsSize() throws Exception {
        try (TestContainer cdi = start(Map.of(SERVICE + "/getMeetings/Bulkhead/value", "2"))) {
            MeetingService meetings = cdi.get(MeetingService.class);
            SIM.control().stub("getMeetings", Stub.delay(Duration.ofMillis(1500)));
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                Future<?> a = pool.submit(meetings::getMeetings);
                Future<?> b = pool.submit(meetings::getMeetings);
                awaitCalls("getMeetings", 2);
                BbbTransportException full = assertThrows(BbbTransportException.class, meetings::getMeetings);
                assertInstanceOf(BulkheadException.class, full.getCause());
                assertTrue(full.getMessage().contains("Bulkhead"), full.getMessage());
                a.get(10, TimeUnit.SECONDS);
                b.get(10, TimeUnit.SECONDS);
            } finally {
                pool.shutdownNow();
            }
            assertEquals(2, calls("getMeetings"), "the refused call sent nothing");
        }
    }

    @Test
    void timeoutSurfacesAsTransportException() {
        try (TestContainer cdi = start(Map.of(SERVICE + "/isMeetingRunning/Timeout/value", "300",
                SERVICE + "/isMeetingRunning/Retry/maxRetries", "0"))) {
            SIM.control().stub("isMeetingRunning", Stub.delay(Duration.ofSeconds(2)));
            BbbTransportException e = assertThrows(BbbTransportException.class,
                    () -> cdi.get(MeetingService.class).isMeetingRunning("ft-t1"));
            assertInstanceOf(TimeoutException.class, e.getCause());
            assertEquals("isMeetingRunning", e.call());
            assertTrue(e.getMessage().contains("timed out (Fault Tolerance Timeout)"), e.getMessage());
        }
    }
}
