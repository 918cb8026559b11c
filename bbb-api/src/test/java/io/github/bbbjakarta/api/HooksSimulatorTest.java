package io.github.bbbjakarta.api;

import io.github.bbbjakarta.simulator.BbbSimulatorExtension;
import io.github.bbbjakarta.simulator.HookSnapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The client's hooks() against the simulated bbb-webhooks of a server below 3.0 (sha1 only), over real HTTP:
 * each side was written from the reference alone, so here each checks the other.
 */
class HooksSimulatorTest {
    private static final String SECRET = "hooks-simulator-secret";

    @RegisterExtension
    static final BbbSimulatorExtension SIM = BbbSimulatorExtension.withSecret(SECRET).hookChecksumAlgorithms("sha1");

    @Test
    void createListDuplicateAndDestroy() {
        try (BigBlueButtonClient bbb = BigBlueButtonClient.builder(SIM.apiUrl(), SECRET).build()) {
            HookCreated global = bbb.hooks().create(CreateHookRequest.builder("https://lms.example.org/events").build());
            HookCreated perMeeting = bbb.hooks().create(CreateHookRequest.builder("https://lms.example.org/m1")
                    .meetingID("m1").eventIDs("meeting-ended", "user-joined").getRaw(true).build());
            assertFalse(global.isDuplicate());
            assertTrue(perMeeting.rawData());

            HookCreated again = bbb.hooks().create(CreateHookRequest.builder("https://lms.example.org/events")
                    .meetingID("other").build());
            assertTrue(again.isDuplicate(), "a second hook for a callback URL is a success with the first one's ID");
            assertEquals(global.hookID(), again.hookID());

            List<Hook> all = bbb.hooks().list();
            assertEquals(2, all.size());
            List<Hook> forM1 = bbb.hooks().list("m1");
            assertEquals(2, forM1.size(), "the global hook and m1's");
            Hook m1 = forM1.stream().filter(h -> h.hookID().equals(perMeeting.hookID())).findFirst().orElseThrow();
            assertEquals("https://lms.example.org/m1", m1.callbackURL());
            assertEquals("m1", m1.meetingID().orElseThrow());
            assertEquals(List.of("meeting-ended", "user-joined"), m1.eventIDs());
            assertEquals(1, bbb.hooks().list("m2").size(), "only the global hook");

            // what the simulated server stored, seen through its control API
            List<HookSnapshot> stored = SIM.control().hooks();
            assertEquals(2, stored.size());
            assertEquals(40, SIM.control().requests("hooks/create").get(0).param("checksum").orElseThrow().length(),
                    "hooks are signed with sha1 while the meeting calls use sha256");

            bbb.hooks().destroy(perMeeting.hookID());
            assertEquals(1, SIM.control().hooks().size());
            BbbApiException missing = assertThrows(BbbApiException.class, () -> bbb.hooks().destroy(perMeeting.hookID()));
            assertEquals("destroyMissingHook", missing.messageKey());
        }
    }

    @Test
    void sha256HooksAreRefusedByAServerBelowWebhooks3() {
        try (BigBlueButtonClient bbb = BigBlueButtonClient.builder(SIM.apiUrl(), SECRET)
                .hooksChecksumAlgorithm(ChecksumAlgorithm.SHA256).build()) {
            BbbApiException e = assertThrows(BbbApiException.class, () -> bbb.hooks().list());
            assertTrue(e.isChecksumError(), e::toString);
            assertTrue(SIM.control().hooks().isEmpty());
        }
    }

    @Test
    void signedUrlSignsHooksCallsWithTheHooksAlgorithm() {
        try (BigBlueButtonClient bbb = BigBlueButtonClient.builder(SIM.apiUrl(), SECRET).build()) {
            String url = bbb.signedUrl("hooks/list", List.of(Map.entry("meetingID", "m1"))).toString();
            assertTrue(url.matches(".*&checksum=[0-9a-f]{40}"), url);
            String meetings = bbb.signedUrl("getMeetings", List.of()).toString();
            assertTrue(meetings.matches(".*\\?checksum=[0-9a-f]{64}"), meetings);
        }
    }
}
