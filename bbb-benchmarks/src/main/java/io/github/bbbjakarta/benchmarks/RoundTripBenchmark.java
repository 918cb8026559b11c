package io.github.bbbjakarta.benchmarks;

import io.github.bbbjakarta.api.BigBlueButtonClient;
import io.github.bbbjakarta.api.CreateMeetingRequest;
import io.github.bbbjakarta.api.CreateMeetingResponse;
import io.github.bbbjakarta.api.MeetingInfo;
import io.github.bbbjakarta.simulator.BbbSimulator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
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
import org.openjdk.jmh.infra.Blackhole;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One idempotent {@code create} (a duplicate of the meeting made in setup) plus one {@code getMeetingInfo} against
 * an embedded simulator over loopback HTTP, measured two ways on one thread:
 * <ul>
 *   <li>{@link #client} through the bbb-api client (signing, JAX-RS/RESTEasy, JAXB parsing, typed answers);</li>
 *   <li>{@link #raw} as the floor: {@link HttpClient} sending the same pre-signed URLs and reading the bodies as
 *       strings.</li>
 * </ul>
 * The ratio client ÷ raw is the share of raw throughput the client keeps; {@link RoundTripRatio} prints it.
 * {@link #rawUrlConnection} is a second, blocking floor for reference.
 *
 * <p>On a 2-core machine the client needs 30-45 s of warm-up to reach a steady state (RESTEasy, JAXB and the
 * simulator are all compiled while both cores serve requests): hence the long default warm-up.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Warmup(iterations = 15, time = 3)
@Measurement(iterations = 5, time = 3)
public class RoundTripBenchmark {
    static final String SECRET = "benchmark-secret-0123456789abcdef";
    static final String MEETING_ID = "benchmark-meeting";

    private BbbSimulator simulator;
    private BigBlueButtonClient client;
    private CreateMeetingRequest create;
    private HttpClient http;
    private HttpRequest rawCreate;
    private HttpRequest rawInfo;
    private URL createUrl;
    private URL infoUrl;

    @Setup(Level.Trial)
    public void startSimulator() throws IOException, InterruptedException {
        simulator = BbbSimulator.builder().secret(SECRET).port(0).build();
        simulator.start();
        client = BigBlueButtonClient.builder(simulator.apiUrl().toString(), SECRET).build();
        create = CreateMeetingRequest.builder(MEETING_ID, "Benchmark Meeting")
                .record(true)
                .autoStartRecording(true)
                .allowStartStopRecording(true)
                .meta("bbb-origin", "bbb-benchmarks")
                .build();
        client.meetings().create(create);

        // The same URLs the client sends, signed the same way.
        URI createUrl = client.signedUrl("create", create.parameters());
        URI infoUrl = client.signedUrl("getMeetingInfo", List.of(Map.entry("meetingID", MEETING_ID)));
        http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        rawCreate = HttpRequest.newBuilder(createUrl).header("Accept", "application/xml").GET().build();
        rawInfo = HttpRequest.newBuilder(infoUrl).header("Accept", "application/xml").GET().build();
        this.createUrl = createUrl.toURL();
        this.infoUrl = infoUrl.toURL();
        for (HttpRequest r : List.of(rawCreate, rawInfo)) {
            String body = http.send(r, HttpResponse.BodyHandlers.ofString()).body();
            if (!body.contains("<returncode>SUCCESS</returncode>")) {
                throw new IllegalStateException("the simulator refused a pre-signed URL: " + body);
            }
        }
    }

    /** Keeps the simulator's request journal from growing across iterations. */
    @Setup(Level.Iteration)
    public void clearJournal() {
        simulator.control().clearRequests();
    }

    @TearDown(Level.Trial)
    public void stopSimulator() {
        client.close();
        simulator.close();
    }

    @Benchmark
    public void client(Blackhole bh) {
        CreateMeetingResponse created = client.meetings().create(create);
        MeetingInfo info = client.meetings().getMeetingInfo(MEETING_ID);
        bh.consume(created);
        bh.consume(info);
    }

    @Benchmark
    public void raw(Blackhole bh) throws IOException, InterruptedException {
        bh.consume(send(rawCreate));
        bh.consume(send(rawInfo));
    }

    /**
     * A second floor, for reference only: blocking {@link HttpURLConnection} with keep-alive (the JDK's
     * {@code HttpClient} hands every exchange to its selector thread, a blocking client does not).
     */
    @Benchmark
    public void rawUrlConnection(Blackhole bh) throws IOException {
        bh.consume(get(createUrl));
        bh.consume(get(infoUrl));
    }

    private static String get(URL url) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) url.openConnection();
        connection.setRequestProperty("Accept", "application/xml");
        connection.setInstanceFollowRedirects(false);
        if (connection.getResponseCode() != 200) {
            throw new IllegalStateException("HTTP " + connection.getResponseCode());
        }
        try (InputStream in = connection.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private String send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + response.statusCode());
        }
        return response.body();
    }
}
