package io.github.bbbjakarta.cli;

import io.github.bbbjakarta.simulator.BbbSimulatorExtension;
import io.github.bbbjakarta.simulator.ChatMessageSnapshot;
import io.github.bbbjakarta.simulator.DocumentSnapshot;
import io.github.bbbjakarta.simulator.SimRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code chat} and {@code insert-document}. */
class MeetingContentCommandsTest {
    @RegisterExtension
    static final BbbSimulatorExtension SIM = TestServer.extension();

    @TempDir
    Path dir;

    @Test
    void chatPostsToARunningMeeting() {
        create("chat-1");
        SIM.control().connectUser("chat-1", "Teacher", SimRole.MODERATOR);

        CliRun run = CliRun.run(TestServer.environment(SIM), "chat", "chat-1", "Break until 10:15 – back soon",
                "--user-name", "Course bot");

        assertEquals(0, run.exitCode(), run::toString);
        assertEquals(List.of("Sent to the public chat of chat-1 as \"Course bot\""), run.outLines());
        List<ChatMessageSnapshot> messages = SIM.control().chatMessages("chat-1");
        assertEquals(1, messages.size());
        assertEquals("Break until 10:15 – back soon", messages.get(0).message());
        assertEquals("Course bot", messages.get(0).userName());
    }

    @Test
    void chatToAMeetingThatIsNotRunningIsTheServersError() {
        create("chat-2");

        CliRun run = CliRun.run(TestServer.environment(SIM), "chat", "chat-2", "Hello");

        assertEquals(BbbCli.EXIT_FAILED, run.exitCode(), run::toString);
        assertEquals(1, run.errLines().size(), run::toString);
        assertTrue(run.err().contains("meetingNotFound"), run::toString);
    }

    @Test
    void chatChecksItsArgumentsBeforeSending() {
        CliRun empty = CliRun.run(TestServer.environment(SIM), "chat", "chat-3", "");
        CliRun tooLong = CliRun.run(TestServer.environment(SIM), "chat", "chat-3", "x".repeat(501));
        CliRun name = CliRun.run(TestServer.environment(SIM), "chat", "chat-3", "Hi", "--user-name", "n".repeat(256));
        CliRun meeting = CliRun.run(TestServer.environment(SIM), "chat", "a,b", "Hi");

        assertAll(
                () -> assertEquals(List.of("bbb-cli: MESSAGE: must have 1 to 500 characters (was 0)"), empty.errLines()),
                () -> assertEquals(List.of("bbb-cli: MESSAGE: must have 1 to 500 characters (was 501)"),
                        tooLong.errLines()),
                () -> assertEquals(List.of("bbb-cli: --user-name: must not exceed 255 characters (was 256)"),
                        name.errLines()),
                () -> assertEquals(List.of("bbb-cli: MEETING_ID: must not contain ','"), meeting.errLines()));
        for (CliRun r : List.of(empty, tooLong, name, meeting)) {
            assertEquals(BbbCli.EXIT_USAGE, r.exitCode(), r::toString);
        }
        assertTrue(SIM.control().requests().isEmpty());
    }

    @Test
    void insertDocumentSendsUrlsAndFiles() throws Exception {
        create("docs-1");
        Path slides = dir.resolve("slides.pdf");
        byte[] content = "%PDF-1.4 test slides".getBytes(StandardCharsets.US_ASCII);
        Files.write(slides, content);

        CliRun run = CliRun.run(TestServer.environment(SIM), "insert-document", "docs-1",
                "--url", "https://files.example.org/syllabus.pdf", "--file", slides.toString(), "--current",
                "--downloadable");

        assertEquals(0, run.exitCode(), run::toString);
        assertEquals(List.of("Inserted 2 documents into docs-1 (the server now downloads and converts them):",
                "  https://files.example.org/syllabus.pdf  current",
                "  slides.pdf (" + content.length + " bytes)"), run.outLines());
        List<DocumentSnapshot> docs = SIM.control().meeting("docs-1").orElseThrow().documents();
        DocumentSnapshot byUrl = docs.stream().filter(d -> d.url() != null).findFirst().orElseThrow();
        DocumentSnapshot inline = docs.stream().filter(d -> d.url() == null).findFirst().orElseThrow();
        assertAll(
                () -> assertEquals("https://files.example.org/syllabus.pdf", byUrl.url()),
                () -> assertTrue(byUrl.current()),
                () -> assertTrue(byUrl.downloadable()),
                () -> assertEquals("slides.pdf", inline.fileName()),
                () -> assertTrue(inline.downloadable()),
                () -> assertEquals(Base64.getEncoder().encodeToString(content), inline.base64Content()));
    }

    @Test
    void aUrlWithoutAFileNameNeedsUrlName() {
        create("docs-3");
        String url = "https://files.example.org/download?id=5";

        CliRun unnamed = CliRun.run(TestServer.environment(SIM), "insert-document", "docs-3", "--url", url);
        CliRun named = CliRun.run(TestServer.environment(SIM), "insert-document", "docs-3",
                "--url", "https://files.example.org/a.pdf", "--url", url, "--url-name", "syllabus.pdf");

        assertEquals(BbbCli.EXIT_USAGE, unnamed.exitCode(), unnamed::toString);
        assertEquals(List.of("bbb-cli: --url: '" + url + "' does not end in a file name with an extension, so BBB"
                + " would skip it: name it with --url-name, e.g. --url-name slides.pdf"), unnamed.errLines());
        assertEquals(0, named.exitCode(), named::toString);
        assertTrue(named.outLines().contains("  " + url + " as syllabus.pdf"), named::toString);
        List<DocumentSnapshot> docs = SIM.control().meeting("docs-3").orElseThrow().documents();
        assertEquals(List.of("a.pdf", "syllabus.pdf"), docs.stream().map(DocumentSnapshot::fileName).toList());
    }

    @Test
    void insertDocumentIntoAnUnknownMeetingIsTheServersError() {
        CliRun run = CliRun.run(TestServer.environment(SIM), "insert-document", "no-such-meeting",
                "--url", "https://files.example.org/a.pdf");

        assertEquals(BbbCli.EXIT_FAILED, run.exitCode(), run::toString);
        assertEquals(1, run.errLines().size(), run::toString);
        assertTrue(run.err().contains("Meeting with id [no-such-meeting] not found."), run::toString);
    }

    @Test
    void insertDocumentNamesTheBadOptionBeforeSending() throws Exception {
        Path noExtension = Files.writeString(dir.resolve("notes"), "x");
        CliRun none = CliRun.run(TestServer.environment(SIM), "insert-document", "docs-2");
        CliRun missing = CliRun.run(TestServer.environment(SIM), "insert-document", "docs-2",
                "--file", dir.resolve("missing.pdf").toString());
        CliRun extension = CliRun.run(TestServer.environment(SIM), "insert-document", "docs-2",
                "--file", noExtension.toString());
        CliRun url = CliRun.run(TestServer.environment(SIM), "insert-document", "docs-2", "--url", "files/a.pdf");

        assertAll(
                () -> assertEquals(List.of("bbb-cli: --url or --file: at least one document is needed"), none.errLines()),
                () -> assertEquals(List.of("bbb-cli: --file: '" + dir.resolve("missing.pdf") + "' is not a file"),
                        missing.errLines()),
                () -> assertTrue(extension.err().startsWith("bbb-cli: --file: '" + noExtension + "': needs an"
                        + " extension"), extension::toString),
                () -> assertTrue(url.err().startsWith("bbb-cli: --url: 'files/a.pdf': "), url::toString));
        for (CliRun r : List.of(none, missing, extension, url)) {
            assertEquals(BbbCli.EXIT_USAGE, r.exitCode(), r::toString);
        }
        assertTrue(SIM.control().requests().isEmpty());
    }

    @Test
    void theEmbeddedSimulatorAnswersWhenNoServerIsConfigured() {
        CliRun chat = CliRun.run(Map.of(), "chat", "nowhere", "Hi");
        CliRun insert = CliRun.run(Map.of(), "insert-document", "nowhere", "--url", "https://files.example.org/a.pdf");

        assertEquals(BbbCli.EXIT_FAILED, chat.exitCode(), chat::toString);
        assertTrue(chat.out().startsWith("Using an embedded BigBlueButton simulator"), chat::toString);
        assertTrue(chat.err().contains("meetingNotFound"), chat::toString);
        assertEquals(BbbCli.EXIT_FAILED, insert.exitCode(), insert::toString);
        assertFalse(insert.err().contains("check BBB_URL"), insert::toString);
    }

    private static void create(String meetingID) {
        CliRun run = CliRun.run(TestServer.environment(SIM), "create", "--meeting-id", meetingID, "--name", "Content");
        assertEquals(0, run.exitCode(), run::toString);
        SIM.control().clearRequests();
    }
}
