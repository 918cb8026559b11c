package io.github.bbbjakarta.api;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code recordings().streamAll} over 10,000 recordings (about 33 MB of answers, pages of 100) in a forked JVM with
 * {@code -Xmx64m}: the walk completes, and the heap that survives a full GC stays flat while it runs — a page at a
 * time is held, never the whole list (which alone would be tens of MB).
 */
class StreamAllHeapTest {
    static final int RECORDINGS = 10_000;
    /** What may survive a GC during the walk: the JVM's and the client's own state plus one page, far below 10,000 recordings. */
    static final long MAX_RETAINED = 16L * 1024 * 1024;

    @Test
    void tenThousandRecordingsWalkInA64MegabyteHeapWithAFlatHeap() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-Xmx64m", "-cp", System.getProperty("java.class.path"),
                SmallHeapWalk.class.getName()).redirectErrorStream(true).start();
        boolean done = p.waitFor(120, TimeUnit.SECONDS);
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!done) {
            p.destroyForcibly();
        }
        assertTrue(done, "the forked JVM finished");
        assertEquals(0, p.exitValue(), output);
        Matcher m = Pattern.compile("OK (\\d+) recordings, retained after GC: first (\\d+) max (\\d+) bytes")
                .matcher(output);
        assertTrue(m.find(), output);
        System.out.println("streamAll under -Xmx64m: " + m.group());
        assertEquals(RECORDINGS, Integer.parseInt(m.group(1)));
        long first = Long.parseLong(m.group(2));
        long max = Long.parseLong(m.group(3));
        assertTrue(max < MAX_RETAINED, output);
        assertTrue(max - first < 4L * 1024 * 1024, "the retained heap grew during the walk: " + output);
    }

    /** Run by the test above in a JVM with -Xmx64m. */
    static final class SmallHeapWalk {
        public static void main(String[] args) throws Exception {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/bigbluebutton/api/getRecordings", SmallHeapWalk::page);
            server.start();
            try (BigBlueButtonClient client = BigBlueButtonClient.create(
                    "http://127.0.0.1:" + server.getAddress().getPort() + "/bigbluebutton/", "s3cret")) {
                long[] retained = {-1, 0};
                int[] n = {0};
                client.recordings().streamAll(GetRecordingsRequest.builder().limit(100).build()).forEach(r -> {
                    if (!r.recordID().equals(recordID(n[0]))) {
                        throw new IllegalStateException("recording " + n[0] + " is " + r.recordID());
                    }
                    if (n[0] % 1000 == 500) {
                        System.gc();
                        long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
                        retained[0] = retained[0] < 0 ? used : retained[0];
                        retained[1] = Math.max(retained[1], used);
                    }
                    n[0]++;
                });
                System.out.println("OK " + n[0] + " recordings, retained after GC: first " + retained[0] + " max "
                        + retained[1] + " bytes");
            } catch (Throwable t) {
                System.out.println("FAIL: " + t);
                System.exit(1);
            } finally {
                server.stop(0);
            }
        }

        static String recordID(int i) {
            return String.format("%040x-%d", i, 1_700_000_000_000L + i);
        }

        /** One page of a 10,000-recording catalogue, about 3.3 kB per recording, written while sent. */
        private static void page(HttpExchange x) throws IOException {
            String q = x.getRequestURI().getQuery();
            int offset = Integer.parseInt(q.replaceAll(".*\\boffset=(\\d+).*", "$1"));
            int limit = Integer.parseInt(q.replaceAll(".*\\blimit=(\\d+).*", "$1"));
            int to = Math.min(RECORDINGS, offset + limit);
            x.sendResponseHeaders(200, 0);
            try (OutputStream out = new BufferedOutputStream(x.getResponseBody(), 64 * 1024)) {
                StringBuilder sb = new StringBuilder("<response><returncode>SUCCESS</returncode><recordings>");
                for (int i = offset; i < to; i++) {
                    recording(sb, i);
                    out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
                    sb.setLength(0);
                }
                sb.append("</recordings><pagination><pageable><offset>").append(offset).append("</offset><limit>")
                        .append(limit).append("</limit><paged>true</paged><unpaged>false</unpaged></pageable>")
                        .append("<totalElements>").append(RECORDINGS).append("</totalElements><empty>")
                        .append(offset >= to).append("</empty></pagination></response>");
                out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
            }
        }

        private static void recording(StringBuilder sb, int i) {
            String id = recordID(i);
            String host = "https://bbb.example.org";
            sb.append("<recording><recordID>").append(id).append("</recordID><meetingID>course-").append(i % 250)
                    .append("-lecture-").append(i).append("</meetingID><internalMeetingID>").append(id)
                    .append("</internalMeetingID><name>Lecture ").append(i).append(": Streams and Collectors</name>")
                    .append("<isBreakout>false</isBreakout><published>true</published><state>published</state>")
                    .append("<startTime>1700000000000</startTime><endTime>1700003600000</endTime>")
                    .append("<participants>12</participants><rawSize>80000000</rawSize><metadata>")
                    .append("<isBreakout>false</isBreakout><meetingName>Lecture ").append(i)
                    .append(": Streams and Collectors</meetingName><meetingId>course-").append(i % 250)
                    .append("-lecture-").append(i).append("</meetingId><bbb-origin>Moodle</bbb-origin>")
                    .append("<bbb-origin-version>4.3.2 (Build: 20231222)</bbb-origin-version>")
                    .append("<bbb-origin-server-name>lms.example.org</bbb-origin-server-name>")
                    .append("<bbb-context>Java Programming 2</bbb-context><bbb-context-id>").append(i % 250)
                    .append("</bbb-context-id><bbb-recording-name>Lecture ").append(i)
                    .append("</bbb-recording-name><bbb-recording-description>Weekly lecture &amp; exercises")
                    .append("</bbb-recording-description></metadata><size>95000000</size><playback>");
            for (String type : new String[]{"presentation", "video"}) {
                sb.append("<format><type>").append(type).append("</type><url>").append(host).append("/playback/")
                        .append(type).append('/').append(id).append("</url><processingTime>180000</processingTime>")
                        .append("<length>60</length><size>5000000</size><preview><images>");
                for (int k = 1; k <= 3; k++) {
                    sb.append("<image width=\"176\" height=\"136\" alt=\"Slide ").append(k).append("\">").append(host)
                            .append("/presentation/").append(id).append("/presentation/")
                            .append("d2d9a672040fbde2a47a10bf6c37b6a4b5ae187f-1700000000000/thumbnails/thumb-")
                            .append(k).append(".png</image>");
                }
                sb.append("</images></preview></format>");
            }
            sb.append("</playback></recording>");
        }
    }
}
