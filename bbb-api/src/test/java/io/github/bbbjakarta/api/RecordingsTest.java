package io.github.bbbjakarta.api;

import io.github.bbbjakarta.api.internal.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
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

    private FakeBbbServer bbbServer;

    @BeforeEach
    void start() throws IOException {
        bbbServer = new FakeBbbServer(SECRET);
        bbbServer.answer = r -> Fixtures.bytes("recordings/update.xml");
        bbbServer.checksumFailure = Fixtures.bytes("recordings/get-recordings-failed-checksum.xml");
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
            FakeBbbServer.Request r = bbbServer.only();
            assertEquals("getRecordings", r.call());
            assertEquals(List.of("meetingID", "recordID", "state", "meta_course", "offset", "limit", "checksum"),
                    List.copyOf(r.params().keySet()));
            assertEquals("physics-101,physics-102", r.params().get("meetingID"));
            assertEquals("ffbfc4cc,c637ba21", r.params().get("recordID"));
            assertEquals("published,deleted", r.params().get("state"));
            assertEquals("PHY%", r.params().get("meta_course"));
            assertEquals("20", r.params().get("offset"));
            assertEquals("10", r.params().get("limit"));
        }
    }

    @Test
    void anUnfilteredRequestSendsOnlyTheChecksumAndAnyStateIsAny() {
        bbbServer.answer = r -> Fixtures.bytes("recordings/get-recordings-fetch-all-disabled.xml");
        try (BigBlueButtonClient bbb = client()) {
            assertEquals(RecordingsPage.of(List.of(), null),
                    bbb.recordings().getRecordings(GetRecordingsRequest.builder().build()));
            assertEquals(List.of("checksum"), List.copyOf(bbbServer.only().params().keySet()));
            bbbServer.requests.clear();
            bbb.recordings().getRecordings(GetRecordingsRequest.builder().states(RecordingState.ANY).build());
            assertEquals("any", bbbServer.only().params().get("state"));
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
            assertEquals(List.of("0", "100", "200"), bbbServer.requests.stream().map(r -> r.params().get("offset")).toList());
            assertTrue(bbbServer.requests.stream().allMatch(r -> "100".equals(r.params().get("limit"))
                    && "42".equals(r.params().get("meta_course"))));
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
            assertEquals(List.of("5", "15"), bbbServer.requests.stream().map(r -> r.params().get("offset")).toList());
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
        bbbServer.answer = r -> Fixtures.bytes(switch (r.call()) {
            case "publishRecordings" -> "true".equals(r.params().get("publish")) ? "recordings/publish.xml"
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
            List<FakeBbbServer.Request> rs = bbbServer.requests;
            assertEquals(6, rs.size());
            assertEquals(Map.of("recordID", ID_1 + "," + ID_2, "publish", "false"), withoutChecksum(rs.get(0)));
            assertEquals(Map.of("recordID", ID_1, "publish", "true"), withoutChecksum(rs.get(1)));
            assertEquals(Map.of("recordID", ID_2), withoutChecksum(rs.get(2)));
            assertEquals(Map.of("recordID", ID_1 + "," + ID_2), withoutChecksum(rs.get(3)));
            assertEquals(List.of("recordID", "meta_course", "meta_term", "protect", "checksum"),
                    List.copyOf(rs.get(4).params().keySet()));
            assertEquals(Map.of("recordID", ID_1 + "," + ID_2, "meta_course", "PHY-102", "meta_term", "",
                    "protect", "true"), withoutChecksum(rs.get(4)));
            assertEquals(Map.of("recordID", ID_1, "protect", "false"), withoutChecksum(rs.get(5)));
        }
    }

    @Test
    void errorsAreApiExceptionsWithBbbsKeys() {
        bbbServer.answer = r -> Fixtures.bytes(switch (r.call()) {
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

    private static Map<String, String> withoutChecksum(FakeBbbServer.Request r) {
        Map<String, String> p = new LinkedHashMap<>(r.params());
        p.remove("checksum");
        return p;
    }

    /** A server holding {@code total} recordings rec-0…, paging as 3.0.x ({@code <pagination>}) or 3.1. */
    private static Function<FakeBbbServer.Request, byte[]> pages(int total, boolean pagination) {
        return r -> {
            int offset = Integer.parseInt(r.params().getOrDefault("offset", "0"));
            int limit = Integer.parseInt(r.params().get("limit"));
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
}
