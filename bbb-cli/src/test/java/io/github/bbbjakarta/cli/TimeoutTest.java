package io.github.bbbjakarta.cli;

import io.github.bbbjakarta.simulator.BbbSimulatorExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code --timeout} and {@code BBB_TIMEOUT}: parsed, validated before anything is sent, applied to the client. */
class TimeoutTest {
    @RegisterExtension
    static final BbbSimulatorExtension SIM = TestServer.extension();

    @Test
    void durationsAreSecondsByDefaultWithOptionalUnits() {
        assertEquals(Duration.ofSeconds(10), Timeout.parse("10s"));
        assertEquals(Duration.ofSeconds(10), Timeout.parse("10"));
        assertEquals(Duration.ofMillis(2500), Timeout.parse("2.5"));
        assertEquals(Duration.ofMillis(500), Timeout.parse("500ms"));
        assertEquals(Duration.ofMinutes(1), Timeout.parse(" 1M "));
        assertEquals(Duration.ofHours(1), Timeout.parse("60m"));
        for (String bad : List.of("", "0", "0.0001", "61m", "-1", "10x", "ten", "1e3", "PT10S")) {
            assertThrows(IllegalArgumentException.class, () -> Timeout.parse(bad), bad);
        }
        assertEquals("10s", Timeout.format(Duration.ofSeconds(10)));
        assertEquals("2.5s", Timeout.format(Duration.ofMillis(2500)));
        assertEquals("500ms", Timeout.format(Duration.ofMillis(500)));
    }

    @Test
    void aSilentServerIsGivenUpOnAfterTheTimeoutOption() throws IOException {
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread acceptor = acceptAndStaySilent(silent);
            Map<String, String> env = Map.of("BBB_URL", "http://127.0.0.1:" + silent.getLocalPort() + "/bigbluebutton/",
                    "BBB_SECRET", TestServer.SECRET);

            CliRun run = assertTimeoutPreemptively(Duration.ofSeconds(30),
                    () -> CliRun.run(env, "check", "--timeout", "500ms"));

            assertEquals(BbbCli.EXIT_UNREACHABLE, run.exitCode(), run::toString);
            assertEquals(1, run.errLines().size(), run::toString);
            assertTrue(run.err().startsWith("bbb-cli: no answer from the server at http://127.0.0.1:"
                    + silent.getLocalPort() + "/bigbluebutton/api/ to the API root: "), run::toString);
            assertTrue(run.err().strip().endsWith("(timeout 500ms)"), run::toString);
            acceptor.interrupt();
        }
    }

    @Test
    void bbbTimeoutAppliesAndTheOptionOverridesIt() throws IOException {
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread acceptor = acceptAndStaySilent(silent);
            Map<String, String> env = new HashMap<>(Map.of("BBB_URL", "http://127.0.0.1:" + silent.getLocalPort()
                    + "/bigbluebutton/", "BBB_SECRET", TestServer.SECRET, "BBB_TIMEOUT", "0.5"));

            CliRun fromEnvironment = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> CliRun.run(env, "meetings"));
            CliRun overridden = assertTimeoutPreemptively(Duration.ofSeconds(30),
                    () -> CliRun.run(env, "meetings", "--timeout", "0.6s"));

            assertEquals(BbbCli.EXIT_UNREACHABLE, fromEnvironment.exitCode(), fromEnvironment::toString);
            assertTrue(fromEnvironment.err().strip().endsWith("(timeout 500ms)"), fromEnvironment::toString);
            assertTrue(overridden.err().strip().endsWith("(timeout 600ms)"), overridden::toString);
            acceptor.interrupt();
        }
    }

    @Test
    void aBadTimeoutOptionIsRefusedBeforeAnythingIsSent() {
        CliRun run = CliRun.run(TestServer.environment(SIM), "check", "--timeout", "0");

        assertEquals(BbbCli.EXIT_USAGE, run.exitCode(), run::toString);
        assertEquals(1, run.errLines().size(), run::toString);
        assertTrue(run.err().contains("--timeout") && run.err().contains("out of range"), run::toString);
        assertTrue(SIM.control().requests().isEmpty());
    }

    @Test
    void aBadBbbTimeoutIsNamedBeforeAnythingIsSent() {
        Map<String, String> env = new HashMap<>(TestServer.environment(SIM));
        env.put("BBB_TIMEOUT", "10x");

        CliRun run = CliRun.run(env, "meetings");

        assertEquals(BbbCli.EXIT_USAGE, run.exitCode(), run::toString);
        assertEquals(List.of("bbb-cli: BBB_TIMEOUT: '10x' is not a duration: use e.g. 10s, 2.5, 500ms or 1m"
                + " (a plain number is seconds)"), run.errLines());
        assertTrue(SIM.control().requests().isEmpty());
    }

    @Test
    void aTimeoutThatIsLongEnoughLetsTheCallSucceed() {
        CliRun run = CliRun.run(TestServer.environment(SIM), "check", "--timeout", "20s");

        assertEquals(0, run.exitCode(), run::toString);
    }

    /** Accepts connections and never answers, until the socket is closed. */
    private static Thread acceptAndStaySilent(ServerSocket socket) {
        Thread t = new Thread(() -> {
            List<Socket> held = new java.util.ArrayList<>();
            try {
                while (true) {
                    held.add(socket.accept());
                }
            } catch (IOException closed) {
                held.forEach(s -> {
                    try {
                        s.close();
                    } catch (IOException ignored) {
                        // closing anyway
                    }
                });
            }
        }, "silent-server");
        t.setDaemon(true);
        t.start();
        return t;
    }
}
