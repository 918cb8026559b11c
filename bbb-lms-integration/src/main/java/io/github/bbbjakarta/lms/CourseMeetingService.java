package io.github.bbbjakarta.lms;

import io.github.bbbjakarta.api.BbbApiException;
import io.github.bbbjakarta.api.BbbParameterException;
import io.github.bbbjakarta.api.BbbTransportException;
import io.github.bbbjakarta.api.CreateMeetingRequest;
import io.github.bbbjakarta.api.CreateMeetingResponse;
import io.github.bbbjakarta.api.JoinMeetingRequest;
import io.github.bbbjakarta.api.JoinUrl;
import io.github.bbbjakarta.api.MeetingInfo;
import io.github.bbbjakarta.api.Role;
import io.github.bbbjakarta.cdi.BbbConfigurationException;
import io.github.bbbjakarta.cdi.BbbServer;
import io.github.bbbjakarta.cdi.BbbServers;
import io.github.bbbjakarta.cdi.MeetingService;
import io.github.bbbjakarta.lms.internal.CourseMeetings;
import io.github.bbbjakarta.lms.internal.JoinConfig;
import io.github.bbbjakarta.lms.internal.JoinDesk;
import io.github.bbbjakarta.lms.internal.LmsSettings;
import io.github.bbbjakarta.lms.internal.MeetingIds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Gives every course activity (and section) its BigBlueButton meeting, for injection into LMS code:
 * <pre>{@code
 * @Inject CourseMeetingService courseMeetings;
 *
 * MeetingContext ctx = MeetingContext.of(Course.of("moodle.example.edu", "42", "Physics 101"),
 *         new Activity("7", "Weekly lecture"));
 * response.sendRedirect(courseMeetings.joinUrl(ctx, LmsUser.of("u-1001", "Ada Lovelace", "Instructor"))
 *         .toExternalForm());
 * }</pre>
 *
 * <ul>
 * <li><b>Meeting IDs</b> are derived, not stored: the prefix and an HMAC-SHA256 of tenant, course, activity and
 * section keyed with {@code bbb.lms.meeting-id-key}, base64url, at most 64 characters. The same context always
 * gives the same ID; the LMS IDs cannot be read from it. Changing the key changes every ID.</li>
 * <li><b>Create before every join</b> (BBB's create is idempotent; Scalelite expects it), with the metadata LMS
 * tools rely on: {@code bbb-origin}, {@code bbb-origin-version}, {@code bbb-origin-server-name},
 * {@code bbb-origin-server-common-name}, {@code bbb-origin-tag}, {@code bbb-context}, {@code bbb-context-id},
 * {@code bbb-context-name}, {@code bbb-context-label}, {@code bbb-recording-name},
 * {@code bbb-recording-description}, {@code bbb-recording-tags}, {@code bbb-meeting-size-hint}, and the keys that
 * find a context's recordings ({@code bbb-context-tenant}, {@code bbb-context-activity-id},
 * {@code bbb-context-section-id}; see {@link CourseRecordingService}); a welcome message composed from the
 * activity, with a recording notice when it is {@link Activity#recorded() recorded}. The join URL carries the
 * meeting's {@code createTime}.</li>
 * <li><b>Roles</b> by {@link #roleOf(MeetingContext, LmsUser)}: the activity's owner, then its
 * {@link RoleRules} (user, then LMS role and section, then everyone), by default instructor-like LMS roles
 * moderate and everyone else views; the LMS user ID is join's {@code userID}; no passwords.</li>
 * <li><b>Sections as breakout rooms</b>: a context {@link MeetingContext#withBreakoutSections(java.util.List) with
 * breakout sections} creates the course meeting with create's {@code groups}, one pre-assigned room per
 * section.</li>
 * </ul>
 *
 * <table>
 * <caption>Configuration (besides bbb-cdi's {@code bbb.url} and {@code bbb.secret})</caption>
 * <tr><th>Property</th><th>Default</th><th>Meaning</th></tr>
 * <tr><td>{@code bbb.lms.meeting-id-key}</td><td>required</td><td>HMAC key of meeting IDs, at least 16 random characters; keep it stable and secret</td></tr>
 * <tr><td>{@code bbb.lms.meeting-id-prefix}</td><td>{@code lms-}</td><td>readable prefix: up to 21 of {@code A-Z a-z 0-9 - _}</td></tr>
 * <tr><td>{@code bbb.lms.origin}</td><td>{@code LMS}</td><td>{@code bbb-origin}: your LMS's name, e.g. {@code Moodle}</td></tr>
 * <tr><td>{@code bbb.lms.origin-version}</td><td>not sent</td><td>{@code bbb-origin-version}: your LMS's version</td></tr>
 * <tr><td>{@code bbb.lms.origin-server-name}</td><td>local host name</td><td>{@code bbb-origin-server-name}: your LMS's host name</td></tr>
 * <tr><td>{@code bbb.lms.moderator-roles}</td><td>{@code Instructor, Teacher, EditingTeacher, TeachingAssistant,
 * ContentDeveloper, Manager, Administrator}</td><td>comma list of roles that join as moderator; case, blanks,
 * {@code _} and {@code -} ignored; LTI role URIs match by their last segment; LTI institution roles never match</td></tr>
 * <tr><td>{@code bbb.lms.everyone-role}</td><td>none (VIEWER)</td><td>{@code MODERATOR} or {@code VIEWER}: the
 * default rule for everyone</td></tr>
 * <tr><td>{@code bbb.lms.origin-server-common-name}</td><td>not sent</td><td>{@code bbb-origin-server-common-name}:
 * your site's name</td></tr>
 * <tr><td>{@code bbb.lms.origin-tag}</td><td>{@code bbb-jakarta-lms}</td><td>{@code bbb-origin-tag}: the plugin
 * that created the meeting</td></tr>
 * </table>
 *
 * <p>The join decision ({@link #join(MeetingContext, LmsUser, JoinSettings)}: schedules, waiting for the
 * moderator, guest links) has its own {@code bbb.lms.*} settings, listed at {@link JoinSettings}.
 *
 * <p>Thread-safe. Methods throw what {@link MeetingService} throws: {@link BbbApiException},
 * {@link BbbTransportException}, {@link BbbParameterException}.
 */
@ApplicationScoped
public class CourseMeetingService {
    private final BbbServers servers;
    private final MeetingIds meetingIds;
    private final RoleRules defaultRoleRules;
    private final CourseMeetings courseMeetings;
    private JoinDesk joinDesk;

    /** For the container's proxy only. */
    protected CourseMeetingService() {
        this.servers = null;
        this.meetingIds = null;
        this.defaultRoleRules = null;
        this.courseMeetings = null;
    }

    /**
     * @throws BbbConfigurationException if the {@code bbb.lms.*} configuration is unusable (reported at
     *                                   deployment already)
     */
    @Inject
    CourseMeetingService(BbbServers servers, Config config) {
        LmsSettings settings = LmsSettings.read(config).orThrow();
        this.servers = servers;
        this.meetingIds = new MeetingIds(settings.meetingIdKey(), settings.meetingIdPrefix());
        RoleRules defaults = RoleRules.moderatorRoles(settings.moderatorRoles());
        this.defaultRoleRules = settings.everyoneRole().map(defaults::withEveryone).orElse(defaults);
        this.courseMeetings = new CourseMeetings(settings);
    }

    /**
     * Sets up the join decision: its {@code bbb.lms.*} settings and the clock of schedules and guest links (an
     * application's own {@link Clock} bean if it has exactly one, else the system clock in UTC).
     */
    @Inject
    void initJoinDesk(Config config, Instance<Clock> clocks) {
        Clock clock = clocks.isResolvable() ? clocks.get() : Clock.systemUTC();
        this.joinDesk = new JoinDesk(JoinConfig.read(config).orThrow(), clock);
    }

    /** The context's meeting ID; computed, nothing is sent. */
    public String meetingId(MeetingContext context) {
        return meetingIds.meetingId(Objects.requireNonNull(context, "context"));
    }

    /**
     * The role the user gets under the default rules alone ({@code bbb.lms.moderator-roles},
     * {@code bbb.lms.everyone-role}): MODERATOR for instructor-like LMS roles, else VIEWER. Prefer
     * {@link #roleOf(MeetingContext, LmsUser)}, which also applies the activity's owner and rules.
     */
    public Role roleOf(LmsUser user) {
        Objects.requireNonNull(user, "user");
        return defaultRoleRules.decide(user, user.sectionIds()).orElse(Role.VIEWER);
    }

    /**
     * The role the user gets in the context's meeting, the one {@link #joinUrl(MeetingContext, LmsUser)} joins
     * with: the activity's owner moderates; otherwise the activity's {@link RoleRules} (or, without them,
     * {@link #defaultRoleRules()}) decide, in {@link RoleRules}' precedence; otherwise VIEWER. The user's sections
     * are {@link MeetingContext#sectionIdsOf(LmsUser)}.
     */
    public Role roleOf(MeetingContext context, LmsUser user) {
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(user, "user");
        if (context.activity().owner().filter(user.id()::equals).isPresent()) {
            return Role.MODERATOR;
        }
        return context.activity().ownRoleRules().orElse(defaultRoleRules)
                .decide(user, context.sectionIdsOf(user)).orElse(Role.VIEWER);
    }

    /**
     * The rules of activities without their own: {@code bbb.lms.moderator-roles} moderate, and
     * {@code bbb.lms.everyone-role} if set. Extend them for an activity with
     * {@code activity.withRoleRules(courseMeetings.defaultRoleRules().withUser("u-7", Role.MODERATOR))}.
     */
    public RoleRules defaultRoleRules() {
        return defaultRoleRules;
    }

    /** Creates the context's meeting, or finds it running (a duplicate create). */
    public CreateMeetingResponse open(MeetingContext context) {
        return open(context, b -> {
        });
    }

    /**
     * Creates the context's meeting, or finds it running, with settings of your own.
     *
     * @param customizer adjusts the create request after the name and metadata are set, e.g.
     *                   {@code b -> b.record(true).welcome("Hello")}; it may replace metadata values
     */
    public CreateMeetingResponse open(MeetingContext context, Consumer<CreateMeetingRequest.Builder> customizer) {
        return open(meetingId(context), context, customizer);
    }

    private CreateMeetingResponse open(String meetingID, MeetingContext context,
                                       Consumer<CreateMeetingRequest.Builder> customizer) {
        CreateMeetingRequest.Builder request = courseMeetings.createRequest(meetingID, context);
        customizer.accept(request);
        return meetings(context).create(request.build());
    }

    /**
     * Opens the context's meeting (create, idempotent) and returns the signed URL that lets the user in, with their
     * role, LMS user ID and the meeting's {@code createTime}. Send the user's browser there. The URL is a
     * credential.
     */
    public JoinUrl joinUrl(MeetingContext context, LmsUser user) {
        return joinUrl(context, user, b -> {
        }, b -> {
        });
    }

    /** {@link #joinUrl(MeetingContext, LmsUser)} with a create customizer, as for {@link #open(MeetingContext, Consumer)}. */
    public JoinUrl joinUrl(MeetingContext context, LmsUser user, Consumer<CreateMeetingRequest.Builder> createCustomizer) {
        return joinUrl(context, user, createCustomizer, b -> {
        });
    }

    /**
     * {@link #joinUrl(MeetingContext, LmsUser)} with customizers for the create request and for the join request
     * (e.g. {@code b -> b.avatarURL(…).logoutURL(…)}).
     */
    public JoinUrl joinUrl(MeetingContext context, LmsUser user, Consumer<CreateMeetingRequest.Builder> createCustomizer,
                           Consumer<JoinMeetingRequest.Builder> joinCustomizer) {
        Role role = roleOf(context, user);
        String meetingID = meetingId(context);
        CreateMeetingResponse meeting = open(meetingID, context, createCustomizer);
        JoinMeetingRequest.Builder join = JoinMeetingRequest.builder(meetingID, user.displayName(), role)
                .userID(user.id())
                .createTime(meeting.createTime());
        joinCustomizer.accept(join);
        return meetings(context).joinUrl(join.build());
    }

    /**
     * Decides whether the user may join now, with the configured defaults: see
     * {@link #join(MeetingContext, LmsUser, JoinSettings)}.
     */
    public JoinDecision join(MeetingContext context, LmsUser user) {
        return join(context, user, JoinSettings.defaults());
    }

    /**
     * Decides whether the user may join the context's meeting now, as Moodle's and Sakai's BBB tools do, and if so
     * returns their join URL. In this order:
     * <ol>
     * <li>At or after the schedule's closing time: {@link JoinDecision.Closed} ({@code CLOSED}). Before its opening
     * time: {@code NOT_OPEN_YET} with the time this user may come; moderators may come
     * {@code moderatorEarlyJoin} early.</li>
     * <li>A viewer, when viewers wait for a moderator: {@link JoinDecision.Wait} until the meeting exists with a
     * moderator connected ({@code moderatorCount > 0}), then a join URL for the running meeting. A waiting viewer
     * never creates the meeting; their polls are answered from a getMeetingInfo cached for a few seconds and
     * shared by all waiting users of the meeting (one request in flight), so poll after
     * {@link JoinDecision.Wait#pollAfter()}.</li>
     * <li>Everyone else: {@link JoinDecision.Join} exactly as {@link #joinUrl(MeetingContext, LmsUser)} (create
     * before join), the create carrying {@code duration} = minutes left until the closing time, rounded up, plus
     * {@code bbb.lms.duration-compensation} (as Moodle does), and the settings' guest policy.</li>
     * </ol>
     * {@link #joinUrl(MeetingContext, LmsUser)} is this decision without a schedule and without waiting: it always
     * creates and returns a URL.
     */
    public JoinDecision join(MeetingContext context, LmsUser user, JoinSettings settings) {
        return join(context, user, settings, b -> {
        });
    }

    /**
     * {@link #join(MeetingContext, LmsUser, JoinSettings)} with a customizer of the join request (e.g.
     * {@code b -> b.logoutURL(coursePage).avatarURL(…)}).
     */
    public JoinDecision join(MeetingContext context, LmsUser user, JoinSettings settings,
                             Consumer<JoinMeetingRequest.Builder> joinCustomizer) {
        return join(context, user, settings, b -> {
        }, joinCustomizer);
    }

    /**
     * {@link #join(MeetingContext, LmsUser, JoinSettings)} with customizers of the create request (runs after the
     * schedule's {@code duration} and the guest policy, e.g. {@code b -> b.autoStartRecording(true)} for an
     * activity recorded from its start) and of the join request.
     */
    public JoinDecision join(MeetingContext context, LmsUser user, JoinSettings settings,
                             Consumer<CreateMeetingRequest.Builder> createCustomizer,
                             Consumer<JoinMeetingRequest.Builder> joinCustomizer) {
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(createCustomizer, "createCustomizer");
        Objects.requireNonNull(joinCustomizer, "joinCustomizer");
        Role role = roleOf(context, user);
        String meetingID = meetingId(context);
        MeetingService server = meetings(context);
        return joinDesk.decide(server, meetingID, role, settings,
                create -> joinUrl(context, user, create.andThen(createCustomizer), joinCustomizer),
                createTime -> {
                    JoinMeetingRequest.Builder join = JoinMeetingRequest.builder(meetingID, user.displayName(), role)
                            .userID(user.id()).createTime(createTime);
                    joinCustomizer.accept(join);
                    return server.joinUrl(join.build());
                });
    }

    /**
     * A signed guest link into the context's meeting for someone without an LMS account, valid for
     * {@code validFor}. Offer it to instructors only. Rotating {@code bbb.lms.guest-link-key} revokes every link.
     *
     * @throws IllegalStateException    if {@code bbb.lms.guest-link-key} is not set
     * @throws IllegalArgumentException if {@code validFor} is not positive or longer than 366 days
     */
    public GuestLink createGuestLink(MeetingContext context, Duration validFor) {
        return joinDesk.createGuestLink(meetingId(context), Objects.requireNonNull(validFor, "validFor"));
    }

    /**
     * Decides for a guest who opened a guest link and entered their name: {@link JoinDecision.Refused} for an
     * expired, forged, altered or revoked link (or one of another activity or section), {@link JoinDecision.Closed}
     * outside the schedule, {@link JoinDecision.Wait} until a moderator is present (a guest never creates the
     * meeting), then a join URL with {@code guest=true} as VIEWER. The meeting's guest policy (set when a moderator's
     * {@link #join(MeetingContext, LmsUser, JoinSettings)} created it) then decides in BBB: with
     * {@code ASK_MODERATOR} the guest waits in BBB's lobby until a moderator lets them in.
     *
     * @param token     the {@link GuestLink#token()} from the link
     * @param guestName the name the guest entered (join's {@code fullName})
     * @throws IllegalArgumentException if the name is blank
     */
    public JoinDecision joinAsGuest(MeetingContext context, String token, String guestName, JoinSettings settings) {
        return joinAsGuest(context, token, guestName, settings, b -> {
        });
    }

    /**
     * {@link #joinAsGuest(MeetingContext, String, String, JoinSettings)} with a customizer of the join request (e.g.
     * {@code b -> b.logoutURL(goodbyePage)}); {@code guest=true} and the VIEWER role are set after it.
     */
    public JoinDecision joinAsGuest(MeetingContext context, String token, String guestName, JoinSettings settings,
                                    Consumer<JoinMeetingRequest.Builder> joinCustomizer) {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(joinCustomizer, "joinCustomizer");
        if (guestName == null || guestName.isBlank()) {
            throw new IllegalArgumentException("guestName is required (not null, not blank)");
        }
        String meetingID = meetingId(context);
        String name = guestName.strip();
        MeetingService server = meetings(context);
        return joinDesk.decideForGuest(server, meetingID, token, settings, createTime -> {
            JoinMeetingRequest.Builder join = JoinMeetingRequest.builder(meetingID, name, Role.VIEWER)
                    .createTime(createTime);
            joinCustomizer.accept(join);
            return server.joinUrl(join.role(Role.VIEWER).guest(true).build());
        });
    }

    /** The context's meeting as the server sees it, if it exists. */
    public Optional<MeetingInfo> findMeetingInfo(MeetingContext context) {
        return meetings(context).findMeetingInfo(meetingId(context));
    }

    /** Whether someone is connected to the context's meeting. */
    public boolean isMeetingRunning(MeetingContext context) {
        return meetings(context).isMeetingRunning(meetingId(context));
    }

    /**
     * Ends the context's meeting.
     *
     * @throws BbbApiException with {@code notFound} if it does not exist
     */
    public void end(MeetingContext context) {
        meetings(context).end(meetingId(context));
    }

    /**
     * The name of the server the context's meeting lives on: {@link BbbServer#DEFAULT}, or the named server that
     * bbb-cdi's {@link io.github.bbbjakarta.cdi.ServerSelector} (or {@code bbb.servers.<name>.tenants}) picks for
     * the course's tenant and ID.
     */
    public String serverOf(MeetingContext context) {
        Course course = Objects.requireNonNull(context, "context").course();
        return servers.serverFor(course.tenant(), course.id());
    }

    /** The meeting service of the context's server. */
    MeetingService meetings(MeetingContext context) {
        return servers.meetings(serverOf(context));
    }
}
