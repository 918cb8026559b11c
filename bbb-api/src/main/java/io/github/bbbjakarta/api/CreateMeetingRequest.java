package io.github.bbbjakarta.api;

import io.github.bbbjakarta.api.internal.Checks;
import io.github.bbbjakarta.api.internal.Json;
import io.github.bbbjakarta.api.internal.Wire.Param;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The parameters of a {@code create} call: every BBB 3.0 parameter, typed, plus {@code meta_*} metadata,
 * pre-upload documents and a raw {@link Builder#param(String, String)} escape hatch for parameters newer than
 * this library. Unset values are not sent, so the server's defaults apply. Immutable and thread-safe; build
 * one with {@link #builder(String, String)}.
 *
 * <p>Values the server would reject (meetingID and name lengths, a comma in the meetingID, password lengths,
 * metadata keys bbb-web drops) fail in the builder with a {@link BbbParameterException} naming the parameter.
 */
public final class CreateMeetingRequest {
    /** The shortest meeting name BBB accepts, in UTF-16 units. */
    public static final int MIN_NAME_LENGTH = 2;
    /** The longest meeting name BBB accepts, in UTF-16 units. */
    public static final int MAX_NAME_LENGTH = 256;

    private final List<Map.Entry<String, String>> parameters;
    private final List<PresentationDocument> documents;
    private final String meetingID;

    private CreateMeetingRequest(Builder b) {
        List<Map.Entry<String, String>> out = new ArrayList<>(b.params.size() + b.meta.size() + 2);
        b.params.forEach((k, v) -> out.add(Map.entry(k, v)));
        putIfAbsent(out, b.params, Param.DISABLED_FEATURES, b.disabled);
        putIfAbsent(out, b.params, Param.DISABLED_FEATURES_EXCLUDE, b.excluded);
        b.meta.forEach((k, v) -> out.add(Map.entry(Param.META_PREFIX + k, v)));
        this.parameters = List.copyOf(out);
        this.documents = List.copyOf(b.documents);
        this.meetingID = b.params.get(Param.MEETING_ID);
    }

    private static void putIfAbsent(List<Map.Entry<String, String>> out, Map<String, String> raw, String name,
                                    Set<Feature> features) {
        if (!features.isEmpty() && !raw.containsKey(name)) {
            out.add(Map.entry(name, features.stream().map(Feature::wireName).collect(Collectors.joining(","))));
        }
    }

    /**
     * Starts a request.
     *
     * @param meetingID your ID for the meeting: 2..256 characters, no comma; the same ID always means the
     *                  same meeting while it runs
     * @param name      the meeting's display name: 2..256 characters
     * @throws BbbParameterException if either value would be rejected by the server
     */
    public static Builder builder(String meetingID, String name) {
        return new Builder(meetingID, name);
    }

    /** The meeting ID. */
    public String meetingID() {
        return meetingID;
    }

    /** The query parameters in the order they are sent (decoded values; {@code checksum} is added on signing). */
    public List<Map.Entry<String, String>> parameters() {
        return parameters;
    }

    /** The documents to pre-upload; when not empty, create is sent as a POST with an XML body. */
    public List<PresentationDocument> documents() {
        return documents;
    }

    @Override
    public String toString() {
        return "CreateMeetingRequest[" + parameters.stream()
                .map(e -> e.getKey().endsWith("PW") ? e.getKey() + "=***" : e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", ")) + (documents.isEmpty() ? "" : ", documents=" + documents) + "]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CreateMeetingRequest r && parameters.equals(r.parameters) && documents.equals(r.documents);
    }

    @Override
    public int hashCode() {
        return Objects.hash(parameters, documents);
    }

    /** Collects the values of a {@link CreateMeetingRequest}. Not thread-safe; the built request is. */
    public static final class Builder {
        private final LinkedHashMap<String, String> params = new LinkedHashMap<>();
        private final LinkedHashMap<String, String> meta = new LinkedHashMap<>();
        private final EnumSet<Feature> disabled = EnumSet.noneOf(Feature.class);
        private final EnumSet<Feature> excluded = EnumSet.noneOf(Feature.class);
        private final List<PresentationDocument> documents = new ArrayList<>();

        private Builder(String meetingID, String name) {
            params.put(Param.NAME, Checks.meetingName(Param.NAME, name));
            params.put(Param.MEETING_ID, Checks.meetingId(Param.MEETING_ID, meetingID));
        }

        private Builder set(String name, Object value) {
            params.put(name, String.valueOf(Objects.requireNonNull(value, name)));
            return this;
        }

        private Builder text(String name, String value) {
            return set(name, Objects.requireNonNull(value, name));
        }

        private Builder url(String name, String value) {
            return set(name, Checks.url(name, value));
        }

        private Builder count(String name, int value) {
            return set(name, Checks.nonNegative(name, value));
        }

        /** Deprecated by BBB 2.7: prefer join with {@code role}. Empty, or 2..64 characters. */
        public Builder attendeePW(String value) {
            return set(Param.ATTENDEE_PW, Checks.password(Param.ATTENDEE_PW, value));
        }

        /** Deprecated by BBB 2.7: prefer join with {@code role}. Empty, or 2..64 characters. */
        public Builder moderatorPW(String value) {
            return set(Param.MODERATOR_PW, Checks.password(Param.MODERATOR_PW, value));
        }

        /** Welcome message in the chat; keywords {@code %%CONFNAME%%}, {@code %%DIALNUM%%}, {@code %%CONFNUM%%}. */
        public Builder welcome(String value) {
            return text(Param.WELCOME, value);
        }

        public Builder dialNumber(String value) {
            return text(Param.DIAL_NUMBER, value);
        }

        /** The voice conference number, unique per server (BBB picks a free one when unset). */
        public Builder voiceBridge(int value) {
            return count(Param.VOICE_BRIDGE, value);
        }

        public Builder webVoice(String value) {
            return text(Param.WEB_VOICE, value);
        }

        /** At most this many participants at once; 0 for no limit. */
        public Builder maxParticipants(int value) {
            return count(Param.MAX_PARTICIPANTS, value);
        }

        public Builder logoutURL(String value) {
            return url(Param.LOGOUT_URL, value);
        }

        /** BBB 3.0: where users go to log in again. */
        public Builder loginURL(String value) {
            return url(Param.LOGIN_URL, value);
        }

        public Builder record(boolean value) {
            return set(Param.RECORD, value);
        }

        /** Maximum length in minutes, counted from creation; 0 for none. */
        public Builder duration(int minutes) {
            return count(Param.DURATION, minutes);
        }

        /**
         * Creates a breakout room of {@code parentMeetingID} (the parent's internal ID) with number
         * {@code sequence}. bbb-web then uses this request's meetingID as the room's <em>internal</em> ID and
         * rebuilds its external one from the parent: read it from the response. To pre-assign users to breakout
         * rooms of a running meeting, prefer {@link #groups(List)} on the parent.
         */
        public Builder breakoutOf(String parentMeetingID, int sequence) {
            set(Param.IS_BREAKOUT, true);
            set(Param.PARENT_MEETING_ID, Checks.meetingId(Param.PARENT_MEETING_ID, parentMeetingID));
            return count(Param.SEQUENCE, sequence);
        }

        public Builder isBreakout(boolean value) {
            return set(Param.IS_BREAKOUT, value);
        }

        public Builder parentMeetingID(String value) {
            return set(Param.PARENT_MEETING_ID, Checks.meetingId(Param.PARENT_MEETING_ID, value));
        }

        public Builder sequence(int value) {
            return count(Param.SEQUENCE, value);
        }

        public Builder freeJoin(boolean value) {
            return set(Param.FREE_JOIN, value);
        }

        public Builder moderatorOnlyMessage(String value) {
            return text(Param.MODERATOR_ONLY_MESSAGE, value);
        }

        public Builder autoStartRecording(boolean value) {
            return set(Param.AUTO_START_RECORDING, value);
        }

        public Builder allowStartStopRecording(boolean value) {
            return set(Param.ALLOW_START_STOP_RECORDING, value);
        }

        public Builder webcamsOnlyForModerator(boolean value) {
            return set(Param.WEBCAMS_ONLY_FOR_MODERATOR, value);
        }

        public Builder bannerText(String value) {
            return text(Param.BANNER_TEXT, value);
        }

        /** Banner background, e.g. {@code #FF0000}. */
        public Builder bannerColor(String value) {
            return text(Param.BANNER_COLOR, value);
        }

        public Builder logo(String url) {
            return url(Param.LOGO, url);
        }

        /** BBB 3.0: the logo for the dark theme. */
        public Builder darklogo(String url) {
            return url(Param.DARK_LOGO, url);
        }

        public Builder copyright(String value) {
            return text(Param.COPYRIGHT, value);
        }

        public Builder muteOnStart(boolean value) {
            return set(Param.MUTE_ON_START, value);
        }

        public Builder allowModsToUnmuteUsers(boolean value) {
            return set(Param.ALLOW_MODS_TO_UNMUTE_USERS, value);
        }

        public Builder lockSettingsDisableCam(boolean value) {
            return set(Param.LOCK_SETTINGS_DISABLE_CAM, value);
        }

        public Builder lockSettingsDisableMic(boolean value) {
            return set(Param.LOCK_SETTINGS_DISABLE_MIC, value);
        }

        public Builder lockSettingsDisablePrivateChat(boolean value) {
            return set(Param.LOCK_SETTINGS_DISABLE_PRIVATE_CHAT, value);
        }

        public Builder lockSettingsDisablePublicChat(boolean value) {
            return set(Param.LOCK_SETTINGS_DISABLE_PUBLIC_CHAT, value);
        }

        public Builder lockSettingsDisableNotes(boolean value) {
            return set(Param.LOCK_SETTINGS_DISABLE_NOTES, value);
        }

        public Builder lockSettingsHideUserList(boolean value) {
            return set(Param.LOCK_SETTINGS_HIDE_USER_LIST, value);
        }

        public Builder lockSettingsLockOnJoin(boolean value) {
            return set(Param.LOCK_SETTINGS_LOCK_ON_JOIN, value);
        }

        public Builder lockSettingsLockOnJoinConfigurable(boolean value) {
            return set(Param.LOCK_SETTINGS_LOCK_ON_JOIN_CONFIGURABLE, value);
        }

        public Builder lockSettingsHideViewersCursor(boolean value) {
            return set(Param.LOCK_SETTINGS_HIDE_VIEWERS_CURSOR, value);
        }

        /** BBB 3.0. */
        public Builder lockSettingsHideViewersAnnotation(boolean value) {
            return set(Param.LOCK_SETTINGS_HIDE_VIEWERS_ANNOTATION, value);
        }

        public Builder guestPolicy(GuestPolicy value) {
            return set(Param.GUEST_POLICY, value.name());
        }

        public Builder allowPromoteGuestToModerator(boolean value) {
            return set(Param.ALLOW_PROMOTE_GUEST_TO_MODERATOR, value);
        }

        public Builder meetingKeepEvents(boolean value) {
            return set(Param.MEETING_KEEP_EVENTS, value);
        }

        public Builder endWhenNoModerator(boolean value) {
            return set(Param.END_WHEN_NO_MODERATOR, value);
        }

        public Builder endWhenNoModeratorDelayInMinutes(int value) {
            return count(Param.END_WHEN_NO_MODERATOR_DELAY_IN_MINUTES, value);
        }

        public Builder meetingLayout(MeetingLayout value) {
            return set(Param.MEETING_LAYOUT, value.name());
        }

        /**
         * Deprecated by BBB (3.0 ignores it): sent as is for old servers and translated into
         * {@code disabledFeatures=learningDashboard} (BBB 2.5+) so that {@code false} still takes effect.
         */
        public Builder learningDashboardEnabled(boolean value) {
            set(Param.LEARNING_DASHBOARD_ENABLED, value);
            return toggle(Feature.LEARNING_DASHBOARD, !value);
        }

        public Builder learningDashboardCleanupDelayInMinutes(int value) {
            return count(Param.LEARNING_DASHBOARD_CLEANUP_DELAY_IN_MINUTES, value);
        }

        public Builder allowModsToEjectCameras(boolean value) {
            return set(Param.ALLOW_MODS_TO_EJECT_CAMERAS, value);
        }

        public Builder allowRequestsWithoutSession(boolean value) {
            return set(Param.ALLOW_REQUESTS_WITHOUT_SESSION, value);
        }

        /**
         * Deprecated by BBB (3.0 ignores it): sent as is for old servers and translated into
         * {@code disabledFeatures=virtualBackgrounds} (BBB 2.5+) so that {@code true} still takes effect.
         */
        public Builder virtualBackgroundsDisabled(boolean value) {
            set(Param.VIRTUAL_BACKGROUNDS_DISABLED, value);
            return toggle(Feature.VIRTUAL_BACKGROUNDS, value);
        }

        /**
         * Deprecated by BBB (3.0 ignores it): sent as is for old servers and translated into
         * {@code disabledFeatures=breakoutRooms} (BBB 2.5+) so that {@code false} still takes effect.
         */
        public Builder breakoutRoomsEnabled(boolean value) {
            set(Param.BREAKOUT_ROOMS_ENABLED, value);
            return toggle(Feature.BREAKOUT_ROOMS, !value);
        }

        private Builder toggle(Feature feature, boolean disable) {
            if (disable) {
                disabled.add(feature);
            } else {
                disabled.remove(feature);
            }
            return this;
        }

        /** Cameras one user may share at once; 0 for no limit. */
        public Builder userCameraCap(int value) {
            return count(Param.USER_CAMERA_CAP, value);
        }

        /** Cameras the meeting may have at once; 0 for no limit. */
        public Builder meetingCameraCap(int value) {
            return count(Param.MEETING_CAMERA_CAP, value);
        }

        /** BBB 3.0. */
        public Builder maxPinnedCameras(int value) {
            return count(Param.MAX_PINNED_CAMERAS, value);
        }

        /** BBB 3.0, e.g. {@code bbb-webrtc-sfu}. */
        public Builder cameraBridge(String value) {
            return text(Param.CAMERA_BRIDGE, value);
        }

        /** BBB 3.0. */
        public Builder screenShareBridge(String value) {
            return text(Param.SCREEN_SHARE_BRIDGE, value);
        }

        /** BBB 3.0, e.g. {@code fullaudio} or {@code livekit}. */
        public Builder audioBridge(String value) {
            return text(Param.AUDIO_BRIDGE, value);
        }

        public Builder meetingExpireIfNoUserJoinedInMinutes(int value) {
            return count(Param.MEETING_EXPIRE_IF_NO_USER_JOINED_IN_MINUTES, value);
        }

        public Builder meetingExpireWhenLastUserLeftInMinutes(int value) {
            return count(Param.MEETING_EXPIRE_WHEN_LAST_USER_LEFT_IN_MINUTES, value);
        }

        /** Breakout rooms with pre-assigned users (BBB 2.5+), sent as create's {@code groups} JSON. */
        public Builder groups(List<BreakoutGroup> value) {
            return set(Param.GROUPS, Json.groups(value));
        }

        /** Adds features to {@code disabledFeatures} (BBB 2.5+). */
        public Builder disabledFeatures(Collection<Feature> features) {
            disabled.addAll(features);
            return this;
        }

        /** Adds features to {@code disabledFeatures} (BBB 2.5+). */
        public Builder disabledFeatures(Feature... features) {
            return disabledFeatures(List.of(features));
        }

        /** Re-enables features the server disables by default: {@code disabledFeaturesExclude} (BBB 2.6.9+). */
        public Builder disabledFeaturesExclude(Feature... features) {
            excluded.addAll(List.of(features));
            return this;
        }

        /** BBB 3.0: the plugins' manifests, as JSON. */
        public Builder pluginManifests(String json) {
            return text(Param.PLUGIN_MANIFESTS, json);
        }

        /** BBB 3.0. */
        public Builder pluginManifestsFetchUrl(String url) {
            return url(Param.PLUGIN_MANIFESTS_FETCH_URL, url);
        }

        /** BBB 3.0: a {@code plugin_<name>} setting. */
        public Builder plugin(String name, String value) {
            Checks.metaKey(name);
            return text(Param.PLUGIN_PREFIX + name, value);
        }

        public Builder notifyRecordingIsOn(boolean value) {
            return set(Param.NOTIFY_RECORDING_IS_ON, value);
        }

        public Builder presentationUploadExternalUrl(String url) {
            return url(Param.PRESENTATION_UPLOAD_EXTERNAL_URL, url);
        }

        public Builder presentationUploadExternalDescription(String value) {
            return text(Param.PRESENTATION_UPLOAD_EXTERNAL_DESCRIPTION, value);
        }

        /** BBB 3.0. */
        public Builder presentationConversionCacheEnabled(boolean value) {
            return set(Param.PRESENTATION_CONVERSION_CACHE_ENABLED, value);
        }

        public Builder recordFullDurationMedia(boolean value) {
            return set(Param.RECORD_FULL_DURATION_MEDIA, value);
        }

        public Builder breakoutRoomsRecord(boolean value) {
            return set(Param.BREAKOUT_ROOMS_RECORD, value);
        }

        public Builder breakoutRoomsPrivateChatEnabled(boolean value) {
            return set(Param.BREAKOUT_ROOMS_PRIVATE_CHAT_ENABLED, value);
        }

        public Builder breakoutRoomsCaptureSlides(boolean value) {
            return set(Param.BREAKOUT_ROOMS_CAPTURE_SLIDES, value);
        }

        public Builder breakoutRoomsCaptureNotes(boolean value) {
            return set(Param.BREAKOUT_ROOMS_CAPTURE_NOTES, value);
        }

        public Builder breakoutRoomsCaptureSlidesFilename(String value) {
            return text(Param.BREAKOUT_ROOMS_CAPTURE_SLIDES_FILENAME, value);
        }

        public Builder breakoutRoomsCaptureNotesFilename(String value) {
            return text(Param.BREAKOUT_ROOMS_CAPTURE_NOTES_FILENAME, value);
        }

        /** A URL the server calls (GET) when the meeting ends. */
        public Builder meetingEndedURL(String url) {
            return url(Param.MEETING_ENDED_URL, url);
        }

        /** BBB 3.0: minutes before an idle user is logged out. */
        public Builder logoutTimer(int minutes) {
            return count(Param.LOGOUT_TIMER, minutes);
        }

        /** BBB 3.0: the most pages a presentation may have. */
        public Builder maxNumPages(int value) {
            return count(Param.MAX_NUM_PAGES, value);
        }

        /** A presentation the server downloads at create (BBB 2.7.2+), without a POST body. */
        public Builder preUploadedPresentation(String url) {
            return url(Param.PRE_UPLOADED_PRESENTATION, url);
        }

        /** The name shown for {@link #preUploadedPresentation(String)}. */
        public Builder preUploadedPresentationName(String value) {
            return text(Param.PRE_UPLOADED_PRESENTATION_NAME, value);
        }

        /** Whether pre-uploaded documents replace the server's default slides (BBB's default: true). */
        public Builder preUploadedPresentationOverrideDefault(boolean value) {
            return set(Param.PRE_UPLOADED_PRESENTATION_OVERRIDE_DEFAULT, value);
        }

        /** Documents to pre-upload in the XML body of a {@code POST create}. */
        public Builder presentations(PresentationDocument... value) {
            documents.addAll(List.of(value));
            return this;
        }

        /**
         * A {@code meta_<key>} metadata value, returned by getMeetingInfo and kept in recordings. BBB lower-cases
         * keys and drops keys other than a letter followed by letters, digits and '-': those fail here.
         */
        public Builder meta(String key, String value) {
            meta.put(Checks.metaKey(key), Objects.requireNonNull(value, Param.META_PREFIX + key));
            return this;
        }

        /** Every entry as {@link #meta(String, String)}. */
        public Builder meta(Map<String, String> values) {
            values.forEach(this::meta);
            return this;
        }

        /**
         * Any parameter by its wire name, for parameters newer than this library; replaces a typed value of the
         * same name. {@code checksum} cannot be set.
         */
        public Builder param(String name, String value) {
            return text(Checks.paramName(name), value);
        }

        public CreateMeetingRequest build() {
            return new CreateMeetingRequest(this);
        }
    }
}
