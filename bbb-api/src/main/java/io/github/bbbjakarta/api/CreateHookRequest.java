package io.github.bbbjakarta.api;

import io.github.bbbjakarta.api.internal.Checks;
import io.github.bbbjakarta.api.internal.Wire.Param;
import io.github.bbbjakarta.api.internal.Wire.Webhooks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The parameters of bbb-webhooks' {@code hooks/create}: where to POST the events, for which meeting (all if none)
 * and which events (all if none). Immutable; every value is checked when set, so a bad one fails before anything
 * is sent.
 *
 * <pre>{@code
 * HookCreated hook = bbb.hooks().create(CreateHookRequest.builder("https://lms.example.org/bbb-events")
 *         .meetingID("course-42-lecture").eventIDs("meeting-ended", "user-joined").build());
 * }</pre>
 */
public final class CreateHookRequest {
    private static final Pattern BAD_EVENT_ID = Pattern.compile("[,\\s\\p{Cc}]");

    private final String callbackURL;
    private final String meetingID;
    private final List<String> eventIDs;
    private final boolean getRaw;

    private CreateHookRequest(Builder b) {
        this.callbackURL = b.callbackURL;
        this.meetingID = b.meetingID;
        this.eventIDs = List.copyOf(b.eventIDs);
        this.getRaw = b.getRaw;
    }

    /**
     * Starts a request for a hook posting to {@code callbackURL}.
     *
     * @throws BbbParameterException naming {@code callbackURL} unless it is an absolute http or https URL
     */
    public static Builder builder(String callbackURL) {
        return new Builder(callbackURL);
    }

    /** The URL the events are POSTed to. */
    public String callbackURL() {
        return callbackURL;
    }

    /** The meeting the hook is limited to, or {@code null} for a global hook. */
    public String meetingID() {
        return meetingID;
    }

    /** The event IDs the hook is limited to; empty for every event. */
    public List<String> eventIDs() {
        return eventIDs;
    }

    /** Whether the events are sent as bbb-webhooks received them (raw) instead of mapped. */
    public boolean getRaw() {
        return getRaw;
    }

    /** The query parameters in the order they are sent. Internal use. */
    List<Map.Entry<String, String>> parameters() {
        List<Map.Entry<String, String>> p = new ArrayList<>(4);
        p.add(Map.entry(Webhooks.CALLBACK_URL, callbackURL));
        if (meetingID != null) {
            p.add(Map.entry(Param.MEETING_ID, meetingID));
        }
        if (!eventIDs.isEmpty()) {
            p.add(Map.entry(Webhooks.EVENT_ID, String.join(",", eventIDs)));
        }
        if (getRaw) {
            p.add(Map.entry(Webhooks.GET_RAW, "true"));
        }
        return p;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CreateHookRequest other && callbackURL.equals(other.callbackURL)
                && Objects.equals(meetingID, other.meetingID) && eventIDs.equals(other.eventIDs)
                && getRaw == other.getRaw;
    }

    @Override
    public int hashCode() {
        return Objects.hash(callbackURL, meetingID, eventIDs, getRaw);
    }

    @Override
    public String toString() {
        return "CreateHookRequest[callbackURL=" + callbackURL + ", meetingID=" + meetingID + ", eventIDs=" + eventIDs
                + ", getRaw=" + getRaw + "]";
    }

    /** Builds a {@link CreateHookRequest}. Not thread-safe. */
    public static final class Builder {
        private final String callbackURL;
        private String meetingID;
        private List<String> eventIDs = List.of();
        private boolean getRaw;

        private Builder(String callbackURL) {
            this.callbackURL = Checks.url(Webhooks.CALLBACK_URL, callbackURL);
        }

        /**
         * Limits the hook to one meeting (its external meetingID); without it the hook is global.
         *
         * @throws BbbParameterException naming {@code meetingID} if it is not a valid meeting ID
         */
        public Builder meetingID(String value) {
            this.meetingID = Checks.meetingId(Param.MEETING_ID, value);
            return this;
        }

        /**
         * Limits the hook to these events (e.g. {@code meeting-ended}, {@code user-joined}); sent as the comma
         * list {@code eventID}. None (the default) means every event.
         *
         * @throws BbbParameterException naming {@code eventID} for an empty ID or one with a comma or blank
         */
        public Builder eventIDs(String... values) {
            Objects.requireNonNull(values, Webhooks.EVENT_ID);
            List<String> ids = new ArrayList<>(values.length);
            for (String v : values) {
                if (v == null || v.isEmpty()) {
                    throw new BbbParameterException(Webhooks.EVENT_ID, "must not hold an empty event ID");
                }
                if (BAD_EVENT_ID.matcher(v).find()) {
                    throw new BbbParameterException(Webhooks.EVENT_ID,
                            "an event ID must not contain ',', blanks or control characters");
                }
                ids.add(v);
            }
            this.eventIDs = List.copyOf(ids);
            return this;
        }

        /** Whether events are sent raw, as bbb-webhooks received them (default {@code false}: mapped). */
        public Builder getRaw(boolean value) {
            this.getRaw = value;
            return this;
        }

        public CreateHookRequest build() {
            return new CreateHookRequest(this);
        }
    }
}
