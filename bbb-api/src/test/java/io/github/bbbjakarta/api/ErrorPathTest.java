package io.github.bbbjakarta.api;

import io.github.bbbjakarta.api.internal.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Every error answer of the recording, document, chat and webhook calls (reference §2.8, §2.9, §2.11, §2.12,
 * §2.14), each a golden fixture served over real HTTP, ends as a {@link BbbApiException} with bbb-web's (or
 * bbb-webhooks') messageKey and message, from the blocking call and from its async twin alike; none shows the
 * secret.
 */
class ErrorPathTest {
    private static final String SECRET = "error-path-secret-value";
    private static final String RECORD_ID = "ffbfc4cc24428694e8b53a4e144f414052431693-1530718721124";

    private FakeBbbServer server;
    private BigBlueButtonClient bbb;
    private volatile String fixture;

    @BeforeEach
    void start() throws IOException {
        server = new FakeBbbServer(SECRET);
        server.answer = r -> Fixtures.bytes(fixture);
        bbb = BigBlueButtonClient.create(server.url(), SECRET);
    }

    @AfterEach
    void stop() {
        bbb.close();
        server.close();
    }

    /** One client call with its blocking and async form. */
    private record Call(String name, Runnable blocking, java.util.function.Supplier<CompletionStage<?>> async) {
    }

    private List<Call> calls() {
        InsertDocumentRequest doc = InsertDocumentRequest.of("course-42",
                PresentationDocument.fromUrl("https://files.example.org/slides.pdf", "slides.pdf"));
        UpdateRecordingsRequest rename = UpdateRecordingsRequest.builder(RECORD_ID).meta("bbb-recording-name", "W1")
                .build();
        GetRecordingsRequest all = GetRecordingsRequest.builder().meetingIDs("course-42").build();
        CreateHookRequest hook = CreateHookRequest.builder("https://lms.example.org/bbb/events").build();
        Recordings rec = bbb.recordings();
        Meetings m = bbb.meetings();
        Hooks h = bbb.hooks();
        return List.of(
                new Call("getRecordings", () -> rec.getRecordings(all), () -> rec.getRecordingsAsync(all)),
                new Call("publishRecordings", () -> rec.publishRecordings(true, RECORD_ID),
                        () -> rec.publishRecordingsAsync(true, RECORD_ID)),
                new Call("deleteRecordings", () -> rec.deleteRecordings(RECORD_ID),
                        () -> rec.deleteRecordingsAsync(RECORD_ID)),
                new Call("updateRecordings", () -> rec.updateRecordings(rename),
                        () -> rec.updateRecordingsAsync(rename)),
                new Call("insertDocument", () -> m.insertDocument(doc), () -> m.insertDocumentAsync(doc)),
                new Call("sendChatMessage", () -> m.sendChatMessage("course-42", "Break until 10:15", "Teacher"),
                        () -> m.sendChatMessageAsync("course-42", "Break until 10:15", "Teacher")),
                new Call("hooks/create", () -> h.create(hook), () -> h.createAsync(hook)),
                new Call("hooks/list", h::list, h::listAsync),
                new Call("hooks/destroy", () -> h.destroy("a-hook"), () -> h.destroyAsync("a-hook")));
    }

    /** Fixture → {call, messageKey, message}. */
    private static Map<String, String[]> errors() {
        Map<String, String[]> e = new LinkedHashMap<>();
        String checksum = "You did not pass the checksum security check";
        // §2.8
        e.put("recordings/get-recordings-failed-checksum.xml", new String[]{"getRecordings", "checksumError", checksum});
        // §2.9, in bbb-web's check order
        e.put("recordings/publish-failed-checksum.xml", new String[]{"publishRecordings", "checksumError", checksum});
        e.put("recordings/publish-failed-missing-record-id.xml",
                new String[]{"publishRecordings", "missingParamRecordID", "You must specify a recordID."});
        e.put("recordings/publish-failed-missing-publish.xml", new String[]{"publishRecordings",
                "missingParamPublish", "You must specify a publish value true or false."});
        e.put("recordings/publish-failed-not-found.xml",
                new String[]{"publishRecordings", "notFound", "We could not find recordings"});
        e.put("recordings/delete-failed-checksum.xml", new String[]{"deleteRecordings", "checksumError", checksum});
        e.put("recordings/delete-failed-missing-record-id.xml",
                new String[]{"deleteRecordings", "missingParamRecordID", "You must specify a recordID."});
        e.put("recordings/delete-failed-not-found.xml",
                new String[]{"deleteRecordings", "notFound", "We could not find recordings"});
        e.put("recordings/update-failed-checksum.xml", new String[]{"updateRecordings", "checksumError", checksum});
        e.put("recordings/update-failed-missing-record-id.xml",
                new String[]{"updateRecordings", "missingParamRecordID", "You must specify a recordID."});
        e.put("recordings/update-failed-not-found.xml",
                new String[]{"updateRecordings", "notFound", "We could not find recordings"});
        // §2.11: no messageKey element in the template; the client derives one from the message
        e.put("insert-document-failed-not-found.xml",
                new String[]{"insertDocument", "notFound", "Meeting with id [course-42-lecture] not found."});
        e.put("insert-document-failed-disabled.xml", new String[]{"insertDocument", "presentationDisabled",
                "Presentation feature is disabled, ignoring."});
        e.put("insert-document-failed-missing-meeting-id.xml",
                new String[]{"insertDocument", "missingParamMeetingID", "You must provide a meeting ID"});
        e.put("failed-checksum.xml", new String[]{"insertDocument", "checksumError", "Checksums do not match"});
        // §2.12
        e.put("send-chat-message-failed-meeting-not-found.xml",
                new String[]{"sendChatMessage", "meetingNotFound", "Meeting not found"});
        e.put("send-chat-message-failed-message-null.xml",
                new String[]{"sendChatMessage", "nullError", "You must provide the param message"});
        e.put("send-chat-message-failed-message-size.xml",
                new String[]{"sendChatMessage", "sizeError", "Param message must be between 1 and 500 characters"});
        e.put("send-chat-message-failed-user-name-size.xml",
                new String[]{"sendChatMessage", "sizeError", "Param userName must not exceed 255 characters"});
        e.put("send-chat-message-failed-missing-meeting-id.xml",
                new String[]{"sendChatMessage", "missingParamMeetingID", "You must provide a meeting ID"});
        // §2.14
        e.put("hooks/create-failed-checksum.xml", new String[]{"hooks/create", "checksumError", checksum + "."});
        e.put("hooks/create-failed-missing-callback-url.xml", new String[]{"hooks/create", "missingParamCallbackURL",
                "You must specify a callbackURL in the parameters."});
        e.put("hooks/create-failed-error.xml", new String[]{"hooks/create", "createHookError",
                "An error happened while creating your hook. Check the logs."});
        e.put("hooks/list-failed-error.xml", new String[]{"hooks/list", "listHookError",
                "An error happened while listing registered hooks. Check the logs."});
        e.put("hooks/destroy-failed-missing-hook.xml",
                new String[]{"hooks/destroy", "destroyMissingHook", "The hook informed was not found."});
        e.put("hooks/destroy-failed-missing-hook-id.xml", new String[]{"hooks/destroy", "missingParamHookID",
                "You must specify a hookID in the parameters."});
        e.put("hooks/destroy-failed-error.xml", new String[]{"hooks/destroy", "destroyHookError",
                "An error happened while removing your hook. Check the logs."});
        return e;
    }

    @Test
    void everyFailedFixtureOfTheseCallsIsCovered() {
        List<String> failed = new ArrayList<>();
        for (List<String> list : List.of(Fixtures.RECORDINGS_XML, Fixtures.HOOKS_XML, Fixtures.XML)) {
            list.stream().filter(f -> f.contains("-failed-") && (f.startsWith("recordings/") || f.startsWith("hooks/")
                    || f.startsWith("insert-document") || f.startsWith("send-chat-message"))).forEach(failed::add);
        }
        List<String> covered = new ArrayList<>(errors().keySet());
        covered.remove("failed-checksum.xml");
        assertEquals(failed.stream().sorted().toList(), covered.stream().sorted().toList());
    }

    @Test
    void everyErrorAnswerIsAnApiExceptionWithItsKeyBlockingAndAsync() {
        Map<String, Call> byName = new LinkedHashMap<>();
        calls().forEach(c -> byName.put(c.name(), c));
        errors().forEach((name, expected) -> {
            fixture = name;
            Call call = byName.get(expected[0]);
            BbbApiException blocking = assertThrows(BbbApiException.class, call.blocking()::run, name);
            check(name, expected, blocking);
            CompletionException async = assertThrows(CompletionException.class,
                    () -> call.async().get().toCompletableFuture().orTimeout(10, TimeUnit.SECONDS).join(), name);
            check(name, expected, assertInstanceOf(BbbApiException.class, async.getCause(), name));
        });
    }

    private static void check(String fixture, String[] expected, BbbApiException e) {
        assertEquals(expected[0], e.call(), fixture);
        assertEquals(expected[1], e.messageKey(), fixture);
        assertEquals(expected[2], e.serverMessage(), fixture);
        assertEquals("checksumError".equals(expected[1]), e.isChecksumError(), fixture);
        assertFalse(e.getMessage().contains(SECRET), e::getMessage);
    }
}
