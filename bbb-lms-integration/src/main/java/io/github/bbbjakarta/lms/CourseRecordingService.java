package io.github.bbbjakarta.lms;

import io.github.bbbjakarta.api.BbbApiException;
import io.github.bbbjakarta.api.BbbParameterException;
import io.github.bbbjakarta.api.BbbTransportException;
import io.github.bbbjakarta.api.BigBlueButtonClient;
import io.github.bbbjakarta.api.GetRecordingsRequest;
import io.github.bbbjakarta.api.Recording;
import io.github.bbbjakarta.api.RecordingState;
import io.github.bbbjakarta.api.RecordingsPage;
import io.github.bbbjakarta.api.Role;
import io.github.bbbjakarta.api.UpdateRecordingsRequest;
import io.github.bbbjakarta.cdi.BbbServers;
import io.github.bbbjakarta.lms.internal.CourseMeetings;
import io.github.bbbjakarta.lms.internal.Require;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The recordings of a course, activity or section, as a course page lists and manages them:
 * <pre>{@code
 * @Inject CourseRecordingService recordings;
 *
 * CourseRecordingsPage page = recordings.list(ctx, RecordingScope.ACTIVITY, user, 0, 20);
 * recordings.rename(ctx, user, page.recordings().get(0).recordID(), "Lecture 1: vectors");
 * }</pre>
 *
 * <ul>
 * <li><b>Found by metadata</b>: every meeting {@link CourseMeetingService} creates carries
 * {@code bbb-context-tenant}, {@code bbb-context-id} (course), {@code bbb-context-activity-id} and, for a
 * section's meeting, {@code bbb-context-section-id}; listings filter on them ({@code getRecordings} with
 * {@code meta_…}), and results are checked again for exact values. BBB copies a meeting's metadata to its breakout
 * rooms, so their recordings are listed with the activity's.</li>
 * <li><b>By role</b> ({@link CourseMeetingService#roleOf(MeetingContext, LmsUser)} in the given context):
 * moderators see published, unpublished and still processing recordings and may publish, unpublish, protect,
 * rename, describe and delete them; viewers see published recordings only; any management by a viewer, or of a
 * recording that is not one of the context's activity, is refused with a {@link RecordingAccessDeniedException}
 * before anything is sent.</li>
 * <li><b>Rename</b> sets {@code bbb-recording-name}, as Moodle does (BBB's own recording name is the meeting's and
 * cannot change); <b>describe</b> sets or removes {@code bbb-recording-description}. Both are what
 * {@link CourseRecording#name()} and {@link CourseRecording#description()} show.</li>
 * <li><b>Breakout rooms</b>: a breakout room's recording names its parent's recording; its section is the
 * context's {@link MeetingContext#breakoutSections() breakout section} whose name the room's name is or ends with
 * in parentheses, else the one at the room's sequence number (rooms are numbered from 1 in the order of the
 * sections).</li>
 * <li><b>Paging</b> by BBB's {@code offset}/{@code limit} (3.0+); an older server answers everything, which is then
 * paged here.</li>
 * </ul>
 *
 * <p>Thread-safe. Methods throw {@link RecordingAccessDeniedException}, and what the client throws:
 * {@link BbbApiException}, {@link BbbTransportException}, {@link BbbParameterException} (e.g. an empty record ID).
 */
@ApplicationScoped
public class CourseRecordingService {
    private static final List<RecordingState> MODERATOR_STATES =
            List.of(RecordingState.PROCESSING, RecordingState.PROCESSED, RecordingState.PUBLISHED, RecordingState.UNPUBLISHED);

    private final BbbServers servers;
    private final CourseMeetingService meetings;

    /** For the container's proxy only. */
    protected CourseRecordingService() {
        this.servers = null;
        this.meetings = null;
    }

    @Inject
    CourseRecordingService(BbbServers servers, CourseMeetingService meetings) {
        this.servers = servers;
        this.meetings = meetings;
    }

    /**
     * One page of the recordings in {@code scope} of the context that {@code user} may see.
     *
     * @param offset index of the first recording, 0 or more
     * @param limit  page size, 1 to {@value GetRecordingsRequest#MAX_LIMIT}
     * @throws BbbParameterException naming {@code offset} or {@code limit} when out of range
     */
    public CourseRecordingsPage list(MeetingContext context, RecordingScope scope, LmsUser user, int offset, int limit) {
        Map<String, String> filter = filter(context, scope);
        GetRecordingsRequest request = visibleTo(context, user, filter).offset(offset).limit(limit).build();
        RecordingsPage page = client(context).recordings().getRecordings(request);
        List<Recording> found = page.recordings();
        long total;
        if (page.paging().isPresent()) {
            total = page.paging().get().totalElements();
        } else if (found.size() > limit) { // the server does not page: it answered everything
            total = found.size();
            found = found.subList(Math.min(offset, found.size()), Math.min(offset + limit, found.size()));
        } else {
            total = offset + found.size();
        }
        List<CourseRecording> shown = found.stream().filter(r -> matches(r, filter))
                .map(r -> view(context, r)).toList();
        return new CourseRecordingsPage(shown, offset, limit, total);
    }

    /**
     * Every recording in {@code scope} of the context that {@code user} may see, page after page as the stream is
     * consumed ({@link io.github.bbbjakarta.api.Recordings#streamAll}). Close the stream when done.
     */
    public Stream<CourseRecording> streamAll(MeetingContext context, RecordingScope scope, LmsUser user) {
        Map<String, String> filter = filter(context, scope);
        return client(context).recordings().streamAll(visibleTo(context, user, filter).build())
                .filter(r -> matches(r, filter)).map(r -> view(context, r));
    }

    /**
     * Publishes ({@code true}) or unpublishes a recording of the context's activity.
     *
     * @throws RecordingAccessDeniedException if the user does not moderate, or it is not the activity's
     */
    public void publish(MeetingContext context, LmsUser user, String recordID, boolean publish) {
        requireManaged(context, user, publish ? "publish" : "unpublish", recordID);
        client(context).recordings().publishRecordings(publish, recordID);
    }

    /**
     * Protects a recording (BBB 2.6+: its playback needs a fresh link from the LMS) or lifts the protection.
     *
     * @throws RecordingAccessDeniedException if the user does not moderate, or it is not the activity's
     */
    public void protect(MeetingContext context, LmsUser user, String recordID, boolean protect) {
        requireManaged(context, user, protect ? "protect" : "unprotect", recordID);
        client(context).recordings().updateRecordings(UpdateRecordingsRequest.builder(recordID).protect(protect).build());
    }

    /**
     * Renames a recording: sets its {@code bbb-recording-name}.
     *
     * @throws IllegalArgumentException       if the name is blank
     * @throws RecordingAccessDeniedException if the user does not moderate, or it is not the activity's
     */
    public void rename(MeetingContext context, LmsUser user, String recordID, String name) {
        String value = Require.nonBlank("recording name", name).strip();
        requireManaged(context, user, "rename", recordID);
        client(context).recordings().updateRecordings(UpdateRecordingsRequest.builder(recordID)
                .meta(CourseMeetings.RECORDING_NAME, value).build());
    }

    /**
     * Sets a recording's {@code bbb-recording-description}, or removes it when {@code description} is empty or
     * blank.
     *
     * @throws RecordingAccessDeniedException if the user does not moderate, or it is not the activity's
     */
    public void describe(MeetingContext context, LmsUser user, String recordID, String description) {
        requireManaged(context, user, "describe", recordID);
        UpdateRecordingsRequest.Builder b = UpdateRecordingsRequest.builder(recordID);
        if (description == null || description.isBlank()) {
            b.removeMeta(CourseMeetings.RECORDING_DESCRIPTION);
        } else {
            b.meta(CourseMeetings.RECORDING_DESCRIPTION, description.strip());
        }
        client(context).recordings().updateRecordings(b.build());
    }

    /**
     * Deletes a recording of the context's activity.
     *
     * @throws RecordingAccessDeniedException if the user does not moderate, or it is not the activity's
     */
    public void delete(MeetingContext context, LmsUser user, String recordID) {
        requireManaged(context, user, "delete", recordID);
        client(context).recordings().deleteRecordings(recordID);
    }

    /** The client of the context's server. */
    private BigBlueButtonClient client(MeetingContext context) {
        return servers.client(meetings.serverOf(context));
    }

    private GetRecordingsRequest.Builder visibleTo(MeetingContext context, LmsUser user, Map<String, String> filter) {
        GetRecordingsRequest.Builder b = GetRecordingsRequest.builder();
        filter.forEach(b::meta);
        return meetings.roleOf(context, user) == Role.MODERATOR
                ? b.states(MODERATOR_STATES.toArray(RecordingState[]::new))
                : b.states(RecordingState.PUBLISHED);
    }

    private void requireManaged(MeetingContext context, LmsUser user, String operation, String recordID) {
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(user, "user");
        GetRecordingsRequest.Builder lookup = GetRecordingsRequest.builder().recordIDs(recordID)
                .states(RecordingState.ANY);
        if (meetings.roleOf(context, user) != Role.MODERATOR) {
            throw new RecordingAccessDeniedException(RecordingAccessDeniedException.Reason.NOT_A_MODERATOR, operation,
                    recordID);
        }
        Map<String, String> filter = filter(context, RecordingScope.ACTIVITY);
        filter.forEach(lookup::meta);
        boolean ours = client(context).recordings().getRecordings(lookup.build()).recordings().stream()
                .anyMatch(r -> r.recordID().equals(recordID) && matches(r, filter));
        if (!ours) {
            throw new RecordingAccessDeniedException(RecordingAccessDeniedException.Reason.NOT_IN_CONTEXT, operation,
                    recordID);
        }
    }

    /** The metadata a scope's recordings carry. */
    static Map<String, String> filter(MeetingContext context, RecordingScope scope) {
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(scope, "scope");
        Map<String, String> f = new LinkedHashMap<>();
        f.put(CourseMeetings.CONTEXT_TENANT, context.course().tenant());
        f.put(CourseMeetings.CONTEXT_ID, context.course().id());
        if (scope != RecordingScope.COURSE) {
            f.put(CourseMeetings.CONTEXT_ACTIVITY_ID, context.activity().id());
        }
        if (scope == RecordingScope.MEETING) {
            context.section().ifPresent(s -> f.put(CourseMeetings.CONTEXT_SECTION_ID, s.id()));
        }
        return f;
    }

    /** Exact match: a {@code %} at either end of an LMS ID would be a wildcard to BBB. */
    private static boolean matches(Recording r, Map<String, String> filter) {
        return filter.entrySet().stream().allMatch(e -> e.getValue().equals(r.metadata().get(e.getKey())));
    }

    private static CourseRecording view(MeetingContext context, Recording r) {
        Map<String, String> meta = r.metadata();
        String name = Optional.ofNullable(meta.get(CourseMeetings.RECORDING_NAME)).filter(n -> !n.isBlank())
                .orElse(r.name());
        String description = meta.getOrDefault(CourseMeetings.RECORDING_DESCRIPTION, "");
        Optional<String> parent = r.parentMeetingID();
        Optional<Section> section = Optional.empty();
        if (parent.isPresent()) {
            section = breakoutSection(context.breakoutSections(), r);
        } else {
            String sectionId = meta.get(CourseMeetings.CONTEXT_SECTION_ID);
            section = context.section().filter(s -> s.id().equals(sectionId));
        }
        return new CourseRecording(r, name, description, parent, section);
    }

    private static Optional<Section> breakoutSection(List<Section> sections, Recording r) {
        String roomName = r.name().strip();
        for (Section s : sections) {
            if (roomName.equals(s.name().strip()) || roomName.endsWith("(" + s.name().strip() + ")")) {
                return Optional.of(s);
            }
        }
        int sequence = r.sequence();
        return sequence >= 1 && sequence <= sections.size() ? Optional.of(sections.get(sequence - 1)) : Optional.empty();
    }
}
