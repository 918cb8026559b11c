package io.github.bbbjakarta.api.callbacks;

import jakarta.json.JsonObject;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * One event of a verified bbb-webhooks POST, in its mapped form
 * ({@code {"data":{"type":"event","id":"meeting-created","attributes":{"meeting":{…},…},"event":{"ts":…}}}}).
 * The events an LMS acts on have their own type; every other id (and every raw, {@code getRaw=true} event) is
 * an {@link Other} with the JSON at hand — an unknown id is never an error. Members absent from the JSON read
 * as {@code ""} or {@code false}. Immutable; {@code toString()} shows the type and meeting only, since
 * {@code meeting-created} carries the meeting's passwords.
 */
public abstract sealed class WebhookEvent {
    private final String type;
    private final String meetingID;
    private final String internalMeetingID;
    private final Instant timestamp;
    private final JsonObject json;

    WebhookEvent(Common c) {
        this.type = c.type;
        this.meetingID = c.meetingID;
        this.internalMeetingID = c.internalMeetingID;
        this.timestamp = c.timestamp;
        this.json = c.json;
    }

    /** The event id as bbb-webhooks names it, e.g. {@code meeting-created}, {@code rap-publish-ended}. */
    public final String type() {
        return type;
    }

    /** The meeting's external ID ({@code external-meeting-id}), as given to {@code create}. */
    public final String meetingID() {
        return meetingID;
    }

    /** BBB's internal meeting ID ({@code internal-meeting-id}); for recording events also the record ID. */
    public final String internalMeetingID() {
        return internalMeetingID;
    }

    /** When bbb-webhooks saw the event ({@code event.ts}), if given. */
    public final Optional<Instant> timestamp() {
        return Optional.ofNullable(timestamp);
    }

    /**
     * The whole event object as received. May hold credentials (meeting passwords in {@code meeting-created}):
     * do not log it.
     */
    public final JsonObject json() {
        return json;
    }

    @Override
    public final String toString() {
        return getClass().getSimpleName() + "[type=" + type + ", meetingID=" + meetingID + "]";
    }

    /** The members every event has, read once by the parser. */
    record Common(String type, String meetingID, String internalMeetingID, Instant timestamp, JsonObject json) {
    }

    /** {@code meeting-created}: the meeting now exists on the server. */
    public static final class MeetingCreated extends WebhookEvent {
        private final String name;
        private final boolean breakout;
        private final String parentMeetingID;
        private final boolean record;
        private final Map<String, String> metadata;

        MeetingCreated(Common c, String name, boolean breakout, String parentMeetingID, boolean record,
                       Map<String, String> metadata) {
            super(c);
            this.name = name;
            this.breakout = breakout;
            this.parentMeetingID = parentMeetingID;
            this.record = record;
            this.metadata = Map.copyOf(metadata);
        }

        /** The meeting's name. */
        public String name() {
            return name;
        }

        /** Whether it is a breakout room. */
        public boolean breakout() {
            return breakout;
        }

        /** The parent's internal meeting ID for a breakout room ({@code parent-id}; {@code bbb-none} otherwise). */
        public String parentMeetingID() {
            return parentMeetingID;
        }

        /** Whether the meeting may be recorded ({@code record}). */
        public boolean record() {
            return record;
        }

        /** The meeting's metadata (keys as BBB stores them, lower case); non-string values as JSON text. */
        public Map<String, String> metadata() {
            return metadata;
        }
    }

    /** {@code meeting-ended}: the meeting is over and gone from the server. */
    public static final class MeetingEnded extends WebhookEvent {
        MeetingEnded(Common c) {
            super(c);
        }
    }

    /** {@code user-joined} and {@code user-left}: the user fields they share. */
    public abstract static sealed class UserEvent extends WebhookEvent {
        private final String userID;
        private final String internalUserID;
        private final String name;
        private final String role;

        UserEvent(Common c, String userID, String internalUserID, String name, String role) {
            super(c);
            this.userID = userID;
            this.internalUserID = internalUserID;
            this.name = name;
            this.role = role;
        }

        /** The LMS's user ID as given to {@code join} ({@code external-user-id}). */
        public final String userID() {
            return userID;
        }

        /** BBB's internal user ID. */
        public final String internalUserID() {
            return internalUserID;
        }

        /** The user's full name. */
        public final String name() {
            return name;
        }

        /** The role as BBB sends it: {@code MODERATOR} or {@code VIEWER} (empty on {@code user-left}). */
        public final String role() {
            return role;
        }
    }

    /** {@code user-joined}: a user's client connected. */
    public static final class UserJoined extends UserEvent {
        UserJoined(Common c, String userID, String internalUserID, String name, String role) {
            super(c, userID, internalUserID, name, role);
        }
    }

    /** {@code user-left}: a user left the meeting. */
    public static final class UserLeft extends UserEvent {
        UserLeft(Common c, String userID, String internalUserID, String name, String role) {
            super(c, userID, internalUserID, name, role);
        }
    }

    /** {@code meeting-recording-started}: recording was switched on. */
    public static final class RecordingStarted extends WebhookEvent {
        RecordingStarted(Common c) {
            super(c);
        }
    }

    /** {@code meeting-recording-stopped}: recording was switched off. */
    public static final class RecordingStopped extends WebhookEvent {
        RecordingStopped(Common c) {
            super(c);
        }
    }

    /**
     * {@code rap-*}: a step of recording processing ({@code rap-archive-started} … {@code rap-publish-ended},
     * {@code rap-post-publish-ended}) or a change of a recording ({@code rap-published}, {@code rap-unpublished},
     * {@code rap-deleted}).
     */
    public static final class RecordingProcessing extends WebhookEvent {
        private final String recordID;
        private final String step;
        private final Boolean success;

        RecordingProcessing(Common c, String recordID, String step, Boolean success) {
            super(c);
            this.recordID = recordID;
            this.step = step;
            this.success = success;
        }

        /** The recording's ID ({@code record-id}, else the internal meeting ID, which BBB uses as record ID). */
        public String recordID() {
            return recordID;
        }

        /** The step without the {@code rap-} prefix, e.g. {@code publish-ended}, {@code published}. */
        public String step() {
            return step;
        }

        /** Whether the step succeeded, for the {@code -ended} steps that say so. */
        public Optional<Boolean> success() {
            return Optional.ofNullable(success);
        }
    }

    /** Any other event id, and raw events; read what you need from {@link #json()}. */
    public static final class Other extends WebhookEvent {
        Other(Common c) {
            super(c);
        }
    }
}
