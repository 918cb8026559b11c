package io.github.bbbjakarta.lms.readme;

// tag::course-page[]
import io.github.bbbjakarta.api.Role;
import io.github.bbbjakarta.lms.*;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.Response;

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

    private LmsUser currentUser() {                       // from your LMS session
        return LmsUser.of("u-2001", "Grace Hopper", "Student");
    }

    @GET
    @Path("join")
    public Response join(@PathParam("course") String courseId) {
        return Response.seeOther(courseMeetings.joinUrl(lecture(courseId), currentUser()).uri()).build();
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
// end::course-page[]
