package io.github.bbbjakarta.api.internal;

import io.github.bbbjakarta.api.BbbException;
import io.github.bbbjakarta.api.internal.HttpTransport.Answer;
import io.github.bbbjakarta.api.internal.hooks.HookMapper;
import io.github.bbbjakarta.api.internal.recordings.RecordingMapper;
import io.github.bbbjakarta.api.internal.recordings.TextTrackMapper;
import io.github.bbbjakarta.api.internal.meetings.CreateMeetingMapper;
import io.github.bbbjakarta.api.internal.meetings.JoinMeetingMapper;
import io.github.bbbjakarta.api.internal.meetings.MeetingContentMapper;
import io.github.bbbjakarta.api.internal.meetings.MeetingInfoMapper;
import io.github.bbbjakarta.api.internal.meetings.RunningMapper;
import io.github.bbbjakarta.api.internal.server.ApiVersionMapper;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BiFunction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Hostile and broken answers, generated from a fixed seed, fed to every response mapper as raw answers (no
 * HTTP): each outcome is a result or a {@link BbbException}, a truncated answer is never a result, and nothing
 * is printed to {@code System.err}. Errors (StackOverflowError, OutOfMemoryError) fail the test by themselves.
 */
class HostileBodyFuzzTest {
    private static final long SEED = 20261127L;
    private static final String JSON_ALPHABET = "[]{}\":,\\u%0123456789abcdefABCDEFkeymsg ";
    private static final String XSI = "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"";

    private static final Map<String, BiFunction<String, Answer, ?>> MAPPERS = new LinkedHashMap<>();

    static {
        MAPPERS.put("", ApiVersionMapper::apiVersion);
        MAPPERS.put("create", CreateMeetingMapper::create);
        MAPPERS.put("join", JoinMeetingMapper::join);
        MAPPERS.put("isMeetingRunning", RunningMapper::running);
        MAPPERS.put("end", RunningMapper::end);
        MAPPERS.put("getMeetingInfo", MeetingInfoMapper::meetingInfo);
        MAPPERS.put("getMeetings", MeetingInfoMapper::meetings);
        MAPPERS.put("insertDocument", MeetingContentMapper::insertDocument);
        MAPPERS.put("sendChatMessage", MeetingContentMapper::sendChatMessage);
        MAPPERS.put("hooks/create", HookMapper::create);
        MAPPERS.put("hooks/list", HookMapper::list);
        MAPPERS.put("hooks/destroy", HookMapper::destroy);
        MAPPERS.put("getRecordings", RecordingMapper::page);
        MAPPERS.put("publishRecordings", RecordingMapper::published);
        MAPPERS.put("deleteRecordings", RecordingMapper::deleted);
        MAPPERS.put("updateRecordings", RecordingMapper::updated);
        MAPPERS.put("getRecordingTextTracks", TextTrackMapper::tracks);
        MAPPERS.put("putRecordingTextTrack", TextTrackMapper::uploaded);
    }

    private static final List<String> ALL_XML = java.util.stream.Stream.of(Fixtures.XML, Fixtures.HOOKS_XML,
            Fixtures.RECORDINGS_XML).flatMap(List::stream).toList();

    private int answers;
    private int results;

    @Test
    void everyHostileAnswerEndsTyped() {
        Random random = new Random(SEED);
        PrintStream originalErr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        long start = System.nanoTime();
        long cpuStart = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        int bodies;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            bodies = truncations() + generated(random) + mutations(random) + joinRedirects(random)
                    + jsonAnswers(random);
        } finally {
            System.setErr(originalErr);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        long cpuMillis = (java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStart)
                / 1_000_000;
        System.out.printf("hostile body fuzz: %d bodies, %d answers to %d mappers (%d results) in %d ms (%d ms CPU),"
                + " seed %d%n", bodies, answers, MAPPERS.size(), results, millis, cpuMillis, SEED);
        assertEquals("", err.toString(StandardCharsets.UTF_8), "nothing may be printed to System.err");
        assertTrue(bodies >= 10_000, "only " + bodies + " bodies");
    }

    /**
     * Every truncation of every golden answer, fed to the fixture's own mapper (and every seventh to another one,
     * in turn): never a result, except what only lost trailing blanks.
     */
    private int truncations() {
        int n = 0;
        List<String> calls = new ArrayList<>(MAPPERS.keySet());
        for (String fixture : ALL_XML) {
            byte[] full = Fixtures.bytes(fixture);
            int complete = new String(full, StandardCharsets.UTF_8).stripTrailing().getBytes(StandardCharsets.UTF_8).length;
            for (int length = 0; length < complete; length++) {
                Answer cut = new Answer(200, null, java.util.Arrays.copyOf(full, length));
                List<String> to = length % 7 == 0 ? List.of(ownCall(fixture), calls.get(length / 7 % calls.size()))
                        : List.of(ownCall(fixture));
                for (String call : to) {
                    Object result = outcome(call, MAPPERS.get(call), cut);
                    if (result != NO_RESULT) {
                        fail(fixture + " cut at " + length + " gave a result from " + call + ": " + result);
                    }
                }
                n++;
            }
        }
        return n;
    }

    /** The call whose answer a fixture is (the FAILED ones of bbb-web: getMeetingInfo). */
    private static String ownCall(String fixture) {
        Map<String, String> byPrefix = new LinkedHashMap<>();
        byPrefix.put("api-version", "");
        byPrefix.put("create", "create");
        byPrefix.put("join", "join");
        byPrefix.put("is-meeting-running", "isMeetingRunning");
        byPrefix.put("end", "end");
        byPrefix.put("get-meeting-info", "getMeetingInfo");
        byPrefix.put("get-meetings", "getMeetings");
        byPrefix.put("insert-document", "insertDocument");
        byPrefix.put("send-chat-message", "sendChatMessage");
        byPrefix.put("hooks/create", "hooks/create");
        byPrefix.put("hooks/list", "hooks/list");
        byPrefix.put("hooks/destroy", "hooks/destroy");
        byPrefix.put("recordings/get-recordings", "getRecordings");
        byPrefix.put("recordings/publish", "publishRecordings");
        byPrefix.put("recordings/delete", "deleteRecordings");
        byPrefix.put("recordings/update", "updateRecordings");
        return byPrefix.entrySet().stream().filter(e -> fixture.startsWith(e.getKey())).map(Map.Entry::getValue)
                .findFirst().orElse("getMeetingInfo");
    }

    /** Hand-made classes of hostile bodies, each with random variations. */
    private int generated(Random random) {
        List<byte[]> bodies = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            byte[] b = new byte[random.nextInt(200)];
            random.nextBytes(b);
            bodies.add(b);
            byte[] prefixed = ("<response><returncode>SUCCESS</returncode><meetingName>").getBytes(StandardCharsets.UTF_8);
            byte[] mixed = java.util.Arrays.copyOf(prefixed, prefixed.length + b.length);
            System.arraycopy(b, 0, mixed, prefixed.length, b.length);
            bodies.add(mixed);
        }
        bodies.add(new byte[0]);
        bodies.add(" \n ".getBytes(StandardCharsets.UTF_8));
        for (String root : List.of("html", "responses", "Response", "meetings", "error", "x:response")) {
            bodies.add(utf8("<" + root + " xmlns:x=\"urn:x\"><returncode>SUCCESS</returncode><running>true</running></"
                    + root + ">"));
        }
        String head = "<response><returncode>SUCCESS</returncode><meetingID>m</meetingID><internalMeetingID>i</internalMeetingID>";
        for (String attribute : List.of("xsi:nil=\"true\"", "xsi:type=\"xs:int\"", "xsi:type=\"meetingXml\"",
                "xsi:schemaLocation=\"urn:x http://localhost:1/x.xsd\"", "xsi:noNamespaceSchemaLocation=\"http://localhost:1/x\"")) {
            bodies.add(utf8("<response " + XSI + " " + attribute + "/>"));
            bodies.add(utf8("<response " + XSI + " " + attribute + "><returncode>SUCCESS</returncode></response>"));
            bodies.add(utf8("<response " + XSI + "><returncode " + attribute + ">SUCCESS</returncode><meetingID "
                    + attribute + ">m</meetingID><internalMeetingID>i</internalMeetingID><running " + attribute
                    + "/><metadata " + attribute + "><a " + attribute + ">1</a></metadata><attendees " + attribute
                    + "><attendee " + attribute + "/></attendees><meetings><meeting " + attribute
                    + "/></meetings></response>"));
        }
        String[] numbers = {"2147483648", "-2147483649", "9223372036854775808", "99999999999999999999999999999",
                "1e9", "0x10", "NaN", "-0", "1,2,3", "1.5", "１２", "\u0661\u0662", " 7 ", "+5", "--1"};
        for (String number : numbers) {
            for (String element : List.of("participantCount", "maxUsers", "duration", "createTime", "startTime",
                    "sequence", "moderatorCount")) {
                bodies.add(utf8(head + "<" + element + ">" + number + "</" + element + "><version>2.0</version>"
                        + "<createTime>1</createTime></response>"));
                bodies.add(utf8("<response><returncode>SUCCESS</returncode><meetings><meeting><meetingID>m</meetingID>"
                        + "<internalMeetingID>i</internalMeetingID><" + element + ">" + number + "</" + element
                        + "></meeting></meetings></response>"));
            }
        }
        for (int i = 0; i < 200; i++) {
            byte[] b = utf8(head + "<meetingName>x</meetingName></response>");
            int at = random.nextInt(b.length);
            b[at] = (byte) (0x80 | random.nextInt(0x80));
            bodies.add(b);
            bodies.add(new byte[]{'<', 'r', 'e', 's', 'p', 'o', 'n', 's', 'e', '>', (byte) 0xC3, (byte) random.nextInt(0x40)});
        }
        bodies.add(new byte[]{(byte) 0xFE, (byte) 0xFF, 0, '<', 0, 'r'});
        bodies.add(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '<', 'r', 'e', 's', 'p', 'o', 'n', 's', 'e', '/', '>'});
        bodies.add(utf8("<?xml version=\"1.0\" encoding=\"UTF-16\"?><response><returncode>SUCCESS</returncode></response>"));
        bodies.add(utf8("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><response><returncode>SUCCESS</returncode></response>"));
        bodies.add(utf8("<!DOCTYPE response [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><response><returncode>SUCCESS"
                + "</returncode><meetingID>&xxe;</meetingID></response>"));
        bodies.add(utf8("<!DOCTYPE response SYSTEM \"http://127.0.0.1:1/evil.dtd\"><response/>"));
        bodies.add(utf8("<!DOCTYPE response [<!ENTITY % p SYSTEM \"http://127.0.0.1:1/p\"> %p;]><response/>"));
        StringBuilder laughs = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        for (int i = 1; i <= 9; i++) {
            laughs.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10))
                    .append("\">");
        }
        bodies.add(utf8(laughs.append("]><response><returncode>&lol9;</returncode></response>").toString()));
        bodies.add(utf8("<response><returncode>SUCCESS</returncode><running>&lol9;</running></response>"));
        bodies.add(utf8("<response><returncode>SUCCESS</returncode><running>&#0;</running></response>"));
        bodies.add(utf8("<response><returncode><![CDATA[SUCCESS]]></returncode><running><![CDATA[true]]></running></response>"));
        bodies.add(utf8("<response><!-- c --><returncode>SUC<!-- c -->CESS</returncode><?pi x?><running>true</running></response>"));
        List<byte[]> giants = new ArrayList<>();
        for (int depth : new int[]{63, 64, 65, 1_000, 10_000}) {
            String deep = "<a>".repeat(depth) + "x" + "</a>".repeat(depth);
            bodies.add(utf8(head + "<metadata>" + deep + "</metadata></response>"));
            bodies.add(utf8(head + deep + "</response>"));
            bodies.add(utf8("<response>" + "<meetings><meeting>".repeat(depth / 2) + "</response>"));
        }
        for (int count : new int[]{99_990, 200_000}) {
            StringBuilder many = new StringBuilder(head).append("<metadata>");
            for (int i = 0; i < count; i++) {
                many.append("<k").append(i).append(">v</k").append(i).append('>');
            }
            giants.add(utf8(many.append("</metadata></response>").toString()));
        }
        StringBuilder meetings = new StringBuilder("<response><returncode>SUCCESS</returncode><meetings>");
        for (int i = 0; i < 50_000; i++) {
            meetings.append("<meeting/>");
        }
        giants.add(utf8(meetings.append("</meetings></response>").toString()));
        giants.add(utf8(head + "<meetingName>" + "x".repeat((1 << 20) + 1) + "</meetingName></response>"));
        String html = "<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center>"
                + "<hr><center>nginx</center></body></html>";
        int n = 0;
        for (byte[] body : bodies) {
            allMappers(new Answer(200, null, body));
            n++;
        }
        for (byte[] body : giants) {
            for (String call : List.of("getMeetingInfo", "getMeetings")) {
                outcome(call, MAPPERS.get(call), new Answer(200, null, body));
            }
            n++;
        }
        for (int status : new int[]{200, 301, 302, 404, 500, 502, 503, 504}) {
            allMappers(new Answer(status, status == 302 || status == 301 ? "https://login.example.org/" : null, utf8(html)));
            allMappers(new Answer(status, null, new byte[0]));
            allMappers(new Answer(status, null, Fixtures.bytes("get-meetings.xml")));
            n += 3;
        }
        return n;
    }

    /** Random byte changes, insertions and deletions in the golden answers, fed to their own and one other mapper. */
    private int mutations(Random random) {
        int n = 0;
        byte[] alphabet = utf8("<>/&;#x\"'= \n\t-0123456789,.:abcdefSUCESFAILtrue?!][%\u00e9");
        for (String fixture : ALL_XML) {
            byte[] full = Fixtures.bytes(fixture);
            for (int i = 0; i < 150; i++) {
                byte[] b = full.clone();
                int edits = 1 + random.nextInt(3);
                for (int e = 0; e < edits; e++) {
                    int at = random.nextInt(b.length);
                    switch (random.nextInt(3)) {
                        case 0 -> b[at] = alphabet[random.nextInt(alphabet.length)];
                        case 1 -> {
                            byte[] shorter = new byte[b.length - 1];
                            System.arraycopy(b, 0, shorter, 0, at);
                            System.arraycopy(b, at + 1, shorter, at, b.length - at - 1);
                            b = shorter.length == 0 ? b : shorter;
                        }
                        default -> {
                            byte[] longer = new byte[b.length + 1];
                            System.arraycopy(b, 0, longer, 0, at);
                            longer[at] = alphabet[random.nextInt(alphabet.length)];
                            System.arraycopy(b, at, longer, at + 1, b.length - at);
                            b = longer;
                        }
                    }
                }
                Answer answer = new Answer(200, null, b);
                outcome(ownCall(fixture), MAPPERS.get(ownCall(fixture)), answer);
                String other = new ArrayList<>(MAPPERS.keySet()).get(random.nextInt(MAPPERS.size()));
                outcome(other, MAPPERS.get(other), answer);
                n++;
            }
        }
        return n;
    }

    /** join's 302 with broken {@code errors=} JSON. */
    private int joinRedirects(Random random) {
        List<String> values = new ArrayList<>();
        String json = Fixtures.text("join-errors.json");
        for (int i = 0; i <= json.length(); i++) {
            values.add(java.net.URLEncoder.encode(json.substring(0, i), StandardCharsets.UTF_8));
        }
        for (String s : List.of("[{\"key\":\"a\\u", "[{\"key\":\"a\\u1", "[{\"key\":\"a\\u12", "[{\"key\":\"a\\u123",
                "[{\"key\":\"\\ud800\"}]", "[{\"key\":\"\\uZZZZ\"}]", "[{\"key\":\"a\\", "[", "]", "{}", "[1]", "[\"x\"]",
                "[{\"key\":1e999999}]", "[{\"key\":" + "9".repeat(5000) + "}]", "[{\"key\":null,\"message\":[]}]",
                "[{\"key\":{\"a\":" + "[".repeat(5000) + "}}]", "[" + "[".repeat(100_000), "[{}]", "[{\"key\":\"k\"}] x",
                "[{\"key\":\"k\",\"key\":\"k2\"}]", "null", "", " ", "\u0000", "[{\"message\":\"only\"}]",
                "[" + "{\"key\":\"k\"},".repeat(1000) + "{}]")) {
            values.add(java.net.URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        for (String raw : List.of("%", "%5", "%5B%", "%5B%7", "%ZZ", "%5B%7B%22key%22:%22%FF%22%7D%5D", "%C3%28",
                "%5B%7B%22key%22:%22a%22%7D%5D%", "%%%%", "x".repeat(20_000))) {
            values.add(raw);
        }
        for (int i = 0; i < 300; i++) {
            char[] c = new char[random.nextInt(40)];
            for (int j = 0; j < c.length; j++) {
                c[j] = JSON_ALPHABET.charAt(random.nextInt(JSON_ALPHABET.length()));
            }
            values.add(new String(c));
        }
        int n = 0;
        for (String value : values) {
            for (String location : List.of("https://lms.example.org/logout?errors=" + value,
                    "https://lms.example.org/logout?a=1&errors=" + value + "&b=2", "/relative path?errors=" + value)) {
                outcome("join", JoinMeetingMapper::join, new Answer(302, location, new byte[0]));
                n++;
            }
        }
        for (String location : new String[]{null, "", "::::", "https://x/?", "https://x/?errors", "https://x/?errors="}) {
            outcome("join", JoinMeetingMapper::join, new Answer(302, location, new byte[0]));
            n++;
        }
        return n;
    }

    /**
     * The text-track calls' JSON (reference §2.10): every truncation of their fixtures (never a result), random edits
     * of them, and hand-made hostile JSON (deep, long, wrong types, duplicates, broken escapes), fed to both mappers.
     */
    private int jsonAnswers(Random random) {
        int n = 0;
        for (String fixture : Fixtures.TEXT_TRACKS) {
            String call = fixture.startsWith("recordings/put-") ? "putRecordingTextTrack" : "getRecordingTextTracks";
            byte[] full = Fixtures.bytes(fixture);
            int complete = new String(full, StandardCharsets.UTF_8).stripTrailing().getBytes(StandardCharsets.UTF_8).length;
            for (int length = 0; length < complete; length++) {
                Object result = outcome(call, MAPPERS.get(call), new Answer(200, null, java.util.Arrays.copyOf(full, length)));
                if (result != NO_RESULT) {
                    fail(fixture + " cut at " + length + " gave a result: " + result);
                }
                n++;
            }
            byte[] alphabet = utf8("{}[]\":,\\ u0123456789abcdefnulltrue-.eE\u00e9<>");
            for (int i = 0; i < 150; i++) {
                byte[] b = full.clone();
                for (int e = 1 + random.nextInt(3); e > 0; e--) {
                    b[random.nextInt(b.length)] = alphabet[random.nextInt(alphabet.length)];
                }
                Answer answer = new Answer(200, null, b);
                outcome("getRecordingTextTracks", MAPPERS.get("getRecordingTextTracks"), answer);
                outcome("putRecordingTextTrack", MAPPERS.get("putRecordingTextTrack"), answer);
                n++;
            }
        }
        String ok = "{\"response\":{\"returncode\":\"SUCCESS\",";
        String track = "{\"href\":\"https://x/c/t/r/subtitles_en.vtt\",\"kind\":\"subtitles\",\"lang\":\"en\"";
        List<String> bodies = new ArrayList<>(List.of("null", "true", "1", "\"x\"", "[]", "{}", "{\"response\":null}",
                "{\"response\":1e999999}", "{\"response\":{\"returncode\":" + "9".repeat(100_000) + "}}",
                ok + "\"tracks\":[" + track + ",\"label\":1.5e-999999}]}}",
                ok + "\"tracks\":[" + track + ",\"href\":\"a\"}]}}",
                ok + "\"tracks\":[" + track + ",\"x\":\"\\ud800\"}]}}",
                ok + "\"tracks\":[" + track + ",\"label\":\"\\uZZZZ\"}]}}",
                ok + "\"tracks\":[" + track + ",\"label\":\"\\u00\"}]}}",
                ok + "\"tracks\":[" + track + ",\"label\":\"\u0000\"}]}}",
                ok + "\"tracks\":[" + track + ",\"label\":\"" + "x".repeat(1 << 20) + "\"}]}}",
                ok + "\"tracks\":[" + track + "}],\"tracks\":[]}}",
                ok + "\"tracks\":[" + track + "}]}}garbage",
                ok + "\"tracks\":[" + track + "}]}",
                ok + "\"tracks\":[" + (track + "},").repeat(20_000) + track + "}]}}",
                ok + "\"x\":{" + "\"a\":1,".repeat(100_000) + "\"b\":2}}}",
                ok + "\"tracks\":[" + "[".repeat(200_000) + "]}}",
                ok + "\"tracks\":[{\"a\":" + "{\"b\":".repeat(15) + "1" + "}".repeat(15) + "}]}}",
                "{\"response\":{\"returncode\":\"FAILED\",\"messageKey\":{},\"message\":\"m\"}}",
                "{\"response\":{\"returncode\":\"FAILED\",\"messageKey\":\"k\",\"message\":[\"m\"]}}",
                "{\"response\":{\"returncode\":[\"SUCCESS\"],\"tracks\":[]}}",
                "\uFEFF\uFEFF{}", "\u0000{}", "{\"response\":{\"returncode\":\"SUCCESS\",\"tracks\":[]}}\u0000",
                "{'response':{'returncode':'SUCCESS','tracks':[]}}", "{response:{returncode:SUCCESS,tracks:[]}}",
                "{\"response\":{\"returncode\":\"SUCCESS\",\"tracks\":[],}}", "<?xml version=\"1.0\"?>{}"));
        for (int i = 0; i < 300; i++) {
            char[] c = new char[random.nextInt(60)];
            for (int j = 0; j < c.length; j++) {
                c[j] = JSON_ALPHABET.charAt(random.nextInt(JSON_ALPHABET.length()));
            }
            bodies.add("{\"response\":" + new String(c));
        }
        for (String body : bodies) {
            for (byte[] bytes : List.of(utf8(body), body.getBytes(StandardCharsets.UTF_16))) {
                Answer answer = new Answer(200, null, bytes);
                outcome("getRecordingTextTracks", MAPPERS.get("getRecordingTextTracks"), answer);
                outcome("putRecordingTextTrack", MAPPERS.get("putRecordingTextTrack"), answer);
                n++;
            }
        }
        return n;
    }

    private void allMappers(Answer answer) {
        MAPPERS.forEach((call, mapper) -> outcome(call, mapper, answer));
    }

    private static final Object NO_RESULT = new Object();

    /** The mapper's result, or {@link #NO_RESULT} for a BbbException; anything else fails the test. */
    private Object outcome(String call, BiFunction<String, Answer, ?> mapper, Answer answer) {
        answers++;
        try {
            Object result = mapper.apply(call, answer);
            results++;
            return result;
        } catch (BbbException expected) {
            return NO_RESULT;
        } catch (RuntimeException e) {
            throw new AssertionError(call + ": " + e + " for a body starting "
                    + new String(answer.body(), 0, Math.min(answer.body().length, 200), StandardCharsets.UTF_8), e);
        }
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
