package io.github.bbbjakarta.cli;

import io.github.bbbjakarta.api.BbbApiException;
import io.github.bbbjakarta.api.BbbParameterException;
import io.github.bbbjakarta.api.BbbTransportException;
import io.github.bbbjakarta.api.BbbUnsupportedCallException;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

import java.io.PrintWriter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns every failure into one line on standard error and an exit code; with {@code --verbose}, the stack
 * trace follows. Stateless.
 */
final class FailureReporter implements CommandLine.IExecutionExceptionHandler, CommandLine.IParameterExceptionHandler {

    /** A failure as the user reads it. */
    record Report(int exitCode, String message) {
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine commandLine, ParseResult parseResult) {
        Report report = report(ex);
        PrintWriter err = commandLine.getErr();
        err.println(BbbCli.NAME + ": " + report.message());
        if (verbose(parseResult)) {
            ex.printStackTrace(err);
        }
        err.flush();
        return report.exitCode();
    }

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cl = ex.getCommandLine();
        PrintWriter err = cl.getErr();
        String command = cl.getCommandSpec().qualifiedName();
        err.println(BbbCli.NAME + ": " + parseProblem(ex) + " (see '" + command + " --help')");
        err.flush();
        return BbbCli.EXIT_USAGE;
    }

    /**
     * What is wrong with the command line, in one line; an unknown command comes with the list of commands and
     * picocli's closest match, an unknown option with its closest match.
     */
    static String parseProblem(ParameterException ex) {
        if (ex instanceof CommandLine.UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
            String unmatched = u.getUnmatched().get(0);
            List<String> suggestions = u.getSuggestions();
            Set<String> commands = new LinkedHashSet<>(u.getCommandLine().getSubcommands().keySet());
            if (!u.isUnknownOption() && !commands.isEmpty()) {
                commands.remove("help");
                return "unknown command '" + unmatched + "'; " + (suggestions.isEmpty() ? "commands: "
                        : "did you mean " + suggestions.get(0) + "? Commands: ")
                        + String.join(", ", commands);
            }
            if (u.isUnknownOption() && !suggestions.isEmpty()) {
                return "unknown option '" + unmatched + "': did you mean " + suggestions.get(0) + "?";
            }
        }
        return oneLine(ex.getMessage());
    }

    /** The one-line explanation and exit code of a failure. */
    static Report report(Throwable ex) {
        if (ex instanceof CliFailure f) {
            return new Report(f.exitCode(), oneLine(f.getMessage()));
        }
        if (ex instanceof BbbApiException e) {
            if (e.isChecksumError() && e.call() != null && e.call().startsWith("hooks/")) {
                return new Report(BbbCli.EXIT_CHECKSUM, "bbb-webhooks rejected the checksum of " + e.call()
                        + " (checksumError): check BBB_SECRET and the hooks checksum algorithm (--hooks-checksum or"
                        + " BBB_HOOKS_CHECKSUM; default sha1, the only one bbb-webhooks before 3.0 accepts)");
            }
            if (e.isChecksumError()) {
                return new Report(BbbCli.EXIT_CHECKSUM, "the server rejected the checksum of " + callName(e.call())
                        + " (checksumError): check BBB_SECRET and BBB_CHECKSUM");
            }
            return new Report(BbbCli.EXIT_FAILED, oneLine(e.getMessage()));
        }
        if (ex instanceof BbbParameterException e) {
            return new Report(BbbCli.EXIT_USAGE, "invalid parameter " + oneLine(e.getMessage()));
        }
        if (ex instanceof BbbUnsupportedCallException e) {
            return new Report(BbbCli.EXIT_FAILED, oneLine(e.getMessage()) + " (" + ServerSettings.SCALELITE + " is true)");
        }
        if (ex instanceof BbbTransportException e) {
            return new Report(BbbCli.EXIT_UNREACHABLE, "no usable answer from the server: " + oneLine(e.getMessage()));
        }
        return new Report(BbbCli.EXIT_FAILED, "unexpected failure: " + ex.getClass().getSimpleName()
                + (ex.getMessage() == null ? "" : ": " + oneLine(ex.getMessage()))
                + " (run with --verbose for details)");
    }

    static String callName(String call) {
        return call == null || call.isEmpty() ? "the API root" : call;
    }

    private static boolean verbose(ParseResult parseResult) {
        for (ParseResult p = parseResult; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }

    private static String oneLine(String message) {
        return message == null ? "" : message.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
