package io.github.bbbjakarta.demo;

import io.github.bbbjakarta.cdi.MeetingEnded;
import io.github.bbbjakarta.cdi.RecordingReady;
import io.github.bbbjakarta.cdi.TestContainer;
import io.github.bbbjakarta.lms.CourseMeetingService;
import io.github.bbbjakarta.simulator.BbbSimulatorExtension;
import io.github.bbbjakarta.simulator.JoinSession;
import io.github.bbbjakarta.simulator.MeetingSnapshot;
import io.github.bbbjakarta.simulator.Parameter;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The demo LMS's resources in Weld SE (the beans the WAR deploys, bbb-lms-integration from its jar) against the
 * embedded simulator over real HTTP: the join button's decisions by user, the recording buttons by role, the guest
 * link, and the events feed.
 */
class DemoLmsTest {
    private static final String SECRET = "lms-demo-test-secret-4e1";
    private static final String DEMO = "http://lms.test/lms-demo/";

    @RegisterExtension
    static final BbbSimulatorExtension SIM = BbbSimulatorExtension.withSecret(SECRET);

    private static final HttpClient BROWSER = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private TestContainer cdi;
    private CoursePageResource page;
    private CourseMeetingService courseMeetings;
    private Lms lms;

    @BeforeEach
    void start() {
        cdi = TestContainer.withProperties(Map.of("bbb.url", SIM.apiUrl().toString(), "bbb.secret", SECRET,
                        "bbb.lms.meeting-id-key", "lms-demo-test-meeting-id-key-77", "bbb.lms.guest-link-key",
                        "lms-demo-test-guest-link-key-91", "bbb.lms.moderator-roles", "Instructor",
                        "bbb.lms.wait-poll-interval", "3s", "lms-demo.url", DEMO,
                        // no shared getMeetingInfo answer between the steps of a test
                        "bbb.lms.meeting-info-cache-ttl", "1ms"),
                Lms.class, CallbackEventLog.class, CoursePageResource.class, GuestResource.class, EventsResource.class);
        page = cdi.get(CoursePageResource.class);
        courseMeetings = cdi.get(CourseMeetingService.class);
        lms = cdi.get(Lms.class);
    }

    @AfterEach
    void stop() {
        cdi.close();
    }

    private String lectureMeetingId() {
        DemoCourse physics = lms.course("PHY-101").orElseThrow();
        return courseMeetings.meetingId(lms.context(physics, physics.activity("lecture").orElseThrow()));
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> q = new HashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            q.put(kv[0], URLDecoder.decode(kv.length > 1 ? kv[1] : "", StandardCharsets.UTF_8));
        }
        return q;
    }

    /** Follows a 303 into the simulated BBB and opens its client: the user is connected. */
    private static JoinSession enter(Response r) throws Exception {
        assertEquals(303, r.getStatus(), "a redirect into BBB");
        HttpResponse<Void> join = BROWSER.send(HttpRequest.newBuilder(r.getLocation()).build(),
                HttpResponse.BodyHandlers.discarding());
        assertEquals(302, join.statusCode());
        List<JoinSession> sessions = SIM.control().joinSessions();
        return SIM.control().connect(sessions.get(sessions.size() - 1).sessionToken());
    }

    private static String body(Response r) {
        return (String) r.getEntity();
    }

    private JsonObject card(String user, String activity) {
        return page.activity("PHY-101", activity, user);
    }

    @Test
    void theJoinButtonFollowsTheLmsRulesForEachUser() throws Exception {
        Response early = page.join("PHY-101", "lecture", "grace");
        assertEquals(200, early.getStatus());
        assertTrue(body(early).contains("id=\"waiting\""), "a student before the instructor waits");
        assertEquals("3", early.getHeaderString("Refresh"), "the waiting page reloads itself after pollAfter");
        assertEquals(List.of(), SIM.control().meetings(), "a waiting student creates nothing");

        Response ada = page.join("PHY-101", "lecture", "ada");
        Map<String, String> adaJoin = query(ada.getLocation());
        assertEquals("MODERATOR", adaJoin.get("role"));
        assertEquals("ada", adaJoin.get("userID"));
        assertEquals(DEMO + "?course=PHY-101", adaJoin.get("logoutURL"), "BBB's leave button comes back to the course page");
        enter(ada);

        assertEquals("VIEWER", query(page.join("PHY-101", "lecture", "grace").getLocation()).get("role"),
                "once the instructor is in, the same link lets the student in");
        assertEquals("MODERATOR", query(page.join("PHY-101", "lecture", "alan").getLocation()).get("role"),
                "the teaching assistant moderates by the activity's role rule");
        assertEquals("VIEWER", query(page.join("PHY-101", "lecture", "edsger").getLocation()).get("role"));

        Response closed = page.join("PHY-101", "exam-review", "grace");
        assertEquals(409, closed.getStatus());
        assertTrue(body(closed).contains("id=\"closed\" data-reason=\"NOT_OPEN_YET\""), body(closed));
        assertTrue(body(closed).contains("opens at"), "says when it opens");
    }

    @Test
    void theCardShowsTheMeetingStatusSectionsAndRoleOfTheUser() throws Exception {
        JsonObject before = card("grace", "lecture");
        assertEquals("not started", before.getJsonObject("status").getString("text"));
        assertEquals("VIEWER", before.getString("role"));
        assertEquals("Section A", before.getJsonArray("sections").getJsonObject(0).getString("name"));
        assertTrue(before.getJsonArray("sections").getJsonObject(0).getBoolean("mine"), "grace is in section A");
        assertEquals("[\"Grace Hopper\",\"Katherine Johnson\"]",
                before.getJsonArray("sections").getJsonObject(0).getJsonArray("members").toString());

        enter(page.join("PHY-101", "lecture", "ada"));
        assertEquals("running with 1 participant", card("grace", "lecture").getJsonObject("status").getString("text"));
        enter(page.join("PHY-101", "lecture", "grace"));
        assertEquals("running with 2 participants", card("ada", "lecture").getJsonObject("status").getString("text"));

        courseMeetings.end(lms.context(lms.course("PHY-101").orElseThrow(),
                lms.course("PHY-101").orElseThrow().activity("lecture").orElseThrow()));
        assertEquals("ended", card("grace", "lecture").getJsonObject("status").getString("state"));

        assertEquals("not-open-yet", card("grace", "exam-review").getJsonObject("schedule").getString("state"));
        assertEquals(0, card("grace", "exam-review").getJsonArray("sections").size(), "no breakout rooms there");
    }

    @Test
    void guestLinksAreForModeratorsAndLetAGuestInOnceTheInstructorIs() throws Exception {
        assertEquals(403, page.guestLink("PHY-101", "lecture", "grace").getStatus());
        Response link = page.guestLink("PHY-101", "lecture", "ada");
        assertEquals(200, link.getStatus());
        URI url = URI.create(((JsonObject) link.getEntity()).getString("url"));
        assertTrue(url.toString().startsWith(DEMO + "guest?course=PHY-101&activity=lecture&token="), url.toString());
        String token = query(url).get("token");

        GuestResource guests = cdi.get(GuestResource.class);
        String form = body(guests.page("PHY-101", "lecture", token));
        assertTrue(form.contains("id=\"guest-name\"") && form.contains("id=\"guest-join\""), form);

        assertTrue(body(guests.join("PHY-101", "lecture", token, "Marie Curie")).contains("id=\"waiting\""),
                "a guest never starts the meeting");
        enter(page.join("PHY-101", "lecture", "ada"));
        Map<String, String> join = query(guests.join("PHY-101", "lecture", token, "Marie Curie").getLocation());
        assertEquals("true", join.get("guest"));
        assertEquals("Marie Curie", join.get("fullName"));

        Response wrongActivity = guests.join("PHY-101", "exam-review", token, "Marie Curie");
        assertEquals(403, wrongActivity.getStatus());
        assertTrue(body(wrongActivity).contains("id=\"refused\" data-reason=\"GUEST_LINK_INVALID\""));
    }

    @Test
    void recordingButtonsWorkForModeratorsOnlyAndViewersSeePublishedRecordingsOnly() throws Exception {
        enter(page.join("PHY-101", "lecture", "ada"));   // the recorded lecture records from the first client on
        String meetingID = lectureMeetingId();
        MeetingSnapshot meeting = SIM.control().meeting(meetingID).orElseThrow();
        assertTrue(meeting.createParams().contains(new Parameter("autoStartRecording", "true")), "records by itself");
        assertEquals("ALWAYS_ACCEPT", meeting.guestPolicy(), "the first create carries the activity's guest policy");
        SIM.control().endMeeting(meetingID);
        SIM.control().advanceRecordings();
        SIM.control().advanceRecordings();

        JsonObject recording = card("grace", "lecture").getJsonArray("recordings").getJsonObject(0);
        assertEquals("published", recording.getString("state"));
        assertFalse(recording.isNull("playbackUrl"), "a play link");
        String recordID = recording.getString("recordID");

        Response denied = page.recordingAction("PHY-101", "lecture", recordID, "unpublish", "grace");
        assertEquals(403, denied.getStatus());
        assertEquals("NOT_A_MODERATOR", ((JsonObject) denied.getEntity()).getString("error"));
        assertEquals(403, page.deleteRecording("PHY-101", "lecture", recordID, "katherine").getStatus());
        assertEquals(403, page.recordingAction("HIS-200", "seminar", recordID, "unpublish", "ada").getStatus(),
                "another activity's recording");

        assertEquals(204, page.recordingAction("PHY-101", "lecture", recordID, "unpublish", "ada").getStatus());
        assertEquals(0, card("grace", "lecture").getJsonArray("recordings").size(), "hidden from students");
        assertEquals("unpublished", card("ada", "lecture").getJsonArray("recordings").getJsonObject(0).getString("state"));
        assertEquals(403, page.recordingAction("PHY-101", "lecture", recordID, "protect", "grace").getStatus());
        assertEquals(204, page.recordingAction("PHY-101", "lecture", recordID, "protect", "alan").getStatus(),
                "the teaching assistant moderates");
        assertTrue(card("ada", "lecture").getJsonArray("recordings").getJsonObject(0).isNull("protected"),
                "BBB (and the simulator) does not say: protection is Scalelite's");
        assertEquals(204, page.deleteRecording("PHY-101", "lecture", recordID, "ada").getStatus());
        assertEquals(0, card("ada", "lecture").getJsonArray("recordings").size());
    }

    @Test
    void theEventsFeedListsCallbackEventsInOrderAndKeepsTheLast50() {
        EventsResource feed = cdi.get(EventsResource.class);
        assertEquals("{\"last\":0,\"events\":[]}", feed.after(0).toString());

        BeanManager beans = cdi.get(BeanManager.class);
        beans.getEvent().fire(new MeetingEnded(lectureMeetingId(), MeetingEnded.Origin.END_CALLBACK));
        beans.getEvent().fire(new RecordingReady(lectureMeetingId(), "rec-1"));
        beans.getEvent().fire(new RecordingReady("breakout-room-x", "rec-2"));

        JsonObject all = feed.after(0);
        assertEquals(3, all.getInt("last"));
        JsonObject ended = all.getJsonArray("events").getJsonObject(0);
        assertEquals(List.of(1, "MeetingEnded", "END_CALLBACK", "PHY-101", "lecture"), List.of(ended.getInt("seq"),
                ended.getString("type"), ended.getString("detail"), ended.getString("course"), ended.getString("activity")));
        assertEquals("rec-1", all.getJsonArray("events").getJsonObject(1).getString("recordID"));
        assertFalse(all.getJsonArray("events").getJsonObject(2).containsKey("course"), "not one of our activities");
        assertEquals(1, feed.after(2).getJsonArray("events").size());
        assertEquals("ended", card("grace", "lecture").getJsonObject("status").getString("state"));

        for (int i = 0; i < 60; i++) {
            beans.getEvent().fire(new RecordingReady(lectureMeetingId(), "r" + i));
        }
        JsonObject kept = feed.after(0);
        assertEquals(63, kept.getInt("last"));
        assertEquals(50, kept.getJsonArray("events").size());
        assertEquals(14, kept.getJsonArray("events").getJsonObject(0).getInt("seq"));
    }
}
