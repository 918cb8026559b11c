package io.github.bbbjakarta.api.internal;

import io.github.bbbjakarta.api.BbbApiException;
import io.github.bbbjakarta.api.BbbTransportException;
import io.github.bbbjakarta.api.PlaybackFormat;
import io.github.bbbjakarta.api.PreviewImage;
import io.github.bbbjakarta.api.Recording;
import io.github.bbbjakarta.api.RecordingState;
import io.github.bbbjakarta.api.RecordingsPage;
import io.github.bbbjakarta.api.internal.HttpTransport.Answer;
import io.github.bbbjakarta.api.internal.recordings.RecordingMapper;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

import static io.github.bbbjakarta.api.internal.Fixtures.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The recording calls' answers as bbb-api-reference.md §2.8 and §2.9 show them, read by the recording mapper
 * directly (no HTTP), every field asserted (the answer types compare all their values).
 */
class RecordingFixtureTest {
    private static final String PARENT = "ffbfc4cc24428694e8b53a4e144f414052431693-1530718721124";
    private static final String ROOM = "c637ba21adcd0191f48f5c4bf23fab0f96ed5625-1530718722000";
    private static final String THUMBS = "https://bbb.example.org/presentation/" + PARENT
            + "/presentation/d2d9a672040fbde2a47a10bf6c37b6a4b5ae187f-1530718721134/thumbnails/";

    @Test
    void twoRecordingsWithFormatsPreviewsBreakoutsAndMetadata() {
        RecordingsPage page = RecordingMapper.page("getRecordings", ok("recordings/get-recordings.xml"));
        Map<String, String> parentMeta = new LinkedHashMap<>();
        parentMeta.put("isBreakout", "false");
        parentMeta.put("meetingName", "Physics 101");
        parentMeta.put("course", "PHY-101");
        parentMeta.put("bbb-origin-server-name", "lms.example.org");
        parentMeta.put("meetingId", "c637ba21adcd0191f48f5c4bf23fab0f96ed5625");
        Recording parent = Recording.builder()
                .recordID(PARENT).meetingID("c637ba21adcd0191f48f5c4bf23fab0f96ed5625").internalMeetingID(PARENT)
                .name("Physics 101").isBreakout(false).published(true)
                .state(RecordingState.PUBLISHED).stateName("published")
                .startTime(1530718721124L).endTime(1530718810456L).participants(3)
                .rawSize(951067).size(1104836).metadata(parentMeta)
                .breakoutRooms(List.of(ROOM, "c637ba21adcd0191f48f5c4bf23fab0f96ed5625-1530718722001"))
                .protect(true)
                .playbackFormats(List.of(
                        PlaybackFormat.builder().type("presentation")
                                .url("https://bbb.example.org/playback/presentation/2.3/" + PARENT)
                                .processingTime(7177).length(1).size(1104836)
                                .previewImages(List.of(
                                        PreviewImage.of(THUMBS + "thumb-1.png", 176, 136, "Welcome to BigBlueButton"),
                                        PreviewImage.of(THUMBS + "thumb-2.png", 176, 136, "Newton & Leibniz")))
                                .build(),
                        PlaybackFormat.builder().type("video")
                                .url("https://bbb.example.org/playback/video/" + PARENT + "/")
                                .processingTime(0).length(1).size(2_536_960).build()))
                .build();
        Map<String, String> roomMeta = new LinkedHashMap<>();
        roomMeta.put("isBreakout", "true");
        roomMeta.put("meetingName", "Physics 101 (Room 1)");
        roomMeta.put("meetingId", "c637ba21adcd0191f48f5c4bf23fab0f96ed5625-room-1");
        Recording room = Recording.builder()
                .recordID(ROOM).meetingID("c637ba21adcd0191f48f5c4bf23fab0f96ed5625-room-1").internalMeetingID(ROOM)
                .name("Physics 101 (Room 1)").isBreakout(true).published(false)
                .state(RecordingState.UNPUBLISHED).stateName("unpublished")
                .startTime(1530718722000L).endTime(1530718800000L).participants(2)
                .metadata(roomMeta)
                .parentMeetingID(PARENT).sequence(1).freeJoin(false)
                .playbackFormats(List.of(PlaybackFormat.builder().type("presentation")
                        .url("https://bbb.example.org/playback/presentation/2.3/" + ROOM)
                        .processingTime(5012).length(1).build()))
                .build();
        assertEquals(RecordingsPage.of(List.of(parent, room), null), page);
        assertEquals(Optional.of(true), page.recordings().get(0).isProtected());
        assertEquals(Optional.empty(), page.recordings().get(1).isProtected());
        assertEquals(Optional.of(PARENT), page.recordings().get(1).parentMeetingID());
        assertFalse(page.paging().isPresent());
    }

    @Test
    void bothPaginationShapes() {
        RecordingsPage paged = RecordingMapper.page("getRecordings", ok("recordings/get-recordings-pagination.xml"), 10, 1);
        assertEquals(Optional.of(RecordingsPage.Paging.of(10, 1, 23)), paged.paging());
        assertEquals(1, paged.recordings().size());
        assertEquals(RecordingState.PUBLISHED, paged.recordings().get(0).state());
        assertEquals(Map.of(), paged.recordings().get(0).metadata());

        // 3.1 sends a bare <totalElements>: offset and limit are the requested ones
        RecordingsPage bare = RecordingMapper.page("getRecordings", ok("recordings/get-recordings-total-elements.xml"),
                10, 1);
        assertEquals(paged, bare);
        // the server's <pageable> wins over what was asked
        assertEquals(Optional.of(RecordingsPage.Paging.of(10, 1, 23)),
                RecordingMapper.page("getRecordings", ok("recordings/get-recordings-pagination.xml"), 0, 5).paging());
    }

    @Test
    void bothNoRecordingsAnswersAreAnEmptyPage() {
        assertEquals(RecordingsPage.of(List.of(), null),
                RecordingMapper.page("getRecordings", ok("recordings/get-recordings-none.xml")));
        assertEquals(RecordingsPage.of(List.of(), null),
                RecordingMapper.page("getRecordings", ok("recordings/get-recordings-fetch-all-disabled.xml")));
    }

    @Test
    void unknownStateIsKeptRaw() {
        Recording r = RecordingMapper.page("getRecordings", answer("<response><returncode>SUCCESS</returncode>"
                + "<recordings><recording><recordID>r-1</recordID><state> Archived </state></recording></recordings>"
                + "</response>")).recordings().get(0);
        assertEquals(RecordingState.UNKNOWN, r.state());
        assertEquals("Archived", r.stateName());
    }

    @Test
    void aRecordingWithoutRecordIdIsNotAnAnswer() {
        BbbTransportException e = assertThrows(BbbTransportException.class, () -> RecordingMapper.page("getRecordings",
                answer("<response><returncode>SUCCESS</returncode><recordings><recording><name>x</name></recording>"
                        + "</recordings></response>")));
        assertTrue(e.getMessage().contains("recordID"), e.getMessage());
    }

    @Test
    void publishDeleteUpdate() {
        assertEquals(true, RecordingMapper.published("publishRecordings", ok("recordings/publish.xml")));
        assertEquals(false, RecordingMapper.published("publishRecordings", ok("recordings/publish-false.xml")));
        RecordingMapper.deleted("deleteRecordings", ok("recordings/delete.xml"));
        RecordingMapper.updated("updateRecordings", ok("recordings/update.xml"));
        assertThrows(BbbTransportException.class, () -> RecordingMapper.deleted("deleteRecordings",
                answer("<response><returncode>SUCCESS</returncode><deleted>false</deleted></response>")));
        assertThrows(BbbTransportException.class, () -> RecordingMapper.updated("updateRecordings",
                answer("<response><returncode>SUCCESS</returncode></response>")));
        assertThrows(BbbTransportException.class, () -> RecordingMapper.published("publishRecordings",
                answer("<response><returncode>SUCCESS</returncode></response>")));
    }

    @Test
    void everyFailedAnswerIsAnApiExceptionWithItsKey() {
        Map<String, BiFunction<String, Answer, ?>> mappers = Map.of("get-recordings", RecordingMapper::page,
                "publish", RecordingMapper::published, "delete", RecordingMapper::deleted,
                "update", RecordingMapper::updated);
        Map<String, String> keys = new LinkedHashMap<>();
        keys.put("recordings/get-recordings-failed-checksum.xml", "checksumError");
        keys.put("recordings/publish-failed-missing-record-id.xml", "missingParamRecordID");
        keys.put("recordings/publish-failed-missing-publish.xml", "missingParamPublish");
        keys.put("recordings/publish-failed-not-found.xml", "notFound");
        keys.put("recordings/publish-failed-checksum.xml", "checksumError");
        keys.put("recordings/delete-failed-not-found.xml", "notFound");
        keys.put("recordings/delete-failed-missing-record-id.xml", "missingParamRecordID");
        keys.put("recordings/delete-failed-checksum.xml", "checksumError");
        keys.put("recordings/update-failed-not-found.xml", "notFound");
        keys.put("recordings/update-failed-missing-record-id.xml", "missingParamRecordID");
        keys.put("recordings/update-failed-checksum.xml", "checksumError");
        assertEquals(Fixtures.RECORDINGS_XML.stream().filter(f -> f.contains("-failed-")).sorted().toList(),
                keys.keySet().stream().sorted().toList(), "every FAILED fixture is checked");
        keys.forEach((fixture, key) -> {
            String call = fixture.substring("recordings/".length(), fixture.indexOf("-failed-"));
            BbbApiException e = assertThrows(BbbApiException.class, () -> mappers.get(call).apply(call, ok(fixture)),
                    fixture);
            assertEquals(key, e.messageKey(), fixture);
        });
    }

    @Test
    void tenThousandRecordingsInOneAnswerAreReadOneByOne() {
        StringBuilder xml = new StringBuilder("<response><returncode>SUCCESS</returncode><recordings>");
        int n = 10_000;
        for (int i = 0; i < n; i++) {
            xml.append("<recording><recordID>rec-").append(i).append("</recordID><meetingID>m-").append(i % 7)
                    .append("</meetingID><state>published</state><published>true</published><metadata>");
            for (int k = 0; k < 20; k++) {
                xml.append("<key").append(k).append(">v</key").append(k).append('>');
            }
            xml.append("</metadata><playback>");
            for (String type : List.of("presentation", "video")) {
                xml.append("<format><type>").append(type).append("</type><url>https://h/").append(i)
                        .append("</url><length>3</length><preview><images>");
                for (int k = 0; k < 30; k++) {
                    xml.append("<image width=\"176\" height=\"136\" alt=\"s\">https://h/t").append(k).append("</image>");
                }
                xml.append("</images></preview></format>");
            }
            xml.append("</playback></recording>");
        }
        xml.append("</recordings><totalElements>").append(n).append("</totalElements></response>");
        // the whole answer has far more elements than one parse may hold; each recording is well within
        assertTrue(n * 99L > io.github.bbbjakarta.api.internal.xml.XmlLimits.MAX_ELEMENTS);
        int[] count = {0};
        long[] images = {0};
        RecordingsPage.Paging paging = RecordingMapper.each("getRecordings", answer(xml.toString()), 0, 100, r -> {
            assertEquals("rec-" + count[0], r.recordID());
            count[0]++;
            images[0] += r.playbackFormats().stream().mapToInt(f -> f.previewImages().size()).sum();
        });
        assertEquals(n, count[0]);
        assertEquals(n * 60L, images[0]);
        assertEquals(RecordingsPage.Paging.of(0, 100, n), paging);
    }

    private static Answer answer(String body) {
        return new Answer(200, null, body.getBytes(StandardCharsets.UTF_8));
    }
}
