package io.github.bbbjakarta.lms.readme;

// tag::cdi[]
import io.github.bbbjakarta.api.JoinUrl;
import io.github.bbbjakarta.cdi.MeetingService;
import io.github.bbbjakarta.lms.*;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import java.util.Set;

@Path("courses/{course}/lecture")
@RequestScoped
public class LectureResource {
    @Inject CourseMeetingService courseMeetings;   // bbb-lms-integration
    @Inject MeetingService meetings;               // bbb-cdi: every bbb-api call with the configured server

    @GET
    public Response join(@PathParam("course") String courseId) {
        MeetingContext ctx = MeetingContext.of(new Course("moodle.example.edu", courseId, "Physics 101", "PHY101"),
                        new Activity("7", "Weekly lecture"))
                .inSection(new Section("3", "Group A"))     // optional: a meeting per section
                .withEnrolledCount(27);                     // optional: bbb-meeting-size-hint
        LmsUser user = new LmsUser("u-1001", "Ada Lovelace", Set.of("Instructor"));   // from your LMS session
        JoinUrl url = courseMeetings.joinUrl(ctx, user);    // creates the meeting if needed, then signs the join
        return Response.seeOther(url.uri()).build();
    }
}
// end::cdi[]
