package io.github.bbbjakarta.benchmarks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A loopback {@code getRecordings} server for the benchmarks: a fixed catalogue of recordings as bbb-web 3.0 lists
 * them (reference §2.8: the meeting's metadata as an LMS sends it, a {@code presentation} and a {@code video}
 * playback format with three preview images each). Without {@code limit} it answers every recording in one
 * answer (a server with {@code allowFetchAllRecordings=true}); with {@code offset}/{@code limit} it answers that
 * page with 3.0's {@code <pagination>}. Checksums are not checked.
 *
 * <p>The answers are written from constant byte templates (plus each recording's numbers) while they are sent,
 * chunked: the server holds no copy of a 25 MB answer, so in a JVM with a small heap the heap is the client's.
 */
final class RecordingsServer implements AutoCloseable {
    private static final String HOST = "https://bbb.example.org";
    private static final long FIRST_START = 1_700_000_000_000L;

    private final HttpServer server;
    private final int count;
    private final byte[][] recordIDs;
    private final byte[][] t;
    private final byte[] digits = new byte[20];

    RecordingsServer(int count) throws IOException {
        this.count = count;
        this.recordIDs = new byte[count][];
        for (int i = 0; i < count; i++) {
            recordIDs[i] = ascii(sha1("course-" + course(i) + "-lecture-" + i) + "-" + start(i));
        }
        // the constant pieces of one <recording>, in order; each recording's values go between them
        String[] pieces = {
            "<recording>\n<recordID>", "</recordID>\n<meetingID>course-", "-lecture-",
            "</meetingID>\n<internalMeetingID>", "</internalMeetingID>\n<name>Lecture ",
            ": Streams and Collectors</name>\n<isBreakout>false</isBreakout>\n<published>true</published>\n"
                + "<state>published</state>\n<startTime>", "</startTime>\n<endTime>", "</endTime>\n<participants>",
            "</participants>\n<rawSize>", "</rawSize>\n<metadata>\n<isBreakout>false</isBreakout>\n"
                + "<meetingName>Lecture ", ": Streams and Collectors</meetingName>\n<meetingId>course-", "-lecture-",
            "</meetingId>\n<bbb-origin>Moodle</bbb-origin>\n<bbb-origin-version>4.3.2 (Build: 20231222)"
                + "</bbb-origin-version>\n<bbb-origin-server-name>lms.example.org</bbb-origin-server-name>\n"
                + "<bbb-origin-server-common-name/>\n<bbb-origin-tag>moodle-mod_bigbluebuttonbn (2023100900)"
                + "</bbb-origin-tag>\n<bbb-context>Java Programming 2</bbb-context>\n<bbb-context-id>",
            "</bbb-context-id>\n<bbb-context-label>JP2</bbb-context-label>\n<bbb-recording-name>Lecture ",
            "</bbb-recording-name>\n<bbb-recording-description>Weekly lecture &amp; exercises"
                + "</bbb-recording-description>\n<bbb-recording-tags>java,streams</bbb-recording-tags>\n"
                + "</metadata>\n<size>", "</size>\n<playback>\n<format>\n<type>presentation</type>\n<url>" + HOST
                + "/playback/presentation/2.3/", "</url>\n<processingTime>", "</processingTime>\n<length>",
            "</length>\n<size>", "</size>\n<preview>\n<images>\n" + image(1, "Welcome to Lecture") + image(2, "Streams")
                + image(3, "Collectors &amp; Grouping") + "</images>\n</preview>\n</format>\n<format>\n"
                + "<type>video</type>\n<url>" + HOST + "/playback/video/", "/</url>\n<processingTime>",
            "</processingTime>\n<length>", "</length>\n<size>", "</size>\n<preview>\n<images>\n"
                + image(1, "Video") + image(2, "Video") + image(3, "Video")
                + "</images>\n</preview>\n</format>\n</playback>\n</recording>\n"};
        this.t = new byte[pieces.length][];
        for (int i = 0; i < pieces.length; i++) {
            t[i] = ascii(pieces[i]);
        }
        // as BbbSimulator does: without it every kept-alive answer waits ~40 ms for the client's delayed ACK
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/bigbluebutton/api/getRecordings", this::getRecordings);
        server.start();
    }

    /** The URL the client is built with. */
    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/bigbluebutton/";
    }

    /** The bytes of the answer with every recording (what one unpaged call reads). */
    long fullAnswerSize() throws IOException {
        CountingStream counter = new CountingStream();
        write(counter, 0, count, false);
        return counter.count;
    }

    private void getRecordings(HttpExchange x) throws IOException {
        String query = x.getRequestURI().getRawQuery();
        int offset = param(query, "offset", 0);
        int limit = param(query, "limit", -1);
        int from = Math.min(offset, count);
        int to = limit < 0 ? count : Math.min(count, from + limit);
        x.getResponseHeaders().set("Content-Type", "text/xml;charset=utf-8");
        x.sendResponseHeaders(200, 0);
        try (OutputStream out = new BufferedOutputStream(x.getResponseBody(), 64 * 1024)) {
            write(out, from, to, limit >= 0);
        }
    }

    private synchronized void write(OutputStream out, int from, int to, boolean paged) throws IOException {
        out.write(ascii("<response>\n<returncode>SUCCESS</returncode>\n<recordings>\n"));
        for (int i = from; i < to; i++) {
            recording(out, i);
        }
        out.write(ascii("</recordings>\n"));
        if (paged) {
            out.write(ascii("<pagination>\n<pageable>\n<offset>" + from + "</offset>\n<limit>" + (to - from)
                    + "</limit>\n<paged>true</paged>\n<unpaged>false</unpaged>\n</pageable>\n<totalElements>"
                    + count + "</totalElements>\n<empty>" + (to == from) + "</empty>\n</pagination>\n"));
        }
        out.write(ascii("</response>"));
    }

    private void recording(OutputStream out, int i) throws IOException {
        byte[] id = recordIDs[i];
        long start = start(i);
        int course = course(i);
        int participants = 5 + i % 40;
        int k = 0;
        out.write(t[k++]);
        out.write(id);
        out.write(t[k++]);
        number(out, course);
        out.write(t[k++]);
        number(out, i);
        out.write(t[k++]);
        out.write(id);
        out.write(t[k++]);
        number(out, i);
        out.write(t[k++]);
        number(out, start);
        out.write(t[k++]);
        number(out, start + 3_600_000L);
        out.write(t[k++]);
        number(out, participants);
        out.write(t[k++]);
        number(out, 80_000_000L + 1_000L * i);
        out.write(t[k++]);
        number(out, i);
        out.write(t[k++]);
        number(out, course);
        out.write(t[k++]);
        number(out, i);
        out.write(t[k++]);
        number(out, course);
        out.write(t[k++]);
        number(out, i);
        out.write(t[k++]);
        number(out, 95_000_000L + i);
        out.write(t[k++]);
        out.write(id);
        out.write(t[k++]);
        number(out, 180_000L + i % 1000);
        out.write(t[k++]);
        number(out, 60);
        out.write(t[k++]);
        number(out, 5_000_000L + i);
        out.write(t[k++]);
        out.write(id);
        out.write(t[k++]);
        number(out, 900_000L + i % 1000);
        out.write(t[k++]);
        number(out, 60);
        out.write(t[k++]);
        number(out, 90_000_000L + i);
        out.write(t[k]);
    }

    private static String image(int n, String alt) {
        return "<image width=\"176\" height=\"136\" alt=\"" + alt + "\">" + HOST
                + "/presentation/183f0bf3a0982a127bdb8161e0c44eb696b3e75c-1700000000000/presentation/d2d9a672040fbde2a47a10bf6c37b6a4b5ae187f-1700000000000"
                + "/thumbnails/thumb-" + n + ".png</image>\n";
    }

    private static int course(int i) {
        return 100 + i % 250;
    }

    private static long start(int i) {
        return FIRST_START + 86_400_000L * (i / 10) + 3_600_000L * (i % 10);
    }

    /** Writes a non-negative number's digits without allocating (server allocations would count in -prof gc). */
    private void number(OutputStream out, long value) throws IOException {
        int at = digits.length;
        long v = value;
        do {
            digits[--at] = (byte) ('0' + v % 10);
            v /= 10;
        } while (v != 0);
        out.write(digits, at, digits.length - at);
    }

    private static int param(String query, String name, int absent) {
        if (query == null) {
            return absent;
        }
        for (String pair : query.split("&")) {
            if (pair.startsWith(name + "=")) {
                return Integer.parseInt(pair.substring(name.length() + 1));
            }
        }
        return absent;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    private static String sha1(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1")
                    .digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private static final class CountingStream extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
