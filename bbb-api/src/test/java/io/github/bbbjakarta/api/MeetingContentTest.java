package io.github.bbbjakarta.api;

import io.github.bbbjakarta.simulator.ChatMessageSnapshot;
import io.github.bbbjakarta.simulator.DocumentSnapshot;
import io.github.bbbjakarta.simulator.SimRole;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletionException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** insertDocument and sendChatMessage against the simulator over HTTP, and their checks before sending. */
class MeetingContentTest extends SimulatorTest {
    private static final byte[] PDF = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);

    private static void create(String meetingID) {
        client.meetings().create(CreateMeetingRequest.builder(meetingID, "Content " + meetingID).build());
    }

    @Test
    void insertedDocumentsByUrlAndByBytesReachTheMeeting() {
        create("doc-1");
        client.meetings().insertDocument(InsertDocumentRequest.of("doc-1",
                PresentationDocument.fromUrl("https://example.com/files/handout.pdf", "Handout.pdf").downloadable(true)
                        .removable(false),
                PresentationDocument.fromBytes("inline.pdf", PDF).current(true)));
        List<DocumentSnapshot> docs = SIM.control().meeting("doc-1").orElseThrow().documents();
        DocumentSnapshot inline = docs.get(docs.size() - 2);
        DocumentSnapshot byUrl = docs.get(docs.size() - 1);
        assertEquals("inline.pdf", inline.fileName());
        assertNull(inline.url());
        assertTrue(inline.current());
        assertEquals(PDF.length, inline.size());
        assertEquals(Base64.getEncoder().encodeToString(PDF), inline.base64Content());
        assertEquals("https://example.com/files/handout.pdf", byUrl.url());
        assertEquals("Handout.pdf", byUrl.fileName());
        assertTrue(byUrl.downloadable());
        assertFalse(byUrl.removable());
        assertFalse(byUrl.current());
        assertEquals("POST", SIM.control().requests("insertDocument").get(0).method());
    }

    @Test
    void insertDocumentAsyncAndItsFailures() {
        create("doc-2");
        client.meetings().insertDocumentAsync(InsertDocumentRequest.of("doc-2",
                PresentationDocument.fromUrl("https://example.com/async.pdf", null))).toCompletableFuture().join();
        assertEquals("async.pdf", SIM.control().meeting("doc-2").orElseThrow().documents().stream()
                .reduce((a, b) -> b).orElseThrow().fileName());
        BbbApiException unknown = assertThrows(BbbApiException.class, () -> client.meetings()
                .insertDocument(InsertDocumentRequest.of("doc-none", PresentationDocument.fromBytes("a.pdf", PDF))));
        assertEquals("notFound", unknown.messageKey());
        assertEquals("Meeting with id [doc-none] not found.", unknown.serverMessage());
        client.meetings().create(CreateMeetingRequest.builder("doc-3", "No slides")
                .param("disabledFeatures", "presentation").build());
        CompletionException e = assertThrows(CompletionException.class, () -> client.meetings()
                .insertDocumentAsync(InsertDocumentRequest.of("doc-3", PresentationDocument.fromBytes("a.pdf", PDF)))
                .toCompletableFuture().join());
        assertEquals("presentationDisabled", assertInstanceOf(BbbApiException.class, e.getCause()).messageKey());
    }

    @Test
    void chatReachesARunningMeeting() {
        create("chat-1");
        SIM.control().connectUser("chat-1", "Alice", SimRole.MODERATOR);
        client.meetings().sendChatMessage("chat-1", "Welcome <everyone> & ü");
        client.meetings().sendChatMessageAsync("chat-1", "From the LMS", "Course bot").toCompletableFuture().join();
        List<ChatMessageSnapshot> chat = SIM.control().chatMessages("chat-1");
        assertEquals(2, chat.size());
        assertEquals("Welcome <everyone> & ü", chat.get(0).message());
        assertEquals("System", chat.get(0).userName());
        assertEquals("From the LMS", chat.get(1).message());
        assertEquals("Course bot", chat.get(1).userName());
    }

    @Test
    void chatToAMeetingThatIsNotRunningIsMeetingNotFound() {
        create("chat-2");
        BbbApiException e = assertThrows(BbbApiException.class,
                () -> client.meetings().sendChatMessage("chat-2", "anyone?"));
        assertEquals("meetingNotFound", e.messageKey());
        assertEquals("Meeting not found", e.serverMessage());
        assertTrue(SIM.control().chatMessages("chat-2").isEmpty());
    }

    @Test
    void chatArgumentsAreCheckedBeforeSending() {
        Meetings m = client.meetings();
        assertEquals("message", assertThrows(BbbParameterException.class, () -> m.sendChatMessage("chat-3", null))
                .parameter());
        assertEquals("message", assertThrows(BbbParameterException.class, () -> m.sendChatMessage("chat-3", ""))
                .parameter());
        assertEquals("message", assertThrows(BbbParameterException.class,
                () -> m.sendChatMessage("chat-3", "x".repeat(501))).parameter());
        // bbb-web counts UTF-16 units: 250 emoji are 500 units (accepted), 251 are 502 (refused)
        assertEquals("message", assertThrows(BbbParameterException.class,
                () -> m.sendChatMessage("chat-3", "\uD83D\uDE00".repeat(251))).parameter());
        assertEquals("userName", assertThrows(BbbParameterException.class,
                () -> m.sendChatMessage("chat-3", "hi", "u".repeat(256))).parameter());
        assertEquals("meetingID", assertThrows(BbbParameterException.class,
                () -> m.sendChatMessageAsync("a", "hi")).parameter());
        assertTrue(SIM.control().requests().isEmpty());
        create("chat-3");
        SIM.control().connectUser("chat-3", "Alice", SimRole.MODERATOR);
        m.sendChatMessage("chat-3", "\uD83D\uDE00".repeat(250), "u".repeat(255));
        assertEquals(1, SIM.control().chatMessages("chat-3").size());
    }

    @Test
    void insertDocumentArgumentsAreCheckedBeforeSending() {
        assertEquals("documents", assertThrows(BbbParameterException.class,
                () -> InsertDocumentRequest.of("doc-4", List.of())).parameter());
        assertEquals("meetingID", assertThrows(BbbParameterException.class,
                () -> InsertDocumentRequest.of("a,b", PresentationDocument.fromBytes("a.pdf", PDF))).parameter());
        byte[] half = new byte[InsertDocumentRequest.MAX_EMBEDDED_BYTES / 2 + 1];
        BbbParameterException tooBig = assertThrows(BbbParameterException.class, () -> InsertDocumentRequest.of(
                "doc-4", PresentationDocument.fromBytes("a.pdf", half), PresentationDocument.fromBytes("b.pdf", half)));
        assertEquals("documents", tooBig.parameter());
        InsertDocumentRequest.of("doc-4", PresentationDocument.fromBytes("a.pdf", half),
                PresentationDocument.fromUrl("https://example.com/big.pdf", null));
        assertTrue(SIM.control().requests().isEmpty());
    }
}
