package io.github.bbbjakarta.cli;

import io.github.bbbjakarta.simulator.BbbSimulatorExtension;
import io.github.bbbjakarta.simulator.JoinSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JoinUrlCommandTest {
    @RegisterExtension
    static final BbbSimulatorExtension SIM = TestServer.extension();

    @Test
    void printsOneSignedUrlThatTheServerAccepts() throws Exception {
        CliRun.run(TestServer.environment(SIM), "create", "--meeting-id", "join-1", "--name", "Join Meeting");
        long createTime = SIM.control().meeting("join-1").orElseThrow().createTime();

        CliRun run = CliRun.run(TestServer.environment(SIM), "join-url", "--meeting-id", "join-1",
                "--name", "Ada Lovelace", "--role", "moderator", "--user-id", "u-ada",
                "--create-time", Long.toString(createTime), "--param", "userdata-bbb_auto_join_audio=true");

        assertEquals(0, run.exitCode(), run::toString);
        assertEquals(1, run.outLines().size(), run::toString);
        String url = run.outLines().get(0);
        assertTrue(url.startsWith(SIM.apiUrl().toString() + "join?fullName=Ada+Lovelace&meetingID=join-1&role=MODERATOR"
                + "&userID=u-ada&createTime=" + createTime + "&userdata-bbb_auto_join_audio=true&checksum="), url);

        HttpResponse<Void> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.discarding());
        assertEquals(302, answer.statusCode());
        List<JoinSession> sessions = SIM.control().joinSessions();
        assertEquals(1, sessions.size());
        assertEquals("u-ada", sessions.get(0).userID());
        assertEquals(io.github.bbbjakarta.simulator.SimRole.MODERATOR, sessions.get(0).role());
    }

    @Test
    void needsAConfiguredServer() {
        CliRun run = CliRun.run(Map.of(), "join-url", "--meeting-id", "join-1", "--name", "Ada");

        assertEquals(BbbCli.EXIT_USAGE, run.exitCode());
        assertEquals(1, run.errLines().size(), run::toString);
        assertTrue(run.err().startsWith("bbb-cli: BBB_URL is not set"), run::toString);
    }
}
