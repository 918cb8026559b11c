package io.github.bbbjakarta.simulator;

import io.github.bbbjakarta.simulator.internal.json.JsonTrees;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * getRecordingTextTracks and putRecordingTextTrack over real HTTP (multipart uploads built by hand), answered as
 * bbb-web 3.0's RecordingController and recording service do (reference §2.10), and the served track files.
 */
class TextTracksApiTest {
    static final String SECRET = "tracks-secret";
    static final MutableClock CLOCK = new MutableClock(Instant.parse("2025-05-01T09:00:00Z"));
    static final String BOUNDARY = "----SimBoundary7MA4YWxkTrZu0gW";

    @RegisterExtension
    static BbbSimulatorExtension SIM = BbbSimulatorExtension.withSecret(SECRET).clock(CLOCK);

    private final TestApi api = new TestApi(SIM.apiUrl(), SECRET);

    /** A published recording of a new meeting; its record id. */
    private String published(String meetingID) {
        String id = api.create(meetingID, "record", "true", "autoStartRecording", "true").text("internalMeetingID");
        SIM.control().connectUser(meetingID, "Mod", SimRole.MODERATOR);
        CLOCK.advance(Duration.ofMinutes(3));
        SIM.control().endMeeting(meetingID);
        SIM.control().advanceRecordings();
        SIM.control().advanceRecordings();
        return id;
    }

    private static byte[] multipart(String fileName, String contentType, byte[] file, String... fields) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < fields.length; i += 2) {
            out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + fields[i]
                    + "\"\r\n\r\n" + fields[i + 1] + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        if (file != null) {
            out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                    + fileName + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.writeBytes(file);
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private HttpResponse<String> put(String rawQuery, byte[] body) {
        return TestApi.send(HttpRequest.newBuilder(api.uri("putRecordingTextTrack", rawQuery))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    private HttpResponse<String> put(String query, String fileText) {
        return put(api.signed("putRecordingTextTrack", query),
                multipart("track.vtt", "text/vtt", fileText.getBytes(StandardCharsets.UTF_8)));
    }

    private HttpResponse<String> tracks(String recordID) {
        return api.get("getRecordingTextTracks", TestApi.query("recordID", recordID));
    }

    private static JsonObject response(HttpResponse<String> r) {
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), r::body);
        return JsonTrees.obj(JsonTrees.obj(JsonTrees.parse(r.body())).get("response"));
    }

    @Test
    void aRecordingStartsWithNoTracksAndUnknownIdsHaveNone() {
        String id = published("tt-none");
        HttpResponse<String> r = tracks(id);
        assertEquals(200, r.statusCode());
        assertEquals("{\"response\":{\"returncode\":\"SUCCESS\",\"tracks\":[]}}", r.body());
        assertEquals("{\"response\":{\"returncode\":\"FAILED\",\"messageKey\":\"noRecordings\","
                + "\"message\":\"No recording found for nope\\u003d\"}}", tracks("nope=").body());
        // a recording still processing already has its captions index (captions.rb runs first)
        api.create("tt-proc", "record", "true");
        SIM.control().startRecording("tt-proc");
        SIM.control().endMeeting("tt-proc");
        String processing = SIM.control().recordings().stream().filter(x -> x.meetingID().equals("tt-proc"))
                .findFirst().orElseThrow().recordID();
        assertEquals("SUCCESS", response(tracks(processing)).getString("returncode"));
    }

    @Test
    void getErrorsAreXmlInTheControllersOrder() {
        Xml noChecksum = Xml.parse(api.raw("getRecordingTextTracks", "recordID=x").body());
        assertEquals("checksumError", noChecksum.text("messageKey"));
        assertEquals("You did not pass the checksum security check", noChecksum.text("message"));
        Xml noId = Xml.parse(api.raw("getRecordingTextTracks", "checksum=" + "0".repeat(40)).body());
        assertEquals("missingParamRecordID", noId.text("messageKey"));
        assertEquals("You must specify a recordID.", noId.text("message"));
        Xml wrong = Xml.parse(api.raw("getRecordingTextTracks", "recordID=x&checksum=" + "0".repeat(40)).body());
        assertEquals("checksumError", wrong.text("messageKey"));
        // POST with a form body: the checksum covers the (empty) query string
        HttpResponse<String> post = api.post("getRecordingTextTracks", null, "application/x-www-form-urlencoded",
                "recordID=abc&checksum=" + api.sha1("getRecordingTextTracks", ""));
        assertEquals("noRecordings", response(post).getString("messageKey"));
    }

    @Test
    void anUploadIsListedAfterTheInboxIsProcessedAndItsFileServedOnce() {
        String id = published("tt-up");
        String vtt = "WEBVTT\n\n00:00:00.000 --> 00:00:02.000\nOlá, mundo\n";
        HttpResponse<String> r = put(TestApi.query("recordID", id, "kind", "subtitles", "lang", "pt_BR"), vtt);
        assertEquals(200, r.statusCode());
        assertEquals("{\"response\":{\"returncode\":\"SUCCESS\",\"recordId\":\"" + id + "\","
                + "\"messageKey\":\"upload_text_track_success\",\"message\":\"Text track uploaded successfully\"}}",
                r.body());
        // bbb-web hands the upload to the caption inbox: not listed yet
        assertEquals(0, JsonTrees.arr(response(tracks(id)).get("tracks")).size());
        List<TextTrackSnapshot> pending = SIM.control().textTracks(id);
        assertEquals(1, pending.size());
        assertFalse(pending.get(0).processed());
        assertEquals(vtt, pending.get(0).text());
        assertEquals("track.vtt", pending.get(0).originalFilename());

        assertEquals(1, SIM.control().advanceRecordings());
        JsonArray list = JsonTrees.arr(response(tracks(id)).get("tracks"));
        assertEquals(1, list.size());
        JsonObject t = JsonTrees.obj(list.get(0));
        assertEquals(List.of("href", "kind", "label", "lang", "source"), List.copyOf(t.keySet()));
        assertEquals("subtitles", t.getString("kind"));
        assertEquals("Portuguese", t.getString("label"));
        assertEquals("pt-BR", t.getString("lang"));
        assertEquals("upload", t.getString("source"));
        String href = t.getString("href");
        String prefix = "http://127.0.0.1:" + SIM.apiUrl().getPort() + "/bigbluebutton/textTrack/";
        assertTrue(href.startsWith(prefix) && href.endsWith("/" + id + "/subtitles_pt-BR.vtt"), href);

        HttpResponse<byte[]> file = TestApi.HTTP.sendAsync(HttpRequest.newBuilder(URI.create(href)).build(),
                HttpResponse.BodyHandlers.ofByteArray()).join();
        assertEquals(200, file.statusCode());
        assertTrue(file.headers().firstValue("Content-Type").orElse("").startsWith("text/vtt"));
        assertArrayEquals(vtt.getBytes(StandardCharsets.UTF_8), file.body());
        assertEquals(401, TestApi.getUrl(href).statusCode()); // single-use token
        assertEquals(401, TestApi.getUrl(prefix + "0123/" + id + "/subtitles_pt-BR.vtt").statusCode());
        assertEquals(404, TestApi.getUrl(prefix + "only/two").statusCode());
        assertTrue(SIM.control().textTracks(id).get(0).processed());

        // same kind and lang replaces; another kind is appended; a label is taken as given
        CLOCK.advance(Duration.ofSeconds(1));
        put(TestApi.query("recordID", id, "kind", "subtitles", "lang", "pt_BR", "label", " Português "), "WEBVTT\n");
        put(TestApi.query("recordID", id, "kind", "captions", "lang", "en"), "WEBVTT\n");
        assertEquals(2, SIM.control().advanceRecordings());
        List<TextTrackSnapshot> all = SIM.control().textTracks(id);
        assertEquals(List.of("Português", "English"), all.stream().map(TextTrackSnapshot::label).toList());
        assertEquals(List.of("pt-BR", "en"), all.stream().map(TextTrackSnapshot::lang).toList());
        JsonArray two = JsonTrees.arr(response(tracks(id)).get("tracks"));
        assertEquals("captions", JsonTrees.obj(two.get(1)).getString("kind"));
        assertTrue(JsonTrees.obj(two.get(1)).getString("href").endsWith("/captions_en.vtt"));
        // the remote control sees the same
        assertEquals(all, SimulatorControl.remote(URI.create("http://127.0.0.1:" + SIM.apiUrl().getPort()))
                .textTracks(id));
    }

    @Test
    void putErrorsInTheControllersOrder() {
        String id = published("tt-err");
        String pretty = "{\n    \"response\": {\n        \"returncode\": \"FAILED\",\n        \"messageKey\": "
                + "\"paramError\",\n        \"message\": \"Missing param checksum.\"\n    }\n}";
        byte[] file = multipart("a.srt", "application/x-subrip", "1\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(pretty, put("recordID=" + id, file).body());
        assertEquals("Missing param recordID.", response(put("checksum=abc", file)).getString("message"));
        Xml wrong = Xml.parse(put("recordID=" + id + "&checksum=" + "0".repeat(40), file).body());
        assertEquals("checksumError", wrong.text("messageKey"));
        assertEquals("No recording was found for zzz",
                response(put(TestApi.query("recordID", "zzz", "kind", "x"), "a")).getString("message"));
        assertEquals("Missing param kind.", response(put(TestApi.query("recordID", id), "a")).getString("message"));
        JsonObject kind = response(put(TestApi.query("recordID", id, "kind", "chapters", "lang", "en"), "a"));
        assertEquals("invalidKind", kind.getString("messageKey"));
        assertEquals("Invalid kind parameter, expected='subtitles|captions' actual=chapters", kind.getString("message"));
        assertEquals("Missing param lang.",
                response(put(TestApi.query("recordID", id, "kind", "captions"), "a")).getString("message"));
        for (String bad : List.of("en-US", "EN", "eng", "en_us", "e1")) {
            JsonObject lang = response(put(TestApi.query("recordID", id, "kind", "captions", "lang", bad), "a"));
            assertEquals("invalidLang", lang.getString("messageKey"), bad);
            assertEquals("Malformed lang param, received=" + bad, lang.getString("message"));
        }
        // Groovy's JsonOutput escapes non-ASCII and quotes
        String raw = put(TestApi.query("recordID", id, "kind", "captions", "lang", "é\""), "a").body();
        assertTrue(raw.contains("\"message\": \"Malformed lang param, received=\\u00e9\\\"\""), raw);
        String q = TestApi.query("recordID", id, "kind", "captions", "lang", "en");
        assertEquals("empty_uploaded_text_track", response(put(q, "")).getString("messageKey"));
        assertEquals("Empty uploaded text track.",
                response(put(api.signed("putRecordingTextTrack", q), multipart(null, null, null))).getString("message"));
        // a malformed body: no file can be read from it
        byte[] truncated = java.util.Arrays.copyOf(file, file.length - 10);
        assertEquals("empty_uploaded_text_track",
                response(put(api.signed("putRecordingTextTrack", q), truncated)).getString("messageKey"));
        assertEquals(405, api.get("putRecordingTextTrack", q).statusCode());
        assertEquals(List.of(), SIM.control().textTracks(id));
    }

    @Test
    void formFieldsOfTheMultipartBodyAreParameters() {
        String id = published("tt-fields");
        String checksum = api.sha1("putRecordingTextTrack", "");
        byte[] body = multipart("x.vtt", "text/vtt", "WEBVTT\n".getBytes(StandardCharsets.UTF_8),
                "recordID", id, "kind", "captions", "lang", "fr", "checksum", checksum);
        JsonObject r = response(put(null, body));
        assertEquals("upload_text_track_success", r.getString("messageKey"), r::toString);
        SIM.control().advanceRecordings();
        assertEquals("French", SIM.control().textTracks(id).get(0).label());
        HttpResponse<String> get = TestApi.send(HttpRequest.newBuilder(api.uri("getRecordingTextTracks", null))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(null, null, null, "recordID", id,
                        "checksum", api.sha1("getRecordingTextTracks", "")))).build());
        assertEquals("fr", JsonTrees.obj(JsonTrees.arr(response(get).get("tracks")).get(0)).getString("lang"));
        // unpublished recordings take uploads too; deleted ones do not
        api.get("publishRecordings", TestApi.query("recordID", id, "publish", "false"));
        assertEquals("SUCCESS", response(put(TestApi.query("recordID", id, "kind", "captions", "lang", "de"), "x"))
                .getString("returncode"));
        api.get("deleteRecordings", TestApi.query("recordID", id));
        assertEquals("noRecordings", response(put(TestApi.query("recordID", id, "kind", "captions", "lang", "de"),
                "x")).getString("messageKey"));
        // ...but a deleted recording keeps its captions directory
        assertEquals("SUCCESS", response(tracks(id)).getString("returncode"));
    }

    @Test
    void seededRecordingsCanHaveTracks() {
        SimulatorControl remote = SimulatorControl.remote(URI.create("http://127.0.0.1:" + SIM.apiUrl().getPort()));
        String id = remote.addRecording(RecordingSeed.of("tt-seed")
                .withTextTrack(new RecordingSeed.Track("captions", "en", "English", "WEBVTT\n\nseeded"))
                .withTextTrack(new RecordingSeed.Track("subtitles", "de", "Deutsch", "WEBVTT\n"))).recordID();
        JsonArray list = JsonTrees.arr(response(tracks(id)).get("tracks"));
        assertEquals(2, list.size());
        JsonObject en = JsonTrees.obj(list.get(0));
        assertEquals("English", en.getString("label"));
        assertEquals("upload", en.getString("source"));
        assertEquals("WEBVTT\n\nseeded", TestApi.getUrl(en.getString("href")).body());
        assertTrue(SIM.control().textTracks(id).stream().allMatch(TextTrackSnapshot::processed));
        assertThrowsIllegalArgument(() -> new RecordingSeed.Track("chapters", "en", "x", ""));
    }

    private static void assertThrowsIllegalArgument(Runnable r) {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, r::run);
    }

    @Test
    void resetForgetsTracks() {
        String id = published("tt-reset");
        put(TestApi.query("recordID", id, "kind", "captions", "lang", "en"), "WEBVTT\n");
        SIM.control().reset();
        assertEquals(List.of(), SIM.control().textTracks(id));
        assertEquals("noRecordings", response(tracks(id)).getString("messageKey"));
    }
}
