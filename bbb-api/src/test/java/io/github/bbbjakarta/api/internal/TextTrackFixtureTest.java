package io.github.bbbjakarta.api.internal;

import io.github.bbbjakarta.api.BbbApiException;
import io.github.bbbjakarta.api.BbbTransportException;
import io.github.bbbjakarta.api.TextTrack;
import io.github.bbbjakarta.api.TextTrackKind;
import io.github.bbbjakarta.api.internal.HttpTransport.Answer;
import io.github.bbbjakarta.api.internal.recordings.TextTrackMapper;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

import static io.github.bbbjakarta.api.internal.Fixtures.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The text-track calls' answers as reference §2.10 and bbb-web's sources show them (Gson's compact JSON with its
 * HTML-safe escapes, Groovy's pretty JSON, the XML error shape), read by the mapper directly (no HTTP).
 */
class TextTrackFixtureTest {
    private static final String GET = "getRecordingTextTracks";
    private static final String PUT = "putRecordingTextTrack";
    private static final String RECORD = "ffbfc4cc24428694e8b53a4e144f414052431693-1530718721124";

    @Test
    void tracksWithEveryMember() {
        List<TextTrack> tracks = TextTrackMapper.tracks(GET, ok("recordings/text-tracks.json"));
        assertEquals(List.of(
                TextTrack.of(URI.create("https://bbb.example.org/bigbluebutton/captions/7f3c9b2e1d0a4c5b8e6f0a1b2c3d4e5f/"
                        + RECORD + "/subtitles_en-US.vtt"), "subtitles", "English", "en-US", "upload"),
                TextTrack.of(URI.create("https://bbb.example.org/bigbluebutton/captions/0e1d2c3b4a5f6e7d8c9b0a1f2e3d4c5b/"
                        + RECORD + "/captions_pt-BR.vtt"), "captions", "Português (Brasil) & Libras", "pt-BR", "live")),
                tracks);
        assertEquals(Optional.of(TextTrackKind.SUBTITLES), tracks.get(0).textTrackKind());
        assertEquals(Optional.of(TextTrackKind.CAPTIONS), tracks.get(1).textTrackKind());
    }

    @Test
    void toStringHidesTheTokenInTheHref() {
        TextTrack track = TextTrackMapper.tracks(GET, ok("recordings/text-tracks.json")).get(0);
        assertFalse(track.toString().contains("7f3c9b2e1d0a4c5b8e6f0a1b2c3d4e5f"), track.toString());
        assertTrue(track.toString().contains("https://bbb.example.org/…/subtitles_en-US.vtt"), track.toString());
    }

    @Test
    void noTracksIsAnEmptyList() {
        assertEquals(List.of(), TextTrackMapper.tracks(GET, ok("recordings/text-tracks-empty.json")));
    }

    @Test
    void getErrorsInJsonAndXml() {
        assertKey(GET, TextTrackMapper::tracks, "recordings/text-tracks-no-captions.json", "noCaptionsFound",
                "No captions found for " + RECORD);
        assertKey(GET, TextTrackMapper::tracks, "recordings/text-tracks-no-recordings.json", "noRecordings",
                "No recording found for " + RECORD);
        assertKey(GET, TextTrackMapper::tracks, "recordings/text-tracks-failed-missing-record-id.xml",
                "missingParamRecordID", "You must specify a recordID.");
        BbbApiException xml = assertKey(GET, TextTrackMapper::tracks, "recordings/text-tracks-failed-checksum.xml",
                "checksumError", "You did not pass the checksum security check");
        assertTrue(xml.isChecksumError());
        assertTrue(assertKey(GET, TextTrackMapper::tracks, "recordings/text-tracks-failed-checksum.json",
                "checksumError", "You did not pass the checksum security check").isChecksumError());
    }

    @Test
    void uploadAccepted() {
        assertEquals(null, TextTrackMapper.uploaded(PUT, ok("recordings/put-text-track.json")));
    }

    @Test
    void putErrors() {
        assertKey(PUT, TextTrackMapper::uploaded, "recordings/put-text-track-failed.json", "upload_text_track_failed",
                "Text track upload failed.");
        assertKey(PUT, TextTrackMapper::uploaded, "recordings/put-text-track-failed-param-error.json", "paramError",
                "Missing param lang.");
        assertKey(PUT, TextTrackMapper::uploaded, "recordings/put-text-track-failed-invalid-kind.json", "invalidKind",
                "Invalid kind parameter, expected='subtitles|captions' actual=chapters");
        assertKey(PUT, TextTrackMapper::uploaded, "recordings/put-text-track-failed-invalid-lang.json", "invalidLang",
                "Malformed lang param, received=english");
        assertKey(PUT, TextTrackMapper::uploaded, "recordings/put-text-track-failed-no-recordings.json", "noRecordings",
                "No recording was found for " + RECORD);
        assertKey(PUT, TextTrackMapper::uploaded, "recordings/put-text-track-failed-empty.json",
                "empty_uploaded_text_track", "Empty uploaded text track.");
        assertKey(PUT, TextTrackMapper::uploaded, "recordings/text-tracks-failed-checksum.xml", "checksumError",
                "You did not pass the checksum security check");
    }

    @Test
    void aSuccessWithoutTracksIsIncomplete() {
        BbbTransportException e = assertThrows(BbbTransportException.class,
                () -> TextTrackMapper.tracks(GET, ok("recordings/put-text-track.json")));
        assertTrue(e.getMessage().contains("\"tracks\" is missing"), e.getMessage());
    }

    @Test
    void aByteOrderMarkAndBlanksAreSkippedAndUnknownMembersIgnored() {
        String json = "\uFEFF \n{\"response\":{\"returncode\":\"SUCCESS\",\"future\":{\"a\":[1,{\"b\":null}]},"
                + "\"tracks\":[{\"href\":\"/bigbluebutton/captions/t/r/subtitles_en.vtt\",\"kind\":\"chapters\","
                + "\"lang\":\"en\",\"extra\":[[]],\"label\":null}]},\"other\":true}";
        TextTrack t = TextTrackMapper.tracks(GET, answer(json)).get(0);
        assertEquals(TextTrack.of(URI.create("/bigbluebutton/captions/t/r/subtitles_en.vtt"), "chapters", "", "en", ""), t);
        assertEquals(Optional.empty(), t.textTrackKind());
    }

    @Test
    void aFailedAnswerWithoutKeyIsStillAnApiError() {
        // bbb-web's empty-file answer assigns messageKey and message in its JSON builder instead of calling them
        BbbApiException e = assertThrows(BbbApiException.class,
                () -> TextTrackMapper.uploaded(PUT, answer("{\"response\":{\"returncode\":\"FAILED\"}}")));
        assertEquals("", e.messageKey());
    }

    @Test
    void brokenAnswersAreTransportErrorsNamingTheProblem() {
        assertUnreadable("", "the body is empty");
        assertUnreadable("[]", "not a JSON object");
        assertUnreadable("{}", "no \"response\" object");
        assertUnreadable("{\"response\":[]}", "\"response\" is not an object");
        assertUnreadable("{\"response\":{}}", "\"returncode\" is missing");
        assertUnreadable("{\"response\":{\"returncode\":1}}", "\"returncode\" is not a string");
        assertUnreadable("{\"response\":{\"returncode\":\"SUCCESS\",\"tracks\":{}}}", "\"tracks\" is not an array");
        assertUnreadable("{\"response\":{\"returncode\":\"SUCCESS\",\"tracks\":[1]}}", "a track is not an object");
        assertUnreadable("{\"response\":{\"returncode\":\"SUCCESS\",\"tracks\":[{\"href\":\"h\",\"kind\":\"k\"}]}}",
                "track 1: \"lang\" is missing");
        assertUnreadable("{\"response\":{\"returncode\":\"SUCCESS\",\"tracks\":[{\"href\":\"a b\",\"kind\":\"k\","
                + "\"lang\":\"en\"}]}}", "track 1: \"href\" is not a URI");
        assertUnreadable("{\"response\":{\"returncode\":\"SUCCESS\",\"tracks\":[{\"href\":[],\"kind\":\"k\"}]}}",
                "\"href\" is not a string");
        assertUnreadable("{\"response\":{\"returncode\":\"FAILED\"},\"response\":{\"returncode\":\"SUCCESS\"}}",
                "two \"response\" members");
        assertUnreadable("{\"response\":{\"returncode\":\"FAILED\",\"returncode\":\"SUCCESS\"}}",
                "two \"returncode\" members");
        assertUnreadable("{\"response\":{\"returncode\":\"SUCCESS\",\"tracks\":[]}} {}", "not well-formed JSON");
        assertUnreadable("{\"response\":{\"returncode\":\"SUCCESS\",\"tracks\":[]}", "not well-formed JSON");
        assertUnreadable("{\"response\":{\"returncode\":\"SUCCESS\",\"x\":" + "[".repeat(100_000),
                "nested deeper than 16");
        assertUnreadable("<response><returncode>SUCCESS</returncode></response>", "an XML success");
        assertUnreadable("<html><body>502 Bad Gateway</body></html>", "not a BBB XML answer");
        assertUnreadable("OK", "not well-formed JSON");
        BbbTransportException utf8 = assertThrows(BbbTransportException.class, () -> TextTrackMapper.tracks(GET,
                new Answer(200, null, new byte[]{'{', (byte) 0xC3, '('})));
        assertTrue(utf8.getMessage().contains("not UTF-8"), utf8.getMessage());
    }

    @Test
    void tooManyTracksAreRefused() {
        StringBuilder json = new StringBuilder("{\"response\":{\"returncode\":\"SUCCESS\",\"tracks\":[");
        for (int i = 0; i <= 10_000; i++) {
            json.append(i == 0 ? "" : ",").append("{\"href\":\"h\",\"kind\":\"captions\",\"lang\":\"en\"}");
        }
        assertUnreadable(json.append("]}}").toString(), "more than 10000 tracks");
    }

    @Test
    void aNonOkStatusIsATransportError() {
        BbbTransportException e = assertThrows(BbbTransportException.class, () -> TextTrackMapper.tracks(GET,
                new Answer(413, null, "<html>413 Request Entity Too Large</html>".getBytes(StandardCharsets.UTF_8))));
        assertEquals(java.util.OptionalInt.of(413), e.httpStatus());
        assertTrue(e.getMessage().contains("Payload Too Large"), e.getMessage());
    }

    private static void assertUnreadable(String body, String expected) {
        BbbTransportException e = assertThrows(BbbTransportException.class, () -> TextTrackMapper.tracks(GET, answer(body)),
                body.length() > 80 ? body.substring(0, 80) : body);
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    private static BbbApiException assertKey(String call, BiFunction<String, Answer, ?> mapper, String fixture,
                                             String key, String message) {
        BbbApiException e = assertThrows(BbbApiException.class, () -> mapper.apply(call, ok(fixture)), fixture);
        assertEquals(call, e.call());
        assertEquals(key, e.messageKey());
        assertEquals(message, e.serverMessage());
        return e;
    }

    private static Answer answer(String body) {
        return new Answer(200, null, body.getBytes(StandardCharsets.UTF_8));
    }
}
