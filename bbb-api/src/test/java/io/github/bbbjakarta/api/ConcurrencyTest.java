package io.github.bbbjakarta.api;

import io.github.bbbjakarta.simulator.BbbSimulatorExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** One client shared by many threads, one pool, released by close(). */
class ConcurrencyTest {
    private static final String SECRET = "concurrency-test-secret";

    @RegisterExtension
    static final BbbSimulatorExtension SIM = BbbSimulatorExtension.withSecret(SECRET);

    @Test
    void oneClientServesManyThreads() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try (BigBlueButtonClient client = BigBlueButtonClient.create(SIM.simulator().apiUrl().toString(), SECRET)) {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 80; i++) {
                String id = "conc-" + (i % 10);
                results.add(pool.submit(() -> {
                    client.meetings().create(CreateMeetingRequest.builder(id, "Concurrent " + id).build());
                    return client.meetings().getMeetingInfo(id).meetingID();
                }));
            }
            for (int i = 0; i < results.size(); i++) {
                assertEquals("conc-" + (i % 10), results.get(i).get());
            }
            assertEquals(10, client.meetings().getMeetings().size());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aClosedClientRefusesCalls() {
        BigBlueButtonClient client = BigBlueButtonClient.create(SIM.simulator().apiUrl().toString(), SECRET);
        client.meetings().getMeetings();
        client.close();
        assertThrows(BbbException.class, () -> client.meetings().getMeetings());
    }
}
