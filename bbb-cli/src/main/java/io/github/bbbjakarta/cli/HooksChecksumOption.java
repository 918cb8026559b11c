package io.github.bbbjakarta.cli;

import picocli.CommandLine.Option;

/** The {@code --hooks-checksum} option of the commands that call bbb-webhooks. */
final class HooksChecksumOption {
    static final String NAME = "--hooks-checksum";

    @Option(names = NAME, paramLabel = "ALGORITHM",
            description = "Checksum algorithm of the hooks/... calls: sha1 (default; bbb-webhooks before 3.0"
                    + " accepts nothing else), sha256, sha384, sha512 (overrides BBB_HOOKS_CHECKSUM).")
    String algorithm;

    /**
     * Checks the name before anything is started or sent.
     *
     * @throws CliFailure for an unknown algorithm
     */
    void check() {
        if (algorithm != null) {
            ServerSettings.hooksAlgorithm(NAME, algorithm);
        }
    }

    /** {@code settings} with this option's algorithm, if given. */
    ServerSettings apply(ServerSettings settings) {
        return algorithm == null ? settings
                : settings.withHooksAlgorithm(ServerSettings.hooksAlgorithm(NAME, algorithm));
    }
}
