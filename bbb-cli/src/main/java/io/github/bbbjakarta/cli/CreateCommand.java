package io.github.bbbjakarta.cli;

import io.github.bbbjakarta.api.CreateMeetingRequest;
import io.github.bbbjakarta.api.CreateMeetingResponse;
import io.github.bbbjakarta.api.GuestPolicy;
import io.github.bbbjakarta.api.MeetingLayout;
import io.github.bbbjakarta.api.Meetings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * {@code create}: creates a meeting (or reports the running one with the same meetingID) from named options for the
 * common parameters, plus any parameter through {@code --param} and metadata through {@code --meta}.
 */
@Command(name = "create", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Create a meeting (idempotent: an existing meeting is reported with its duplicate warning).",
                "Boolean options take an optional value: --record is --record=true."})
final class CreateCommand extends ServerCommand {
    @Option(names = "--meeting-id", required = true, paramLabel = "ID",
            description = "meetingID: 2..256 characters, no comma.")
    String meetingID;

    @Option(names = "--name", required = true, paramLabel = "NAME", description = "The meeting's name.")
    String name;

    @Option(names = "--record", arity = "0..1", fallbackValue = "true", paramLabel = "true|false",
            description = "Allow recording.")
    Boolean record;

    @Option(names = "--auto-start-recording", arity = "0..1", fallbackValue = "true", paramLabel = "true|false",
            description = "Start recording when the first user joins.")
    Boolean autoStartRecording;

    @Option(names = "--allow-start-stop-recording", arity = "0..1", fallbackValue = "true", paramLabel = "true|false",
            description = "Let moderators start and stop the recording.")
    Boolean allowStartStopRecording;

    @Option(names = "--welcome", paramLabel = "TEXT", description = "Welcome message in the chat.")
    String welcome;

    @Option(names = "--moderator-only-message", paramLabel = "TEXT", description = "Message only moderators see.")
    String moderatorOnlyMessage;

    @Option(names = "--banner-text", paramLabel = "TEXT", description = "Banner text.")
    String bannerText;

    @Option(names = "--duration", paramLabel = "MINUTES", description = "Maximum length; 0 for none.")
    Integer duration;

    @Option(names = "--max-participants", paramLabel = "N", description = "Participant limit; 0 for none.")
    Integer maxParticipants;

    @Option(names = "--voice-bridge", paramLabel = "NUMBER", description = "Voice conference number.")
    Integer voiceBridge;

    @Option(names = "--mute-on-start", arity = "0..1", fallbackValue = "true", paramLabel = "true|false",
            description = "Mute users when they join.")
    Boolean muteOnStart;

    @Option(names = "--webcams-only-for-moderator", arity = "0..1", fallbackValue = "true", paramLabel = "true|false",
            description = "Only moderators see viewers' cameras.")
    Boolean webcamsOnlyForModerator;

    @Option(names = "--end-when-no-moderator", arity = "0..1", fallbackValue = "true", paramLabel = "true|false",
            description = "End the meeting when the last moderator leaves.")
    Boolean endWhenNoModerator;

    @Option(names = "--guest-policy", paramLabel = "POLICY",
            description = "One of ${COMPLETION-CANDIDATES}.")
    GuestPolicy guestPolicy;

    @Option(names = "--meeting-layout", paramLabel = "LAYOUT",
            description = "One of ${COMPLETION-CANDIDATES}.")
    MeetingLayout meetingLayout;

    @Option(names = "--logout-url", paramLabel = "URL", description = "Where users go when they leave.")
    String logoutURL;

    @Option(names = "--meta", paramLabel = "KEY=VALUE", converter = NameValue.Converter.class,
            description = "Metadata, sent as meta_KEY (repeatable).")
    List<NameValue> meta = new ArrayList<>();

    @Option(names = "--param", paramLabel = "NAME=VALUE", converter = NameValue.Converter.class,
            description = "Any create parameter by its BBB name (repeatable; overrides the options above).")
    List<NameValue> params = new ArrayList<>();

    private CreateMeetingRequest request;

    @Override
    protected void validate() {
        request = request();
    }

    @Override
    protected void run(Connection connection, PrintWriter out) {
        Meetings meetings = connection.client().meetings();
        CreateMeetingResponse created = meetings.create(request);
        MeetingPrinter.created(created, meetings.findMeetingInfo(created.meetingID()), out);
    }

    /** The request the options describe. */
    CreateMeetingRequest request() {
        CreateMeetingRequest.Builder b = CreateMeetingRequest.builder(meetingID, name);
        set(record, b::record);
        set(autoStartRecording, b::autoStartRecording);
        set(allowStartStopRecording, b::allowStartStopRecording);
        set(welcome, b::welcome);
        set(moderatorOnlyMessage, b::moderatorOnlyMessage);
        set(bannerText, b::bannerText);
        set(duration, b::duration);
        set(maxParticipants, b::maxParticipants);
        set(voiceBridge, b::voiceBridge);
        set(muteOnStart, b::muteOnStart);
        set(webcamsOnlyForModerator, b::webcamsOnlyForModerator);
        set(endWhenNoModerator, b::endWhenNoModerator);
        set(guestPolicy, b::guestPolicy);
        set(meetingLayout, b::meetingLayout);
        set(logoutURL, b::logoutURL);
        params.forEach(p -> b.param(p.name(), p.value()));
        meta.forEach(m -> b.meta(m.name(), m.value()));
        return b.build();
    }

    private static <T> void set(T value, Consumer<T> setter) {
        if (value != null) {
            setter.accept(value);
        }
    }
}
