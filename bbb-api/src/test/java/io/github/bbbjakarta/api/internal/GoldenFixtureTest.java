package io.github.bbbjakarta.api.internal;

import io.github.bbbjakarta.api.ApiVersion;
import io.github.bbbjakarta.api.Attendee;
import io.github.bbbjakarta.api.BbbApiException;
import io.github.bbbjakarta.api.CreateMeetingResponse;
import io.github.bbbjakarta.api.GuestStatus;
import io.github.bbbjakarta.api.JoinMeetingResponse;
import io.github.bbbjakarta.api.MeetingInfo;
import io.github.bbbjakarta.api.Role;
import io.github.bbbjakarta.api.internal.HttpTransport.Answer;
import io.github.bbbjakarta.api.internal.meetings.CreateMeetingMapper;
import io.github.bbbjakarta.api.internal.meetings.JoinMeetingMapper;
import io.github.bbbjakarta.api.internal.meetings.MeetingInfoMapper;
import io.github.bbbjakarta.api.internal.meetings.RunningMapper;
import io.github.bbbjakarta.api.internal.server.ApiVersionMapper;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import static io.github.bbbjakarta.api.internal.Fixtures.ok;
import static io.github.bbbjakarta.api.internal.Fixtures.redirect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every meeting call's answer, as bbb-api-reference.md shows it, read by the client's mappers directly (no HTTP,
 * no simulator), every field asserted (the answer types compare all their values).
 */
class GoldenFixtureTest {
    private static final String INTERNAL_ID = "183f0bf3a0982a127bdb8161e0c44eb696b3e75c-1531241258036";

    @Test
    void apiRootOfA25Server() {
        assertEquals(ApiVersion.builder().version("2.0").apiVersion("2.0").build(),
                ApiVersionMapper.apiVersion("", ok("api-version-2.5.xml")));
    }

    @Test
    void apiRootOfA30ServerRevealingItsVersion() {
        ApiVersion v = ApiVersionMapper.apiVersion("", ok("api-version-3.0.xml"));
        assertEquals(ApiVersion.builder().version("2.0").apiVersion("2.0").bbbVersion("3.0.18")
                .html5PluginSdkVersion("0.0.94").graphqlWebsocketUrl("wss://bbb.example.org/graphql")
                .graphqlApiUrl("https://bbb.example.org/api/rest").build(), v);
        assertTrue(v.isBbb3OrLater());
        assertEquals("3.0.18", v.bbbRelease().orElseThrow());
    }

    @Test
    void create() {
        CreateMeetingResponse r = CreateMeetingMapper.create("create", ok("create.xml"));
        assertEquals(CreateMeetingResponse.builder().meetingID("course-42-lecture").internalMeetingID(INTERNAL_ID)
                .parentMeetingID("bbb-none").attendeePW("ap-secret").moderatorPW("mp-secret")
                .createTime(1531241258036L).voiceBridge("70066").dialNumber("613-555-1234")
                .createDate("Tue Jul 10 16:47:38 UTC 2018").hasUserJoined(false).duration(0)
                .hasBeenForciblyEnded(false).messageKey("").message("").build(), r);
        assertFalse(r.isDuplicate());
        assertFalse(r.toString().contains("secret"), r.toString());
    }

    @Test
    void createOfARunningMeetingIsADuplicateWithoutPasswords() {
        CreateMeetingResponse r = CreateMeetingMapper.create("create", ok("create-duplicate.xml"));
        assertEquals(CreateMeetingResponse.builder().meetingID("course-42-lecture").internalMeetingID(INTERNAL_ID)
                .parentMeetingID("bbb-none").createTime(1531241258036L).voiceBridge("70066")
                .dialNumber("613-555-1234").createDate("Tue Jul 10 16:47:38 UTC 2018").hasUserJoined(true)
                .duration(90).messageKey("duplicateWarning")
                .message("This conference was already in existence and may currently be in progress.").build(), r);
        assertTrue(r.isDuplicate());
        assertNull(r.attendeePW());
        assertNull(r.moderatorPW());
    }

    @Test
    void join() {
        JoinMeetingResponse r = JoinMeetingMapper.join("join", ok("join.xml"));
        assertEquals(JoinMeetingResponse.builder().internalMeetingID(INTERNAL_ID).userID("w_kzi3xl0ekbnb")
                .authToken("w4ycvvy2gxo1").sessionToken("ai1wqj8wb6s7rnk0").guestStatus(GuestStatus.ALLOW)
                .url(URI.create("https://bbb.example.org/html5client?sessionToken=ai1wqj8wb6s7rnk0")).build(), r);
        assertFalse(r.toString().contains("ai1wqj8wb6s7rnk0"), r.toString());
        assertFalse(r.toString().contains("w4ycvvy2gxo1"), r.toString());
    }

    @Test
    void joinIntoTheGuestLobby() {
        JoinMeetingResponse r = JoinMeetingMapper.join("join", ok("join-guest-wait.xml"));
        assertEquals(GuestStatus.WAIT, r.guestStatus());
        assertEquals("w_0rqkfsy2cl1h", r.userID());
        assertEquals("x8sw1vyz9ggyfnua", r.sessionToken());
    }

    @Test
    void joinErrorRedirectCarriesTheFirstError() {
        BbbApiException e = assertThrows(BbbApiException.class,
                () -> JoinMeetingMapper.join("join", redirect("join-error-location.txt")));
        assertEquals("meetingForciblyEnded", e.messageKey());
        assertEquals("You can not join a meeting that has already been forcibly ended", e.serverMessage());
        BbbApiException two = assertThrows(BbbApiException.class,
                () -> JoinMeetingMapper.join("join", redirect("join-error-location-two.txt")));
        assertEquals("missingParamFullName", two.messageKey());
        assertEquals("You must provide your name", two.serverMessage());
    }

    @Test
    void joinErrorJsonFixtureIsWhatTheRedirectCarries() {
        String location = Fixtures.text("join-error-location.txt");
        String json = Fixtures.text("join-errors.json");
        assertEquals(json, java.net.URLDecoder.decode(location.substring(location.indexOf("errors=") + 7),
                java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void isMeetingRunning() {
        assertTrue(RunningMapper.running("isMeetingRunning", ok("is-meeting-running-true.xml")));
        assertFalse(RunningMapper.running("isMeetingRunning", ok("is-meeting-running-false.xml")));
    }

    @Test
    void end() {
        assertNull(RunningMapper.end("end", ok("end.xml")));
    }

    @Test
    void getMeetingInfoWithAttendeesMetadataAndBreakoutRooms() {
        MeetingInfo info = MeetingInfoMapper.meetingInfo("getMeetingInfo", ok("get-meeting-info.xml"));
        Map<String, String> ada = new LinkedHashMap<>();
        ada.put("bbb_custom_style", ":root{--loader-bg:#000;}");
        ada.put("bbb_auto_join_audio", "true");
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("bbb-origin", "Moodle");
        metadata.put("bbb-origin-version", "4.1");
        metadata.put("bbb-context-name", "Maths 101");
        metadata.put("endcallbackurl", "https://lms.example.org/bbb/end?course=42&x=1");
        MeetingInfo expected = MeetingInfo.builder().meetingName("Maths 101 – Lecture").meetingID("course-42-lecture")
                .internalMeetingID(INTERNAL_ID).createTime(1531241258036L).createDate("Tue Jul 10 16:47:38 UTC 2018")
                .voiceBridge("70066").dialNumber("613-555-1234").attendeePW("ap-secret").moderatorPW("mp-secret")
                .running(true).duration(90).hasUserJoined(true).recording(false).hasBeenForciblyEnded(false)
                .startTime(1531241258074L).endTime(0).participantCount(2).listenerCount(1).voiceParticipantCount(1)
                .videoCount(1).maxUsers(1500).moderatorCount(1)
                .attendees(List.of(
                        Attendee.builder().userID("lms-user-7").fullName("Ada Lovelace").role(Role.MODERATOR)
                                .isPresenter(true).isListeningOnly(false).hasJoinedVoice(true).hasVideo(true)
                                .clientType("HTML5").customData(ada).build(),
                        Attendee.builder().userID("lms-user-8").fullName("Charles Babbage & Co.").role(Role.VIEWER)
                                .isListeningOnly(true).clientType("HTML5").build()))
                .metadata(metadata).isBreakout(false).parentMeetingID(null).sequence(0).freeJoin(false)
                .breakoutRooms(List.of("2a8f21a3d3b2e8e2f4c5e8a1b7c4d9e0f1a2b3c4-1531241300000",
                        "6c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d-1531241300000"))
                .build();
        assertEquals(expected, info);
        assertEquals("Moodle", info.metadata("BBB-Origin").orElseThrow());
        assertFalse(info.toString().contains("secret"), info.toString());
    }

    @Test
    void getMeetingInfoOfABreakoutRoom() {
        MeetingInfo info = MeetingInfoMapper.meetingInfo("getMeetingInfo", ok("get-meeting-info-breakout.xml"));
        String id = "2a8f21a3d3b2e8e2f4c5e8a1b7c4d9e0f1a2b3c4-1531241300000";
        assertEquals(MeetingInfo.builder().meetingName("Maths 101 – Lecture (Room 1)").meetingID(id)
                .internalMeetingID(id).createTime(1531241300000L).createDate("Tue Jul 10 16:48:20 UTC 2018")
                .voiceBridge("700661").dialNumber("613-555-1234").duration(15).startTime(1531241300012L)
                .isBreakout(true).parentMeetingID(INTERNAL_ID).sequence(1).freeJoin(true).build(), info);
    }

    @Test
    void getMeetingsReadsEachMeetingAndGroupedCounters() {
        List<MeetingInfo> all = MeetingInfoMapper.meetings("getMeetings", ok("get-meetings.xml"));
        assertEquals(2, all.size());
        assertEquals(MeetingInfo.builder().meetingName("Maths 101 – Lecture").meetingID("course-42-lecture")
                .internalMeetingID(INTERNAL_ID).createTime(1531241258036L).createDate("Tue Jul 10 16:47:38 UTC 2018")
                .voiceBridge("70066").dialNumber("613-555-1234").running(true).hasUserJoined(true).recording(true)
                .startTime(1531241258074L).participantCount(1234).listenerCount(1000).voiceParticipantCount(200)
                .videoCount(25).maxUsers(2000).moderatorCount(3)
                .attendees(List.of(Attendee.builder().userID("lms-user-7").fullName("Ada Lovelace")
                        .role(Role.MODERATOR).isPresenter(true).hasJoinedVoice(true).clientType("HTML5").build()))
                .metadata(Map.of("bbb-origin", "Moodle")).build(), all.get(0));
        assertEquals(MeetingInfo.builder().meetingName("Physics").meetingID("course-43-seminar")
                .internalMeetingID("9c1b6e2f8a4d3c5b7e9f1a2d4c6b8e0f2a4c6e8b-1531241999000")
                .createTime(1531241999000L).createDate("Tue Jul 10 16:59:59 UTC 2018").voiceBridge("71234")
                .dialNumber("613-555-1234").duration(60).startTime(1531241999010L).build(), all.get(1));
    }

    @Test
    void getMeetingsWithNoMeetingIsAnEmptyList() {
        assertEquals(List.of(), MeetingInfoMapper.meetings("getMeetings", ok("get-meetings-empty.xml")));
    }

    @Test
    void failedAnswersAreApiExceptionsOfEveryCall() {
        Map<String, BiFunction<String, Answer, ?>> calls = new LinkedHashMap<>();
        calls.put("", ApiVersionMapper::apiVersion);
        calls.put("create", CreateMeetingMapper::create);
        calls.put("join", JoinMeetingMapper::join);
        calls.put("isMeetingRunning", RunningMapper::running);
        calls.put("end", RunningMapper::end);
        calls.put("getMeetingInfo", MeetingInfoMapper::meetingInfo);
        calls.put("getMeetings", MeetingInfoMapper::meetings);
        Map<String, String[]> failures = Map.of(
                "failed-checksum.xml", new String[]{"checksumError", "Checksums do not match"},
                "failed-not-found.xml", new String[]{"notFound", "A meeting with that ID does not exist"},
                "failed-id-not-unique.xml", new String[]{"idNotUnique",
                        "A meeting already exists with that meeting ID.  Please use a different meeting ID."},
                "failed-errors-voice-bridge.xml", new String[]{"nonUniqueVoiceBridge",
                        "The selected voice bridge is already in use."},
                "failed-params-required.xml", new String[]{"Params required", "You must enter a valid password"},
                "failed-guest-denied.xml", new String[]{"guestDeniedAccess",
                        "You have been denied access to this meeting based on the meeting's guest policy"});
        calls.forEach((call, mapper) -> failures.forEach((fixture, expected) -> {
            BbbApiException e = assertThrows(BbbApiException.class, () -> mapper.apply(call, ok(fixture)),
                    call + " " + fixture);
            assertEquals(call, e.call());
            assertEquals(expected[0], e.messageKey(), fixture);
            assertEquals(expected[1], e.serverMessage(), fixture);
        }));
        BbbApiException checksum = assertThrows(BbbApiException.class,
                () -> MeetingInfoMapper.meetingInfo("getMeetingInfo", ok("failed-checksum.xml")));
        assertTrue(checksum.isChecksumError());
    }
}
