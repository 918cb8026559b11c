package io.github.bbbjakarta.api;

import io.github.bbbjakarta.simulator.BbbSimulator;
import io.github.bbbjakarta.simulator.JournalEntry;
import io.github.bbbjakarta.simulator.Stub;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Everything logged at every level (System.Logger goes to java.util.logging in Java SE), printed on the console,
 * and every exception message, stack trace and toString() of a full client run — creates with passwords, joins,
 * failures, timeouts, dropped connections — holds neither the shared secret, a password, a checksum nor a
 * session or auth token. Only the simulator's own (server-side) loggers are left out.
 */
class LogCaptureTest {
    private static final String SECRET = "log-capture-secret-5b1e";
    private static final String WRONG_SECRET = "wrong-secret-c0ffee";
    private static final String ATTENDEE_PW = "attendee-pw-7f3a";
    private static final String MODERATOR_PW = "moderator-pw-91c2";
    private static final String[] HTTP_LOGGERS = {"", "io.github.bbbjakarta", "jdk.httpclient.HttpClient",
            "jdk.internal.httpclient.debug", "org.apache.http", "org.apache.http.wire", "org.apache.http.headers",
            "org.jboss.resteasy", "sun.net.www.protocol.http.HttpURLConnection", "javax.net.ssl"};
    private static final Pattern CHECKSUM = Pattern.compile("checksum=([0-9a-f]+)");

    private final StringBuilder captured = new StringBuilder();

    @Test
    void noCredentialReachesALogLineAMessageOrAToString() throws Exception {
        List<Logger> loggers = new ArrayList<>();
        List<Level> levels = new ArrayList<>();
        for (String name : HTTP_LOGGERS) {
            Logger l = Logger.getLogger(name);
            loggers.add(l);
            levels.add(l.getLevel());
            l.setLevel(Level.ALL);
        }
        Handler handler = new Handler() {
            private final SimpleFormatter format = new SimpleFormatter();

            @Override
            public void publish(LogRecord record) {
                String name = record.getLoggerName() == null ? "" : record.getLoggerName();
                if (!name.startsWith("io.github.bbbjakarta.simulator") && !name.startsWith("com.sun.net.httpserver")) {
                    synchronized (captured) {
                        captured.append(name).append(' ').append(format.format(record)).append('\n');
                    }
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        handler.setLevel(Level.ALL);
        Logger root = Logger.getLogger("");
        root.addHandler(handler);
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        Set<String> credentials = new LinkedHashSet<>(List.of(SECRET, WRONG_SECRET, ATTENDEE_PW, MODERATOR_PW));
        try (BbbSimulator sim = BbbSimulator.builder().secret(SECRET).build().start()) {
            System.setOut(new PrintStream(console, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(console, true, StandardCharsets.UTF_8));
            try {
                run(sim, credentials);
            } finally {
                System.setOut(out);
                System.setErr(err);
            }
            for (JournalEntry e : sim.control().requests()) {
                Matcher m = CHECKSUM.matcher(e.rawQuery());
                while (m.find()) {
                    credentials.add(m.group(1));
                }
            }
        } finally {
            root.removeHandler(handler);
            for (int i = 0; i < loggers.size(); i++) {
                loggers.get(i).setLevel(levels.get(i));
            }
        }
        String everything = captured + "\n" + console.toString(StandardCharsets.UTF_8);
        assertTrue(everything.contains("BBB create"), "the DEBUG lines were captured:\n" + everything);
        assertTrue(credentials.size() > 10, "checksums collected: " + credentials);
        for (String credential : credentials) {
            assertTrue(credential.length() >= 8, credential);
            if (everything.contains(credential)) {
                fail("a credential leaked:\n" + everything);
            }
        }
    }

    private void run(BbbSimulator sim, Set<String> credentials) {
        try (BigBlueButtonClient client = BigBlueButtonClient.builder(sim.apiUrl(), SECRET).build();
             BigBlueButtonClient impatient = BigBlueButtonClient.builder(sim.apiUrl(), SECRET)
                     .callTimeout(Duration.ofMillis(300)).build();
             BigBlueButtonClient wrong = BigBlueButtonClient.create(sim.apiUrl(), WRONG_SECRET)) {
            show(client.checkConnection());
            CreateMeetingResponse created = client.meetings().create(CreateMeetingRequest.builder("log-1", "Logged Room")
                    .attendeePW(ATTENDEE_PW).moderatorPW(MODERATOR_PW).build());
            show(created);
            show(client.meetings().create(CreateMeetingRequest.builder("log-2", "Logged Room 2")
                    .attendeePW(ATTENDEE_PW).moderatorPW(MODERATOR_PW)
                    .presentations(PresentationDocument.fromBytes("a.pdf", new byte[]{'%', 'P', 'D', 'F'})).build()));
            JoinUrl byRole = client.meetings().joinUrl(JoinMeetingRequest.builder("log-1", "Ada", Role.MODERATOR).build());
            JoinUrl byPassword = client.meetings().joinUrl(JoinMeetingRequest.withPassword("log-1", "Bob", MODERATOR_PW).build());
            collect(byRole.uri().toString(), credentials);
            collect(byPassword.uri().toString(), credentials);
            show(byRole);
            show(byPassword);
            show(JoinMeetingRequest.withPassword("log-1", "Bob", MODERATOR_PW).build());
            JoinMeetingResponse joined = client.meetings().join(JoinMeetingRequest.builder("log-1", "Cy", Role.VIEWER)
                    .redirect(false).build());
            JoinMeetingResponse joinedByPassword = client.meetings().join(JoinMeetingRequest.withPassword("log-1", "Di", ATTENDEE_PW)
                    .redirect(false).build());
            for (JoinMeetingResponse j : List.of(joined, joinedByPassword)) {
                credentials.add(j.sessionToken());
                credentials.add(j.authToken());
                show(j);
            }
            show(client.meetings().getMeetingInfo("log-1"));
            show(client.meetings().getMeetingsAsync().toCompletableFuture().join());
            show(client);

            // failures
            failure(() -> wrong.checkConnection());
            failure(() -> wrong.meetings().create(CreateMeetingRequest.builder("log-3", "Room").moderatorPW(MODERATOR_PW).build()));
            failure(() -> client.meetings().getMeetingInfo("no-such-meeting"));
            failure(() -> client.meetings().join(JoinMeetingRequest.withPassword("log-1", "Eve", "not-" + MODERATOR_PW).build()));
            failure(() -> client.signedUrl("get Meetings", List.of(java.util.Map.entry("password", MODERATOR_PW))));
            // hooks calls, signed with their own (sha1) signer: a failure whether or not the simulator serves hooks
            failure(() -> wrong.hooks().create(CreateHookRequest.builder("https://lms.example.org/bbb-events")
                    .meetingID("log-1").build()));
            failure(() -> wrong.hooks().destroy("log-hook-1"));
            sim.control().stub("getMeetingInfo", Stub.delay(Duration.ofSeconds(2)));
            failure(() -> impatient.meetings().getMeetingInfo("log-1"));
            failure(() -> impatient.meetings().getMeetingInfoAsync("log-1").toCompletableFuture().join());
            sim.control().stub("join", Stub.dropConnection());
            failure(() -> client.meetings().join(JoinMeetingRequest.withPassword("log-1", "Fay", MODERATOR_PW).build()));
            sim.control().stub("end", Stub.badGateway());
            failure(() -> client.meetings().end("log-1"));
            sim.control().removeStub("getMeetingInfo");
            sim.control().removeStub("join");
            sim.control().removeStub("end");
        }
    }

    private static void collect(String url, Set<String> credentials) {
        Matcher m = CHECKSUM.matcher(url);
        while (m.find()) {
            credentials.add(m.group(1));
        }
    }

    private void show(Object value) {
        synchronized (captured) {
            captured.append("toString: ").append(value).append('\n');
        }
    }

    private void failure(Runnable call) {
        try {
            call.run();
            fail("expected a failure");
        } catch (CompletionException | BbbException e) {
            Throwable t = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
            assertTrue(t instanceof BbbException, String.valueOf(t));
            StringWriter trace = new StringWriter();
            t.printStackTrace(new PrintWriter(trace));
            synchronized (captured) {
                captured.append("exception: ").append(t).append('\n').append(trace).append('\n');
            }
            assertFalse(String.valueOf(t.getMessage()).isEmpty());
        }
    }
}
