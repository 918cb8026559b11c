package io.github.bbbjakarta.benchmarks;

import io.github.bbbjakarta.api.BigBlueButtonClient;
import io.github.bbbjakarta.api.CreateMeetingRequest;
import io.github.bbbjakarta.api.CreateMeetingResponse;
import io.github.bbbjakarta.api.JoinMeetingRequest;
import io.github.bbbjakarta.api.JoinUrl;
import io.github.bbbjakarta.api.Role;
import io.github.bbbjakarta.cdi.MeetingService;
import io.github.bbbjakarta.simulator.BbbSimulator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Lecture start: {@value #STUDENTS} students open the same course meeting at once. Each does what an LMS page does,
 * create before join, then signs a join URL with the meeting's {@code createTime}; against an embedded simulator
 * over loopback HTTP, with the client's default 20 connections. One invocation is one storm on a fresh meeting.
 * <ul>
 *   <li>{@code coalesce=true}: {@link MeetingService#standalone}'s create (single-flight plus the created-meeting
 *       record), as the injected {@code MeetingService} does;</li>
 *   <li>{@code coalesce=false}: every student's create goes to the server ({@code client.meetings().create}), as
 *       before coalescing.</li>
 * </ul>
 * The score is the storm's wall time (until the last student has a join URL). At the end of the trial the benchmark
 * prints the creates that reached the simulator per storm (from its request journal) and, over the measurement
 * storms, the students' latencies (p50, p99, max): create + joinUrl from each student's own start, and the time from
 * the storm's start to each student's join URL (which includes waiting for one of the 2 cores).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 10)
@Measurement(iterations = 30)
public class JoinStormBenchmark {
    static final int STUDENTS = 500;

    @Param({"true", "false"})
    public boolean coalesce;

    private BbbSimulator simulator;
    private BigBlueButtonClient client;
    private MeetingService meetings;
    private Function<CreateMeetingRequest, CreateMeetingResponse> create;
    private ExecutorService students;
    private int storms;
    private String meetingID;
    private boolean measuring;
    private final List<Integer> createsPerStorm = new ArrayList<>();
    private final List<long[]> latencies = new ArrayList<>();
    private final List<long[]> sinceStormStart = new ArrayList<>();

    @Setup(Level.Trial)
    public void start() throws IOException {
        simulator = BbbSimulator.builder().secret(RoundTripBenchmark.SECRET).port(0).build();
        simulator.start();
        client = BigBlueButtonClient.builder(simulator.apiUrl().toString(), RoundTripBenchmark.SECRET).build();
        meetings = MeetingService.standalone(client, Duration.ofSeconds(60));
        create = coalesce ? meetings::create : client.meetings()::create;
        students = Executors.newFixedThreadPool(STUDENTS);
    }

    @Setup(Level.Iteration)
    public void newMeeting(IterationParams iteration) {
        meetingID = "lecture-" + ++storms;
        measuring = iteration.getType() == IterationType.MEASUREMENT;
        simulator.control().clearRequests();
    }

    @Benchmark
    public long[] storm() throws Exception {
        CreateMeetingRequest request = CreateMeetingRequest.builder(meetingID, "Physics 101")
                .record(true).meta("bbb-origin", "bbb-benchmarks").build();
        CountDownLatch go = new CountDownLatch(1);
        long[] ends = new long[STUDENTS];
        List<Future<Long>> joins = new ArrayList<>(STUDENTS);
        for (int i = 0; i < STUDENTS; i++) {
            String user = "student-" + i;
            int student = i;
            joins.add(students.submit(() -> {
                go.await();
                long start = System.nanoTime();
                CreateMeetingResponse meeting = create.apply(request);
                JoinUrl url = client.meetings().joinUrl(JoinMeetingRequest.builder(meetingID, user, Role.VIEWER)
                        .userID(user).createTime(meeting.createTime()).build());
                if (url.uri() == null) {
                    throw new IllegalStateException("no join URL");
                }
                ends[student] = System.nanoTime();
                return ends[student] - start;
            }));
        }
        long stormStart = System.nanoTime();
        go.countDown();
        long[] nanos = new long[STUDENTS];
        for (int i = 0; i < STUDENTS; i++) {
            nanos[i] = joins.get(i).get(2, TimeUnit.MINUTES);
        }
        if (measuring) {
            latencies.add(nanos);
            sinceStormStart.add(Arrays.stream(ends).map(end -> end - stormStart).toArray());
        }
        return nanos;
    }

    @TearDown(Level.Iteration)
    public void endMeeting() {
        int creates = simulator.control().requests("create").size();
        if (measuring) {
            createsPerStorm.add(creates);
        }
        meetings.end(meetingID);
    }

    @TearDown(Level.Trial)
    public void report() {
        students.shutdownNow();
        client.close();
        simulator.close();
        System.out.printf("%ncoalesce=%s: creates reaching the simulator per storm of %d joins: %s%n",
                coalesce, STUDENTS, summary(createsPerStorm));
        print("join latency (create + joinUrl, from the student's own start)", latencies);
        print("time to join URL from the storm's start", sinceStormStart);
    }

    private void print(String what, List<long[]> storms) {
        long[] all = storms.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        if (all.length > 0) {
            System.out.printf("coalesce=%s: %s over %d joins: p50 %.3f ms, p99 %.3f ms, max %.3f ms%n",
                    coalesce, what, all.length, ms(all, 0.50), ms(all, 0.99), all[all.length - 1] / 1e6);
        }
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }

    private static String summary(List<Integer> counts) {
        int[] c = counts.stream().mapToInt(Integer::intValue).sorted().toArray();
        return c.length == 0 ? "none" : "min " + c[0] + ", max " + c[c.length - 1] + ", mean "
                + String.format("%.1f", Arrays.stream(c).average().orElse(0)) + " over " + c.length + " storms";
    }
}
