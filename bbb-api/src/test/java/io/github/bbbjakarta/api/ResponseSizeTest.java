package io.github.bbbjakarta.api;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Answers larger than maxResponseSize fail the call, naming the limit, without being read whole. */
class ResponseSizeTest {
    static final int FIFTY_MB = 50 * 1024 * 1024;

    /** A 200 whose XML body is {@code size} bytes, streamed (chunked, or with a Content-Length). */
    static HostileServer.Behaviour huge(int size, boolean chunked) {
        return (r, out) -> {
            out.write(HostileServer.ascii("HTTP/1.1 200 OK\r\nContent-Type: text/xml\r\n"
                    + (chunked ? "Transfer-Encoding: chunked\r\n\r\n" : "Content-Length: " + size + "\r\n\r\n")));
            byte[] block = new byte[64 * 1024];
            java.util.Arrays.fill(block, (byte) ' ');
            byte[] start = "<response><returncode>SUCCESS</returncode><running>true</running><x>".getBytes(StandardCharsets.US_ASCII);
            System.arraycopy(start, 0, block, 0, start.length);
            for (int sent = 0; sent < size; sent += block.length) {
                int n = Math.min(block.length, size - sent);
                write(out, block, n, chunked);
            }
            if (chunked) {
                out.write(HostileServer.ascii("0\r\n\r\n"));
            }
            return true;
        };
    }

    private static void write(OutputStream out, byte[] block, int n, boolean chunked) throws IOException {
        if (chunked) {
            out.write(HostileServer.ascii(Integer.toHexString(n) + "\r\n"));
        }
        out.write(block, 0, n);
        if (chunked) {
            out.write(HostileServer.ascii("\r\n"));
        }
    }

    @Test
    void aFiftyMegabyteChunkedAnswerFailsNamingTheDefaultLimit() throws Exception {
        try (HostileServer server = new HostileServer(huge(FIFTY_MB, true));
             BigBlueButtonClient client = BigBlueButtonClient.create(server.url(), "s3cret")) {
            BbbTransportException e = assertThrows(BbbTransportException.class, () -> client.meetings().isMeetingRunning("m-1"));
            assertEquals("isMeetingRunning: the answer is larger than the limit of 16 MiB (maxResponseSize)", e.getMessage());
        }
    }

    @Test
    void anAnnouncedContentLengthAboveTheLimitFailsBeforeReading() throws Exception {
        try (HostileServer server = new HostileServer(huge(FIFTY_MB, false));
             BigBlueButtonClient client = BigBlueButtonClient.create(server.url(), "s3cret")) {
            BbbTransportException e = assertThrows(BbbTransportException.class, () -> client.meetings().isMeetingRunning("m-1"));
            assertTrue(e.getMessage().contains("16 MiB (maxResponseSize)"), e.getMessage());
        }
    }

    @Test
    void theLimitIsConfigurableAndAnswersUpToItAreRead() throws Exception {
        try (HostileServer server = new HostileServer(huge(4096, true));
             BigBlueButtonClient small = BigBlueButtonClient.builder(server.url(), "s3cret").maxResponseSize(4095).build();
             BigBlueButtonClient exact = BigBlueButtonClient.builder(server.url(), "s3cret").maxResponseSize(4096).build()) {
            BbbTransportException e = assertThrows(BbbTransportException.class, () -> small.meetings().isMeetingRunning("m-1"));
            assertTrue(e.getMessage().contains("4095 bytes (maxResponseSize)"), e.getMessage());
            // 4096 bytes of a non-closed <x>: the size passes, the parser then refuses the body
            BbbTransportException parse = assertThrows(BbbTransportException.class, () -> exact.meetings().isMeetingRunning("m-1"));
            assertTrue(!parse.getMessage().contains("maxResponseSize"), parse.getMessage());
        }
    }

    /** In a JVM with a 64 MB heap, a 50 MB answer is a typed error, not an OutOfMemoryError. */
    @Test
    void aFiftyMegabyteAnswerUnderA64MegabyteHeapIsATypedError() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-Xmx64m", "-cp", System.getProperty("java.class.path"),
                SmallHeapMain.class.getName()).redirectErrorStream(true).start();
        boolean done = p.waitFor(60, TimeUnit.SECONDS);
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!done) {
            p.destroyForcibly();
        }
        assertTrue(done, "the forked JVM finished");
        assertEquals(0, p.exitValue(), output);
        assertTrue(output.contains("OK BbbTransportException"), output);
    }

    /** Run by the test above in a JVM with -Xmx64m. */
    static final class SmallHeapMain {
        public static void main(String[] args) throws Exception {
            try (HostileServer server = new HostileServer(huge(FIFTY_MB, true));
                 BigBlueButtonClient client = BigBlueButtonClient.create(server.url(), "s3cret")) {
                for (int i = 0; i < 3; i++) {
                    try {
                        client.meetings().isMeetingRunning("m-1");
                        System.out.println("FAIL: no exception");
                        System.exit(1);
                    } catch (BbbTransportException e) {
                        if (!e.getMessage().contains("maxResponseSize")) {
                            System.out.println("FAIL: " + e);
                            System.exit(1);
                        }
                    }
                }
                System.out.println("OK BbbTransportException");
            } catch (Throwable t) {
                System.out.println("FAIL: " + t);
                System.exit(1);
            }
        }
    }
}
