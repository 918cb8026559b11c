package io.github.bbbjakarta.cli;

import io.github.bbbjakarta.simulator.BbbSimulatorExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every failure is one line on stderr, no stack trace, the right exit code, and never the secret. */
class FailureReporterTest {
    private static final String WRONG_SECRET = "not-the-secret-93b2";
    @RegisterExtension
    static final BbbSimulatorExtension SIM = TestServer.extension();

    @Test
    void aWrongSecretIsReportedAsARejectedChecksum() {
        for (String command : List.of("check", "meetings", "demo")) {
            CliRun run = CliRun.run(Map.of("BBB_URL", SIM.apiUrl().toString(), "BBB_SECRET", WRONG_SECRET), command);

            assertEquals(BbbCli.EXIT_CHECKSUM, run.exitCode(), run::toString);
            assertEquals(1, run.errLines().size(), run::toString);
            assertTrue(run.err().startsWith("bbb-cli: the server rejected the checksum of "), run::toString);
            assertTrue(run.err().contains("(checksumError): check BBB_SECRET and BBB_CHECKSUM"), run::toString);
            assertFalse((run.out() + run.err()).contains(WRONG_SECRET), run::toString);
            assertFalse((run.out() + run.err()).contains(TestServer.SECRET), run::toString);
        }
    }

    @Test
    void anUnreachableServerIsOneLine() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        String url = "http://127.0.0.1:" + closedPort + "/bigbluebutton/";

        CliRun run = CliRun.run(Map.of("BBB_URL", url, "BBB_SECRET", TestServer.SECRET), "check");

        assertEquals(BbbCli.EXIT_UNREACHABLE, run.exitCode(), run::toString);
        assertEquals(1, run.errLines().size(), run::toString);
        assertTrue(run.err().startsWith("bbb-cli: no usable answer from the server at http://127.0.0.1:"
                + closedPort + "/bigbluebutton/api/ to the API root: cannot connect: "), run::toString);
        assertTrue(run.err().contains("check BBB_URL"), run::toString);
        assertFalse(run.err().contains(TestServer.SECRET));
        assertEquals("", run.out());
    }

    @Test
    void aProxysBadGatewayNamesTheProxyNotTheUrl() {
        try (HostileServer proxy = HostileServer.answering(502,
                "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>")) {
            CliRun run = CliRun.run(Map.of("BBB_URL", proxy.url(), "BBB_SECRET", TestServer.SECRET), "check");

            assertEquals(BbbCli.EXIT_UNREACHABLE, run.exitCode(), run::toString);
            assertEquals(List.of("bbb-cli: the server at " + proxy.apiUrl() + " answered HTTP 502 Bad Gateway to the"
                    + " API root (a proxy in front of BBB: BigBlueButton behind it is down or not answering)"),
                    run.errLines(), run::toString);
            assertFalse(run.err().contains("check BBB_URL"), run::toString);
        }
    }

    @Test
    void aMissingApiStillPointsAtTheUrl() {
        try (HostileServer web = HostileServer.answering(404, "<html><body>Not Found</body></html>")) {
            CliRun run = CliRun.run(Map.of("BBB_URL", web.url(), "BBB_SECRET", TestServer.SECRET), "meetings");

            assertEquals(BbbCli.EXIT_UNREACHABLE, run.exitCode(), run::toString);
            assertEquals(List.of("bbb-cli: the server at " + web.apiUrl() + " answered HTTP 404 Not Found to"
                    + " getMeetings (no BBB API at this URL) (check BBB_URL)"), run.errLines(), run::toString);
        }
    }

    @Test
    void anAnswerThatIsNotBbbPointsAtTheUrl() {
        try (HostileServer web = HostileServer.answering(200, "<html><body>Welcome to nginx!</body></html>")) {
            CliRun run = CliRun.run(Map.of("BBB_URL", web.url(), "BBB_SECRET", TestServer.SECRET), "check");

            assertEquals(BbbCli.EXIT_UNREACHABLE, run.exitCode(), run::toString);
            assertEquals(1, run.errLines().size(), run::toString);
            assertTrue(run.err().startsWith("bbb-cli: no usable answer from the server at " + web.apiUrl()
                    + " to the API root: "), run::toString);
            assertTrue(run.err().strip().endsWith("(check BBB_URL)"), run::toString);
        }
    }

    @Test
    void anUnknownHostPointsAtTheUrl() {
        CliRun run = CliRun.run(Map.of("BBB_URL", "http://no-such-host.invalid/bigbluebutton/",
                "BBB_SECRET", TestServer.SECRET), "check");

        assertEquals(BbbCli.EXIT_UNREACHABLE, run.exitCode(), run::toString);
        assertEquals(1, run.errLines().size(), run::toString);
        assertTrue(run.err().contains("no-such-host.invalid"), run::toString);
        assertTrue(run.err().strip().endsWith("(check BBB_URL)"), run::toString);
    }

    @Test
    void otherFailedAnswersShowMessageKeyAndMessage() {
        CliRun run = CliRun.run(TestServer.environment(SIM), "info", "no-such-meeting");

        assertEquals(BbbCli.EXIT_FAILED, run.exitCode(), run::toString);
        assertEquals(1, run.errLines().size(), run::toString);
        assertTrue(run.err().startsWith("bbb-cli: getMeetingInfo failed: notFound: "), run::toString);
    }

    @Test
    void anUnknownChecksumAlgorithmIsNamed() {
        CliRun run = CliRun.run(TestServer.environment(SIM, "md5"), "check");

        assertEquals(BbbCli.EXIT_USAGE, run.exitCode());
        assertEquals(List.of("bbb-cli: BBB_CHECKSUM: unknown checksum algorithm 'md5';"
                + " use one of sha1, sha256, sha384, sha512"), run.errLines());
    }

    @Test
    void aMalformedServerUrlIsNamed() {
        CliRun run = CliRun.run(Map.of("BBB_URL", "bbb.example.com", "BBB_SECRET", TestServer.SECRET), "meetings");

        assertEquals(BbbCli.EXIT_USAGE, run.exitCode());
        assertEquals(1, run.errLines().size(), run::toString);
        assertTrue(run.err().startsWith("bbb-cli: BBB_URL: must be an absolute http or https URL"), run::toString);
    }

    @Test
    void aMissingSecretIsNamed() {
        CliRun run = CliRun.run(Map.of("BBB_URL", SIM.apiUrl().toString()), "meetings");

        assertEquals(BbbCli.EXIT_USAGE, run.exitCode());
        assertEquals(1, run.errLines().size(), run::toString);
        assertTrue(run.err().startsWith("bbb-cli: BBB_SECRET is not set"), run::toString);
    }

    @Test
    void verboseAddsTheStackTrace() {
        CliRun run = CliRun.run(Map.of("BBB_URL", SIM.apiUrl().toString(), "BBB_SECRET", WRONG_SECRET),
                "check", "--verbose");

        assertEquals(BbbCli.EXIT_CHECKSUM, run.exitCode());
        assertTrue(run.errLines().size() > 1, run::toString);
        assertTrue(run.err().contains("BbbApiException"), run::toString);
        assertFalse(run.err().contains(WRONG_SECRET), run::toString);
    }

    @Test
    void anUnknownCommandIsOneLineListingTheCommands() {
        CliRun run = CliRun.run(TestServer.environment(SIM), "bogus");

        assertEquals(BbbCli.EXIT_USAGE, run.exitCode());
        assertEquals(List.of("bbb-cli: unknown command 'bogus'; commands: check, create, join-url, info, meetings,"
                + " end, sign, simulator, demo, recordings, hooks, verify-callback, insert-document, chat"
                + " (see 'bbb-cli --help')"), run.errLines(), run::toString);
        assertTrue(SIM.control().requests().isEmpty());
    }

    @Test
    void aMistypedCommandGetsASuggestion() {
        CliRun run = CliRun.run(TestServer.environment(SIM), "meeting");

        assertEquals(BbbCli.EXIT_USAGE, run.exitCode());
        assertEquals(1, run.errLines().size(), run::toString);
        assertTrue(run.err().startsWith("bbb-cli: unknown command 'meeting'; did you mean meetings? Commands: check,"), run::toString);
    }

    @Test
    void mistypedNewCommandsAndSubcommandsGetSuggestions() {
        CliRun recording = CliRun.run(TestServer.environment(SIM), "recording");
        CliRun hook = CliRun.run(TestServer.environment(SIM), "hook");
        CliRun verify = CliRun.run(TestServer.environment(SIM), "verify-callbak");
        CliRun publish = CliRun.run(TestServer.environment(SIM), "recordings", "pubish", "x");
        CliRun destroy = CliRun.run(TestServer.environment(SIM), "hooks", "destory", "x");

        assertAll(
                () -> assertEquals(BbbCli.EXIT_USAGE, recording.exitCode()),
                () -> assertTrue(recording.err().startsWith("bbb-cli: unknown command 'recording'; did you mean"
                        + " recordings? Commands: check,"), recording::toString),
                () -> assertTrue(hook.err().startsWith("bbb-cli: unknown command 'hook'; did you mean hooks?"),
                        hook::toString),
                () -> assertTrue(verify.err().startsWith("bbb-cli: unknown command 'verify-callbak'; did you mean"
                        + " verify-callback?"), verify::toString),
                () -> assertEquals(List.of("bbb-cli: unknown command 'pubish'; did you mean publish? Commands:"
                        + " publish, unpublish, protect, unprotect, delete, rename (see 'bbb-cli recordings --help')"),
                        publish.errLines()),
                () -> assertTrue(destroy.err().startsWith("bbb-cli: unknown command 'destory'; did you mean"
                        + " destroy? Commands: create, destroy"), destroy::toString),
                () -> assertTrue(SIM.control().requests().isEmpty()));
    }

    @Test
    void aMistypedOptionGetsASuggestion() {
        CliRun run = CliRun.run(TestServer.environment(SIM), "create", "--meeting-id", "m-9", "--name", "M 9",
                "--recrod");

        assertEquals(BbbCli.EXIT_USAGE, run.exitCode());
        assertEquals(1, run.errLines().size(), run::toString);
        assertTrue(run.err().startsWith("bbb-cli: unknown option '--recrod': did you mean --record"), run::toString);
        assertTrue(run.err().endsWith("(see 'bbb-cli create --help')" + System.lineSeparator()), run::toString);
    }

    @Test
    void noCommandIsOneLine() {
        CliRun run = CliRun.run(TestServer.environment(SIM));

        assertEquals(BbbCli.EXIT_USAGE, run.exitCode());
        assertEquals(1, run.errLines().size(), run::toString);
        assertTrue(run.err().contains("a command is required"), run::toString);
    }
}
