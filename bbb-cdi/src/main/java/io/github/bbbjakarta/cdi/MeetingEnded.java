package io.github.bbbjakarta.cdi;

import java.util.Objects;

/**
 * CDI event: a meeting ended. Fired synchronously by {@link MeetingService#end(String)} after the server accepted
 * the end call ({@link Origin#MEETING_SERVICE}), and by {@link BbbCallbackResource} when the server reports an end
 * it decided itself (a moderator ended the meeting, it expired, the last user left): through the end callback
 * ({@link Origin#END_CALLBACK}) or a bbb-webhooks {@code meeting-ended} event ({@link Origin#WEBHOOK}). Retries of a
 * callback fire nothing more, and an end already reported by one origin is not reported again by another shortly
 * after (see bbb-cdi's README). Observe it with {@code void on(@Observes MeetingEnded event)}. Immutable.
 *
 * @param meetingID the meeting that ended (its external ID, as given to create)
 * @param origin    who reported the end
 */
public record MeetingEnded(String meetingID, Origin origin) {
    /** Who reported an end. */
    public enum Origin {
        /** {@link MeetingService#end(String)} ended the meeting. */
        MEETING_SERVICE,
        /** The server's end callback ({@code meta_endCallbackUrl}), its per-meeting token verified. */
        END_CALLBACK,
        /** A bbb-webhooks {@code meeting-ended} event, its checksum or bearer token verified. */
        WEBHOOK
    }

    /** Checks that both are given. */
    public MeetingEnded {
        Objects.requireNonNull(meetingID, "meetingID");
        Objects.requireNonNull(origin, "origin");
    }

    /** An end made through {@link MeetingService#end(String)}. */
    public MeetingEnded(String meetingID) {
        this(meetingID, Origin.MEETING_SERVICE);
    }
}
