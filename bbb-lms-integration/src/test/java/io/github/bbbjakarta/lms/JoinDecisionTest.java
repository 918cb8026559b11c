package io.github.bbbjakarta.lms;

import io.github.bbbjakarta.api.GuestPolicy;
import io.github.bbbjakarta.api.JoinUrl;
import io.github.bbbjakarta.api.Role;
import io.github.bbbjakarta.cdi.TestContainer;
import io.github.bbbjakarta.lms.JoinDecision.ClosedReason;
import io.github.bbbjakarta.lms.JoinDecision.RefusedReason;
import io.github.bbbjakarta.lms.JoinDecision.WaitReason;
import io.github.bbbjakarta.simulator.BbbSimulatorExtension;
import io.github.bbbjakarta.simulator.JoinSession;
import io.github.bbbjakarta.simulator.JournalEntry;
import io.github.bbbjakarta.simulator.SimRole;
import io.github.bbbjakarta.simulator.Stub;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The join decision against the simulator over HTTP, with the test in control of the clock. */
class JoinDecisionTest {
    private static final String SECRET = "lms-join-test-secret-7d1";
    private static final String KEY = "lms-join-test-meeting-id-key-9a4e";
    private static final String GUEST_KEY = "lms-join-test-guest-link-key-51c2";

    @RegisterExtension
    static final BbbSimulatorExtension SIM = BbbSimulatorExtension.withSecret(SECRET);

    private static final HttpClient BROWSER = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    private static final Course COURSE = new Course("moodle.example.edu", "course-42", "Physics 101", "PHY101");
    private static final MeetingContext LECTURE = MeetingContext.of(COURSE, new Activity("act-7", "Weekly lecture"));
    private static final LmsUser TEACHER = LmsUser.of("teacher-1", "Ada Lovelace", "Instructor");
    private static final LmsUser STUDENT = LmsUser.of("student-2", "Grace Hopper", "Learner");
    private static final JoinSettings WAITING = JoinSettings.defaults().withWaitForModerator(true);

    private TestContainer cdi;
    private CourseMeetingService service;

    private void start(Map<String, String> extra) {
        Map<String, String> config = new HashMap<>(Map.of(
                "bbb.url", SIM.apiUrl().toString(), "bbb.secret", SECRET, "bbb.lms.meeting-id-key", KEY,
                "bbb.lms.guest-link-key", GUEST_KEY));
        config.putAll(extra);
        cdi = TestContainer.withProperties(config, TestClock.class);
        service = cdi.get(CourseMeetingService.class);
    }

    private void restart(Map<String, String> extra) {
        cdi.close();
        start(extra);
    }

    @BeforeEach
    void startDefault() {
        TestClock.CLOCK.set(T0);
        start(Map.of());
    }

    @AfterEach
    void stop() {
        cdi.close();
    }

    private static List<String> calls() {
        return SIM.control().requests().stream().map(JournalEntry::callName).toList();
    }

    private static JoinDecision.Join joined(JoinDecision d) {
        return assertInstanceOf(JoinDecision.Join.class, d);
    }

    /** Follows the join URL like a browser, then opens the client (the user is connected). */
    private static JoinSession enter(JoinUrl url) throws IOException, InterruptedException {
        HttpResponse<Void> r = BROWSER.send(HttpRequest.newBuilder(url.uri()).build(),
                HttpResponse.BodyHandlers.discarding());
        assertEquals(302, r.statusCode());
        List<JoinSession> sessions = SIM.control().joinSessions();
        return SIM.control().connect(sessions.get(sessions.size() - 1).sessionToken());
    }

    // ---- schedules ----

    @Test
    void beforeTheOpeningTimeViewersWaitForItAndModeratorsMayComeEarly() {
        JoinSettings settings = JoinSettings.defaults().withSchedule(Schedule.opening(T0.plus(Duration.ofHours(1))));

        assertEquals(new JoinDecision.Closed(ClosedReason.NOT_OPEN_YET, T0.plus(Duration.ofHours(1))),
                service.join(LECTURE, STUDENT, settings));
        assertEquals(new JoinDecision.Closed(ClosedReason.NOT_OPEN_YET, T0.plus(Duration.ofMinutes(45))),
                service.join(LECTURE, TEACHER, settings), "moderators may come 15 minutes early by default");
        assertEquals(List.of(), calls(), "a closed activity costs no call");

        TestClock.CLOCK.set(T0.plus(Duration.ofMinutes(45)));
        assertEquals(Role.MODERATOR, joined(service.join(LECTURE, TEACHER, settings)).role());
        assertInstanceOf(JoinDecision.Closed.class, service.join(LECTURE, STUDENT, settings));

        TestClock.CLOCK.set(T0.plus(Duration.ofHours(1)));
        assertEquals(Role.VIEWER, joined(service.join(LECTURE, STUDENT, settings)).role());
        assertEquals(List.of("create"), calls(), "the student's identical create is answered from bbb-cdi's"
                + " created-meeting record (bbb.created-meeting-ttl, real time)");
    }

    @Test
    void earlyJoinMarginPerActivityAndFromConfiguration() {
        Schedule opensInAnHour = Schedule.opening(T0.plus(Duration.ofHours(1)));
        TestClock.CLOCK.set(T0.plus(Duration.ofMinutes(50)));
        assertEquals(new JoinDecision.Closed(ClosedReason.NOT_OPEN_YET, T0.plus(Duration.ofHours(1))),
                service.join(LECTURE, TEACHER, JoinSettings.defaults().withSchedule(opensInAnHour)
                        .withModeratorEarlyJoin(Duration.ZERO)));

        restart(Map.of("bbb.lms.moderator-early-join", "5m"));
        assertEquals(new JoinDecision.Closed(ClosedReason.NOT_OPEN_YET, T0.plus(Duration.ofMinutes(55))),
                service.join(LECTURE, TEACHER, JoinSettings.defaults().withSchedule(opensInAnHour)));
        assertInstanceOf(JoinDecision.Join.class, service.join(LECTURE, TEACHER,
                JoinSettings.defaults().withSchedule(opensInAnHour).withModeratorEarlyJoin(Duration.ofMinutes(10))));
    }

    @Test
    void fromTheClosingTimeOnNobodyJoinsAndNothingIsCreated() {
        JoinSettings settings = JoinSettings.defaults()
                .withSchedule(Schedule.between(T0.minus(Duration.ofHours(2)), T0));
        assertEquals(new JoinDecision.Closed(ClosedReason.CLOSED, T0), service.join(LECTURE, TEACHER, settings));
        assertEquals(new JoinDecision.Closed(ClosedReason.CLOSED, T0), service.join(LECTURE, STUDENT, settings));
        TestClock.CLOCK.set(T0.minusMillis(1));
        assertInstanceOf(JoinDecision.Join.class, service.join(LECTURE, STUDENT, settings));
        assertEquals(List.of("create"), calls());
    }

    @Test
    void durationIsTheMinutesLeftUntilClosingRoundedUpPlusCompensation() {
        JoinSettings settings = JoinSettings.defaults()
                .withSchedule(Schedule.closing(T0.plus(Duration.ofMinutes(90)).plusSeconds(30)));
        joined(service.join(LECTURE, TEACHER, settings));
        assertEquals("101", SIM.control().requests("create").get(0).param("duration").orElseThrow(),
                "91 minutes left, rounded up, + 10 minutes compensation (Moodle's default)");
        assertEquals(101, SIM.control().meeting(service.meetingId(LECTURE)).orElseThrow().duration());

        SIM.control().reset();
        restart(Map.of("bbb.lms.duration-compensation", "0"));
        joined(service.join(LECTURE, TEACHER, settings));
        assertEquals("91", SIM.control().requests("create").get(0).param("duration").orElseThrow());

        SIM.control().reset();
        joined(service.join(LECTURE, TEACHER));
        assertTrue(SIM.control().requests("create").get(0).param("duration").isEmpty(), "no closing time, no limit");
    }

    @Test
    void theCreateCustomizerRunsAfterTheScheduleAndCanOverrideIt() {
        JoinSettings settings = JoinSettings.defaults().withSchedule(Schedule.closing(T0.plus(Duration.ofMinutes(50))));
        JoinDecision.Join join = joined(service.join(LECTURE, TEACHER, settings,
                create -> create.autoStartRecording(true).duration(30),
                j -> j.logoutURL("https://lms.example.edu/course")));
        var create = SIM.control().requests("create").get(0);
        assertEquals("true", create.param("autoStartRecording").orElseThrow());
        assertEquals("30", create.param("duration").orElseThrow(), "the customizer runs last");
        assertTrue(join.url().uri().getRawQuery().contains("logoutURL=https%3A%2F%2Flms.example.edu%2Fcourse"),
                "the join customizer too");
    }

    @Test
    void moderatorJoiningEarlyGetsTheDurationUntilClosing() {
        JoinSettings settings = JoinSettings.defaults().withSchedule(
                Schedule.between(T0.plus(Duration.ofMinutes(10)), T0.plus(Duration.ofMinutes(70))));
        joined(service.join(LECTURE, TEACHER, settings));
        assertEquals("80", SIM.control().requests("create").get(0).param("duration").orElseThrow());
    }

    // ---- wait for the moderator ----

    @Test
    void viewerWaitsUntilAModeratorIsConnectedAndNeverCreates() throws Exception {
        JoinDecision first = service.join(LECTURE, STUDENT, WAITING);
        assertEquals(new JoinDecision.Wait(WaitReason.MODERATOR_NOT_PRESENT, Duration.ofSeconds(10)), first);
        assertEquals(List.of("getMeetingInfo"), calls(), "a waiting viewer does not create the meeting");
        assertTrue(SIM.control().meetings().isEmpty());

        JoinDecision.Join teacher = joined(service.join(LECTURE, TEACHER, WAITING));
        assertEquals(Role.MODERATOR, teacher.role());
        TestClock.CLOCK.advance(Duration.ofSeconds(5));
        assertInstanceOf(JoinDecision.Wait.class, service.join(LECTURE, STUDENT, WAITING),
                "the meeting exists, but its moderator has not connected yet");

        enter(teacher.url());
        assertInstanceOf(JoinDecision.Wait.class, service.join(LECTURE, STUDENT, WAITING),
                "the cached answer serves until it is 5 s old");
        TestClock.CLOCK.advance(Duration.ofSeconds(5));
        JoinDecision.Join student = joined(service.join(LECTURE, STUDENT, WAITING));
        assertEquals(Role.VIEWER, student.role());

        JoinSession session = enter(student.url());
        assertEquals(SimRole.VIEWER, session.role());
        assertEquals("student-2", session.userID());
        assertEquals(List.of("getMeetingInfo", "create", "getMeetingInfo", "join", "getMeetingInfo", "join"), calls());
        String createTime = Long.toString(SIM.control().meeting(service.meetingId(LECTURE)).orElseThrow().createTime());
        assertEquals(createTime, SIM.control().requests("join").get(1).param("createTime").orElseThrow());
    }

    @Test
    void theJoinDecisionFollowsTheActivitysRoleRules() {
        MeetingContext seminar = MeetingContext.of(COURSE, new Activity("act-8", "Student seminar")
                .withOwner("student-2").withRoleRules(RoleRules.none().withUser("teacher-1", Role.VIEWER)));
        assertEquals(Role.MODERATOR, joined(service.join(seminar, STUDENT, JoinSettings.defaults())).role(),
                "the activity's owner moderates");
        assertEquals(Role.VIEWER, joined(service.join(seminar, TEACHER, JoinSettings.defaults())).role(),
                "a user rule comes before the Instructor role");
    }

    @Test
    void waitingIsAConfiguredDefaultThatAnActivityMayOverride() {
        assertInstanceOf(JoinDecision.Join.class, service.join(LECTURE, STUDENT), "off by default, as in Moodle");
        SIM.control().reset();
        restart(Map.of("bbb.lms.wait-for-moderator", "true", "bbb.lms.wait-poll-interval", "3s"));
        assertEquals(new JoinDecision.Wait(WaitReason.MODERATOR_NOT_PRESENT, Duration.ofSeconds(3)),
                service.join(LECTURE, STUDENT));
        assertInstanceOf(JoinDecision.Join.class,
                service.join(LECTURE, STUDENT, JoinSettings.defaults().withWaitForModerator(false)));
    }

    @Test
    void concurrentWaitingViewersShareOneGetMeetingInfoPerInterval() throws Exception {
        // a slow server, so that the polls overlap the request in flight
        SIM.control().stub("getMeetingInfo", Stub.delay(Duration.ofMillis(300)));
        int viewers = 40;
        List<JoinDecision> first = concurrently(viewers, i -> service.join(LECTURE,
                LmsUser.of("student-" + i, "Student " + i, "Learner"), WAITING));
        assertTrue(first.stream().allMatch(d -> d instanceof JoinDecision.Wait), first::toString);
        assertEquals(1, SIM.control().requests("getMeetingInfo").size(), "one request for all waiting viewers");

        enter(joined(service.join(LECTURE, TEACHER, WAITING)).url());
        TestClock.CLOCK.advance(Duration.ofSeconds(5));
        List<JoinDecision> second = concurrently(viewers, i -> service.join(LECTURE,
                LmsUser.of("student-" + i, "Student " + i, "Learner"), WAITING));
        assertTrue(second.stream().allMatch(d -> d instanceof JoinDecision.Join), second::toString);
        assertEquals(2, SIM.control().requests("getMeetingInfo").size(), "one more request in the next interval");
        assertEquals(1, SIM.control().requests("create").size(), "only the moderator created");
    }

    private interface Call {
        JoinDecision run(int i) throws Exception;
    }

    private static List<JoinDecision> concurrently(int n, Call call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<JoinDecision>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                futures.add(pool.submit((Callable<JoinDecision>) () -> {
                    go.await();
                    return call.run(index);
                }));
            }
            go.countDown();
            List<JoinDecision> results = new ArrayList<>();
            for (Future<JoinDecision> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    // ---- guest links ----

    @Test
    void guestWithAValidLinkWaitsForTheModeratorThenJoinsAsGuestViewer() throws Exception {
        GuestLink link = service.createGuestLink(LECTURE, Duration.ofDays(7));
        assertEquals(T0.plus(Duration.ofDays(7)), link.expiresAt());
        assertFalse(link.toString().contains(link.token()), "the token is a credential");

        assertEquals(new JoinDecision.Wait(WaitReason.MODERATOR_NOT_PRESENT, Duration.ofSeconds(10)),
                service.joinAsGuest(LECTURE, link.token(), "Visiting Professor", JoinSettings.defaults()),
                "a guest never creates the meeting");
        assertTrue(SIM.control().meetings().isEmpty());

        enter(joined(service.join(LECTURE, TEACHER)).url());
        TestClock.CLOCK.advance(Duration.ofSeconds(5));
        JoinDecision.Join guest = joined(service.joinAsGuest(LECTURE, link.token(), " Visiting Professor ",
                JoinSettings.defaults()));
        assertEquals(Role.VIEWER, guest.role());
        assertFalse(guest.toString().contains(link.token()));

        JoinSession session = enter(guest.url());
        assertTrue(session.guest());
        assertEquals("true", session.joinParam("guest").orElseThrow());
        assertEquals("VIEWER", session.joinParam("role").orElseThrow());
        assertEquals("Visiting Professor", session.fullName());
        assertEquals("ALLOW", session.guestStatus(), "BBB's default policy lets guests in");
    }

    @Test
    void underAskModeratorTheGuestWaitsInTheLobby() throws Exception {
        JoinSettings settings = JoinSettings.defaults().withGuestPolicy(GuestPolicy.ASK_MODERATOR);
        enter(joined(service.join(LECTURE, TEACHER, settings)).url());
        assertEquals("ASK_MODERATOR", SIM.control().requests("create").get(0).param("guestPolicy").orElseThrow());

        GuestLink link = service.createGuestLink(LECTURE, Duration.ofHours(2));
        JoinDecision.Join guest = joined(service.joinAsGuest(LECTURE, link.token(), "Guest Speaker", settings));
        HttpResponse<Void> r = BROWSER.send(HttpRequest.newBuilder(guest.url().uri()).build(),
                HttpResponse.BodyHandlers.discarding());
        assertEquals(302, r.statusCode());
        List<JoinSession> sessions = SIM.control().joinSessions();
        JoinSession lobby = sessions.get(sessions.size() - 1);
        assertTrue(lobby.guest());
        assertEquals("WAIT", lobby.guestStatus(), "the moderator approves");
    }

    @Test
    void expiredLinkIsRefused() {
        GuestLink link = service.createGuestLink(LECTURE, Duration.ofHours(1));
        TestClock.CLOCK.advance(Duration.ofMinutes(59));
        assertInstanceOf(JoinDecision.Wait.class, service.joinAsGuest(LECTURE, link.token(), "G", JoinSettings.defaults()));
        TestClock.CLOCK.advance(Duration.ofMinutes(1));
        assertEquals(new JoinDecision.Refused(RefusedReason.GUEST_LINK_EXPIRED),
                service.joinAsGuest(LECTURE, link.token(), "G", JoinSettings.defaults()));
    }

    @Test
    void forgedAlteredOrForeignLinksAreRefused() {
        GuestLink link = service.createGuestLink(LECTURE, Duration.ofHours(1));
        String token = link.token();
        String[] parts = token.split("\\.");
        long later = Long.parseLong(parts[0]) + 86_400;
        char last = parts[1].charAt(parts[1].length() - 1);
        List<String> bad = List.of(
                later + "." + parts[1],                                                     // expiry extended
                parts[0] + "." + parts[1].substring(0, parts[1].length() - 1) + (last == 'A' ? 'B' : 'A'),
                parts[0] + "." + parts[1].substring(1),                                     // too short
                "", "x", token + "x", token.replace('.', ':'));
        for (String t : bad) {
            assertEquals(new JoinDecision.Refused(RefusedReason.GUEST_LINK_INVALID),
                    service.joinAsGuest(LECTURE, t, "G", JoinSettings.defaults()), t);
        }
        assertEquals(new JoinDecision.Refused(RefusedReason.GUEST_LINK_INVALID),
                service.joinAsGuest(LECTURE, null, "G", JoinSettings.defaults()));
        MeetingContext groupA = LECTURE.inSection(new Section("a", "Group A"));
        assertEquals(new JoinDecision.Refused(RefusedReason.GUEST_LINK_INVALID),
                service.joinAsGuest(groupA, token, "G", JoinSettings.defaults()), "a link opens its own meeting only");
        assertEquals(List.of(), calls(), "refused links cost no call");
    }

    @Test
    void rotatingTheKeyRevokesEveryLink() {
        GuestLink link = service.createGuestLink(LECTURE, Duration.ofDays(30));
        restart(Map.of("bbb.lms.guest-link-key", "a-brand-new-guest-link-key-0f3b"));
        assertEquals(new JoinDecision.Refused(RefusedReason.GUEST_LINK_INVALID),
                service.joinAsGuest(LECTURE, link.token(), "G", JoinSettings.defaults()));
        GuestLink fresh = service.createGuestLink(LECTURE, Duration.ofDays(30));
        assertInstanceOf(JoinDecision.Wait.class, service.joinAsGuest(LECTURE, fresh.token(), "G", JoinSettings.defaults()));
    }

    @Test
    void withoutAKeyGuestLinksAreOff() {
        GuestLink link = service.createGuestLink(LECTURE, Duration.ofDays(1));
        restart(Map.of("bbb.lms.guest-link-key", ""));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> service.createGuestLink(LECTURE, Duration.ofDays(1)));
        assertTrue(e.getMessage().contains("bbb.lms.guest-link-key"), e.getMessage());
        assertEquals(new JoinDecision.Refused(RefusedReason.GUEST_LINK_INVALID),
                service.joinAsGuest(LECTURE, link.token(), "G", JoinSettings.defaults()));
    }

    @Test
    void guestsKeepToTheScheduleAndNeedAName() {
        GuestLink link = service.createGuestLink(LECTURE, Duration.ofDays(1));
        JoinSettings later = JoinSettings.defaults().withSchedule(Schedule.opening(T0.plus(Duration.ofHours(1))));
        assertEquals(new JoinDecision.Closed(ClosedReason.NOT_OPEN_YET, T0.plus(Duration.ofHours(1))),
                service.joinAsGuest(LECTURE, link.token(), "G", later));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> service.joinAsGuest(LECTURE, link.token(), "  ", JoinSettings.defaults()));
        assertTrue(e.getMessage().contains("guestName"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> service.createGuestLink(LECTURE, Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> service.createGuestLink(LECTURE, Duration.ofDays(367)));
        assertEquals(T0.plus(Duration.ofDays(366)), service.createGuestLink(LECTURE, Duration.ofDays(366)).expiresAt());
    }

    @Test
    void joinCustomizersApplyOnBothPathsAndCannotMakeAGuestModerator() throws Exception {
        String course = "https://moodle.example.edu/course/view.php?id=42";
        JoinDecision.Join teacher = joined(service.join(LECTURE, TEACHER, WAITING, b -> b.logoutURL(course)));
        assertEquals(course, enter(teacher.url()).joinParam("logoutURL").orElseThrow(), "create-and-join path");
        TestClock.CLOCK.advance(Duration.ofSeconds(5));
        JoinDecision.Join student = joined(service.join(LECTURE, STUDENT, WAITING, b -> b.logoutURL(course)));
        assertEquals(course, enter(student.url()).joinParam("logoutURL").orElseThrow(), "running-meeting path");

        GuestLink link = service.createGuestLink(LECTURE, Duration.ofHours(1));
        JoinDecision.Join guest = joined(service.joinAsGuest(LECTURE, link.token(), "G", JoinSettings.defaults(),
                b -> b.role(Role.MODERATOR).guest(false).logoutURL("https://example.edu/bye")));
        JoinSession session = enter(guest.url());
        assertEquals(SimRole.VIEWER, session.role());
        assertTrue(session.guest());
        assertEquals("https://example.edu/bye", session.joinParam("logoutURL").orElseThrow());
    }

    @Test
    void withoutAClockBeanTheSystemClockDecides() {
        cdi.close();
        cdi = TestContainer.withProperties(Map.of("bbb.url", SIM.apiUrl().toString(), "bbb.secret", SECRET,
                "bbb.lms.meeting-id-key", KEY));
        service = cdi.get(CourseMeetingService.class);
        Instant realNow = Instant.now();
        assertEquals(new JoinDecision.Closed(ClosedReason.CLOSED, realNow.minusSeconds(60)), service.join(LECTURE,
                TEACHER, JoinSettings.defaults().withSchedule(Schedule.closing(realNow.minusSeconds(60)))));
        assertInstanceOf(JoinDecision.Join.class, service.join(LECTURE, TEACHER,
                JoinSettings.defaults().withSchedule(Schedule.closing(realNow.plusSeconds(3600)))));
    }

    @Test
    void joinUrlStaysTheUnconditionalCreateAndJoin() {
        restart(Map.of("bbb.lms.wait-for-moderator", "true"));
        JoinUrl url = service.joinUrl(LECTURE, STUDENT);
        assertTrue(url.uri().getRawQuery().contains("role=VIEWER"));
        assertEquals(List.of("create"), calls(), "joinUrl does not wait and does not ask getMeetingInfo");
    }
}
