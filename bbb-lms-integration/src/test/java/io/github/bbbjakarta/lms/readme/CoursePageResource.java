package io.github.bbbjakarta.lms.readme;

// tag::course-page[]
import io.github.bbbjakarta.api.GuestPolicy;
import io.github.bbbjakarta.api.Role;
import io.github.bbbjakarta.cdi.MeetingEnded;
import io.github.bbbjakarta.cdi.RecordingReady;
import io.github.bbbjakarta.lms.*;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

@Path("courses/{course}/lecture")
@RequestScoped
public class CoursePageResource {
    @Inject CourseMeetingService courseMeetings;
    @Inject CourseRecordingService recordings;

    private MeetingContext lecture(String courseId) {   // from your LMS's course, activity and group tables
        Course course = new Course("moodle.example.edu", courseId, "Physics 101", "PHY101");
        Activity activity = new Activity("7", "Weekly lecture")
                .withDescription("Mechanics, chapter by chapter")
                .withRecorded(true)                                  // record=true, a notice in the welcome
                .withOwner("u-1001")                                 // always moderates
                .withRoleRules(courseMeetings.defaultRoleRules()     // bbb.lms.moderator-roles, plus:
                        .withSection("tutors", Role.MODERATOR));
        return MeetingContext.of(course, activity).withBreakoutSections(List.of(   // pre-assigned rooms
                new Section("grp-a", "Group A").withMembers("u-2001", "u-2002"),
                new Section("grp-b", "Group B").withMembers("u-2003")));
    }

    private JoinSettings settings() {                     // stored with the activity in your LMS
        return JoinSettings.defaults()
                .withSchedule(Schedule.between(Instant.parse("2026-09-07T08:00:00Z"),
                        Instant.parse("2026-09-07T10:00:00Z")))     // duration sent to BBB; moderators 15 min early
                .withWaitForModerator(true)                          // viewers never create the meeting
                .withGuestPolicy(GuestPolicy.ASK_MODERATOR);
    }

    private LmsUser currentUser() {                       // from your LMS session
        return LmsUser.of("u-2001", "Grace Hopper", "Student");
    }

    @GET
    @Path("join")
    public Response join(@PathParam("course") String courseId) {
        JoinDecision decision = courseMeetings.join(lecture(courseId), currentUser(), settings());
        if (decision instanceof JoinDecision.Join j) {
            return Response.seeOther(j.url().uri()).build();             // MODERATOR or VIEWER by the role rules
        } else if (decision instanceof JoinDecision.Wait w) {            // poll: 300 students cost ~1 call per 5 s
            return Response.ok("Waiting for the instructor…").header("Refresh", w.pollAfter().toSeconds()).build();
        } else if (decision instanceof JoinDecision.Closed c) {          // NOT_OPEN_YET or CLOSED, and when
            return Response.status(Response.Status.CONFLICT).entity(c.reason() + " " + c.at()).build();
        }
        return Response.status(Response.Status.FORBIDDEN).build();
    }

    @POST
    @Path("guest-link")
    public String inviteGuest(@PathParam("course") String courseId) {   // for the instructor to copy
        GuestLink link = courseMeetings.createGuestLink(lecture(courseId), Duration.ofDays(7));
        return URI.create("https://moodle.example.edu/guest?t=" + link.token()).toString();   // a credential
    }

    @GET
    @Path("recordings")
    public List<String> recordings(@PathParam("course") String courseId, @QueryParam("page") int page) {
        CourseRecordingsPage p = recordings.list(lecture(courseId), RecordingScope.ACTIVITY, currentUser(), page * 20, 20);
        return p.recordings().stream()                    // viewers get published recordings only
                .map(r -> r.name() + r.section().map(s -> " – " + s.name()).orElse("")).toList();
    }

    @POST
    @Path("recordings/{id}/name")
    public Response rename(@PathParam("course") String courseId, @PathParam("id") String recordID, String name) {
        try {
            recordings.rename(lecture(courseId), currentUser(), recordID, name);   // bbb-recording-name
            return Response.noContent().build();
        } catch (RecordingAccessDeniedException e) {      // a viewer, or another activity's recording
            return Response.status(Response.Status.FORBIDDEN).build();
        }
    }
}

/** BBB's callbacks, verified and de-duplicated by bbb-cdi's endpoint (set bbb.callback-url), as CDI events. */
@ApplicationScoped
class CoursePageEvents {
    void ended(@Observes MeetingEnded e) {           // also expiry or a moderator's "end meeting": e.origin()
        // mark the activity "ended" for e.meetingID()
    }

    void recordingReady(@Observes RecordingReady r) {   // r.meetingID(), r.recordID(): show it on the course page
    }
}
// end::course-page[]
