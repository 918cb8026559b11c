package io.github.bbbjakarta.api;

import org.junit.jupiter.api.Test;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.CompletionException;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A sample of hostile HTTP behaviours generated from a fixed seed — HTML error pages with 200/502/503, empty and
 * truncated bodies, garbage status lines, header and chunk bombs, trickles, connections closed mid-answer — served
 * by a raw socket server. Every call ends in a result or a {@link BbbException}, within its deadline. (The
 * parser-level fuzz of bodies is elsewhere; this is the HTTP side.)
 */
class HostileHttpTest {
    static final int CASES = 400;
    private static final long SEED = 20261127L;
    private static final Duration DEADLINE = Duration.ofMillis(200);
    private static final long MARGIN_MILLIS = 1_500;
    private static final String RUNNING = "<response><returncode>SUCCESS</returncode><running>true</running></response>";
    private static final String INFO = "<response><returncode>SUCCESS</returncode><meetingName>R</meetingName>"
            + "<meetingID>m-1</meetingID><internalMeetingID>i-1</internalMeetingID><createTime>1</createTime>"
            + "<running>false</running></response>";

    @Test
    void everyHostileAnswerIsATypedOutcomeWithinTheDeadline() throws Exception {
        Random random = new Random(SEED);
        int failures = 0;
        try (HostileServer server = new HostileServer(HostileServer.dropAfterRead());
             BigBlueButtonClient client = BigBlueButtonClient.builder(server.url(), "s3cret").callTimeout(DEADLINE)
                     .readTimeout(DEADLINE).maxResponseSize(64 * 1024).build()) {
            for (int i = 0; i < CASES; i++) {
                Case c = generate(random);
                server.behaviour = c.behaviour;
                long start = System.nanoTime();
                try {
                    c.call.apply(client);
                } catch (BbbException expected) {
                    failures++;
                } catch (CompletionException e) {
                    if (!(e.getCause() instanceof BbbException)) {
                        fail("case " + i + " (" + c.description + "): " + e.getCause(), e);
                    }
                    failures++;
                } catch (Throwable t) {
                    fail("case " + i + " (" + c.description + "): " + t, t);
                }
                long millis = (System.nanoTime() - start) / 1_000_000;
                assertTrue(millis < DEADLINE.toMillis() + MARGIN_MILLIS, "case " + i + " (" + c.description + ") took " + millis + " ms");
            }
        }
        assertTrue(failures > CASES / 2, "most hostile answers fail: " + failures);
    }

    record Case(String description, HostileServer.Behaviour behaviour, Function<BigBlueButtonClient, Object> call) {
    }

    private static Case generate(Random r) {
        Function<BigBlueButtonClient, Object> call = switch (r.nextInt(4)) {
            case 0 -> c -> c.meetings().isMeetingRunning("m-1");
            case 1 -> c -> c.meetings().getMeetingInfoAsync("m-1").toCompletableFuture().join();
            case 2 -> c -> c.meetings().join(JoinMeetingRequest.builder("m-1", "Ada", Role.VIEWER).build());
            default -> c -> c.meetings().getMeetings();
        };
        int kind = r.nextInt(100);
        String html = "<html><head><title>Error</title></head><body><h1>" + r.nextInt(1000) + "</h1>"
                + "x".repeat(r.nextInt(2000)) + "</body></html>";
        String xml = r.nextBoolean() ? RUNNING : INFO;
        int[] statuses = {200, 200, 301, 302, 400, 401, 403, 404, 500, 502, 503, 504, 599};
        int status = statuses[r.nextInt(statuses.length)];
        if (kind < 15) {
            return new Case("html " + status, HostileServer.answer(status, r.nextBoolean() ? "text/html" : null, html), call);
        } else if (kind < 20) {
            return new Case("empty " + status, HostileServer.answer(status, "text/xml", ""), call);
        } else if (kind < 25) {
            return new Case("empty until close", raw("HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n", false), call);
        } else if (kind < 33) {
            int cut = r.nextInt(xml.length());
            return new Case("truncated at " + cut, raw("HTTP/1.1 200 OK\r\nContent-Length: " + xml.length() + "\r\n\r\n"
                    + xml.substring(0, cut), false), call);
        } else if (kind < 40) {
            int cut = r.nextInt(xml.length());
            return new Case("truncated chunked at " + cut, raw("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                    + Integer.toHexString(xml.length()) + "\r\n" + xml.substring(0, cut), false), call);
        } else if (kind < 42) {
            return new Case("trickle", HostileServer.trickle(HostileServer.ascii("HTTP/1.1 200 OK\r\nContent-Length: "
                    + xml.length() + "\r\n\r\n" + xml), 20), call);
        } else if (kind < 44) {
            return new Case("silent", HostileServer.silent(), call);
        } else if (kind < 50) {
            byte[] noise = new byte[r.nextInt(3000)];
            r.nextBytes(noise);
            return new Case("random bytes", (req, out) -> {
                out.write(noise);
                return false;
            }, call);
        } else if (kind < 58) {
            String[] lines = {"HTTP/1.1 abc OK", "HTTP/2 200 OK", "ICY 200 OK", "HTTP/1.1 200", "HTTP/1.1 999 What",
                    "HTTP/1.1 099 Low", "HTTP/1.1 -20 Neg", "HTTP/1.1  200 OK", "http/1.1 200 OK", "HTTP/1.1 2000 OK",
                    "", "\u0000\u0001", "HTTP/1.1 200 OK\u0000"};
            String line = lines[r.nextInt(lines.length)];
            return new Case("status line " + line, raw(line + "\r\nContent-Length: " + xml.length() + "\r\n\r\n" + xml, false), call);
        } else if (kind < 62) {
            boolean longLine = r.nextBoolean();
            String headers = longLine ? "X-Big: " + "a".repeat(20_000 + r.nextInt(50_000)) + "\r\n"
                    : "X-Many: b\r\n".repeat(150 + r.nextInt(500));
            return new Case(longLine ? "long header" : "many headers",
                    raw("HTTP/1.1 200 OK\r\n" + headers + "Content-Length: " + xml.length() + "\r\n\r\n" + xml, false), call);
        } else if (kind < 68) {
            String[] sizes = {"zz", "-1", "fffffffff", "7fffffff", "", " ", "1;ext=\"x\"", "0x10", "10000"};
            String size = sizes[r.nextInt(sizes.length)];
            return new Case("chunk size " + size, raw("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                    + size + "\r\n" + xml + "\r\n0\r\n\r\n", false), call);
        } else if (kind < 72) {
            String[] lengths = {"-5", "abc", "99999999999999999999", "1, 2", " ", "+10", "1e3"};
            String length = lengths[r.nextInt(lengths.length)];
            return new Case("content-length " + length, raw("HTTP/1.1 200 OK\r\nContent-Length: " + length + "\r\n\r\n" + xml, false), call);
        } else if (kind < 75) {
            return new Case("two content-lengths", raw("HTTP/1.1 200 OK\r\nContent-Length: " + xml.length()
                    + "\r\nContent-Length: " + (xml.length() + 1) + "\r\n\r\n" + xml, false), call);
        } else if (kind < 79) {
            int interim = r.nextInt(15);
            return new Case(interim + " interim answers", raw("HTTP/1.1 100 Continue\r\n\r\n".repeat(interim)
                    + "HTTP/1.1 200 OK\r\nContent-Length: " + xml.length() + "\r\n\r\n" + xml, true), call);
        } else if (kind < 81) {
            return new Case("101", raw("HTTP/1.1 101 Switching Protocols\r\nUpgrade: h2c\r\n\r\n", false), call);
        } else if (kind < 85) {
            return new Case("drop after read", HostileServer.dropAfterRead(), call);
        } else if (kind < 88) {
            return new Case("gzip until close", raw("HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip\r\n\r\n" + xml, false), call);
        } else if (kind < 92) {
            byte[] noise = new byte[r.nextInt(5000)];
            r.nextBytes(noise);
            return new Case("random body", (req, out) -> {
                out.write(HostileServer.ascii("HTTP/1.1 200 OK\r\nContent-Length: " + noise.length + "\r\n\r\n"));
                out.write(noise);
                return true;
            }, call);
        } else if (kind < 95) {
            return new Case("302", raw("HTTP/1.1 302 Found\r\nLocation: http://127.0.0.1:1/x?errors=%5B%7B%22key%22%3A%22x"
                    + "\r\nContent-Length: 0\r\n\r\n", true), call);
        } else {
            return new Case("valid", HostileServer.answer(200, "text/xml;charset=utf-8", xml), call);
        }
    }

    /** Writes {@code text} as is, then keeps the connection or closes it. */
    private static HostileServer.Behaviour raw(String text, boolean keep) {
        byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
        return (req, out) -> {
            write(out, bytes);
            return keep;
        };
    }

    private static void write(OutputStream out, byte[] bytes) throws java.io.IOException {
        out.write(bytes);
        out.flush();
    }
}
