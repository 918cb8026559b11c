package io.github.bbbjakarta.demo;

import io.github.bbbjakarta.api.BbbException;
import io.github.bbbjakarta.api.MeetingInfo;
import io.github.bbbjakarta.api.PlaybackFormat;
import io.github.bbbjakarta.api.Role;
import io.github.bbbjakarta.lms.CourseMeetingService;
import io.github.bbbjakarta.lms.CourseRecording;
import io.github.bbbjakarta.lms.CourseRecordingService;
import io.github.bbbjakarta.lms.GuestLink;
import io.github.bbbjakarta.lms.LmsUser;
import io.github.bbbjakarta.lms.MeetingContext;
import io.github.bbbjakarta.lms.RecordingAccessDeniedException;
import io.github.bbbjakarta.lms.RecordingScope;
import io.github.bbbjakarta.lms.Schedule;
import io.github.bbbjakarta.lms.Section;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The course page's API: each activity with its meeting status, sections and recordings; the join button; the
 * instructor's guest link; the recording buttons. Everything a user may do is decided by bbb-lms-integration from
 * the activity's role rules ({@link CourseMeetingService#roleOf}), not by this page.
 */
@Path("courses/{course}")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class CoursePageResource {
    private static final Logger LOG = Logger.getLogger(CoursePageResource.class.getName());
    /** How long a guest link stays valid. */
    static final Duration GUEST_LINK_VALIDITY = Duration.ofDays(7);

    @Inject
    CourseMeetingService courseMeetings;
    @Inject
    CourseRecordingService recordings;
    @Inject
    Lms lms;
    @Inject
    CallbackEventLog events;
    @Inject
    @ConfigProperty(name = "lms-demo.url", defaultValue = "http://localhost:8080/lms-demo/")
    String demoUrl;

    /** The course page for the current user: the course and every activity. */
    @GET
    public JsonObject course(@PathParam("course") String courseId, @CookieParam(CurrentUser.COOKIE) String userId) {
        DemoCourse course = course(courseId);
        LmsUser user = lms.userOrDefault(userId);
        JsonArrayBuilder activities = Json.createArrayBuilder();
        course.activities().forEach(a -> activities.add(activityJson(course, a, user)));
        return Json.createObjectBuilder()
                .add("id", course.id()).add("title", course.course().title()).add("tenant", course.course().tenant())
                .add("user", Json.createObjectBuilder().add("id", user.id()).add("name", user.displayName()))
                .add("activities", activities).build();
    }

    /** One activity, for re-rendering its card after an event. */
    @GET
    @Path("activities/{activity}")
    public JsonObject activity(@PathParam("course") String courseId, @PathParam("activity") String activityId,
                               @CookieParam(CurrentUser.COOKIE) String userId) {
        DemoCourse course = course(courseId);
        return activityJson(course, activity(course, activityId), lms.userOrDefault(userId));
    }

    /**
     * The join button: asks bbb-lms-integration for a decision (role rules, schedule, waiting for a moderator) and
     * shows it: into the meeting, or a waiting, closed or refused page.
     */
    @GET
    @Path("activities/{activity}/join")
    @Produces(MediaType.TEXT_HTML)
    public Response join(@PathParam("course") String courseId, @PathParam("activity") String activityId,
                         @CookieParam(CurrentUser.COOKIE) String userId) {
        DemoCourse course = course(courseId);
        DemoActivity activity = activity(course, activityId);
        MeetingContext ctx = lms.context(course, activity);
        LmsUser user = lms.userOrDefault(userId);
        String coursePage = coursePage(course.id());
        // BBB records a record=true meeting only once a moderator presses its record button, unless create says
        // autoStartRecording: the demo's recorded activities record from the start.
        // logoutURL on the join: BBB's leave button brings the user back to the course page.
        return Pages.of(courseMeetings.join(ctx, user, activity.settings(),
                        create -> create.autoStartRecording(activity.activity().recorded()),
                        join -> join.logoutURL(coursePage)),
                base(), coursePage);
    }

    /**
     * The instructor's "invite a guest" button. The link is a credential (anyone holding it may join as a guest
     * until it expires), so it is shown to moderators only and never logged.
     */
    @POST
    @Path("activities/{activity}/guest-link")
    public Response guestLink(@PathParam("course") String courseId, @PathParam("activity") String activityId,
                              @CookieParam(CurrentUser.COOKIE) String userId) {
        DemoCourse course = course(courseId);
        MeetingContext ctx = lms.context(course, activity(course, activityId));
        if (courseMeetings.roleOf(ctx, lms.userOrDefault(userId)) != Role.MODERATOR) {
            return error(Response.Status.FORBIDDEN, "NOT_A_MODERATOR", "Only moderators may invite guests");
        }
        GuestLink link = courseMeetings.createGuestLink(ctx, GUEST_LINK_VALIDITY);
        String url = base() + "guest?course=" + enc(course.id()) + "&activity=" + enc(activityId)
                + "&token=" + enc(link.token());
        return Response.ok(Json.createObjectBuilder().add("url", url)
                .add("expiresAt", link.expiresAt().toString()).build()).build();
    }

    /** Recording buttons: publish, unpublish, protect, unprotect. Moderators only (bbb-lms-integration checks). */
    @POST
    @Path("activities/{activity}/recordings/{record}/{action: publish|unpublish|protect|unprotect}")
    public Response recordingAction(@PathParam("course") String courseId, @PathParam("activity") String activityId,
                                    @PathParam("record") String recordID, @PathParam("action") String action,
                                    @CookieParam(CurrentUser.COOKIE) String userId) {
        return recordingCall(courseId, activityId, userId, (ctx, user) -> {
            switch (action) {
                case "publish" -> recordings.publish(ctx, user, recordID, true);
                case "unpublish" -> recordings.publish(ctx, user, recordID, false);
                case "protect" -> recordings.protect(ctx, user, recordID, true);
                default -> recordings.protect(ctx, user, recordID, false);
            }
        });
    }

    /** The delete button. Moderators only. */
    @DELETE
    @Path("activities/{activity}/recordings/{record}")
    public Response deleteRecording(@PathParam("course") String courseId, @PathParam("activity") String activityId,
                                    @PathParam("record") String recordID,
                                    @CookieParam(CurrentUser.COOKIE) String userId) {
        return recordingCall(courseId, activityId, userId, (ctx, user) -> recordings.delete(ctx, user, recordID));
    }

    private interface RecordingCall {
        void run(MeetingContext ctx, LmsUser user);
    }

    private Response recordingCall(String courseId, String activityId, String userId, RecordingCall call) {
        DemoCourse course = course(courseId);
        try {
            call.run(lms.context(course, activity(course, activityId)), lms.userOrDefault(userId));
            return Response.noContent().build();
        } catch (RecordingAccessDeniedException e) {   // a viewer, or a recording of another activity: nothing sent
            return error(Response.Status.FORBIDDEN, e.reason().name(), e.getMessage());
        }
    }

    private JsonObject activityJson(DemoCourse course, DemoActivity a, LmsUser user) {
        MeetingContext ctx = lms.context(course, a);
        Role role = courseMeetings.roleOf(ctx, user);
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", a.activity().id()).add("name", a.activity().name())
                .add("description", a.activity().description()).add("recorded", a.activity().recorded())
                .add("role", role.name()).add("moderator", role == Role.MODERATOR)
                .add("joinUrl", "api/courses/" + enc(course.id()) + "/activities/" + enc(a.activity().id()) + "/join")
                .add("schedule", schedule(a.settings().schedule()))
                .add("sections", sections(course, a, user));
        try {
            json.add("status", status(ctx));
            json.add("recordings", recordings(ctx, user));
        } catch (BbbException e) {   // BBB unreachable or refusing: the page still shows the course
            LOG.warning(() -> "BBB call failed for " + course.id() + "/" + a.activity().id() + ": " + e.getMessage());
            json.add("status", Json.createObjectBuilder().add("state", "unavailable")
                    .add("text", "BigBlueButton is not reachable").add("participants", 0));
            json.add("recordings", Json.createArrayBuilder());
        }
        return json.build();
    }

    /** "not started", "running with N participants" or "ended" (a MeetingEnded callback came, no new create). */
    private JsonObject status(MeetingContext ctx) {
        Optional<MeetingInfo> info = courseMeetings.findMeetingInfo(ctx);
        String state;
        int participants = 0;
        if (info.isPresent() && info.get().running()) {
            state = "running";
            participants = info.get().participantCount();
        } else if (info.isEmpty() && events.hasEnded(courseMeetings.meetingId(ctx))) {
            state = "ended";
        } else {
            state = "not started";   // no meeting, or created but nobody's client connected yet
        }
        String text = state.equals("running")
                ? "running with " + participants + (participants == 1 ? " participant" : " participants") : state;
        return Json.createObjectBuilder().add("state", state).add("participants", participants).add("text", text).build();
    }

    private JsonArrayBuilder recordings(MeetingContext ctx, LmsUser user) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        // Viewers get published recordings only; moderators every state. Breakout rooms' come with their section.
        for (CourseRecording r : recordings.list(ctx, RecordingScope.ACTIVITY, user, 0, 50).recordings()) {
            JsonObjectBuilder json = Json.createObjectBuilder()
                    .add("recordID", r.recordID()).add("name", r.name())
                    .add("state", r.recording().stateName()).add("published", r.recording().published())
                    .add("startTime", r.recording().startTime());
            // BBB itself has no protected recordings (a Scalelite feature): unknown unless the server says.
            r.recording().isProtected().ifPresentOrElse(p -> json.add("protected", p), () -> json.addNull("protected"));
            Optional<String> playback = r.recording().playbackFormats().stream().map(PlaybackFormat::url)
                    .filter(u -> u != null && !u.isBlank()).findFirst();
            playback.ifPresentOrElse(u -> json.add("playbackUrl", u), () -> json.addNull("playbackUrl"));
            r.section().map(Section::name).ifPresentOrElse(s -> json.add("section", s), () -> json.addNull("section"));
            list.add(json);
        }
        return list;
    }

    private JsonArrayBuilder sections(DemoCourse course, DemoActivity a, LmsUser user) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        if (!a.breakoutSections()) {
            return list;
        }
        for (Section s : course.sections()) {
            JsonArrayBuilder members = Json.createArrayBuilder();
            s.members().forEach(m -> members.add(lms.user(m).map(LmsUser::displayName).orElse(m)));
            list.add(Json.createObjectBuilder().add("id", s.id()).add("name", s.name()).add("members", members)
                    .add("mine", s.members().contains(user.id())));
        }
        return list;
    }

    private static JsonObject schedule(Schedule s) {
        Instant now = Instant.now(Clock.systemUTC());
        JsonObjectBuilder json = Json.createObjectBuilder();
        s.opensAt().ifPresentOrElse(t -> json.add("opensAt", t.toString()), () -> json.addNull("opensAt"));
        s.closesAt().ifPresentOrElse(t -> json.add("closesAt", t.toString()), () -> json.addNull("closesAt"));
        // For the card only; the join decision itself (moderators may come 15 min early) is the library's.
        String state = s.opensAt().filter(now::isBefore).isPresent() ? "not-open-yet"
                : s.closesAt().filter(t -> !now.isBefore(t)).isPresent() ? "closed" : "open";
        return json.add("state", state).build();
    }

    private DemoCourse course(String id) {
        return lms.course(id).orElseThrow(() -> new NotFoundException("no course " + id));
    }

    private static DemoActivity activity(DemoCourse course, String id) {
        return course.activity(id).orElseThrow(() -> new NotFoundException("no activity " + id));
    }

    private String base() {
        return demoUrl.endsWith("/") ? demoUrl : demoUrl + "/";
    }

    private String coursePage(String courseId) {
        return base() + "?course=" + enc(courseId);
    }

    static Response error(Response.Status status, String code, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Json.createObjectBuilder().add("error", code).add("message", message).build()).build();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
