package io.github.bbbjakarta.cli;

/**
 * A failure the command already knows how to explain in one line: bad configuration, a malformed argument,
 * an unreachable server. Carries the exit code. Never carries the shared secret or a checksum.
 */
final class CliFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int exitCode;

    CliFailure(int exitCode, String message) {
        this(exitCode, message, null);
    }

    CliFailure(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    /** Bad configuration or input: nothing was sent. */
    static CliFailure usage(String message) {
        return new CliFailure(BbbCli.EXIT_USAGE, message);
    }

    int exitCode() {
        return exitCode;
    }
}
