package io.github.bbbjakarta.cli;

import io.github.bbbjakarta.simulator.BbbSimulatorExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;

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
        assertTrue(run.err().startsWith("bbb-cli: no usable answer from the BBB server at http://127.0.0.1:"
                + closedPort + "/bigbluebutton/api/ to the API root: cannot connect: "), run::toString);
        assertTrue(run.err().contains("check BBB_URL"), run::toString);
        assertFalse(run.err().contains(TestServer.SECRET));
        assertEquals("", run.out());
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
    void anUnknownCommandIsOneLine() {
        CliRun run = CliRun.run(TestServer.environment(SIM), "frobnicate");

        assertEquals(BbbCli.EXIT_USAGE, run.exitCode());
        assertEquals(1, run.errLines().size(), run::toString);
    }

    @Test
    void noCommandIsOneLine() {
        CliRun run = CliRun.run(TestServer.environment(SIM));

        assertEquals(BbbCli.EXIT_USAGE, run.exitCode());
        assertEquals(1, run.errLines().size(), run::toString);
        assertTrue(run.err().contains("a command is required"), run::toString);
    }
}
