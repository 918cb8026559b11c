package io.github.bbbjakarta.api;

import io.github.bbbjakarta.api.internal.Checks;
import io.github.bbbjakarta.api.internal.Wire.Param;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The parameters of a {@code join} call: who joins which meeting, with which role. Every BBB 3.0 join
 * parameter is typed; {@code userdata-*} through {@link Builder#userdata(String, String)}; anything newer
 * through {@link Builder#param(String, String)}. Immutable and thread-safe.
 *
 * <p>Give the user a {@link Role} (BBB 2.5+); the meeting passwords are deprecated and only needed for BBB 2.4.
 * Behind Scalelite also pass {@link Builder#createTime(long)} from the create response.
 */
public final class JoinMeetingRequest {
    private final List<Map.Entry<String, String>> parameters;
    private final String meetingID;

    private JoinMeetingRequest(Builder b) {
        List<Map.Entry<String, String>> out = new ArrayList<>();
        b.params.forEach((k, v) -> out.add(Map.entry(k, v)));
        this.parameters = List.copyOf(out);
        this.meetingID = b.params.get(Param.MEETING_ID);
    }

    /**
     * Starts a request.
     *
     * @param meetingID the meeting to join
     * @param fullName  the user's display name
     * @param role      MODERATOR or VIEWER
     */
    public static Builder builder(String meetingID, String fullName, Role role) {
        return new Builder(meetingID, fullName).role(role);
    }

    /**
     * Starts a request for BBB 2.4, which needs the meeting's moderator or attendee password (later servers
     * accept {@link #builder(String, String, Role)}).
     */
    public static Builder withPassword(String meetingID, String fullName, String password) {
        Builder b = new Builder(meetingID, fullName);
        b.params.put(Param.PASSWORD, Checks.required(Param.PASSWORD, Checks.password(Param.PASSWORD, password)));
        return b;
    }

    /** The meeting ID. */
    public String meetingID() {
        return meetingID;
    }

    /** The query parameters in the order they are sent (decoded values; {@code checksum} is added on signing). */
    public List<Map.Entry<String, String>> parameters() {
        return parameters;
    }

    /** The same request with {@code redirect} set. */
    JoinMeetingRequest withRedirect(boolean redirect) {
        Builder b = new Builder(parameters);
        return b.redirect(redirect).build();
    }

    @Override
    public String toString() {
        return "JoinMeetingRequest[" + parameters.stream()
                .map(e -> Param.PASSWORD.equals(e.getKey()) ? e.getKey() + "=***" : e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", ")) + "]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JoinMeetingRequest r && parameters.equals(r.parameters);
    }

    @Override
    public int hashCode() {
        return Objects.hash(parameters);
    }

    /** Collects the values of a {@link JoinMeetingRequest}. Not thread-safe; the built request is. */
    public static final class Builder {
        private final LinkedHashMap<String, String> params = new LinkedHashMap<>();

        private Builder(String meetingID, String fullName) {
            params.put(Param.FULL_NAME, Checks.required(Param.FULL_NAME, fullName));
            params.put(Param.MEETING_ID, Checks.meetingId(Param.MEETING_ID, meetingID));
        }

        private Builder(List<Map.Entry<String, String>> existing) {
            existing.forEach(e -> params.put(e.getKey(), e.getValue()));
        }

        private Builder set(String name, Object value) {
            params.put(name, String.valueOf(Objects.requireNonNull(value, name)));
            return this;
        }

        /** MODERATOR or VIEWER; overrides any password (BBB 2.5+). */
        public Builder role(Role value) {
            return set(Param.ROLE, Objects.requireNonNull(value, Param.ROLE).name());
        }

        /** Your (LMS) user ID, shown as the attendee's {@code userID} and used in recordings and analytics. */
        public Builder userID(String value) {
            return set(Param.USER_ID, Checks.required(Param.USER_ID, value));
        }

        /** The meeting's {@code createTime}: join fails if the meeting was re-created meanwhile. */
        public Builder createTime(long value) {
            return set(Param.CREATE_TIME, value);
        }

        public Builder avatarURL(String url) {
            return set(Param.AVATAR_URL, Checks.url(Param.AVATAR_URL, url));
        }

        public Builder webcamBackgroundURL(String url) {
            return set(Param.WEBCAM_BACKGROUND_URL, Checks.url(Param.WEBCAM_BACKGROUND_URL, url));
        }

        /** Whether the server answers with a 302 to the client (default) or with XML. */
        public Builder redirect(boolean value) {
            return set(Param.REDIRECT, value);
        }

        /** Where join errors are redirected (BBB 2.7+). */
        public Builder errorRedirectUrl(String url) {
            return set(Param.ERROR_REDIRECT_URL, Checks.url(Param.ERROR_REDIRECT_URL, url));
        }

        /** Where this user goes on leaving (BBB 3.0); {@code %%MEETINGID%%}, {@code %%USERID%%} are replaced. */
        public Builder logoutURL(String url) {
            return set(Param.LOGOUT_URL, Checks.url(Param.LOGOUT_URL, url));
        }

        /** Marks the user as a guest, subject to the meeting's {@link GuestPolicy}. */
        public Builder guest(boolean value) {
            return set(Param.GUEST, value);
        }

        /** Whether the user counts as authenticated for {@link GuestPolicy#ALWAYS_ACCEPT_AUTH}. */
        public Builder auth(boolean value) {
            return set(Param.AUTH, value);
        }

        /** BBB 3.0: a bot that does not count toward {@code maxParticipants}. */
        public Builder bot(boolean value) {
            return set(Param.BOT, value);
        }

        public Builder excludeFromDashboard(boolean value) {
            return set(Param.EXCLUDE_FROM_DASHBOARD, value);
        }

        /** BBB 3.0. */
        public Builder firstName(String value) {
            return set(Param.FIRST_NAME, value);
        }

        /** BBB 3.0. */
        public Builder lastName(String value) {
            return set(Param.LAST_NAME, value);
        }

        /** BBB 3.0: forces this layout for the user. */
        public Builder enforceLayout(MeetingLayout value) {
            return set(Param.ENFORCE_LAYOUT, value.name());
        }

        /** The user's initial layout; dropped from the BBB 3.0 docs, though bbb-web 3.0 still passes it on. */
        public Builder defaultLayout(MeetingLayout value) {
            return set(Param.DEFAULT_LAYOUT, value.name());
        }

        /** BBB 3.0: re-join as an existing user of the meeting. */
        public Builder existingUserID(String value) {
            return set(Param.EXISTING_USER_ID, value);
        }

        /** BBB 3.0, with {@link #existingUserID(String)}. */
        public Builder replaceSessionToken(String value) {
            return set(Param.REPLACE_SESSION_TOKEN, value);
        }

        /** BBB 3.0, with {@link #existingUserID(String)}. */
        public Builder sessionName(String value) {
            return set(Param.SESSION_NAME, value);
        }

        /** A {@code userdata-<key>} value, e.g. {@code bbb_auto_join_audio}; shown as the attendee's custom data. */
        public Builder userdata(String key, String value) {
            return set(Param.USERDATA_PREFIX + Checks.userdataKey(key), value);
        }

        /**
         * Any parameter by its wire name, for parameters newer than this library; replaces a typed value of the
         * same name. {@code checksum} cannot be set.
         */
        public Builder param(String name, String value) {
            return set(Checks.paramName(name), value);
        }

        public JoinMeetingRequest build() {
            return new JoinMeetingRequest(this);
        }
    }
}
