package io.github.bbbjakarta.cli;

import io.github.bbbjakarta.api.BbbTransportException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/**
 * A command that talks to the configured server, or to an embedded simulator when {@code BBB_URL} is unset.
 * Subclasses implement {@link #run(Connection, PrintWriter)}; failures propagate to {@link FailureReporter}.
 */
abstract class ServerCommand implements Callable<Integer> {
    @ParentCommand
    BbbCli cli;

    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Connection connection = Connection.open(cli.environment(), spec.commandLine().getErr())) {
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

    /** Does the command's work, printing to {@code out}. */
    protected abstract void run(Connection connection, PrintWriter out);
}
