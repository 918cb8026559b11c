package io.github.bbbjakarta.api;

import io.github.bbbjakarta.simulator.RecordingSeed;
import org.junit.jupiter.api.Test;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The client's text-track calls against the simulator's, over real HTTP: a multipart upload the simulator parses,
 * bbb-web's asynchronous caption processing, the JSON listing and its errors. Each side was written from the
 * reference alone, so each checks the other.
 */
class TextTracksSimulatorTest extends SimulatorTest {
    private static final byte[] VTT = "WEBVTT\n\n00:00.000 --> 00:02.000\nOlá, turma\n".getBytes(StandardCharsets.UTF_8);

    @Test
    void anUploadedTrackIsListedOnceProcessedAndItsFileServed() throws Exception {
        String recordID = SIM.control().addRecording(RecordingSeed.of("tt-course")).recordID();
        assertEquals(List.of(), client.recordings().getRecordingTextTracks(recordID));

        client.recordings().putRecordingTextTrack(PutTextTrackRequest
                .builder(recordID, TextTrackKind.SUBTITLES, "pt-BR").label("Português")
                .file("aula.vtt", VTT).build());
        assertEquals(List.of(), client.recordings().getRecordingTextTracks(recordID),
                "bbb-web hands the upload to the caption worker; nothing is listed yet");

        SIM.control().advanceRecordings();
        List<TextTrack> tracks = client.recordings().getRecordingTextTracksAsync(recordID)
                .toCompletableFuture().get();
        assertEquals(1, tracks.size(), tracks::toString);
        TextTrack t = tracks.get(0);
        assertEquals(TextTrackKind.SUBTITLES, t.textTrackKind().orElseThrow());
        assertEquals("pt-BR", t.lang(), "sent as pt_BR (LocaleUtils), stored as Locale.toLanguageTag()");
        assertEquals("Português", t.label());
        assertEquals("upload", t.source());
        assertTrue(t.href().toString().startsWith(SIM.simulator().baseUrl().toString()), t.href().toString());
        assertTrue(!t.toString().contains(t.href().getPath()), "the href holds a single-use token");

        HttpResponse<byte[]> file = HttpClient.newHttpClient().send(HttpRequest.newBuilder(t.href()).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, file.statusCode());
        assertEquals(new String(VTT, StandardCharsets.UTF_8), new String(file.body(), StandardCharsets.UTF_8));
        assertEquals(1, SIM.control().requests("putRecordingTextTrack").size(), "sent once");
    }

    @Test
    void errorsAreTyped() {
        BbbApiException none = assertThrows(BbbApiException.class,
                () -> client.recordings().getRecordingTextTracks("no-such-recording"));
        assertEquals("noRecordings", none.messageKey());
        BbbApiException upload = assertThrows(BbbApiException.class,
                () -> client.recordings().putRecordingTextTrack(PutTextTrackRequest
                        .builder("no-such-recording", TextTrackKind.CAPTIONS, "en").file("a.vtt", VTT).build()));
        assertEquals("noRecordings", upload.messageKey());
        BigBlueButtonClient wrongSecret = BigBlueButtonClient.builder(SIM.apiUrl(), "not-the-secret").build();
        try (wrongSecret) {
            BbbApiException checksum = assertThrows(BbbApiException.class,
                    () -> wrongSecret.recordings().getRecordingTextTracks("no-such-recording"));
            assertTrue(checksum.isChecksumError(), checksum.messageKey());
        }
    }
}
