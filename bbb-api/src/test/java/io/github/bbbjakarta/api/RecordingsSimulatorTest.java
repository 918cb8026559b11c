package io.github.bbbjakarta.api;

import io.github.bbbjakarta.simulator.SimRole;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The client's recordings() against the simulator's recording lifecycle, over real HTTP: each side was written
 * from the reference alone, so here each checks the other.
 */
class RecordingsSimulatorTest extends SimulatorTest {

    private Recording recordedLecture(String meetingID) {
        client.meetings().create(CreateMeetingRequest.builder(meetingID, "Lecture " + meetingID)
                .record(true).autoStartRecording(true).meta("bbb-origin", "MyLMS").build());
        SIM.control().connectUser(meetingID, "Ada", SimRole.MODERATOR, "lms-42");
        client.meetings().end(meetingID);
        SIM.control().advanceRecordings();   // processing -> processed
        SIM.control().advanceRecordings();   // processed -> published
        List<Recording> found = client.recordings()
                .getRecordings(GetRecordingsRequest.builder().meetingIDs(meetingID).build()).recordings();
        assertEquals(1, found.size(), found::toString);
        return found.get(0);
    }

    @Test
    void anEndedRecordedMeetingBecomesAPublishedRecording() {
        Recording r = recordedLecture("rec-1");
        assertEquals("rec-1", r.meetingID());
        assertEquals(RecordingState.PUBLISHED, r.state());
        assertTrue(r.published());
        assertEquals("MyLMS", r.metadata().get("bbb-origin"), r::toString);
        assertEquals("Lecture rec-1", r.metadata().get("meetingName"), r::toString);
        assertFalse(r.playbackFormats().isEmpty(), r::toString);
        assertTrue(r.playbackFormats().stream().anyMatch(f -> f.type().equals("presentation")
                && f.url().contains(r.recordID())), r::toString);
    }

    @Test
    void unpublishUpdateAndDelete() {
        Recording r = recordedLecture("rec-2");
        client.recordings().publishRecordings(false, r.recordID());
        assertTrue(client.recordings().getRecordings(GetRecordingsRequest.builder().meetingIDs("rec-2")
                .states(RecordingState.PUBLISHED).build()).recordings().isEmpty());
        Recording unpublished = client.recordings().getRecordings(GetRecordingsRequest.builder().meetingIDs("rec-2")
                .build()).recordings().get(0);
        assertEquals(RecordingState.UNPUBLISHED, unpublished.state());

        client.recordings().updateRecordings(UpdateRecordingsRequest.builder(r.recordID())
                .meta("bbb-recording-name", "Week 1").removeMeta("bbb-origin").build());
        Recording updated = client.recordings().getRecordings(GetRecordingsRequest.builder()
                .meta("bbb-recording-name", "Week%").build()).recordings().get(0);
        assertEquals("Week 1", updated.metadata().get("bbb-recording-name"));
        assertFalse(updated.metadata().containsKey("bbb-origin"), updated::toString);

        client.recordings().deleteRecordings(r.recordID());
        assertTrue(client.recordings().getRecordings(GetRecordingsRequest.builder().meetingIDs("rec-2").build())
                .recordings().isEmpty(), "deleted recordings are hidden by default");
        BbbApiException e = assertThrows(BbbApiException.class, () -> client.recordings().publishRecordings(true, "no-such-id"));
        assertEquals("notFound", e.messageKey());
    }

    @Test
    void streamAllWalksEveryPage() {
        for (int i = 0; i < 3; i++) {
            recordedLecture("page-" + i);
        }
        SIM.control().clearRequests();
        List<String> ids = client.recordings().streamAll(GetRecordingsRequest.builder().limit(2).build())
                .map(Recording::meetingID).sorted().collect(Collectors.toList());
        assertEquals(List.of("page-0", "page-1", "page-2"), ids);
        assertEquals(2, SIM.control().requests("getRecordings").size(), "two pages of two");
    }
}
