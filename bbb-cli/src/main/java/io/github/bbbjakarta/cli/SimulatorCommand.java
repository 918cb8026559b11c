package io.github.bbbjakarta.cli;

import io.github.bbbjakarta.api.BbbParameterException;
import io.github.bbbjakarta.api.ChecksumAlgorithm;
import io.github.bbbjakarta.simulator.BbbSimulator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * {@code simulator}: runs the standalone BigBlueButton simulator (on 127.0.0.1 unless {@code --bind} says
 * otherwise) and prints its API base URL alone on one line once it accepts requests; runs until the process is
 * stopped (Ctrl-C, SIGTERM) or the running thread is interrupted.
 */
@Command(name = "simulator", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run the BigBlueButton simulator until stopped (Ctrl-C).",
                "Prints its API base URL alone on one line when ready."})
final class SimulatorCommand implements Callable<Integer> {
    private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(5);
    private static final String LOOPBACK = "127.0.0.1";

    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "0",
            description = "TCP port; 0 picks a free one (default ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--secret", required = true, paramLabel = "SECRET",
            description = "The shared secret clients must sign with.")
    String secret;

    @Option(names = "--checksum-algorithms", split = ",", paramLabel = "ALGORITHM",
            description = "Accepted checksum algorithms, e.g. sha1,sha256 (default: sha1,sha256,sha384,sha512).")
    List<String> checksumAlgorithms;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = LOOPBACK,
            description = {"Address to listen on (default ${DEFAULT-VALUE}, this machine only). 0.0.0.0 listens on "
                    + "all interfaces, so that an LMS in a container or VM can reach it."})
    String bind;

    @Option(names = "--public-host", paramLabel = "HOST",
            description = {"Host in the URLs the simulator hands out (its API URL, the join redirect to its client "
                    + "page). Default: the bind address; with --bind 0.0.0.0 this machine's first outward address."})
    String publicHost;

    @Option(names = "--reveal-version", paramLabel = "VERSION",
            description = "The BBB version the API root reveals, e.g. 3.0.18 (default: not revealed).")
    String revealVersion;

    @Override
    public Integer call() {
        if (port < 0 || port > 65535) {
            throw CliFailure.usage("--port: must be between 0 and 65535, was " + port);
        }
        if (secret.isBlank()) {
            throw CliFailure.usage("--secret: must not be blank");
        }
        BbbSimulator.Builder builder = BbbSimulator.builder().secret(secret).port(port);
        try {
            builder.bindAddress(bind.strip());
        } catch (IllegalArgumentException e) {
            throw CliFailure.usage("--bind: '" + bind + "' is not an address of this machine"
                    + " (use e.g. 127.0.0.1 or 0.0.0.0)");
        }
        String host = publicHost != null ? publicHost.strip() : ReachableUrls.outwardHost(bind.strip()).orElse(null);
        if (host != null) {
            try {
                builder.publicHost(host);
            } catch (IllegalArgumentException e) {
                throw CliFailure.usage("--public-host: '" + publicHost + "' is not a host name or IP address");
            }
        }
        if (checksumAlgorithms != null) {
            builder.supportedChecksumAlgorithms(checksumAlgorithms.stream().map(SimulatorCommand::algorithm)
                    .toArray(String[]::new));
        }
        if (revealVersion != null) {
            if (revealVersion.isBlank()) {
                throw CliFailure.usage("--reveal-version: must not be blank");
            }
            builder.revealBbbVersion(revealVersion.strip());
        }
        CountDownLatch stopRequested = new CountDownLatch(1);
        CountDownLatch closed = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            stopRequested.countDown();
            awaitQuietly(closed);
        }, "bbb-simulator-shutdown");
        try (BbbSimulator simulator = start(builder)) {
            Runtime.getRuntime().addShutdownHook(hook);
            PrintWriter out = spec.commandLine().getOut();
            List<URI> urls = new ArrayList<>(ReachableUrls.of(simulator.apiUrl(), bind.strip()));
            urls.remove(simulator.apiUrl());
            urls.add(0, simulator.apiUrl());   // the URL it hands out comes first
            out.println(urls.get(0));
            out.flush();
            if (urls.size() > 1) {
                PrintWriter err = spec.commandLine().getErr();
                err.println(BbbCli.NAME + ": listening on " + bind.strip() + "; also reachable at "
                        + String.join(", ", urls.subList(1, urls.size()).stream().map(URI::toString).toList()));
                err.flush();
            }
            stopRequested.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            closed.countDown();
            removeQuietly(hook);
        }
        spec.commandLine().getErr().println(BbbCli.NAME + ": simulator stopped");
        return 0;
    }

    private BbbSimulator start(BbbSimulator.Builder builder) {
        try {
            return builder.start();
        } catch (UncheckedIOException e) {
            throw new CliFailure(BbbCli.EXIT_FAILED, "cannot listen on " + bind.strip() + ":" + port + ": "
                    + e.getCause().getMessage(), e);
        }
    }

    /** The BBB name of one {@code --checksum-algorithms} entry. */
    private static String algorithm(String name) {
        try {
            return ChecksumAlgorithm.fromName(name).bbbName();
        } catch (BbbParameterException e) {
            throw CliFailure.usage("--checksum-algorithms: " + e.problem());
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(SHUTDOWN_GRACE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void removeQuietly(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the JVM is stopping: the hook is running or done
        }
    }
}
