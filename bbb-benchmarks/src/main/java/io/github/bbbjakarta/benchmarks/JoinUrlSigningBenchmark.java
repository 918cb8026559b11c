package io.github.bbbjakarta.benchmarks;

import io.github.bbbjakarta.api.BigBlueButtonClient;
import io.github.bbbjakarta.api.ChecksumAlgorithm;
import io.github.bbbjakarta.api.JoinMeetingRequest;
import io.github.bbbjakarta.api.JoinUrl;
import io.github.bbbjakarta.api.Role;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import java.net.URI;
import java.util.concurrent.TimeUnit;

/**
 * Throughput of {@code meetings().joinUrl(request)} per checksum algorithm: query encoding, hashing and URL
 * building, no network. The client points at a server that is never contacted. {@link #joinUrl()} is what a
 * redirect with {@link JoinUrl#toExternalForm()} costs; {@link #joinUri()} adds the parse into a {@link URI}
 * that {@link JoinUrl#uri()} does on first use (e.g. for JAX-RS {@code Response.seeOther(URI)}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class JoinUrlSigningBenchmark {

    @Param({"SHA1", "SHA256", "SHA384", "SHA512"})
    public ChecksumAlgorithm algorithm;

    private BigBlueButtonClient client;
    private JoinMeetingRequest request;

    @Setup(Level.Trial)
    public void setUp() {
        client = BigBlueButtonClient.builder("https://bbb.example.com/bigbluebutton/",
                        "8cd8ef52e8e101574e400365b55e11a6")
                .checksumAlgorithm(algorithm)
                .build();
        // A typical LMS join: opaque 40-character meeting ID, a name with a space and a non-ASCII letter.
        request = JoinMeetingRequest.builder("7f1c2a9e4b5d6c8e0f1a2b3c4d5e6f708192a3b4", "Zoë Example", Role.MODERATOR)
                .userID("lms-user-123456")
                .createTime(1_700_000_000_000L)
                .build();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        client.close();
    }

    @Benchmark
    public JoinUrl joinUrl() {
        return client.meetings().joinUrl(request);
    }

    @Benchmark
    public URI joinUri() {
        return client.meetings().joinUrl(request).uri();
    }
}
