package io.github.bbbjakarta.api;

import io.github.bbbjakarta.simulator.MeetingSnapshot;
import io.github.bbbjakarta.simulator.Parameter;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** create over real HTTP against the simulator: what is sent arrives exactly, and the answer is typed. */
class CreateMeetingTest extends SimulatorTest {

    private static MeetingSnapshot onServer(String meetingID) {
        return SIM.simulator().control().meeting(meetingID).orElseThrow();
    }

    private static List<Map.Entry<String, String>> received(MeetingSnapshot m) {
        List<Map.Entry<String, String>> out = new ArrayList<>();
        for (Parameter p : m.createParams()) {
            if (!p.name().equals("checksum")) {
                out.add(Map.entry(p.name(), p.value()));
            }
        }
        return out;
    }

    @Test
    void theSeedMeeting() {
        CreateMeetingResponse created = client.meetings().create(CreateMeetingRequest.builder("seed-1", "Test Meeting")
                .record(true).autoStartRecording(true).allowStartStopRecording(true).build());
        assertEquals("seed-1", created.meetingID());
        assertTrue(created.internalMeetingID().matches("[0-9a-f]{40}-" + created.createTime()));
        assertEquals("bbb-none", created.parentMeetingID());
        assertEquals(8, created.attendeePW().length());
        assertFalse(created.hasUserJoined());
        assertFalse(created.isDuplicate());
        assertEquals("", created.messageKey());
        assertTrue(created.voiceBridge().matches("\\d{5}"));
        assertEquals("613-555-1234", created.dialNumber());
        assertFalse(created.toString().contains(created.attendeePW()));

        MeetingSnapshot m = onServer("seed-1");
        assertEquals("Test Meeting", m.name());
        assertTrue(m.record());
        assertEquals("true", m.createParam("autoStartRecording").orElseThrow());
        assertEquals("true", m.createParam("allowStartStopRecording").orElseThrow());
    }

    @Test
    void everyTypedParameterArrivesUnderItsWireName() {
        CreateMeetingRequest request = CreateMeetingRequest.builder("all-params", "All Parameters")
                .attendeePW("ap-123").moderatorPW("mp-456").welcome("Welcome to %%CONFNAME%%").dialNumber("+1-555-0100")
                .voiceBridge(71234).webVoice("71234").maxParticipants(30).logoutURL("https://lms.example.com/after")
                .loginURL("https://lms.example.com/login").record(true).duration(90).freeJoin(false)
                .moderatorOnlyMessage("Only mods").autoStartRecording(false).allowStartStopRecording(true)
                .webcamsOnlyForModerator(true).bannerText("Exam").bannerColor("#FF0000")
                .logo("https://lms.example.com/logo.png").darklogo("https://lms.example.com/dark.png").copyright("(c) LMS")
                .muteOnStart(true).allowModsToUnmuteUsers(true).lockSettingsDisableCam(true)
                .lockSettingsDisableMic(false).lockSettingsDisablePrivateChat(true).lockSettingsDisablePublicChat(false)
                .lockSettingsDisableNotes(true).lockSettingsHideUserList(true).lockSettingsLockOnJoin(true)
                .lockSettingsLockOnJoinConfigurable(true).lockSettingsHideViewersCursor(true)
                .lockSettingsHideViewersAnnotation(true).guestPolicy(GuestPolicy.ASK_MODERATOR)
                .allowPromoteGuestToModerator(true).meetingKeepEvents(true).endWhenNoModerator(true)
                .endWhenNoModeratorDelayInMinutes(3).meetingLayout(MeetingLayout.VIDEO_FOCUS)
                .learningDashboardCleanupDelayInMinutes(5).allowModsToEjectCameras(true)
                .allowRequestsWithoutSession(false).userCameraCap(2).meetingCameraCap(20).maxPinnedCameras(4)
                .cameraBridge("bbb-webrtc-sfu").screenShareBridge("bbb-webrtc-sfu").audioBridge("fullaudio")
                .meetingExpireIfNoUserJoinedInMinutes(10).meetingExpireWhenLastUserLeftInMinutes(2)
                .groups(List.of(BreakoutGroup.of("g1", "Group 1", List.of("u1"))))
                .disabledFeatures(Feature.POLLS, Feature.CHAT).disabledFeaturesExclude(Feature.CAPTIONS)
                .pluginManifests("[{\"url\":\"https://plugins.example.com/a.json\"}]")
                .pluginManifestsFetchUrl("https://plugins.example.com/list").plugin("sample", "on")
                .notifyRecordingIsOn(true).presentationUploadExternalUrl("https://lms.example.com/files")
                .presentationUploadExternalDescription("Pick a file").presentationConversionCacheEnabled(true)
                .recordFullDurationMedia(false).breakoutRoomsRecord(false).breakoutRoomsPrivateChatEnabled(true)
                .breakoutRoomsCaptureSlides(true).breakoutRoomsCaptureNotes(true)
                .breakoutRoomsCaptureSlidesFilename("slides").breakoutRoomsCaptureNotesFilename("notes")
                .meetingEndedURL("https://lms.example.com/ended").logoutTimer(15).maxNumPages(200)
                .preUploadedPresentation("https://lms.example.com/intro.pdf").preUploadedPresentationName("intro.pdf")
                .preUploadedPresentationOverrideDefault(false).learningDashboardEnabled(false)
                .virtualBackgroundsDisabled(true).breakoutRoomsEnabled(true)
                .meta("bbb-origin", "Moodle").meta("bbb-context-name", "Physics 101")
                .param("futureParameter", "42").build();
        client.meetings().create(request);

        MeetingSnapshot m = onServer("all-params");
        assertEquals(request.parameters(), received(m));
        assertEquals("Moodle", m.metadata().get("bbb-origin"));
        assertTrue(m.disabledFeatures().containsAll(List.of("polls", "chat", "learningDashboard", "virtualBackgrounds")),
                m.disabledFeatures().toString());
        assertFalse(m.disabledFeatures().contains("breakoutRooms"));
    }

    @Test
    void hardStringsRoundTripExactly() {
        String hard = "Ünïcødé 😀 & = + % # ? / ' ( ) * ~ ! <tag> \"quoted\"";
        String longName = ("Ω" + hard).repeat(10).substring(0, 256);
        client.meetings().create(CreateMeetingRequest.builder("hard-é&=+%#?/'()*~!", longName)
                .meta("bbb-context-name", hard).welcome(hard).build());

        MeetingSnapshot m = onServer("hard-é&=+%#?/'()*~!");
        assertEquals(longName, m.name());
        assertEquals(hard, m.metadata().get("bbb-context-name"));
        assertEquals(hard, m.createParam("welcome").orElseThrow());

        MeetingInfo info = client.meetings().getMeetingInfo("hard-é&=+%#?/'()*~!");
        assertEquals(longName, info.meetingName());
        assertEquals(hard, info.metadata("BBB-Context-Name").orElseThrow());
    }

    @Test
    void aRepeatedCreateIsADuplicateOfTheRunningMeeting() {
        CreateMeetingResponse first = client.meetings().create(CreateMeetingRequest.builder("dup-1", "First").build());
        CreateMeetingResponse again = client.meetings().create(CreateMeetingRequest.builder("dup-1", "Other name").build());
        assertTrue(again.isDuplicate());
        assertEquals(first.internalMeetingID(), again.internalMeetingID());
        assertEquals(first.createTime(), again.createTime());
        assertEquals("First", onServer("dup-1").name());
    }

    @Test
    void otherPasswordsForARunningMeetingAreIdNotUnique() {
        client.meetings().create(CreateMeetingRequest.builder("dup-2", "First").moderatorPW("mp-1").attendeePW("ap-1").build());
        BbbApiException e = assertThrows(BbbApiException.class, () -> client.meetings().create(
                CreateMeetingRequest.builder("dup-2", "First").moderatorPW("mp-2").attendeePW("ap-2").build()));
        assertEquals("idNotUnique", e.messageKey());
        assertEquals("create", e.call());
    }

    @Test
    void documentsArePostedAsXml() {
        client.meetings().create(CreateMeetingRequest.builder("docs-1", "With slides").presentations(
                PresentationDocument.fromUrl("https://lms.example.com/files/a&b.pdf", "Week 1.pdf").current(true)
                        .downloadable(true),
                PresentationDocument.fromBytes("notes.txt", "hello".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .build());
        MeetingSnapshot m = onServer("docs-1");
        assertEquals(2, m.documents().size());
        assertEquals("https://lms.example.com/files/a&b.pdf", m.documents().get(0).url());
        assertEquals("Week 1.pdf", m.documents().get(0).fileName());
        assertTrue(m.documents().get(0).downloadable());
        assertEquals("notes.txt", m.documents().get(1).fileName());
        assertEquals("aGVsbG8=", m.documents().get(1).base64Content());
        assertEquals("POST", SIM.simulator().control().requests("create").get(0).method());
    }

    @Test
    void aBreakoutRoomIsLinkedToItsParent() {
        CreateMeetingResponse parent = client.meetings().create(CreateMeetingRequest.builder("parent-1", "Parent").build());
        CreateMeetingResponse room = client.meetings().create(CreateMeetingRequest.builder("room-1", "Room 1")
                .breakoutOf(parent.internalMeetingID(), 1).freeJoin(true).build());
        assertEquals(parent.internalMeetingID(), room.parentMeetingID());
        // bbb-web makes the given meetingID the room's internal ID and rebuilds an external one from the parent
        assertEquals("room-1", room.internalMeetingID());
        assertNotEquals("room-1", room.meetingID());

        MeetingInfo info = client.meetings().getMeetingInfo("room-1");
        assertTrue(info.isBreakout());
        assertEquals(1, info.sequence());
        assertTrue(info.freeJoin());
        assertEquals(List.of(room.meetingID()), client.meetings().getMeetingInfo("parent-1").breakoutRooms());
    }

    @Test
    void theServersValidationErrorsComeBackAsApiExceptions() {
        BbbApiException e = assertThrows(BbbApiException.class, () -> client.meetings().create(
                CreateMeetingRequest.builder("bad-bridge", "Name").param("voiceBridge", "12a").build()));
        assertEquals("validationError", e.messageKey());
        assertEquals("Voice bridge must be an integral value", e.serverMessage());
    }

    @Test
    void createAsync() throws Exception {
        CreateMeetingResponse r = client.meetings().createAsync(CreateMeetingRequest.builder("async-1", "Async").build())
                .toCompletableFuture().get();
        assertEquals("async-1", r.meetingID());
    }
}
