package io.github.bbbjakarta.cdi;

import io.github.bbbjakarta.api.BbbApiException;
import io.github.bbbjakarta.api.BbbTransportException;
import io.github.bbbjakarta.api.CreateMeetingRequest;
import io.github.bbbjakarta.api.CreateMeetingResponse;
import io.github.bbbjakarta.api.JoinMeetingRequest;
import io.github.bbbjakarta.api.JoinUrl;
import io.github.bbbjakarta.api.Role;
import io.github.bbbjakarta.simulator.BbbSimulatorExtension;
import io.github.bbbjakarta.simulator.JournalEntry;
import io.github.bbbjakarta.simulator.Stub;
import jakarta.enterprise.inject.spi.BeanManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Lecture start: many students open the course meeting at once (create before join), over real HTTP. */
class JoinStormTest {
    private static final String SECRET = "cdi-storm-secret-77d1";
    private static final CreateMeetingRequest LECTURE = CreateMeetingRequest.builder("storm-1", "Physics 101")
            .record(true).build();

    @RegisterExtension
    static final BbbSimulatorExtension SIM = BbbSimulatorExtension.withSecret(SECRET);

    private TestContainer start(Map<String, String> extra) {
        Map<String, String> props = new HashMap<>(Map.of("bbb.url", SIM.apiUrl().toString(), "bbb.secret", SECRET));
        props.putAll(extra);
        return TestContainer.withProperties(props, EventRecorder.class);
    }

    private static int creates() {
        return SIM.control().requests("create").size();
    }

    /** Each of {@code students} threads creates the meeting, then signs a join URL with its createTime. */
    private static List<JoinUrl> storm(MeetingService meetings, int students) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(students);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<JoinUrl>> joins = new ArrayList<>();
            for (int i = 0; i < students; i++) {
                String user = "student-" + i;
                joins.add(pool.submit(() -> {
                    go.await();
                    CreateMeetingResponse meeting = meetings.create(LECTURE);
                    return meetings.joinUrl(JoinMeetingRequest.builder(LECTURE.meetingID(), user, Role.VIEWER)
                            .userID(user).createTime(meeting.createTime()).build());
                }));
            }
            go.countDown();
            List<JoinUrl> urls = new ArrayList<>();
            for (Future<JoinUrl> join : joins) {
                urls.add(join.get(60, TimeUnit.SECONDS));
            }
            return urls;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Set<String> createTimes(List<JoinUrl> urls) {
        return urls.stream().map(u -> u.uri().getRawQuery().replaceAll(".*[?&]?createTime=(\\d+).*", "$1"))
                .collect(Collectors.toSet());
    }

    @Test
    void twoHundredStudentsCauseOneCreate() throws Exception {
        try (TestContainer cdi = start(Map.of())) {
            MeetingService meetings = cdi.get(MeetingService.class);
            List<JoinUrl> urls = storm(meetings, 200);
            assertEquals(1, creates(), "one create reached the server");
            long createTime = SIM.control().meeting("storm-1").orElseThrow().createTime();
            assertEquals(Set.of(Long.toString(createTime)), createTimes(urls), "every join carries its createTime");
            assertEquals(1, cdi.get(EventRecorder.class).events().size(), "MeetingCreated once");
        }
    }

    @Test
    void withCallbackUrlsTheStormStillCausesOneCreate() throws Exception {
        // the end callback URL we add differs on every create (a new instance): coalescing keys on the caller's request
        try (TestContainer cdi = start(Map.of("bbb.callback-url", "https://lms.example.org/api/bbb/callbacks"))) {
            storm(cdi.get(MeetingService.class), 100);
            assertEquals(1, creates(), "one create reached the server");
            JournalEntry create = SIM.control().requests("create").get(0);
            assertTrue(create.param("meta_endCallbackUrl").orElseThrow()
                    .startsWith("https://lms.example.org/api/bbb/callbacks/meeting-ended?"), create::toString);
        }
    }

    @Test
    void studentsWaitingForTheCreateHoldNoBulkheadPermit() throws Exception {
        // A bulkhead of one and a slow create: all 200 wait for the one create in flight, none is refused.
        try (TestContainer cdi = start(Map.of(
                "io.github.bbbjakarta.cdi.internal.MeetingCreator/create/Bulkhead/value", "1"))) {
            SIM.control().stub("create", Stub.delay(Duration.ofMillis(500)));
            MeetingService meetings = cdi.get(MeetingService.class);
            List<JoinUrl> urls = storm(meetings, 200);
            assertEquals(200, urls.size());
            assertEquals(1, creates());

            // The bulkhead is there: a create of another meeting while one is in flight is refused.
            ExecutorService pool = Executors.newSingleThreadExecutor();
            try {
                Future<CreateMeetingResponse> other = pool.submit(
                        () -> meetings.create(CreateMeetingRequest.builder("storm-2", "Chemistry").build()));
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
                while (creates() < 2) {
                    assertTrue(System.nanoTime() < deadline, "the other create reached the server");
                    Thread.sleep(5);
                }
                BbbTransportException full = assertThrows(BbbTransportException.class,
                        () -> meetings.create(CreateMeetingRequest.builder("storm-3", "Biology").build()));
                assertTrue(full.getMessage().contains("Bulkhead"), full.getMessage());
                other.get(10, TimeUnit.SECONDS);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void aMeetingEndedThroughTheServiceIsCreatedAgain() throws Exception {
        try (TestContainer cdi = start(Map.of())) {
            MeetingService meetings = cdi.get(MeetingService.class);
            storm(meetings, 20);
            meetings.end("storm-1");
            List<JoinUrl> urls = storm(meetings, 20);
            assertEquals(2, creates(), "re-created after end");
            long createTime = SIM.control().meeting("storm-1").orElseThrow().createTime();
            assertEquals(Set.of(Long.toString(createTime)), createTimes(urls), "the new meeting's createTime");
        }
    }

    @Test
    void aMeetingEndedEventFromElsewhereDropsTheRecord() {
        try (TestContainer cdi = start(Map.of())) {
            MeetingService meetings = cdi.get(MeetingService.class);
            meetings.create(LECTURE);
            // The meeting ends on the server (moderator, expiry); a callback endpoint fires MeetingEnded.
            SIM.control().endMeeting("storm-1");
            cdi.get(BeanManager.class).getEvent().select(MeetingEnded.class).fire(new MeetingEnded("storm-1"));
            assertFalse(meetings.create(LECTURE).isDuplicate(), "created again on the server");
            assertEquals(2, creates());
        }
    }

    @Test
    void notFoundFromTheServerDropsTheRecord() {
        try (TestContainer cdi = start(Map.of())) {
            MeetingService meetings = cdi.get(MeetingService.class);
            meetings.create(LECTURE);
            SIM.control().endMeeting("storm-1"); // and nobody told us
            assertTrue(meetings.create(LECTURE).isDuplicate(), "within the TTL the record still answers");
            BbbApiException e = assertThrows(BbbApiException.class, () -> meetings.getMeetingInfo("storm-1"));
            assertEquals("notFound", e.messageKey());
            assertFalse(meetings.create(LECTURE).isDuplicate());
            SIM.control().endMeeting("storm-1");
            assertTrue(meetings.findMeetingInfo("storm-1").isEmpty());
            assertFalse(meetings.create(LECTURE).isDuplicate());
            assertEquals(3, creates());
        }
    }

    @Test
    void zeroTtlSendsEveryCreate() throws Exception {
        try (TestContainer cdi = start(Map.of("bbb.created-meeting-ttl", "0"))) {
            MeetingService meetings = cdi.get(MeetingService.class);
            meetings.create(LECTURE);
            assertTrue(meetings.create(LECTURE).isDuplicate());
            assertEquals(2, creates(), "no record: create before every join reaches the server");
        }
    }
}
