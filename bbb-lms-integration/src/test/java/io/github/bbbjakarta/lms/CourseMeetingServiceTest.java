package io.github.bbbjakarta.lms;

import io.github.bbbjakarta.cdi.TestContainer;
import io.github.bbbjakarta.api.CreateMeetingResponse;
import io.github.bbbjakarta.api.JoinUrl;
import io.github.bbbjakarta.api.Role;
import io.github.bbbjakarta.simulator.BbbSimulatorExtension;
import io.github.bbbjakarta.simulator.JoinSession;
import io.github.bbbjakarta.simulator.JournalEntry;
import io.github.bbbjakarta.simulator.MeetingSnapshot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CourseMeetingServiceTest {
    private static final String SECRET = "lms-test-secret-51e0";
    private static final String KEY = "lms-test-meeting-id-key-3f7c9a2b";

    @RegisterExtension
    static final BbbSimulatorExtension SIM = BbbSimulatorExtension.withSecret(SECRET);

    private static final HttpClient BROWSER = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private static final Course COURSE = new Course("moodle.example.edu", "course-42", "Physics 101: Mechanics", "PHY101");
    private static final MeetingContext LECTURE = MeetingContext.of(COURSE, new Activity("act-7", "Weekly lecture"));
    private static final LmsUser TEACHER = LmsUser.of("teacher-1001", "Ada Lovelace", "Instructor");
    private static final LmsUser STUDENT = LmsUser.of("student-2002", "Grace Hopper",
            "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner");

    private TestContainer cdi;
    private CourseMeetingService service;

    private void start(Map<String, String> extra) {
        Map<String, String> config = new HashMap<>(Map.of(
                "bbb.url", SIM.apiUrl().toString(), "bbb.secret", SECRET, "bbb.lms.meeting-id-key", KEY));
        config.putAll(extra);
        cdi = TestContainer.withProperties(config);
        service = cdi.get(CourseMeetingService.class);
    }

    @BeforeEach
    void startDefault() {
        start(Map.of("bbb.lms.origin", "Moodle", "bbb.lms.origin-version", "4.3.2",
                "bbb.lms.origin-server-name", "moodle.example.edu"));
    }

    @AfterEach
    void stop() {
        cdi.close();
    }

    private MeetingSnapshot meeting(MeetingContext context) {
        return SIM.control().meeting(service.meetingId(context)).orElseThrow();
    }

    private JoinSession follow(JoinUrl url) throws IOException, InterruptedException {
        int before = SIM.control().joinSessions().size();
        HttpResponse<Void> r = BROWSER.send(HttpRequest.newBuilder(url.uri()).build(), HttpResponse.BodyHandlers.discarding());
        assertEquals(302, r.statusCode(), "join redirects the browser into the meeting");
        List<JoinSession> sessions = SIM.control().joinSessions();
        assertEquals(before + 1, sessions.size());
        return sessions.get(sessions.size() - 1);
    }

    private static Map<String, String> query(URI uri) {
        return Arrays.stream(uri.getRawQuery().split("&")).map(p -> p.split("=", 2)).collect(Collectors.toMap(
                p -> p[0], p -> URLDecoder.decode(p[1], StandardCharsets.UTF_8), (a, b) -> a, LinkedHashMap::new));
    }

    @Test
    void createSendsTheMetadataLmsUsersRelyOn() {
        MeetingContext context = LECTURE.inSection(new Section("grp-3", "Group A")).withEnrolledCount(27);
        service.open(context);

        MeetingSnapshot m = meeting(context);
        assertEquals("Weekly lecture (Group A)", m.name());
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("bbb-origin", "Moodle");
        expected.put("bbb-origin-version", "4.3.2");
        expected.put("bbb-origin-server-name", "moodle.example.edu");
        expected.put("bbb-context", "Physics 101: Mechanics");
        expected.put("bbb-context-id", "course-42");
        expected.put("bbb-context-name", "Physics 101: Mechanics");
        expected.put("bbb-origin-tag", "bbb-jakarta-lms");
        expected.put("bbb-context-label", "PHY101");
        expected.put("bbb-context-tenant", "moodle.example.edu");
        expected.put("bbb-context-activity-id", "act-7");
        expected.put("bbb-context-section-id", "grp-3");
        expected.put("bbb-recording-name", "Weekly lecture (Group A)");
        expected.put("bbb-meeting-size-hint", "27");
        assertEquals(expected, m.metadata());
        assertEquals("Welcome to <b>Weekly lecture (Group A)</b> (Physics 101: Mechanics)!",
                m.createParam("welcome").orElseThrow());
        assertTrue(m.createParam("record").isEmpty(), "not recorded unless the activity is");
    }

    @Test
    void defaultsWhenOnlyTheKeyIsConfigured() throws Exception {
        cdi.close();
        start(Map.of());
        MeetingContext context = MeetingContext.of(Course.of("t", "c1", "Chemistry"), new Activity("a1", "Lab"));
        service.open(context);
        MeetingSnapshot m = meeting(context);
        assertTrue(m.meetingID().startsWith("lms-"), m.meetingID());
        assertEquals(Map.of("bbb-origin", "LMS", "bbb-origin-server-name", InetAddress.getLocalHost().getHostName(),
                "bbb-origin-tag", "bbb-jakarta-lms", "bbb-context", "Chemistry", "bbb-context-id", "c1",
                "bbb-context-name", "Chemistry", "bbb-context-tenant", "t", "bbb-context-activity-id", "a1",
                "bbb-recording-name", "Lab"), m.metadata(), "no version, label, common name or size hint when unknown");
    }

    @Test
    void instructorModeratesAndLearnerViews() throws Exception {
        JoinUrl teacherUrl = service.joinUrl(LECTURE, TEACHER);
        JoinUrl studentUrl = service.joinUrl(LECTURE, STUDENT);
        assertEquals("MODERATOR", query(teacherUrl.uri()).get("role"));
        assertEquals("VIEWER", query(studentUrl.uri()).get("role"));
        assertFalse(teacherUrl.uri().getRawQuery().contains("password"), "no passwords");

        JoinSession teacher = follow(teacherUrl);
        assertEquals(io.github.bbbjakarta.simulator.SimRole.MODERATOR, teacher.role());
        assertEquals("teacher-1001", teacher.userID());
        assertEquals("Ada Lovelace", teacher.fullName());
        JoinSession student = follow(studentUrl);
        assertEquals(io.github.bbbjakarta.simulator.SimRole.VIEWER, student.role());
        assertEquals("student-2002", student.userID());
        assertEquals("Grace Hopper", student.fullName());
        assertEquals(service.meetingId(LECTURE), student.meetingID());
        assertEquals(Role.MODERATOR, service.roleOf(TEACHER));
    }

    @Test
    void everyJoinUrlIsPrecededByCreateAndCarriesCreateTime() throws Exception {
        follow(service.joinUrl(LECTURE, TEACHER));
        follow(service.joinUrl(LECTURE, STUDENT));

        List<JournalEntry> journal = SIM.control().requests();
        // The second create is answered by MeetingService's record of the meeting it just created (bbb.created-meeting-ttl).
        assertEquals(List.of("create", "join", "join"), journal.stream().map(JournalEntry::callName).toList());
        assertEquals("SUCCESS", journal.get(0).outcome());
        String createTime = Long.toString(meeting(LECTURE).createTime());
        assertEquals(createTime, journal.get(1).param("createTime").orElseThrow());
        assertEquals(createTime, journal.get(2).param("createTime").orElseThrow());
        assertEquals(1, SIM.control().meetings().size());
    }

    @Test
    void secondOpenIsADuplicateOfTheSameMeeting() {
        CreateMeetingResponse first = service.open(LECTURE);
        CreateMeetingResponse second = service.open(LECTURE);
        assertFalse(first.isDuplicate());
        assertTrue(second.isDuplicate());
        assertEquals(first.internalMeetingID(), second.internalMeetingID());
        assertEquals(first.createTime(), second.createTime());
        assertEquals(List.of(service.meetingId(LECTURE)),
                SIM.control().meetings().stream().map(MeetingSnapshot::meetingID).toList());
        assertTrue(service.findMeetingInfo(LECTURE).isPresent());
        assertFalse(service.isMeetingRunning(LECTURE));
        service.end(LECTURE);
        assertTrue(service.findMeetingInfo(LECTURE).isEmpty());
    }

    @Test
    void sectionsAndActivitiesGetTheirOwnMeetings() {
        MeetingContext groupA = LECTURE.inSection(new Section("a", "Group A"));
        MeetingContext groupB = LECTURE.inSection(new Section("b", "Group B"));
        MeetingContext seminar = MeetingContext.of(COURSE, new Activity("act-8", "Seminar"));
        service.open(LECTURE);
        service.open(groupA);
        service.open(groupB);
        service.open(seminar);
        assertEquals(4, SIM.control().meetings().size());
        assertNotEquals(service.meetingId(groupA), service.meetingId(groupB));
        assertFalse(service.meetingId(groupA).contains("course-42"));
    }

    @Test
    void customizersAdjustCreateAndJoin() throws Exception {
        JoinUrl url = service.joinUrl(LECTURE, STUDENT,
                create -> create.record(true).meta("bbb-recording-name", "Lecture 1"),
                join -> join.userdata("bbb_auto_join_audio", "true"));
        MeetingSnapshot m = meeting(LECTURE);
        assertEquals("true", m.createParam("record").orElseThrow());
        assertEquals("Lecture 1", m.metadata().get("bbb-recording-name"));
        assertEquals("course-42", m.metadata().get("bbb-context-id"), "the other metadata stays");
        assertEquals("true", follow(url).customData().get("bbb_auto_join_audio"));
    }

    @Test
    void configuredModeratorRoles() {
        cdi.close();
        start(Map.of("bbb.lms.moderator-roles", "Mentor, Teaching Assistant"));
        assertEquals(Role.MODERATOR, service.roleOf(LmsUser.of("u", "U", "mentor")));
        assertEquals(Role.MODERATOR, service.roleOf(LmsUser.of("u", "U", "TeachingAssistant")));
        assertEquals(Role.VIEWER, service.roleOf(TEACHER));
    }

    @Test
    void activityRulesOwnerAndSectionsDecideTheJoinRole() throws Exception {
        Section groupA = new Section("grp-a", "Group A").withMembers("student-2002");
        MeetingContext context = MeetingContext.of(COURSE, new Activity("act-9", "Lab")
                        .withOwner("owner-1")
                        .withRoleRules(service.defaultRoleRules()
                                .withUser("teacher-1001", Role.VIEWER)
                                .withSection("grp-a", Role.MODERATOR)))
                .inSection(groupA);
        LmsUser owner = LmsUser.of("owner-1", "Olive Owner", "Learner");
        LmsUser otherStudent = LmsUser.of("student-3003", "Alan Turing", "Learner");
        LmsUser otherTeacher = LmsUser.of("teacher-1002", "Edsger Dijkstra", "EditingTeacher");

        assertEquals(Role.MODERATOR, service.roleOf(context, owner), "the owner always moderates");
        assertEquals(Role.VIEWER, service.roleOf(context, TEACHER), "a user rule beats the role rule");
        assertEquals(Role.MODERATOR, service.roleOf(context, STUDENT), "the section's member by the section rule");
        assertEquals(Role.VIEWER, service.roleOf(context, otherStudent));
        assertEquals(Role.MODERATOR, service.roleOf(context, otherTeacher), "the default role rule still applies");
        assertEquals(Role.MODERATOR, service.roleOf(context, otherStudent.inSections("grp-a")),
                "membership known from the user too");
        assertEquals(Role.MODERATOR, service.roleOf(TEACHER), "roleOf(user) keeps the defaults alone");

        assertEquals(SimRoleOf(Role.VIEWER), follow(service.joinUrl(context, TEACHER)).role());
        assertEquals(SimRoleOf(Role.MODERATOR), follow(service.joinUrl(context, owner)).role());
        assertEquals(SimRoleOf(Role.MODERATOR), follow(service.joinUrl(context, STUDENT)).role());
    }

    private static io.github.bbbjakarta.simulator.SimRole SimRoleOf(Role role) {
        return io.github.bbbjakarta.simulator.SimRole.valueOf(role.name());
    }

    @Test
    void configuredEveryoneRole() {
        cdi.close();
        start(Map.of("bbb.lms.everyone-role", "moderator"));
        assertEquals(Role.MODERATOR, service.roleOf(LECTURE, STUDENT));
        MeetingContext strict = MeetingContext.of(COURSE, new Activity("a", "Exam review")
                .withRoleRules(RoleRules.none().withLmsRole("Instructor", Role.MODERATOR)));
        assertEquals(Role.VIEWER, service.roleOf(strict, STUDENT), "an activity's own rules replace the defaults");
        assertEquals(Role.MODERATOR, service.roleOf(strict, TEACHER));
    }

    @Test
    void recordedActivitySendsTheFullMetadataAndANoticeInTheWelcome() {
        cdi.close();
        start(Map.of("bbb.lms.origin", "Moodle", "bbb.lms.origin-server-common-name", "Example University Moodle",
                "bbb.lms.origin-tag", "moodle-mod_bigbluebuttonbn (2024042200)"));
        MeetingContext context = MeetingContext.of(COURSE, new Activity("act-5", "Q&A <live>")
                .withDescription("Bring your questions about \"chapter 3\".")
                .withTags("exam", "chapter-3")
                .withRecorded(true));
        service.open(context);
        MeetingSnapshot m = meeting(context);
        assertEquals("Example University Moodle", m.metadata().get("bbb-origin-server-common-name"));
        assertEquals("moodle-mod_bigbluebuttonbn (2024042200)", m.metadata().get("bbb-origin-tag"));
        assertEquals("Bring your questions about \"chapter 3\".", m.metadata().get("bbb-recording-description"));
        assertEquals("exam,chapter-3", m.metadata().get("bbb-recording-tags"));
        assertTrue(m.record());
        assertEquals("true", m.createParam("notifyRecordingIsOn").orElseThrow());
        assertEquals("Welcome to <b>Q&amp;A &lt;live&gt;</b> (Physics 101: Mechanics)!<br>Bring your questions about"
                + " &quot;chapter 3&quot;.<br><br><b>This session may be recorded: what you say, show and write in it"
                + " can be part of the recording.</b>", m.createParam("welcome").orElseThrow());
    }

    @Test
    void breakoutSectionsAreSentAsGroupsWithTheirRosters() throws Exception {
        Section a = new Section("grp-a", "Group A").withMembers("student-2002", "student-3003");
        Section b = new Section("grp-b", "Group B").withMembers("student-4004");
        MeetingContext context = LECTURE.withBreakoutSections(List.of(a, b));
        assertEquals(service.meetingId(LECTURE), service.meetingId(context), "still the course meeting");

        follow(service.joinUrl(context, TEACHER));

        MeetingSnapshot m = meeting(context);
        assertEquals(List.of(
                new io.github.bbbjakarta.simulator.BreakoutGroupSnapshot("grp-a", "Group A",
                        List.of("student-2002", "student-3003")),
                new io.github.bbbjakarta.simulator.BreakoutGroupSnapshot("grp-b", "Group B",
                        List.of("student-4004"))), m.groups());
        JournalEntry create = SIM.control().requests().get(0);
        assertEquals("create", create.callName());
        assertEquals("[{\"id\":\"grp-a\",\"name\":\"Group A\",\"roster\":[\"student-2002\",\"student-3003\"]},"
                + "{\"id\":\"grp-b\",\"name\":\"Group B\",\"roster\":[\"student-4004\"]}]",
                create.param("groups").orElseThrow(), "the journal shows the groups sent");
        assertTrue(m.createParam("breakoutRoomsRecord").isEmpty(), "an activity that is not recorded");

        MeetingContext recorded = MeetingContext.of(COURSE, new Activity("act-r", "Recorded seminar").withRecorded(true))
                .withBreakoutSections(List.of(a));
        service.open(recorded);
        assertEquals("true", meeting(recorded).createParam("breakoutRoomsRecord").orElseThrow(),
                "the rooms of a recorded activity are recorded too");
        assertEquals(List.of("student-2002", "student-3003"), meeting(recorded).groups().get(0).roster());
    }
}
