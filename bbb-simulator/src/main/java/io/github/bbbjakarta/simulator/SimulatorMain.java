package io.github.bbbjakarta.simulator;

import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;

/**
 * Runs a simulator from the command line until the process is killed:
 * <pre>
 * java -cp bbb-simulator.jar io.github.bbbjakarta.simulator.SimulatorMain --port 8090 --secret S \
 *      [--checksum-algorithms sha1,sha256] [--hook-checksum-algorithms sha1] [--bind 127.0.0.1]
 *      [--reveal-version 3.0.18] [--recording-processing-time-ms 2000] [--recording-auto-publish false]
 *      [--recording-video-format false] [--allow-fetch-all-recordings false] [--recording-bare-total-elements true]
 * </pre>
 * Prints the API base URL on one line when ready. Not meant to be used as a library; embed
 * {@link BbbSimulator} instead.
 */
public final class SimulatorMain {
    private SimulatorMain() {
    }

    /** Entry point. */
    public static void main(String[] args) throws InterruptedException {
        BbbSimulator simulator;
        try {
            simulator = parse(args).start();
        } catch (IllegalArgumentException | IllegalStateException | java.io.UncheckedIOException e) {
            System.err.println("bbb-simulator: " + e.getMessage());
            usage(System.err);
            System.exit(2);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            simulator.close();
            stopped.countDown();
        }, "bbb-simulator-shutdown"));
        System.out.println(simulator.apiUrl());
        System.out.flush();
        stopped.await();
    }

    /** Parses the arguments into a builder. */
    static BbbSimulator.Builder parse(String[] args) {
        BbbSimulator.Builder b = BbbSimulator.builder();
        boolean hasSecret = false;
        RecordingSettings recording = RecordingSettings.defaults();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--help") || a.equals("-h")) {
                usage(System.out);
                System.exit(0);
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("Missing value for " + a);
            }
            String v = args[++i];
            switch (a) {
                case "--port":
                    try {
                        b.port(Integer.parseInt(v));
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("--port must be a number");
                    }
                    break;
                case "--secret":
                    b.secret(v);
                    hasSecret = true;
                    break;
                case "--checksum-algorithms":
                    b.supportedChecksumAlgorithms(v.split(","));
                    break;
                case "--hook-checksum-algorithms":
                    b.supportedHookChecksumAlgorithms(v.split(","));
                    break;
                case "--hook-checksum-algorithm":
                    b.hookChecksumAlgorithm(v);
                    break;
                case "--webhook-bearer-auth":
                    b.webhookBearerAuth(Boolean.parseBoolean(v));
                    break;
                case "--bind":
                    b.bindAddress(v);
                    break;
                case "--reveal-version":
                    b.revealBbbVersion(v);
                    break;
                default:
                    if (a.startsWith("--") && io.github.bbbjakarta.simulator.internal.RecordingOptions.NAMES
                            .contains(a.substring(2))) {
                        recording = io.github.bbbjakarta.simulator.internal.RecordingOptions.apply(recording,
                                a.substring(2), v);
                        b.recordingSettings(recording);
                        break;
                    }
                    throw new IllegalArgumentException("Unknown option " + a);
            }
        }
        if (!hasSecret) {
            throw new IllegalArgumentException("--secret is required");
        }
        return b;
    }

    private static void usage(PrintStream out) {
        out.println("Usage: SimulatorMain --port P --secret S [--checksum-algorithms sha1,sha256]"
                + " [--hook-checksum-algorithms sha1] [--hook-checksum-algorithm sha256]"
                + " [--webhook-bearer-auth true] [--bind ADDRESS] [--reveal-version VERSION]"
                + " [--recording-processing-time-ms MS] [--recording-auto-publish true|false]"
                + " [--recording-video-format true|false] [--allow-fetch-all-recordings true|false]"
                + " [--recording-bare-total-elements true|false]");
    }
}
