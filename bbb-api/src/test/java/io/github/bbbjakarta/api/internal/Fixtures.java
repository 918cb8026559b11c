package io.github.bbbjakarta.api.internal;

import io.github.bbbjakarta.api.internal.HttpTransport.Answer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The golden answers under {@code src/test/resources/fixtures/}, written from bbb-api-reference.md. */
public final class Fixtures {
    /** Every XML fixture. */
    public static final List<String> XML = List.of("api-version-2.5.xml", "api-version-3.0.xml", "create.xml",
            "create-duplicate.xml", "join.xml", "join-guest-wait.xml", "is-meeting-running-true.xml",
            "is-meeting-running-false.xml", "end.xml", "get-meeting-info.xml", "get-meeting-info-breakout.xml",
            "get-meetings.xml", "get-meetings-empty.xml", "failed-checksum.xml", "failed-not-found.xml",
            "failed-id-not-unique.xml", "failed-errors-voice-bridge.xml", "failed-params-required.xml",
            "failed-guest-denied.xml", "insert-document.xml", "insert-document-failed-not-found.xml",
            "insert-document-failed-disabled.xml", "send-chat-message.xml",
            "send-chat-message-failed-meeting-not-found.xml", "send-chat-message-failed-message-null.xml",
            "send-chat-message-failed-message-size.xml", "send-chat-message-failed-user-name-size.xml",
            "send-chat-message-failed-missing-meeting-id.xml", "insert-document-failed-missing-meeting-id.xml");

    /** bbb-webhooks' answers (reference §2.14), named after their call: {@code hooks/<call>[-…].xml}. */
    public static final List<String> HOOKS_XML = List.of("hooks/create.xml", "hooks/create-duplicate.xml",
            "hooks/create-numeric-id.xml", "hooks/create-failed-missing-callback-url.xml", "hooks/create-failed-error.xml",
            "hooks/create-failed-checksum.xml", "hooks/list-empty.xml", "hooks/list.xml", "hooks/list-failed-error.xml",
            "hooks/destroy.xml", "hooks/destroy-failed-missing-hook.xml", "hooks/destroy-failed-missing-hook-id.xml",
            "hooks/destroy-failed-error.xml");

    /** The recording calls' answers (reference §2.8, §2.9), named after their call: {@code recordings/<call>[-…].xml}. */
    public static final List<String> RECORDINGS_XML = List.of("recordings/delete-failed-checksum.xml",
            "recordings/delete-failed-missing-record-id.xml",
            "recordings/delete-failed-not-found.xml", "recordings/delete.xml",
            "recordings/get-recordings-failed-checksum.xml", "recordings/get-recordings-fetch-all-disabled.xml",
            "recordings/get-recordings-none.xml", "recordings/get-recordings-pagination.xml",
            "recordings/get-recordings-total-elements.xml", "recordings/get-recordings.xml",
            "recordings/publish-failed-checksum.xml", "recordings/publish-failed-missing-publish.xml",
            "recordings/publish-failed-missing-record-id.xml", "recordings/publish-failed-not-found.xml",
            "recordings/publish-false.xml", "recordings/publish.xml", "recordings/update-failed-checksum.xml",
            "recordings/update-failed-missing-record-id.xml", "recordings/update-failed-not-found.xml",
            "recordings/update.xml");

    /**
     * The text-track calls' answers (reference §2.10): JSON, and bbb-web's XML error shape for the errors it answers
     * in XML. {@code recordings/text-tracks[-…]} are getRecordingTextTracks', {@code recordings/put-text-track[-…]}
     * putRecordingTextTrack's.
     */
    public static final List<String> TEXT_TRACKS = List.of("recordings/text-tracks.json",
            "recordings/text-tracks-empty.json", "recordings/text-tracks-no-captions.json",
            "recordings/text-tracks-no-recordings.json", "recordings/text-tracks-failed-missing-record-id.xml",
            "recordings/text-tracks-failed-checksum.xml", "recordings/text-tracks-failed-checksum.json",
            "recordings/put-text-track.json", "recordings/put-text-track-failed.json",
            "recordings/put-text-track-failed-param-error.json", "recordings/put-text-track-failed-invalid-kind.json",
            "recordings/put-text-track-failed-invalid-lang.json", "recordings/put-text-track-failed-no-recordings.json",
            "recordings/put-text-track-failed-empty.json");

    private Fixtures() {
    }

    public static byte[] bytes(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8).strip();
    }

    /** The fixture as an HTTP 200 answer. */
    public static Answer ok(String name) {
        return new Answer(200, null, bytes(name));
    }

    /** A join error redirect to the fixture's Location. */
    public static Answer redirect(String name) {
        return new Answer(302, text(name), new byte[0]);
    }
}
