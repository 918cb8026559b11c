package io.github.bbbjakarta.benchmarks;

import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

import java.util.Collection;
import java.util.Locale;

/**
 * Runs {@link RoundTripBenchmark} with the JMH options given on the command line (e.g. {@code -f 1 -wi 3 -w 2s
 * -i 5 -r 3s}) and prints the ratio of the client's throughput to the raw {@code HttpClient}'s; the goal is
 * at least 0.9.
 *
 * <pre>java -cp target/benchmarks.jar io.github.bbbjakarta.benchmarks.RoundTripRatio -f 1 -wi 3 -w 2s -i 5 -r 3s</pre>
 */
public final class RoundTripRatio {
    /** The goal: the client keeps at least this share of raw throughput. */
    static final double GOAL = 0.9;

    private RoundTripRatio() {
    }

    public static void main(String[] args) throws RunnerException, CommandLineOptionException {
        CommandLineOptions cli = new CommandLineOptions(args);
        Collection<RunResult> results = new Runner(new OptionsBuilder()
                .parent(cli)
                .include(RoundTripBenchmark.class.getName() + "\\.")
                .build()).run();
        Result<?> client = score(results, "client");
        Result<?> raw = score(results, "raw");
        Result<?> urlConnection = score(results, "rawUrlConnection");
        double ratio = client.getScore() / raw.getScore();
        // First-order error propagation of the two independent 99.9% half-widths.
        double error = ratio * Math.sqrt(square(client.getScoreError() / client.getScore())
                + square(raw.getScoreError() / raw.getScore()));
        System.out.printf(Locale.ROOT, "%nclient:           %.1f ± %.1f %s%nraw:              %.1f ± %.1f %s%n"
                        + "rawUrlConnection: %.1f ± %.1f %s (reference)%n"
                        + "ratio client/raw: %.3f ± %.3f (goal >= %.1f): %s%n"
                        + "ratio client/rawUrlConnection: %.3f%n",
                client.getScore(), client.getScoreError(), client.getScoreUnit(),
                raw.getScore(), raw.getScoreError(), raw.getScoreUnit(),
                urlConnection.getScore(), urlConnection.getScoreError(), urlConnection.getScoreUnit(),
                ratio, error, GOAL, ratio >= GOAL ? "met" : "NOT met",
                client.getScore() / urlConnection.getScore());
    }

    private static Result<?> score(Collection<RunResult> results, String method) {
        return results.stream()
                .filter(r -> r.getParams().getBenchmark().endsWith("." + method))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no result for " + method))
                .getPrimaryResult();
    }

    private static double square(double x) {
        return x * x;
    }
}
