package io.github.bbbjakarta.api;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The recording calls' error paths against the simulator over real HTTP (reference §2.8, §2.9): what a real
 * server answers to a wrong secret, unknown ids and an unfiltered listing, blocking and async.
 */
class RecordingErrorsSimulatorTest extends SimulatorTest {
    private static final String UNKNOWN = "0000000000000000000000000000000000000000-1700000000000";

    private static BbbApiException failure(Supplier<CompletionStage<?>> async) {
        CompletionException e = assertThrows(CompletionException.class,
                () -> async.get().toCompletableFuture().orTimeout(10, TimeUnit.SECONDS).join());
        return assertInstanceOf(BbbApiException.class, e.getCause());
    }

    @Test
    void aWrongSecretIsAChecksumErrorOnEveryRecordingCall() {
        try (BigBlueButtonClient wrong = BigBlueButtonClient.create(SIM.apiUrl().toString(), "not-" + SECRET)) {
            Recordings r = wrong.recordings();
            GetRecordingsRequest all = GetRecordingsRequest.builder().limit(10).build();
            UpdateRecordingsRequest protect = UpdateRecordingsRequest.builder(UNKNOWN).protect(true).build();
            List<BbbApiException> errors = List.of(
                    assertThrows(BbbApiException.class, () -> r.getRecordings(all)),
                    failure(() -> r.getRecordingsAsync(all)),
                    assertThrows(BbbApiException.class, () -> r.publishRecordings(false, UNKNOWN)),
                    failure(() -> r.publishRecordingsAsync(false, UNKNOWN)),
                    assertThrows(BbbApiException.class, () -> r.deleteRecordings(UNKNOWN)),
                    failure(() -> r.deleteRecordingsAsync(UNKNOWN)),
                    assertThrows(BbbApiException.class, () -> r.updateRecordings(protect)),
                    failure(() -> r.updateRecordingsAsync(protect)),
                    assertThrows(BbbApiException.class, () -> r.streamAll(all).count()));
            for (BbbApiException e : errors) {
                assertTrue(e.isChecksumError(), e::toString);
                // the recording controller's own wording, not the meeting calls' "Checksums do not match"
                assertEquals("You did not pass the checksum security check", e.serverMessage());
                assertFalse(e.getMessage().contains(SECRET), e::getMessage);
            }
        }
        assertTrue(SIM.control().requests().stream().allMatch(j -> "checksumError".equals(j.outcome())),
                SIM.control().requests()::toString);
    }

    @Test
    void unknownIdsAreNotFoundBlockingAndAsync() {
        Recordings r = client.recordings();
        UpdateRecordingsRequest rename = UpdateRecordingsRequest.builder(UNKNOWN).meta("bbb-recording-name", "x").build();
        for (BbbApiException e : List.of(
                assertThrows(BbbApiException.class, () -> r.publishRecordings(true, UNKNOWN, UNKNOWN + "1")),
                failure(() -> r.publishRecordingsAsync(true, UNKNOWN)),
                assertThrows(BbbApiException.class, () -> r.deleteRecordings(UNKNOWN)),
                failure(() -> r.deleteRecordingsAsync(UNKNOWN)),
                assertThrows(BbbApiException.class, () -> r.updateRecordings(rename)),
                failure(() -> r.updateRecordingsAsync(rename)))) {
            assertEquals("notFound", e.messageKey(), e::toString);
            assertEquals("We could not find recordings", e.serverMessage());
        }
    }

    @Test
    void noRecordingsIsAnEmptyPageNotAnError() {
        assertEquals(List.of(), client.recordings().getRecordings(GetRecordingsRequest.builder()
                .meetingIDs("nobody-recorded-this").build()).recordings());
        SIM.control().recordingSettings(SIM.control().recordingSettings().withAllowFetchAllRecordings(false));
        RecordingsPage refused = client.recordings().getRecordingsAsync(GetRecordingsRequest.builder().build())
                .toCompletableFuture().join();
        assertEquals(List.of(), refused.recordings());
        assertEquals("noRecordings", SIM.control().requests("getRecordings").get(1).messageKey());
    }
}
