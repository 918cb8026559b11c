package io.github.bbbjakarta.cli;

import io.github.bbbjakarta.api.BbbTransportException;
import io.github.bbbjakarta.api.BigBlueButtonClient;
import io.github.bbbjakarta.simulator.SimulatorControl;

import java.io.PrintWriter;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * The server one command talks to: the configured one, or, when no {@code BBB_*} variable is set at all, an
 * embedded simulator started for the command and stopped by {@link #close()}. Not thread-safe.
 */
final class Connection implements AutoCloseable {
    private final BigBlueButtonClient client;
    private final EmbeddedSimulator simulator;
    private final Duration timeout;

    private Connection(BigBlueButtonClient client, EmbeddedSimulator simulator, Duration timeout) {
        this.client = client;
        this.simulator = simulator;
        this.timeout = timeout;
    }

    /**
     * Connects as configured by the environment; announces an embedded simulator in one line on {@code out}
     * (once: on a terminal a second copy on stderr would only repeat it).
     *
     * @param timeout {@code --timeout}, or {@code null} to use {@code BBB_TIMEOUT} or the client's defaults
     * @throws CliFailure if the configuration is unusable, or {@code BBB_URL} is missing while other
     *                    {@code BBB_*} variables are set
     */
    static Connection open(Map<String, String> environment, Duration timeout, PrintWriter out) {
        return open(ServerSettings.from(environment).withTimeout(timeout), out);
    }

    /** {@link #open(Map, Duration, PrintWriter)} with settings already read (and adjusted by options). */
    static Connection open(ServerSettings settings, PrintWriter out) {
        settings.requireUrlIfConfigured();
        if (settings.hasUrl()) {
            return new Connection(settings.client("the shared secret of the server at " + settings.url()
                    + " is required"), null, settings.timeout());
        }
        EmbeddedSimulator simulator = EmbeddedSimulator.start();
        try {
            BigBlueButtonClient client = settings.client(simulator.apiUrl().toString(), simulator.secret());
            String announcement = "embedded BigBlueButton simulator at " + simulator.apiUrl() + " (" + ServerSettings.URL
                    + " is not set; stopped when the command ends)";
            out.println("Using an " + announcement);
            out.flush();
            return new Connection(client, simulator, settings.timeout());
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

    /** The control API of the embedded simulator, if this connection uses one. */
    Optional<SimulatorControl> embeddedControl() {
        return Optional.ofNullable(simulator).map(EmbeddedSimulator::control);
    }

    /**
     * The one-line failure for a server that gave no usable answer. It ends with "(check BBB_URL)" only where the
     * URL is the likely fault: an unknown host, a refused connection, no API at that path, an answer that is not
     * BBB's. An HTTP error from a proxy or a timeout says what happened instead.
     */
    CliFailure unreachable(BbbTransportException e) {
        String server = "the server at " + apiUrl();
        String call = FailureReporter.callName(e.call());
        int status = e.httpStatus().orElse(0);
        String message;
        boolean urlSuspect;
        if (status >= 300) {
            message = server + " answered HTTP " + status + reason(status) + " to " + call + hint(status);
            urlSuspect = status == 404 || status == 405 || status < 400;
        } else if (causedBy(e, SocketTimeoutException.class) || e.problem().startsWith("timed out")) {
            message = "no answer from " + server + " to " + call + ": " + e.problem()
                    + (timeout == null ? " (raise the limit with --timeout or " + ServerSettings.TIMEOUT + ")"
                    : " (timeout " + Timeout.format(timeout) + ")");
            urlSuspect = false;
        } else {
            message = "no usable answer from " + server + " to " + call + ": " + e.problem();
            urlSuspect = true;
        }
        return new CliFailure(BbbCli.EXIT_UNREACHABLE, message
                + (urlSuspect && !isEmbedded() ? " (check " + ServerSettings.URL + ")" : ""), e);
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static String reason(int status) {
        return switch (status) {
            case 301 -> " Moved Permanently";
            case 302 -> " Found";
            case 307 -> " Temporary Redirect";
            case 308 -> " Permanent Redirect";
            case 400 -> " Bad Request";
            case 401 -> " Unauthorized";
            case 403 -> " Forbidden";
            case 404 -> " Not Found";
            case 405 -> " Method Not Allowed";
            case 413 -> " Payload Too Large";
            case 429 -> " Too Many Requests";
            case 500 -> " Internal Server Error";
            case 502 -> " Bad Gateway";
            case 503 -> " Service Unavailable";
            case 504 -> " Gateway Timeout";
            default -> "";
        };
    }

    private static String hint(int status) {
        return switch (status) {
            case 502, 504 -> " (a proxy in front of BBB: BigBlueButton behind it is down or not answering)";
            case 503 -> " (the server or a proxy in front of BBB is unavailable: try again later)";
            case 404 -> " (no BBB API at this URL)";
            case 301, 302, 307, 308 -> " (a redirect: BBB_URL may need https:// or another path)";
            case 401, 403 -> " (a proxy or firewall in front of BBB refused the request)";
            default -> "";
        };
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
