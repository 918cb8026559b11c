package io.github.bbbjakarta.benchmarks;

import io.github.bbbjakarta.api.BigBlueButtonClient;
import io.github.bbbjakarta.api.GetRecordingsRequest;
import io.github.bbbjakarta.api.RecordingsPage;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.Blackhole;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * {@code getRecordings} of {@value #RECORDINGS} recordings from a loopback {@link RecordingsServer} (realistic
 * answers: LMS metadata, two playback formats with preview images, about 2.5 kB per recording), through the
 * bbb-api client, on one thread; each element read is a {@link io.github.bbbjakarta.api.Recording}. Divide a score by {@value #RECORDINGS} for the time per recording, and
 * {@code gc.alloc.rate.norm} (with {@code -prof gc}) for the bytes allocated per recording.
 * <ul>
 *   <li>{@link #oneAnswer}: one unpaged call whose answer holds all of them (a server with
 *       {@code allowFetchAllRecordings}); the client needs a {@code maxResponseSize} above the default 16 MiB.</li>
 *   <li>{@link #streamAll}: {@code recordings().streamAll} walking pages of 100 (3.0's largest {@code limit}):
 *       100 calls.</li>
 *   <li>{@link #streamAllSmallHeap}: {@link #streamAll} in a forked JVM with {@code -Xmx64m}: the walk holds one
 *       page at a time. ({@link #oneAnswer} does not fit in 64 MB: its 33 MB answer is read whole and all 10,000
 *       recordings are returned in one list; see README for the heap it needs.)</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Threads(1)
@Warmup(iterations = 5, time = 3)
@Measurement(iterations = 5, time = 3)
public class GetRecordingsBenchmark {
    static final int RECORDINGS = 10_000;
    static final String SECRET = "benchmark-secret-0123456789abcdef";

    private RecordingsServer server;
    private BigBlueButtonClient client;
    private GetRecordingsRequest all;
    private GetRecordingsRequest pages;

    @Setup(Level.Trial)
    public void start(BenchmarkParams params) throws IOException {
        server = new RecordingsServer(RECORDINGS);
        client = BigBlueButtonClient.builder(server.url(), SECRET)
                .maxResponseSize(64L * 1024 * 1024)
                .readTimeout(Duration.ofSeconds(60))
                .callTimeout(Duration.ofSeconds(120))
                .build();
        all = GetRecordingsRequest.builder().build();
        pages = GetRecordingsRequest.builder().limit(GetRecordingsRequest.MAX_LIMIT).build();
        System.out.printf("%n%d recordings, one answer of %,d bytes (%,d bytes per recording), max heap %d MiB%n",
                RECORDINGS, server.fullAnswerSize(), server.fullAnswerSize() / RECORDINGS,
                Runtime.getRuntime().maxMemory() >> 20);
        check(client.recordings().streamAll(pages).count(), "streamAll");
        // checked only where it is measured: one answer of everything does not fit in the small heap
        if (params.getBenchmark().endsWith(".oneAnswer")) {
            check(client.recordings().getRecordings(all).recordings().size(), "oneAnswer");
        }
    }

    private static void check(long n, String what) {
        if (n != RECORDINGS) {
            throw new IllegalStateException(what + " read " + n + " recordings, not " + RECORDINGS);
        }
    }

    @TearDown(Level.Trial)
    public void stop() {
        client.close();
        server.close();
    }

    @Benchmark
    public RecordingsPage oneAnswer() {
        return client.recordings().getRecordings(all);
    }

    @Benchmark
    public void streamAll(Blackhole bh) {
        client.recordings().streamAll(pages).forEach(bh::consume);
    }

    @Benchmark
    @Fork(jvmArgsAppend = "-Xmx64m")
    public void streamAllSmallHeap(Blackhole bh) {
        client.recordings().streamAll(pages).forEach(bh::consume);
    }
}
