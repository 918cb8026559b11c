package io.github.bbbjakarta.cli;

import io.github.bbbjakarta.api.ChecksumAlgorithm;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SimulatorCommandTest {
    private static final String SECRET = "standalone-secret-77aa";

    @Test
    void printsTheApiUrlWhenReadyAndServesUntilStopped() throws Exception {
        int port = freePort();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        AtomicInteger exitCode = new AtomicInteger(-1);
        Thread thread = new Thread(() -> exitCode.set(BbbCli.commandLine(Map.of(), new PrintWriter(out, true),
                        new PrintWriter(err, true))
                .execute("simulator", "--port", Integer.toString(port), "--secret", SECRET,
                        "--checksum-algorithms", "sha1,sha512")), "simulator-command");
        thread.start();
        try {
            String line = firstLine(out);
            String apiUrl = "http://127.0.0.1:" + port + "/bigbluebutton/api/";
            assertEquals(apiUrl, line);

            CliRun sha512 = CliRun.run(Map.of("BBB_URL", apiUrl, "BBB_SECRET", SECRET, "BBB_CHECKSUM", "sha512"),
                    "check");
            assertEquals(0, sha512.exitCode(), sha512::toString);
            CliRun sha256 = CliRun.run(Map.of("BBB_URL", apiUrl, "BBB_SECRET", SECRET), "check");
            assertEquals(BbbCli.EXIT_CHECKSUM, sha256.exitCode(), "sha256 is not among the accepted algorithms");
        } finally {
            thread.interrupt();
            thread.join(10_000);
        }
        assertFalse(thread.isAlive());
        assertEquals(0, exitCode.get(), err::toString);
        assertEquals(1, out.toString().lines().count(), out::toString);
        assertFalse(out.toString().contains(SECRET));
        assertTrue(portIsFree(port), "the simulator released its port");
    }

    @Test
    void bindsAllInterfacesPrintsAReachableUrlAndRevealsTheVersion() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Thread thread = new Thread(() -> BbbCli.commandLine(Map.of(), new PrintWriter(out, true),
                        new PrintWriter(err, true))
                .execute("simulator", "--secret", SECRET, "--bind", "0.0.0.0", "--reveal-version", "3.0.18"),
                "simulator-command");
        thread.start();
        try {
            URI printed = URI.create(firstLine(out));
            assertNotEquals("0.0.0.0", printed.getHost(), "a wildcard address is not a URL to connect to");
            assertTrue(printed.getPort() > 0, printed::toString);
            assertEquals("/bigbluebutton/api/", printed.getPath());

            CliRun check = CliRun.run(Map.of("BBB_URL", printed.toString(), "BBB_SECRET", SECRET), "check");
            assertEquals(0, check.exitCode(), check::toString);
            assertTrue(check.out().contains("BBB version:  3.0.18"), check::toString);

            String loopback = "http://127.0.0.1:" + printed.getPort() + "/bigbluebutton/api/";
            CliRun viaLoopback = CliRun.run(Map.of("BBB_URL", loopback, "BBB_SECRET", SECRET), "check");
            assertEquals(0, viaLoopback.exitCode(), viaLoopback::toString);
            if (!printed.getHost().equals("127.0.0.1")) {
                assertTrue(err.toString().contains("also reachable at") && err.toString().contains(loopback),
                        err::toString);
            }
        } finally {
            thread.interrupt();
            thread.join(10_000);
        }
        assertEquals(1, out.toString().lines().count(), out::toString);
    }

    @Test
    void thePublicHostIsTheOneInTheUrlsItHandsOut() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Thread thread = new Thread(() -> BbbCli.commandLine(Map.of(), new PrintWriter(out, true),
                        new PrintWriter(err, true))
                .execute("simulator", "--secret", SECRET, "--bind", "0.0.0.0", "--public-host", "lms-vm.test"),
                "simulator-command");
        thread.start();
        try {
            URI printed = URI.create(firstLine(out));
            assertEquals("lms-vm.test", printed.getHost(), out::toString);
            String loopback = "http://127.0.0.1:" + printed.getPort() + "/bigbluebutton/api/";
            CliRun viaLoopback = CliRun.run(Map.of("BBB_URL", loopback, "BBB_SECRET", SECRET), "check");
            assertEquals(0, viaLoopback.exitCode(), viaLoopback::toString);
            assertTrue(err.toString().contains("also reachable at") && err.toString().contains(loopback), err::toString);
        } finally {
            thread.interrupt();
            thread.join(10_000);
        }
        CliRun bad = CliRun.run(Map.of(), "simulator", "--secret", SECRET, "--public-host", "a/b");
        assertEquals(BbbCli.EXIT_USAGE, bad.exitCode(), bad::toString);
        assertEquals(List.of("bbb-cli: --public-host: 'a/b' is not a host name or IP address"), bad.errLines());
    }

    @Test
    void anUnknownBindAddressIsRefused() {
        CliRun run = CliRun.run(Map.of(), "simulator", "--secret", SECRET, "--bind", "no-such-host.invalid");

        assertEquals(BbbCli.EXIT_USAGE, run.exitCode(), run::toString);
        assertEquals(List.of("bbb-cli: --bind: 'no-such-host.invalid' is not an address of this machine"
                + " (use e.g. 127.0.0.1 or 0.0.0.0)"), run.errLines());
        assertEquals("", run.out());
    }

    @Test
    void anUnknownChecksumAlgorithmIsNamedWithTheApisList() {
        CliRun run = CliRun.run(Map.of(), "simulator", "--secret", SECRET, "--checksum-algorithms", "sha1,md5");

        assertEquals(BbbCli.EXIT_USAGE, run.exitCode(), run::toString);
        assertEquals(List.of("bbb-cli: --checksum-algorithms: unknown checksum algorithm 'md5'; use one of "
                + ChecksumAlgorithm.names()), run.errLines());
    }

    @Test
    void needsASecret() {
        CliRun run = CliRun.run(Map.of(), "simulator", "--port", "0");

        assertEquals(BbbCli.EXIT_USAGE, run.exitCode());
        assertEquals(1, run.errLines().size(), run::toString);
        assertTrue(run.err().contains("--secret"), run::toString);
    }

    private static String firstLine(StringWriter out) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < deadline) {
            String text = out.toString();
            int nl = text.indexOf('\n');
            if (nl >= 0) {
                return text.substring(0, nl).strip();
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the simulator command printed no URL within 10 s");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static boolean portIsFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return socket.isBound();
        } catch (IOException e) {
            return false;
        }
    }
}
