package io.github.bbbjakarta.api;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.bbbjakarta.api.internal.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The recording calls over real HTTP against a raw JDK HttpServer that checks the sha256 checksum as bbb-web does
 * (call + raw query without the checksum + secret), records what it received and answers the golden fixtures of
 * reference §2.8/§2.9 or generated pages.
 */
class RecordingsTest {
    private static final String SECRET = "8cd8ef52e8e101574e400365b55e11a6";
    private static final String ID_1 = "ffbfc4cc24428694e8b53a4e144f414052431693-1530718721124";
    private static final String ID_2 = "c637ba21adcd0191f48f5c4bf23fab0f96ed5625-1530718722000";

    private FakeBbb bbbServer;

    @BeforeEach
    void start() throws IOException {
        bbbServer = new FakeBbb();
    }

    @AfterEach
    void stop() {
        bbbServer.close();
    }

    private BigBlueButtonClient client() {
        return BigBlueButtonClient.create(bbbServer.url(), SECRET);
    }

    @Test
    void getRecordingsSendsEveryFilterAndReadsTheAnswer() {
        bbbServer.answer = r -> Fixtures.bytes("recordings/get-recordings.xml");
        try (BigBlueButtonClient bbb = client()) {
            RecordingsPage page = bbb.recordings().getRecordings(GetRecordingsRequest.builder()
                    .meetingIDs("physics-101", "physics-102").recordIDs("ffbfc4cc", "c637ba21")
                    .states(RecordingState.PUBLISHED, RecordingState.DELETED).meta("course", "PHY%")
                    .offset(20).limit(10).build());
            assertEquals(List.of(ID_1, ID_2), page.recordings().stream().map(Recording::recordID).toList());
            assertEquals(2, page.recordings().get(0).playbackFormats().size());
            Request r = bbbServer.only();
            assertEquals("getRecordings", r.call);
            assertEquals(List.of("meetingID", "recordID", "state", "meta_course", "offset", "limit", "checksum"),
                    List.copyOf(r.params.keySet()));
            assertEquals("physics-101,physics-102", r.params.get("meetingID"));
            assertEquals("ffbfc4cc,c637ba21", r.params.get("recordID"));
            assertEquals("published,deleted", r.params.get("state"));
            assertEquals("PHY%", r.params.get("meta_course"));
            assertEquals("20", r.params.get("offset"));
            assertEquals("10", r.params.get("limit"));
        }
    }

    @Test
    void anUnfilteredRequestSendsOnlyTheChecksumAndAnyStateIsAny() {
        bbbServer.answer = r -> Fixtures.bytes("recordings/get-recordings-fetch-all-disabled.xml");
        try (BigBlueButtonClient bbb = client()) {
            assertEquals(RecordingsPage.of(List.of(), null),
                    bbb.recordings().getRecordings(GetRecordingsRequest.builder().build()));
            assertEquals(List.of("checksum"), List.copyOf(bbbServer.only().params.keySet()));
            bbbServer.requests.clear();
            bbb.recordings().getRecordings(GetRecordingsRequest.builder().states(RecordingState.ANY).build());
            assertEquals("any", bbbServer.only().params.get("state"));
        }
    }

    @Test
    void noRecordingsIsAnEmptyPage() {
        bbbServer.answer = r -> Fixtures.bytes("recordings/get-recordings-none.xml");
        try (BigBlueButtonClient bbb = client()) {
            RecordingsPage page = bbb.recordings().getRecordingsAsync(GetRecordingsRequest.builder()
                    .meetingIDs("nothing-here").build()).toCompletableFuture().join();
            assertEquals(List.of(), page.recordings());
        }
    }

    @Test
    void streamAllWalksThreePagesFetchingEachOnlyWhenConsumed() {
        bbbServer.answer = pages(250, true);
        try (BigBlueButtonClient bbb = client()) {
            GetRecordingsRequest request = GetRecordingsRequest.builder().meta("course", "42").build();
            try (Stream<Recording> all = bbb.recordings().streamAll(request)) {
                assertEquals(0, bbbServer.requests.size(), "nothing is fetched before the stream is consumed");
                List<String> first = all.limit(150).map(Recording::recordID).toList();
                assertEquals("rec-149", first.get(149));
            }
            assertEquals(2, bbbServer.requests.size(), "150 recordings take two pages");
            bbbServer.requests.clear();
            List<Recording> every = bbb.recordings().streamAll(request).toList();
            assertEquals(250, every.size());
            assertEquals("rec-249", every.get(249).recordID());
            assertEquals(List.of("0", "100", "200"), bbbServer.requests.stream().map(r -> r.params.get("offset")).toList());
            assertTrue(bbbServer.requests.stream().allMatch(r -> "100".equals(r.params.get("limit"))
                    && "42".equals(r.params.get("meta_course"))));
        }
    }

    @Test
    void streamAllStopsAtTotalElementsWithoutAnEmptyPage() {
        bbbServer.answer = pages(200, false); // 3.1: a bare <totalElements>
        try (BigBlueButtonClient bbb = client()) {
            assertEquals(200, bbb.recordings().streamAll(GetRecordingsRequest.builder().build()).count());
            assertEquals(2, bbbServer.requests.size());
        }
    }

    @Test
    void streamAllUsesTheRequestsOffsetAndLimit() {
        bbbServer.answer = pages(25, true);
        try (BigBlueButtonClient bbb = client()) {
            List<Recording> rest = bbb.recordings().streamAll(GetRecordingsRequest.builder().offset(5).limit(10).build())
                    .toList();
            assertEquals(20, rest.size());
            assertEquals("rec-5", rest.get(0).recordID());
            assertEquals(List.of("5", "15"), bbbServer.requests.stream().map(r -> r.params.get("offset")).toList());
        }
    }

    @Test
    void aServerThatDoesNotPageIsAskedOnce() {
        // before 3.0, limit and offset are ignored: every answer is the whole list, without paging information
        bbbServer.answer = r -> recordings(0, 100, null);
        try (BigBlueButtonClient bbb = client()) {
            assertEquals(100, bbb.recordings().streamAll(GetRecordingsRequest.builder().build()).count());
            assertEquals(1, bbbServer.requests.size());
        }
    }

    @Test
    void aFailingPageThrowsFromTheStream() {
        bbbServer.answer = r -> Fixtures.bytes("recordings/get-recordings-failed-checksum.xml");
        try (BigBlueButtonClient bbb = client()) {
            Stream<Recording> all = bbb.recordings().streamAll(GetRecordingsRequest.builder().build());
            BbbApiException e = assertThrows(BbbApiException.class, all::toList);
            assertTrue(e.isChecksumError());
        }
    }

    @Test
    void publishUnpublishDeleteAndUpdateSendCommaListsAndAreConfirmed() {
        bbbServer.answer = r -> Fixtures.bytes(switch (r.call) {
            case "publishRecordings" -> "true".equals(r.params.get("publish")) ? "recordings/publish.xml"
                    : "recordings/publish-false.xml";
            case "deleteRecordings" -> "recordings/delete.xml";
            default -> "recordings/update.xml";
        });
        try (BigBlueButtonClient bbb = client()) {
            Recordings recordings = bbb.recordings();
            recordings.publishRecordings(false, ID_1, ID_2);
            recordings.publishRecordingsAsync(true, ID_1).toCompletableFuture().join();
            recordings.deleteRecordings(ID_2);
            recordings.deleteRecordingsAsync(ID_1, ID_2).toCompletableFuture().join();
            recordings.updateRecordings(UpdateRecordingsRequest.builder(ID_1, ID_2).meta("course", "PHY-102")
                    .removeMeta("term").protect(true).build());
            recordings.updateRecordingsAsync(UpdateRecordingsRequest.builder(ID_1).protect(false).build())
                    .toCompletableFuture().join();
            List<Request> rs = bbbServer.requests;
            assertEquals(6, rs.size());
            assertEquals(Map.of("recordID", ID_1 + "," + ID_2, "publish", "false"), withoutChecksum(rs.get(0)));
            assertEquals(Map.of("recordID", ID_1, "publish", "true"), withoutChecksum(rs.get(1)));
            assertEquals(Map.of("recordID", ID_2), withoutChecksum(rs.get(2)));
            assertEquals(Map.of("recordID", ID_1 + "," + ID_2), withoutChecksum(rs.get(3)));
            assertEquals(List.of("recordID", "meta_course", "meta_term", "protect", "checksum"),
                    List.copyOf(rs.get(4).params.keySet()));
            assertEquals(Map.of("recordID", ID_1 + "," + ID_2, "meta_course", "PHY-102", "meta_term", "",
                    "protect", "true"), withoutChecksum(rs.get(4)));
            assertEquals(Map.of("recordID", ID_1, "protect", "false"), withoutChecksum(rs.get(5)));
        }
    }

    @Test
    void errorsAreApiExceptionsWithBbbsKeys() {
        bbbServer.answer = r -> Fixtures.bytes(switch (r.call) {
            case "publishRecordings" -> "recordings/publish-failed-not-found.xml";
            case "deleteRecordings" -> "recordings/delete-failed-not-found.xml";
            default -> "recordings/update-failed-not-found.xml";
        });
        try (BigBlueButtonClient bbb = client()) {
            assertEquals("notFound", assertThrows(BbbApiException.class,
                    () -> bbb.recordings().publishRecordings(true, "nope")).messageKey());
            assertEquals("notFound", assertThrows(BbbApiException.class,
                    () -> bbb.recordings().deleteRecordings("nope")).messageKey());
            assertEquals("notFound", assertThrows(BbbApiException.class, () -> bbb.recordings()
                    .updateRecordings(UpdateRecordingsRequest.builder("nope").protect(true).build())).messageKey());
            CompletionException async = assertThrows(CompletionException.class,
                    () -> bbb.recordings().deleteRecordingsAsync("nope").toCompletableFuture().join());
            assertInstanceOf(BbbApiException.class, async.getCause());
        }
    }

    @Test
    void aWrongSecretIsAChecksumError() {
        try (BigBlueButtonClient bbb = BigBlueButtonClient.create(bbbServer.url(), "wrong-" + SECRET)) {
            BbbApiException e = assertThrows(BbbApiException.class,
                    () -> bbb.recordings().deleteRecordings(ID_1));
            assertTrue(e.isChecksumError());
            assertTrue(!e.getMessage().contains(SECRET), e.getMessage());
        }
    }

    @Test
    void badInputNamesTheParameterAndSendsNothing() {
        try (BigBlueButtonClient bbb = client()) {
            Map<String, Runnable> bad = new LinkedHashMap<>();
            bad.put("limit", () -> GetRecordingsRequest.builder().limit(0));
            bad.put("limit ", () -> GetRecordingsRequest.builder().limit(101));
            bad.put("offset", () -> GetRecordingsRequest.builder().offset(-1));
            bad.put("offset ", () -> GetRecordingsRequest.builder().offset(3).build());
            bad.put("meetingID", () -> GetRecordingsRequest.builder().meetingIDs("a,b"));
            bad.put("recordID", () -> GetRecordingsRequest.builder().recordIDs());
            bad.put("recordID ", () -> bbb.recordings().deleteRecordings("a,b"));
            bad.put("recordID  ", () -> bbb.recordings().publishRecordings(true));
            bad.put("recordID   ", () -> bbb.recordings().deleteRecordings(" x"));
            bad.put("recordID    ", () -> UpdateRecordingsRequest.builder(""));
            bad.put("state", () -> GetRecordingsRequest.builder().states(RecordingState.UNKNOWN));
            bad.put("meta_bad key", () -> GetRecordingsRequest.builder().meta("bad key", "x"));
            bad.put("meta_course", () -> UpdateRecordingsRequest.builder("r").meta("course", ""));
            bad.forEach((parameter, call) -> assertEquals(parameter.trim(),
                    assertThrows(BbbParameterException.class, call::run).parameter(), parameter));
            assertEquals(0, bbbServer.requests.size());
        }
    }

    private static Map<String, String> withoutChecksum(Request r) {
        Map<String, String> p = new LinkedHashMap<>(r.params);
        p.remove("checksum");
        return p;
    }

    /** A server holding {@code total} recordings rec-0…, paging as 3.0.x ({@code <pagination>}) or 3.1. */
    private static Function<Request, byte[]> pages(int total, boolean pagination) {
        return r -> {
            int offset = Integer.parseInt(r.params.getOrDefault("offset", "0"));
            int limit = Integer.parseInt(r.params.get("limit"));
            String paging = pagination
                    ? "<pagination><pageable><offset>" + offset + "</offset><limit>" + limit + "</limit><paged>true"
                    + "</paged><unpaged>false</unpaged></pageable><totalElements>" + total + "</totalElements>"
                    + "<empty>false</empty></pagination>"
                    : "<totalElements>" + total + "</totalElements>";
            return recordings(offset, Math.min(total, offset + limit), paging);
        };
    }

    private static byte[] recordings(int from, int to, String paging) {
        String items = java.util.stream.IntStream.range(from, to).mapToObj(i -> "<recording><recordID>rec-" + i
                + "</recordID><meetingID>m</meetingID><state>published</state></recording>")
                .collect(Collectors.joining());
        return ("<response><returncode>SUCCESS</returncode><recordings>" + items + "</recordings>"
                + (paging == null ? "" : paging) + "</response>").getBytes(StandardCharsets.UTF_8);
    }

    private record Request(String call, Map<String, String> params) {
    }

    private static final class FakeBbb implements AutoCloseable {
        private static final String API = "/bigbluebutton/api/";
        private final HttpServer server;
        final List<Request> requests = new CopyOnWriteArrayList<>();
        volatile Function<Request, byte[]> answer = r -> Fixtures.bytes("recordings/update.xml");

        FakeBbb() throws IOException {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext(API, this::handle);
            server.start();
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/bigbluebutton/";
        }

        Request only() {
            assertEquals(1, requests.size(), "requests: " + requests);
            return requests.get(0);
        }

        private void handle(HttpExchange exchange) throws IOException {
            String call = exchange.getRequestURI().getRawPath().substring(API.length());
            String query = exchange.getRequestURI().getRawQuery() == null ? "" : exchange.getRequestURI().getRawQuery();
            Map<String, String> params = new LinkedHashMap<>();
            for (String pair : query.split("&")) {
                if (!pair.isEmpty()) {
                    int eq = pair.indexOf('=');
                    params.put(URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
                            eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
            Request request = new Request(call, params);
            requests.add(request);
            byte[] body = checksumValid(call, query, params.get("checksum")) ? answer.apply(request)
                    : Fixtures.bytes("recordings/get-recordings-failed-checksum.xml");
            exchange.getResponseHeaders().set("Content-Type", "text/xml");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }

        /** bbb-web's rule (reference §1.1): sha256 of call + query without the checksum + secret. */
        private static boolean checksumValid(String call, String query, String checksum) {
            String unsigned = query.replaceAll("(^|&)checksum=[^&]*", "");
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256")
                        .digest((call + unsigned + SECRET).getBytes(StandardCharsets.UTF_8));
                return HexFormat.of().formatHex(digest).equals(checksum);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }
}
