package io.github.bbbjakarta.cli;

import io.github.bbbjakarta.api.BbbTransportException;
import io.github.bbbjakarta.api.BigBlueButtonClient;

import java.io.PrintWriter;
import java.net.URI;
import java.util.Map;

/**
 * The server one command talks to: the configured one, or, when {@code BBB_URL} is unset, an embedded simulator
 * started for the command and stopped by {@link #close()}. Not thread-safe.
 */
final class Connection implements AutoCloseable {
    private final BigBlueButtonClient client;
    private final EmbeddedSimulator simulator;

    private Connection(BigBlueButtonClient client, EmbeddedSimulator simulator) {
        this.client = client;
        this.simulator = simulator;
    }

    /**
     * Connects as configured by the environment; announces an embedded simulator in one line on {@code err}.
     *
     * @throws CliFailure if the configuration is unusable
     */
    static Connection open(Map<String, String> environment, PrintWriter err) {
        ServerSettings settings = ServerSettings.from(environment);
        if (settings.hasUrl()) {
            return new Connection(settings.client("the shared secret of the server at " + settings.url()
                    + " is required"), null);
        }
        EmbeddedSimulator simulator = EmbeddedSimulator.start();
        try {
            BigBlueButtonClient client = ServerSettings.client(simulator.apiUrl().toString(), simulator.secret(),
                    settings.algorithm());
            err.println(BbbCli.NAME + ": " + ServerSettings.URL + " is not set: using an embedded BigBlueButton"
                    + " simulator at " + simulator.apiUrl() + " (stopped when the command ends)");
            err.flush();
            return new Connection(client, simulator);
        } catch (RuntimeException e) {
            simulator.close();
            throw e;
        }
    }

    BigBlueButtonClient client() {
        return client;
    }

    /** The API base URL, without any query: safe to print. */
    URI apiUrl() {
        return client.apiUrl();
    }

    boolean isEmbedded() {
        return simulator != null;
    }

    /** The one-line failure for a server that gave no usable answer. */
    CliFailure unreachable(BbbTransportException e) {
        String problem = e.problem();
        return new CliFailure(BbbCli.EXIT_UNREACHABLE, "no usable answer from the BBB server at " + apiUrl() + " to "
                + FailureReporter.callName(e.call()) + ": " + problem
                + (isEmbedded() ? "" : " (check " + ServerSettings.URL + ")"), e);
    }

    @Override
    public void close() {
        try {
            client.close();
        } finally {
            if (simulator != null) {
                simulator.close();
            }
        }
    }
}
