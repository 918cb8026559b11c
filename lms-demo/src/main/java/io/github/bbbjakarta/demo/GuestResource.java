package io.github.bbbjakarta.demo;

import io.github.bbbjakarta.lms.CourseMeetingService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The guest link's page: a person without an LMS account types a name and joins as a guest (VIEWER,
 * {@code guest=true}). The token proves the instructor invited them to this activity; bbb-lms-integration checks
 * it (signature, activity, expiry) before anything is sent to BBB.
 */
@Path("guest")
@ApplicationScoped
@Produces(MediaType.TEXT_HTML)
public class GuestResource {
    @Inject
    CourseMeetingService courseMeetings;
    @Inject
    Lms lms;
    @Inject
    @ConfigProperty(name = "lms-demo.url", defaultValue = "http://localhost:8080/lms-demo/")
    String demoUrl;

    /** The guest page: a name field ({@code #guest-name}) and a join button ({@code #guest-join}). */
    @GET
    public Response page(@QueryParam("course") String courseId, @QueryParam("activity") String activityId,
                         @QueryParam("token") String token) {
        DemoCourse course = lms.course(courseId).orElseThrow(() -> new NotFoundException("no course"));
        DemoActivity activity = course.activity(activityId == null ? "" : activityId)
                .orElseThrow(() -> new NotFoundException("no activity"));
        return Pages.guestForm(base(), course.id(), activity.activity().id(), activity.activity().name(),
                token == null ? "" : token);
    }

    /** The guest's join: Join (into BBB), Wait (until a moderator is in), Closed, or Refused (a bad link). */
    @GET
    @Path("join")
    public Response join(@QueryParam("course") String courseId, @QueryParam("activity") String activityId,
                         @QueryParam("token") String token, @QueryParam("name") String name) {
        DemoCourse course = lms.course(courseId).orElseThrow(() -> new NotFoundException("no course"));
        DemoActivity activity = course.activity(activityId == null ? "" : activityId)
                .orElseThrow(() -> new NotFoundException("no activity"));
        String guestName = name == null || name.isBlank() ? "Guest" : name.strip();
        return Pages.of(courseMeetings.joinAsGuest(lms.context(course, activity), token == null ? "" : token,
                guestName, activity.settings()), base(), null);
    }

    private String base() {
        return demoUrl.endsWith("/") ? demoUrl : demoUrl + "/";
    }
}
