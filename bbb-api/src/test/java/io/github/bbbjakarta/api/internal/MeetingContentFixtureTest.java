package io.github.bbbjakarta.api.internal;

import io.github.bbbjakarta.api.BbbApiException;
import io.github.bbbjakarta.api.BbbTransportException;
import io.github.bbbjakarta.api.internal.HttpTransport.Answer;
import io.github.bbbjakarta.api.internal.meetings.MeetingContentMapper;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static io.github.bbbjakarta.api.internal.Fixtures.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** insertDocument's and sendChatMessage's answers as the reference (§2.11, §2.12) shows them. */
class MeetingContentFixtureTest {

    @Test
    void insertDocumentSuccess() {
        assertNull(MeetingContentMapper.insertDocument("insertDocument", ok("insert-document.xml")));
    }

    @Test
    void insertDocumentToAnUnknownMeetingGetsTheDerivedKeyNotFound() {
        BbbApiException e = assertThrows(BbbApiException.class,
                () -> MeetingContentMapper.insertDocument("insertDocument", ok("insert-document-failed-not-found.xml")));
        assertEquals("notFound", e.messageKey());
        assertEquals("Meeting with id [course-42-lecture] not found.", e.serverMessage());
        assertEquals("insertDocument", e.call());
    }

    @Test
    void insertDocumentWithPresentationDisabledGetsTheDerivedKeyPresentationDisabled() {
        BbbApiException e = assertThrows(BbbApiException.class,
                () -> MeetingContentMapper.insertDocument("insertDocument", ok("insert-document-failed-disabled.xml")));
        assertEquals("presentationDisabled", e.messageKey());
        assertEquals("Presentation feature is disabled, ignoring.", e.serverMessage());
    }

    @Test
    void insertDocumentFailureWithAnUnknownMessageKeepsAnEmptyKey() {
        Answer a = new Answer(200, null, "<response><returncode>FAILED</returncode><message>Something else</message></response>"
                .getBytes(StandardCharsets.UTF_8));
        BbbApiException e = assertThrows(BbbApiException.class,
                () -> MeetingContentMapper.insertDocument("insertDocument", a));
        assertEquals("", e.messageKey());
        assertEquals("Something else", e.serverMessage());
    }

    @Test
    void insertDocumentValidationErrorsKeepTheirKey() {
        BbbApiException e = assertThrows(BbbApiException.class,
                () -> MeetingContentMapper.insertDocument("insertDocument", ok("failed-checksum.xml")));
        assertEquals("checksumError", e.messageKey());
    }

    @Test
    void insertDocumentWithAnEmptyBody404IsATransportError() {
        BbbTransportException e = assertThrows(BbbTransportException.class,
                () -> MeetingContentMapper.insertDocument("insertDocument", new Answer(404, null, new byte[0])));
        assertEquals(404, e.httpStatus().orElseThrow());
    }

    @Test
    void sendChatMessageSuccess() {
        assertNull(MeetingContentMapper.sendChatMessage("sendChatMessage", ok("send-chat-message.xml")));
    }

    @Test
    void sendChatMessageToAMeetingThatIsNotRunning() {
        BbbApiException e = assertThrows(BbbApiException.class, () -> MeetingContentMapper
                .sendChatMessage("sendChatMessage", ok("send-chat-message-failed-meeting-not-found.xml")));
        assertEquals("meetingNotFound", e.messageKey());
        assertEquals("Meeting not found", e.serverMessage());
    }
}
