package io.github.bbbjakarta.cli;

import io.github.bbbjakarta.simulator.BbbSimulator;
import io.github.bbbjakarta.simulator.BbbSimulatorExtension;
import io.github.bbbjakarta.simulator.HookSnapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code hooks}, {@code hooks create}, {@code hooks destroy}, and the hooks checksum setting. */
class HooksCommandTest {
    @RegisterExtension
    static final BbbSimulatorExtension SIM = TestServer.extension();

    @Test
    void createsListsAndDestroysHooks() {
        CliRun create = CliRun.run(TestServer.environment(SIM), "hooks", "create", "--callback-url",
                "https://lms.example.org/bbb-events", "--meeting", "course-42", "--event", "meeting-ended,user-joined",
                "--raw");
        CliRun global = CliRun.run(TestServer.environment(SIM), "hooks", "create", "--callback-url",
                "https://lms.example.org/all");

        assertEquals(0, create.exitCode(), create::toString);
        List<HookSnapshot> hooks = SIM.control().hooks();
        assertEquals(2, hooks.size());
        HookSnapshot hook = hooks.get(0);
        assertAll(
                () -> assertEquals("Created hook " + hook.hookID(), create.outLines().get(0)),
                () -> assertEquals("course-42", hook.meetingID()),
                () -> assertEquals(List.of("meeting-ended", "user-joined"), hook.eventIDs()),
                () -> assertTrue(hook.rawData()),
                () -> assertTrue(create.out().contains("  events:       meeting-ended,user-joined"), create::toString),
                () -> assertEquals(0, global.exitCode(), global::toString));

        CliRun list = CliRun.run(TestServer.environment(SIM), "hooks");
        assertEquals(0, list.exitCode(), list::toString);
        assertEquals(3, list.outLines().size(), list::toString);
        assertTrue(list.outLines().get(0).matches("hookID +callbackURL +meetingID +events +raw +permanent"),
                list::toString);
        assertTrue(list.outLines().get(1).matches(hook.hookID() + " +https://lms.example.org/bbb-events +course-42"
                + " +meeting-ended,user-joined +yes +no"), list::toString);
        assertTrue(list.outLines().get(2).matches(hooks.get(1).hookID() + " +https://lms.example.org/all"
                + " +\\(all meetings\\) +all +no +no"), list::toString);

        CliRun other = CliRun.run(TestServer.environment(SIM), "hooks", "--meeting", "another-meeting");
        assertEquals(2, other.outLines().size(), "only the global hook: " + other);

        CliRun destroy = CliRun.run(TestServer.environment(SIM), "hooks", "destroy", hook.hookID());
        assertEquals(0, destroy.exitCode(), destroy::toString);
        assertEquals(List.of("Destroyed hook " + hook.hookID()), destroy.outLines());
        assertEquals(1, SIM.control().hooks().size());
    }

    @Test
    void aSecondHookForTheSameUrlIsTheExistingOne() {
        CliRun.run(TestServer.environment(SIM), "hooks", "create", "--callback-url", "https://lms.example.org/x");

        CliRun again = CliRun.run(TestServer.environment(SIM), "hooks", "create", "--callback-url",
                "https://lms.example.org/x", "--meeting", "other-meeting");

        assertEquals(0, again.exitCode(), again::toString);
        assertEquals("A hook for this callback URL already existed: " + SIM.control().hooks().get(0).hookID(),
                again.outLines().get(0));
        assertTrue(again.out().contains("warning:  duplicateWarning"), again::toString);
        assertEquals(1, SIM.control().hooks().size());
    }

    @Test
    void destroyingAnUnknownHookIsTheServersError() {
        CliRun run = CliRun.run(TestServer.environment(SIM), "hooks", "destroy", "no-such-hook");

        assertEquals(BbbCli.EXIT_FAILED, run.exitCode(), run::toString);
        assertEquals(1, run.errLines().size(), run::toString);
        assertTrue(run.err().contains("destroyMissingHook"), run::toString);
    }

    @Test
    void badOptionsAreNamedBeforeAnythingIsSent() {
        CliRun url = CliRun.run(TestServer.environment(SIM), "hooks", "create", "--callback-url", "ftp://x/");
        CliRun event = CliRun.run(TestServer.environment(SIM), "hooks", "create", "--callback-url", "https://x/",
                "--event", "meeting ended");
        CliRun algorithm = CliRun.run(TestServer.environment(SIM), "hooks", "--hooks-checksum", "md5");
        CliRun variable = CliRun.run(Map.of("BBB_URL", SIM.apiUrl().toString(), "BBB_SECRET", TestServer.SECRET,
                "BBB_HOOKS_CHECKSUM", "sha3"), "hooks");

        assertAll(
                () -> assertEquals(List.of("bbb-cli: --callback-url: must be an absolute http or https URL"),
                        url.errLines()),
                () -> assertTrue(event.err().startsWith("bbb-cli: --event: "), event::toString),
                () -> assertEquals(List.of("bbb-cli: --hooks-checksum: unknown checksum algorithm 'md5'; use one of"
                        + " sha1, sha256, sha384, sha512"), algorithm.errLines()),
                () -> assertTrue(variable.err().startsWith("bbb-cli: BBB_HOOKS_CHECKSUM: unknown checksum algorithm"),
                        variable::toString));
        for (CliRun run : List.of(url, event, algorithm, variable)) {
            assertEquals(BbbCli.EXIT_USAGE, run.exitCode(), run::toString);
        }
        assertTrue(SIM.control().requests().isEmpty());
    }

    @Test
    void hooksAreSignedWithSha1UnlessTheOptionOrVariableSaysOtherwise() {
        CliRun byDefault = CliRun.run(TestServer.environment(SIM, "sha512"), "hooks");
        CliRun option = CliRun.run(TestServer.environment(SIM), "hooks", "--hooks-checksum", "sha256");
        CliRun variable = CliRun.run(Map.of("BBB_URL", SIM.apiUrl().toString(), "BBB_SECRET", TestServer.SECRET,
                "BBB_HOOKS_CHECKSUM", "sha384"), "hooks");
        CliRun both = CliRun.run(Map.of("BBB_URL", SIM.apiUrl().toString(), "BBB_SECRET", TestServer.SECRET,
                "BBB_HOOKS_CHECKSUM", "sha384"), "hooks", "--hooks-checksum", "sha512");

        for (CliRun run : List.of(byDefault, option, variable, both)) {
            assertEquals(0, run.exitCode(), run::toString);
        }
        List<Integer> lengths = SIM.control().requests("hooks/list").stream()
                .map(e -> RecordingsCommandTest.param(e, "checksum").length()).toList();
        assertEquals(List.of(40, 64, 96, 128), lengths, "BBB_CHECKSUM does not apply to hooks");
    }

    @Test
    void bbbWebhooksBefore30RejectsOtherAlgorithmsAndTheMessageSaysWhatToSet() {
        try (BbbSimulator old = BbbSimulator.builder().secret(TestServer.SECRET).port(0)
                .supportedHookChecksumAlgorithms("sha1").start()) {
            Map<String, String> env = Map.of("BBB_URL", old.apiUrl().toString(), "BBB_SECRET", TestServer.SECRET);

            CliRun sha256 = CliRun.run(env, "hooks", "create", "--callback-url", "https://x.example/",
                    "--hooks-checksum", "sha256");
            CliRun sha1 = CliRun.run(env, "hooks", "create", "--callback-url", "https://x.example/");

            assertEquals(BbbCli.EXIT_CHECKSUM, sha256.exitCode(), sha256::toString);
            assertEquals(List.of("bbb-cli: bbb-webhooks rejected the checksum of hooks/create (checksumError): check"
                    + " BBB_SECRET and the hooks checksum algorithm (--hooks-checksum or BBB_HOOKS_CHECKSUM; default"
                    + " sha1, the only one bbb-webhooks before 3.0 accepts)"), sha256.errLines());
            assertFalse(sha256.err().contains(TestServer.SECRET));
            assertEquals(0, sha1.exitCode(), sha1::toString);
        }
    }

    @Test
    void behindScaleliteHooksFailBeforeAnythingIsSent() {
        Map<String, String> env = Map.of("BBB_URL", SIM.apiUrl().toString(), "BBB_SECRET", TestServer.SECRET,
                "BBB_SCALELITE", "true");
        CliRun hooks = CliRun.run(env, "hooks");
        CliRun meetings = CliRun.run(env, "meetings");
        CliRun bad = CliRun.run(Map.of("BBB_URL", SIM.apiUrl().toString(), "BBB_SECRET", TestServer.SECRET,
                "BBB_SCALELITE", "yes"), "hooks");

        assertEquals(BbbCli.EXIT_FAILED, hooks.exitCode(), hooks::toString);
        assertTrue(hooks.err().startsWith("bbb-cli: hooks/list: not available behind Scalelite"), hooks::toString);
        assertTrue(hooks.err().contains("(BBB_SCALELITE is true)"), hooks::toString);
        assertEquals(0, meetings.exitCode(), meetings::toString);
        assertEquals(List.of("bbb-cli: BBB_SCALELITE: must be true or false"), bad.errLines());
        assertEquals(BbbCli.EXIT_USAGE, bad.exitCode());
        assertEquals(List.of("getMeetings"), SIM.control().requests().stream().map(e -> e.callName()).toList(),
                "only the call Scalelite proxies was sent");
    }

    @Test
    void signUsesTheHooksAlgorithmForHooksCalls() throws Exception {
        CliRun sha1 = CliRun.run(TestServer.environment(SIM), "sign", "hooks/list");
        CliRun sha256 = CliRun.run(Map.of("BBB_URL", SIM.apiUrl().toString(), "BBB_SECRET", TestServer.SECRET,
                "BBB_HOOKS_CHECKSUM", "sha256"), "sign", "hooks/list", "meetingID=m-1");
        CliRun meetings = CliRun.run(Map.of("BBB_URL", SIM.apiUrl().toString(), "BBB_SECRET", TestServer.SECRET,
                "BBB_HOOKS_CHECKSUM", "sha1"), "sign", "getMeetings");

        assertEquals(List.of(SIM.apiUrl() + "hooks/list?checksum=" + hex("SHA-1", "hooks/list" + TestServer.SECRET)),
                sha1.outLines());
        assertEquals(List.of(SIM.apiUrl() + "hooks/list?meetingID=m-1&checksum="
                + hex("SHA-256", "hooks/listmeetingID=m-1" + TestServer.SECRET)), sha256.outLines());
        assertEquals(List.of(SIM.apiUrl() + "getMeetings?checksum=" + hex("SHA-256", "getMeetings" + TestServer.SECRET)),
                meetings.outLines(), "other calls keep BBB_CHECKSUM (default sha256)");
        String answer = new String(URI.create(sha256.outLines().get(0)).toURL().openStream().readAllBytes(),
                StandardCharsets.UTF_8);
        assertTrue(answer.contains("<returncode>SUCCESS</returncode>"), answer);
    }

    @Test
    void theEmbeddedSimulatorAnswersWhenNoServerIsConfigured() {
        CliRun run = CliRun.run(Map.of(), "hooks");

        assertEquals(0, run.exitCode(), run::toString);
        assertEquals("no hooks", run.outLines().get(1));
    }

    private static String hex(String algorithm, String data) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm)
                .digest(data.getBytes(StandardCharsets.UTF_8)));
    }
}
