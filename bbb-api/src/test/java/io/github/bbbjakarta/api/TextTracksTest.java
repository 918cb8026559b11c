package io.github.bbbjakarta.api;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.bbbjakarta.api.internal.Fixtures;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * getRecordingTextTracks and putRecordingTextTrack over real HTTP, against a raw JDK HttpServer that records
 * method, headers, raw query and body, checks the checksum as bbb-web does (call + raw query without the checksum
 * + secret), parses the multipart body itself and answers the golden fixtures of reference §2.10.
 */
class TextTracksTest {
    private static final String SECRET = "8cd8ef52e8e101574e400365b55e11a6";
    private static final String RECORD = "ffbfc4cc24428694e8b53a4e144f414052431693-1530718721124";
    /** WebVTT with what a careless multipart writer would break on: CR LF, "--", quotes, non-ASCII, a NUL. */
    private static final byte[] VTT = ("WEBVTT\r\n\r\n00:00.000 --> 00:02.000\r\n--\"Olá\", disse ela.\r\n\r\n"
            + "00:02.000 --> 00:04.000\n\u0000fim\n").getBytes(StandardCharsets.UTF_8);

    /** One request as the server saw it. */
    record Seen(String method, String call, String rawQuery, Map<String, String> params, String contentType,
                String accept, byte[] body, boolean checksumValid) {
    }

    private HttpServer server;
    private final List<Seen> seen = new CopyOnWriteArrayList<>();
    private volatile Function<Seen, byte[]> answer = s -> Fixtures.bytes("recordings/text-tracks.json");
    private volatile String answerType = "application/json";
    private volatile int status = 200;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/bigbluebutton/api/", this::handle);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String call = exchange.getRequestURI().getRawPath().substring("/bigbluebutton/api/".length());
        String query = exchange.getRequestURI().getRawQuery() == null ? "" : exchange.getRequestURI().getRawQuery();
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            if (!pair.isEmpty()) {
                int eq = pair.indexOf('=');
                params.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        byte[] body = exchange.getRequestBody().readAllBytes();
        Seen s = new Seen(exchange.getRequestMethod(), call, query, params,
                exchange.getRequestHeaders().getFirst("Content-Type"), exchange.getRequestHeaders().getFirst("Accept"),
                body, checksumValid(call, query, params.get("checksum")));
        seen.add(s);
        byte[] sent = answer.apply(s);
        exchange.getResponseHeaders().set("Content-Type", answerType);
        exchange.sendResponseHeaders(status, sent.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(sent);
        }
    }

    private static boolean checksumValid(String call, String query, String checksum) {
        if (checksum == null) {
            return false;
        }
        String algorithm = switch (checksum.length()) {
            case 40 -> "SHA-1";
            case 64 -> "SHA-256";
            case 96 -> "SHA-384";
            case 128 -> "SHA-512";
            default -> null;
        };
        if (algorithm == null) {
            return false;
        }
        String unsigned = query.replaceAll("(^|&)checksum=[^&]*", "");
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm)
                    .digest((call + unsigned + SECRET).getBytes(StandardCharsets.UTF_8))).equals(checksum);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private BigBlueButtonClient client() {
        return BigBlueButtonClient.create("http://127.0.0.1:" + server.getAddress().getPort() + "/bigbluebutton/", SECRET);
    }

    private Seen only() {
        assertEquals(1, seen.size(), "requests: " + seen);
        return seen.get(0);
    }

    /** One part of a multipart/form-data body, parsed here independently of the client. */
    record Part(Map<String, String> headers, byte[] content) {
    }

    static List<Part> parseMultipart(String contentType, byte[] body) {
        Matcher m = Pattern.compile("^multipart/form-data; ?boundary=([A-Za-z0-9'()+_,./:=?-]{1,70})$").matcher(contentType);
        assertTrue(m.matches(), contentType);
        byte[] delimiter = ("--" + m.group(1)).getBytes(StandardCharsets.ISO_8859_1);
        byte[] next = ("\r\n--" + m.group(1)).getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(0, indexOf(body, delimiter, 0), "the body starts with the first delimiter");
        List<Part> parts = new ArrayList<>();
        int at = delimiter.length;
        while (true) {
            if (body[at] == '-' && body[at + 1] == '-') {
                assertEquals("--\r\n", new String(body, at, body.length - at, StandardCharsets.ISO_8859_1),
                        "nothing after the close delimiter");
                return parts;
            }
            assertEquals('\r', body[at]);
            assertEquals('\n', body[at + 1]);
            int headersEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), at + 2);
            Map<String, String> headers = new LinkedHashMap<>();
            for (String line : new String(body, at + 2, headersEnd - at - 2, StandardCharsets.UTF_8).split("\r\n")) {
                int colon = line.indexOf(':');
                headers.put(line.substring(0, colon).toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
            }
            int end = indexOf(body, next, headersEnd + 4);
            assertTrue(end >= 0, "the part is closed");
            parts.add(new Part(headers, Arrays.copyOfRange(body, headersEnd + 4, end)));
            at = end + next.length;
        }
    }

    private static int indexOf(byte[] data, byte[] pattern, int from) {
        outer:
        for (int i = from; i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static Part onlyFilePart(Seen s) {
        List<Part> parts = parseMultipart(s.contentType(), s.body());
        assertEquals(1, parts.size());
        return parts.get(0);
    }

    @Test
    void getRecordingTextTracksIsOneSignedGetAcceptingJson() {
        try (BigBlueButtonClient bbb = client()) {
            List<TextTrack> tracks = bbb.recordings().getRecordingTextTracks(RECORD);
            assertEquals(List.of("en-US", "pt-BR"), tracks.stream().map(TextTrack::lang).toList());
            assertEquals(URI.create("https://bbb.example.org/bigbluebutton/captions/7f3c9b2e1d0a4c5b8e6f0a1b2c3d4e5f/"
                    + RECORD + "/subtitles_en-US.vtt"), tracks.get(0).href());
        }
        Seen s = only();
        assertEquals("GET", s.method());
        assertEquals("getRecordingTextTracks", s.call());
        assertEquals(List.of("recordID", "checksum"), List.copyOf(s.params().keySet()));
        assertEquals(RECORD, s.params().get("recordID"));
        assertTrue(s.checksumValid(), s.rawQuery());
        assertTrue(s.accept().startsWith("application/json"), s.accept());
        assertEquals(0, s.body().length);
    }

    @Test
    void getErrorsAreReadInEitherShapeWhateverTheContentType() {
        try (BigBlueButtonClient bbb = client()) {
            answerType = "application/json";
            answer = s -> Fixtures.bytes("recordings/text-tracks-failed-missing-record-id.xml");
            assertEquals("missingParamRecordID", assertThrows(BbbApiException.class,
                    () -> bbb.recordings().getRecordingTextTracks(RECORD)).messageKey());
            answerType = "text/xml";
            answer = s -> Fixtures.bytes("recordings/text-tracks-no-captions.json");
            BbbApiException none = assertThrows(BbbApiException.class, () -> bbb.recordings().getRecordingTextTracks(RECORD));
            assertEquals("noCaptionsFound", none.messageKey());
            assertEquals("getRecordingTextTracks", none.call());
            answer = s -> Fixtures.bytes("recordings/text-tracks-no-recordings.json");
            assertEquals("noRecordings", assertThrows(BbbApiException.class,
                    () -> bbb.recordings().getRecordingTextTracks(RECORD)).messageKey());
            answer = s -> Fixtures.bytes("recordings/text-tracks-failed-checksum.xml");
            assertTrue(assertThrows(BbbApiException.class,
                    () -> bbb.recordings().getRecordingTextTracks(RECORD)).isChecksumError());
        }
    }

    @Test
    void putRecordingTextTrackIsOneSignedMultipartPost() {
        answer = s -> Fixtures.bytes("recordings/put-text-track.json");
        try (BigBlueButtonClient bbb = client()) {
            bbb.recordings().putRecordingTextTrack(PutTextTrackRequest.builder(RECORD, TextTrackKind.SUBTITLES, "pt-br")
                    .label("Português (Brasil) & más").file("aula 1.vtt", VTT).build());
        }
        Seen s = only();
        assertEquals("POST", s.method());
        assertEquals("putRecordingTextTrack", s.call());
        assertEquals(List.of("recordID", "kind", "lang", "label", "checksum"), List.copyOf(s.params().keySet()));
        assertEquals(RECORD, s.params().get("recordID"));
        assertEquals("subtitles", s.params().get("kind"));
        assertEquals("pt_BR", s.params().get("lang"));
        assertEquals("Português (Brasil) & más", s.params().get("label"));
        assertTrue(s.checksumValid(), s.rawQuery());
        assertTrue(s.accept().startsWith("application/json"), s.accept());
        Part file = onlyFilePart(s);
        assertEquals("form-data; name=\"file\"; filename=\"aula 1.vtt\"", file.headers().get("content-disposition"));
        assertEquals("text/vtt", file.headers().get("content-type"));
        assertArrayEquals(VTT, file.content());
    }

    @Test
    void eachUploadHasItsOwnBoundaryAndFileNameQuotesAreEscaped() {
        answer = s -> Fixtures.bytes("recordings/put-text-track.json");
        try (BigBlueButtonClient bbb = client()) {
            PutTextTrackRequest request = PutTextTrackRequest.builder(RECORD, TextTrackKind.CAPTIONS, "en")
                    .file("a\"b\r\nContent-Type: text/html\r\n.srt", VTT).build();
            bbb.recordings().putRecordingTextTrack(request);
            bbb.recordings().putRecordingTextTrack(request);
        }
        assertEquals(2, seen.size());
        assertNotEquals(seen.get(0).contentType(), seen.get(1).contentType());
        Part file = onlyFilePart(seen.get(0));
        assertEquals("form-data; name=\"file\"; filename=\"a%22b%0D%0AContent-Type: text/html%0D%0A.srt\"",
                file.headers().get("content-disposition"));
        assertEquals("application/x-subrip", file.headers().get("content-type"));
        assertEquals(2, file.headers().size());
        assertNull(seen.get(0).params().get("label"));
    }

    @Test
    void aFileIsReadFromItsPath(@TempDir Path dir) throws IOException {
        answer = s -> Fixtures.bytes("recordings/put-text-track.json");
        Path path = Files.write(dir.resolve("legendas.vtt"), VTT);
        try (BigBlueButtonClient bbb = client()) {
            bbb.recordings().putRecordingTextTrack(PutTextTrackRequest
                    .builder(RECORD, TextTrackKind.SUBTITLES, Locale.forLanguageTag("pt-BR")).file(path).build());
        }
        Seen s = only();
        assertEquals("pt_BR", s.params().get("lang"));
        Part file = onlyFilePart(s);
        assertEquals("form-data; name=\"file\"; filename=\"legendas.vtt\"", file.headers().get("content-disposition"));
        assertArrayEquals(VTT, file.content());
    }

    @Test
    void putErrorsAreApiErrors() {
        try (BigBlueButtonClient bbb = client()) {
            PutTextTrackRequest request = PutTextTrackRequest.builder(RECORD, TextTrackKind.CAPTIONS, "en")
                    .file("t.vtt", VTT).build();
            for (String[] c : new String[][]{{"put-text-track-failed.json", "upload_text_track_failed"},
                    {"put-text-track-failed-no-recordings.json", "noRecordings"},
                    {"put-text-track-failed-invalid-lang.json", "invalidLang"},
                    {"put-text-track-failed-empty.json", "empty_uploaded_text_track"},
                    {"text-tracks-failed-checksum.xml", "checksumError"}}) {
                answer = s -> Fixtures.bytes("recordings/" + c[0]);
                BbbApiException e = assertThrows(BbbApiException.class, () -> bbb.recordings().putRecordingTextTrack(request));
                assertEquals(c[1], e.messageKey());
                assertEquals("putRecordingTextTrack", e.call());
            }
        }
    }

    @Test
    void asyncTwinsGiveTheSameResultsAndErrors() {
        try (BigBlueButtonClient bbb = client()) {
            assertEquals(2, bbb.recordings().getRecordingTextTracksAsync(RECORD).toCompletableFuture().join().size());
            answer = s -> Fixtures.bytes("recordings/put-text-track.json");
            PutTextTrackRequest request = PutTextTrackRequest.builder(RECORD, TextTrackKind.CAPTIONS, "en")
                    .file("t.vtt", VTT).build();
            assertNull(bbb.recordings().putRecordingTextTrackAsync(request).toCompletableFuture().join());
            assertArrayEquals(VTT, onlyFilePart(seen.get(1)).content());
            answer = s -> Fixtures.bytes("recordings/text-tracks-no-captions.json");
            CompletionException e = assertThrows(CompletionException.class,
                    () -> bbb.recordings().getRecordingTextTracksAsync(RECORD).toCompletableFuture().join());
            assertEquals("noCaptionsFound", assertInstanceOf(BbbApiException.class, e.getCause()).messageKey());
            answer = s -> Fixtures.bytes("recordings/put-text-track-failed.json");
            e = assertThrows(CompletionException.class,
                    () -> bbb.recordings().putRecordingTextTrackAsync(request).toCompletableFuture().join());
            assertEquals("upload_text_track_failed", assertInstanceOf(BbbApiException.class, e.getCause()).messageKey());
        }
    }

    @Test
    void theJaxrsTransportSendsTheSameUpload() {
        answer = s -> Fixtures.bytes("recordings/put-text-track.json");
        Client jaxrs = ClientBuilder.newClient();
        try (BigBlueButtonClient bbb = BigBlueButtonClient.builder("http://127.0.0.1:" + server.getAddress().getPort()
                + "/bigbluebutton/", SECRET).jaxrsClient(jaxrs).build()) {
            bbb.recordings().putRecordingTextTrack(PutTextTrackRequest.builder(RECORD, TextTrackKind.CAPTIONS, "en_GB")
                    .file("t.vtt", VTT).build());
            answer = s -> Fixtures.bytes("recordings/text-tracks.json");
            assertEquals(2, bbb.recordings().getRecordingTextTracks(RECORD).size());
        } finally {
            jaxrs.close();
        }
        Seen put = seen.get(0);
        assertEquals("POST", put.method());
        assertTrue(put.checksumValid());
        assertEquals("en_GB", put.params().get("lang"));
        assertTrue(put.accept().startsWith("application/json"), put.accept());
        assertArrayEquals(VTT, onlyFilePart(put).content());
        assertEquals("GET", seen.get(1).method());
        assertTrue(seen.get(1).accept().startsWith("application/json"), seen.get(1).accept());
    }

    @Test
    void hostileAnswersEndTyped() {
        try (BigBlueButtonClient bbb = client()) {
            for (String[] c : new String[][]{{"", "the body is empty"}, {"garbage", "not well-formed JSON"},
                    {"{\"response\":{\"future\":" + "[".repeat(50_000), "nested deeper than 16"},
                    {"{\"response\":{\"returncode\":\"SUCCESS\",\"tracks\":[{\"href\":7}]}}", "\"href\" is not a string"},
                    {"{\"response\":{\"returncode\":\"SUCCESS\",\"tracks\":\"none\"}}", "\"tracks\" is not an array"},
                    {"\u0000\u0001", "not well-formed JSON"},
                    {"{\"response\":{\"returncode\":\"SUCCESS\",\"tracks\":[" + "{},".repeat(2000) + "{}]}}",
                            "track 1: \"href\" is missing"}}) {
                answer = s -> c[0].getBytes(StandardCharsets.UTF_8);
                BbbTransportException e = assertThrows(BbbTransportException.class,
                        () -> bbb.recordings().getRecordingTextTracks(RECORD), c[1]);
                assertTrue(e.getMessage().contains(c[1]), e.getMessage());
            }
            answer = s -> "<html><body>413 Request Entity Too Large</body></html>".getBytes(StandardCharsets.UTF_8);
            status = 413;
            BbbTransportException tooLarge = assertThrows(BbbTransportException.class,
                    () -> bbb.recordings().putRecordingTextTrack(PutTextTrackRequest.builder(RECORD,
                            TextTrackKind.CAPTIONS, "en").file("t.vtt", VTT).build()));
            assertTrue(tooLarge.getMessage().contains("HTTP 413"), tooLarge.getMessage());
            assertTrue(!tooLarge.getMessage().contains(SECRET) && !tooLarge.getMessage().contains("checksum="),
                    tooLarge.getMessage());
        }
        status = 200;
        String track = "{\"href\":\"https://x/c/t/r/subtitles_en.vtt\",\"kind\":\"subtitles\",\"lang\":\"en\"},";
        answer = s -> ("{\"response\":{\"returncode\":\"SUCCESS\",\"tracks\":[" + track.repeat(100_000) + "]}}")
                .getBytes(StandardCharsets.UTF_8);
        try (BigBlueButtonClient bbb = BigBlueButtonClient.builder("http://127.0.0.1:" + server.getAddress().getPort()
                + "/bigbluebutton/", SECRET).maxResponseSize(64 * 1024).build()) {
            BbbTransportException huge = assertThrows(BbbTransportException.class,
                    () -> bbb.recordings().getRecordingTextTracks(RECORD));
            assertTrue(huge.getMessage().contains("maxResponseSize"), huge.getMessage());
        }
    }

    @Test
    void anUploadTheServerDoesNotReadEndsAtTheDeadline() throws IOException {
        try (java.net.ServerSocket deaf = new java.net.ServerSocket()) {
            deaf.setReceiveBufferSize(4096);
            deaf.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            List<java.net.Socket> accepted = new CopyOnWriteArrayList<>();
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        accepted.add(deaf.accept()); // and never read
                    }
                } catch (IOException closed) {
                    // test over
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            int size = 24 * 1024 * 1024;
            PutTextTrackRequest request = PutTextTrackRequest.builder(RECORD, TextTrackKind.CAPTIONS, "en")
                    .maxFileSize(size).file("big.vtt", new byte[size]).build();
            try (BigBlueButtonClient bbb = BigBlueButtonClient.builder("http://127.0.0.1:" + deaf.getLocalPort()
                    + "/bigbluebutton/", SECRET).callTimeout(java.time.Duration.ofMillis(500)).build()) {
                BbbTransportException e = DeadlineTest.within(() -> assertThrows(BbbTransportException.class,
                        () -> bbb.recordings().putRecordingTextTrack(request)));
                assertTrue(e.getMessage().contains("callTimeout"), e.getMessage());
                CompletionException async = DeadlineTest.within(() -> assertThrows(CompletionException.class,
                        () -> bbb.recordings().putRecordingTextTrackAsync(request).toCompletableFuture().join()));
                assertInstanceOf(BbbTransportException.class, async.getCause());
            } finally {
                for (java.net.Socket socket : accepted) {
                    socket.close();
                }
            }
            assertEquals(2, accepted.size(), "one connection per call, nothing re-sent");
        }
    }

    @Test
    void parametersAreCheckedBeforeSending(@TempDir Path dir) throws IOException {
        try (BigBlueButtonClient bbb = client()) {
            assertEquals("recordID", assertThrows(BbbParameterException.class,
                    () -> bbb.recordings().getRecordingTextTracks("")).parameter());
            assertEquals("recordID", assertThrows(BbbParameterException.class,
                    () -> bbb.recordings().getRecordingTextTracksAsync("a,b")).parameter());
        }
        for (String lang : new String[]{null, "", "english", "e", "eng", "en_", "en-", "en_USA", "en_U1", "es-419",
                "zh-Hant-TW", "en_US_POSIX", "pt_BR ", " en", "e\u00f1"}) {
            BbbParameterException e = assertThrows(BbbParameterException.class,
                    () -> PutTextTrackRequest.builder(RECORD, TextTrackKind.CAPTIONS, lang), lang);
            assertEquals("lang", e.parameter(), lang);
        }
        for (Locale locale : new Locale[]{null, Locale.forLanguageTag("zh-Hant-TW"), Locale.forLanguageTag("es-419"),
                Locale.forLanguageTag("fil-PH"), Locale.forLanguageTag("de-DE-u-co-phonebk"), Locale.ROOT}) {
            assertEquals("lang", assertThrows(BbbParameterException.class,
                    () -> PutTextTrackRequest.builder(RECORD, TextTrackKind.CAPTIONS, locale)).parameter());
        }
        assertEquals("kind", assertThrows(BbbParameterException.class,
                () -> PutTextTrackRequest.builder(RECORD, null, "en")).parameter());
        assertEquals("recordID", assertThrows(BbbParameterException.class,
                () -> PutTextTrackRequest.builder(" " + RECORD, TextTrackKind.CAPTIONS, "en")).parameter());
        PutTextTrackRequest.Builder b = PutTextTrackRequest.builder(RECORD, TextTrackKind.CAPTIONS, "EN-gb");
        assertEquals("label", assertThrows(BbbParameterException.class, () -> b.label(" ")).parameter());
        assertEquals("label", assertThrows(BbbParameterException.class, () -> b.label("a\nb")).parameter());
        assertEquals("file", assertThrows(BbbParameterException.class, b::build).parameter());
        assertEquals("file", assertThrows(BbbParameterException.class, () -> b.file("t.vtt", new byte[0]).build()).parameter());
        assertEquals("file", assertThrows(BbbParameterException.class, () -> b.file("", VTT)).parameter());
        assertEquals("file", assertThrows(BbbParameterException.class, () -> b.file("t.vtt", null)).parameter());
        byte[] big = new byte[PutTextTrackRequest.DEFAULT_MAX_FILE_SIZE + 1];
        BbbParameterException tooBig = assertThrows(BbbParameterException.class, () -> b.file("t.vtt", big).build());
        assertEquals("file", tooBig.parameter());
        assertTrue(tooBig.getMessage().contains("maxFileSize"), tooBig.getMessage());
        assertEquals("maxFileSize", assertThrows(BbbParameterException.class, () -> b.maxFileSize(0)).parameter());
        assertEquals(big.length, b.maxFileSize(3 * 1024 * 1024).build().fileSize());
        assertEquals("en_GB", b.build().lang());
        // a path is measured before it is read: a sparse 1 GiB file is refused without reading it
        Path huge = dir.resolve("huge.vtt");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(1L << 30);
        }
        assertTrue(assertThrows(BbbParameterException.class, () -> b.file(huge).build()).getMessage()
                .contains("1073741824 bytes"));
        assertEquals("file", assertThrows(BbbParameterException.class,
                () -> b.file(dir.resolve("missing.vtt")).build()).parameter());
        assertEquals(0, seen.size(), "nothing was sent");
    }
}
