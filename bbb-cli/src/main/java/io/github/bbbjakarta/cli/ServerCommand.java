package io.github.bbbjakarta.cli;

import io.github.bbbjakarta.api.BbbTransportException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * A command that talks to the configured server, or to an embedded simulator when no {@code BBB_*} variable is
 * set. Its arguments are checked ({@link #validate()}) before a simulator is started or anything is sent.
 * Subclasses implement {@link #run(Connection, PrintWriter)}; failures propagate to {@link FailureReporter}.
 */
abstract class ServerCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--timeout", paramLabel = "DURATION", converter = Timeout.Converter.class,
            description = "How long to wait for the server, e.g. 10s, 2.5, 500ms, 1m (overrides BBB_TIMEOUT).")
    Duration timeout;

    @Override
    public final Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        validate();
        ServerSettings settings = settings(ServerSettings.from(environment()).withTimeout(timeout));
        try (Connection connection = Connection.open(settings, out)) {
            try {
                run(connection, out);
            } catch (BbbTransportException e) {
                throw connection.unreachable(e);
            } finally {
                out.flush();
            }
        }
        return 0;
    }

    /** The environment of the command line ({@link BbbCli} is the root of every command, nested or not). */
    protected final Map<String, String> environment() {
        return ((BbbCli) spec.root().userObject()).environment();
    }

    /** The settings this command connects with: by default those of the environment and {@code --timeout}. */
    protected ServerSettings settings(ServerSettings fromEnvironment) {
        return fromEnvironment;
    }

    /**
     * Checks the arguments before anything is started or sent; by default nothing to check.
     *
     * @throws CliFailure or {@link io.github.bbbjakarta.api.BbbParameterException} for a bad argument
     */
    protected void validate() {
    }

    /** Does the command's work, printing to {@code out}. */
    protected abstract void run(Connection connection, PrintWriter out);
}
