package io.github.bbbjakarta.cli;

import io.github.bbbjakarta.simulator.BbbSimulatorExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SignCommandTest {
    @RegisterExtension
    static final BbbSimulatorExtension SIM = TestServer.extension();

    @Test
    void printsExactlyTheIndependentlyComputedUrl() throws Exception {
        CliRun run = CliRun.run(TestServer.environment(SIM), "sign", "getMeetingInfo",
                "meetingID=Física 1 & Co", "note=a=b", "empty=", "tilde=~*'()!");

        String query = "meetingID=" + enc("Física 1 & Co") + "&note=" + enc("a=b") + "&empty=&tilde=" + enc("~*'()!");
        assertEquals("meetingID=F%C3%ADsica+1+%26+Co&note=a%3Db&empty=&tilde=%7E*%27%28%29%21", query);
        String expected = SIM.apiUrl().toString() + "getMeetingInfo?" + query + "&checksum="
                + hex("SHA-256", "getMeetingInfo" + query + TestServer.SECRET);
        assertEquals(0, run.exitCode(), run::toString);
        assertEquals(expected + System.lineSeparator(), run.out());
        assertEquals(List.of(expected), run.outLines());
        assertEquals("", run.err());
    }

    @Test
    void signsWithTheConfiguredAlgorithmAndTheServerAcceptsIt() throws Exception {
        CliRun run = CliRun.run(TestServer.environment(SIM, "sha1"), "sign", "getMeetings");

        String expected = SIM.apiUrl().toString() + "getMeetings?checksum="
                + hex("SHA-1", "getMeetings" + TestServer.SECRET);
        assertEquals(List.of(expected), run.outLines());
        HttpResponse<String> answer = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(expected)).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(answer.body().contains("<returncode>SUCCESS</returncode>"), answer.body());
    }

    @Test
    void needsTheServerUrlAndStartsNoSimulator() {
        CliRun run = CliRun.run(Map.of("BBB_SECRET", TestServer.SECRET), "sign", "getMeetings");

        assertEquals(BbbCli.EXIT_USAGE, run.exitCode());
        assertEquals(List.of("bbb-cli: BBB_URL is not set: sign needs the server URL and its shared secret"
                + " (it never uses an embedded simulator)"), run.errLines());
        assertEquals("", run.out());
    }

    @Test
    void needsTheSecret() {
        CliRun run = CliRun.run(Map.of("BBB_URL", SIM.apiUrl().toString()), "sign", "getMeetings");

        assertEquals(BbbCli.EXIT_USAGE, run.exitCode());
        assertEquals(1, run.errLines().size(), run::toString);
        assertTrue(run.err().startsWith("bbb-cli: BBB_SECRET is not set"), run::toString);
    }

    @Test
    void anArgumentWithoutEqualsIsNamed() {
        CliRun run = CliRun.run(TestServer.environment(SIM), "sign", "getMeetingInfo", "meetingID");

        assertEquals(BbbCli.EXIT_USAGE, run.exitCode());
        assertEquals(1, run.errLines().size(), run::toString);
        assertTrue(run.err().contains("'meetingID' is not name=value"), run::toString);
        assertEquals("", run.out());
    }

    @Test
    void theChecksumCannotBeGiven() {
        CliRun run = CliRun.run(TestServer.environment(SIM), "sign", "getMeetings", "checksum=abc");

        assertEquals(BbbCli.EXIT_USAGE, run.exitCode());
        assertEquals(List.of("bbb-cli: invalid parameter checksum: is computed by the client and cannot be set"),
                run.errLines());
        assertFalse(run.out().contains("checksum"));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String hex(String algorithm, String data) throws Exception {
        byte[] digest = MessageDigest.getInstance(algorithm).digest(data.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest);
    }
}
