package io.github.bbbjakarta.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Runs one bbb-cli command line in-process with an injected environment and captured output; fails the test if
 * the test servers' shared secret appears in the output of any command.
 */
record CliRun(int exitCode, String out, String err) {

    static CliRun run(Map<String, String> environment, String... args) {
        return runWithInput(environment, "", args);
    }

    /** {@link #run} with {@code stdin} as standard input (UTF-8). */
    static CliRun runWithInput(Map<String, String> environment, String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = BbbCli.commandLine(environment, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        CliRun run = new CliRun(code, out.toString(), err.toString());
        if (run.out.contains(TestServer.SECRET) || run.err.contains(TestServer.SECRET)) {
            throw new AssertionError("the shared secret was printed: " + run);
        }
        return run;
    }

    List<String> outLines() {
        return out.lines().toList();
    }

    List<String> errLines() {
        return err.lines().toList();
    }

    @Override
    public String toString() {
        return "exit " + exitCode + "\n--- out:\n" + out + "--- err:\n" + err;
    }
}
