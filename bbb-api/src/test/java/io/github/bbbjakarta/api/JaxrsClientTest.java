package io.github.bbbjakarta.api;

import io.github.bbbjakarta.simulator.BbbSimulator;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.logging.Level;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The opt-in JAX-RS transport: works, keeps the deadline and the size limit on this side, stays open on close. */
class JaxrsClientTest {
    /** Apache HttpClient under RESTEasy logs its (silent) retries at INFO when the test servers close. */
    private static final Logger APACHE_RETRIES = Logger.getLogger("org.apache.http.impl.execchain");
    private static Level previous;

    @BeforeAll
    static void quiet() {
        previous = APACHE_RETRIES.getLevel();
        APACHE_RETRIES.setLevel(Level.WARNING);
    }

    @AfterAll
    static void restore() {
        APACHE_RETRIES.setLevel(previous);
    }

    @Test
    void callsGoThroughTheSuppliedClient() {
        Client jaxrs = ClientBuilder.newClient();
        try (BbbSimulator sim = BbbSimulator.builder().secret("s3cret").build().start()) {
            try (BigBlueButtonClient client = BigBlueButtonClient.builder(sim.apiUrl(), "s3cret").jaxrsClient(jaxrs).build()) {
                client.checkConnection();
                client.meetings().create(CreateMeetingRequest.builder("jx-1", "Room").build());
                assertEquals(1, client.meetings().getMeetingsAsync().toCompletableFuture().join().size());
            }
            // still open after the BBB client is closed
            assertEquals(200, jaxrs.target(sim.apiUrl()).request().get().getStatus());
        } finally {
            jaxrs.close();
        }
    }

    @Test
    void theDeadlineAppliesOnThisSide() throws Exception {
        Client jaxrs = ClientBuilder.newClient();
        try (HostileServer server = new HostileServer(HostileServer.silent());
             BigBlueButtonClient client = BigBlueButtonClient.builder(server.url(), "s3cret").jaxrsClient(jaxrs)
                     .callTimeout(Duration.ofMillis(400)).build()) {
            BbbTransportException e = DeadlineTest.within(() -> assertThrows(BbbTransportException.class,
                    () -> client.meetings().isMeetingRunning("m-1")));
            assertTrue(e.getMessage().contains("callTimeout"), e.getMessage());
            CompletionException async = DeadlineTest.within(() -> assertThrows(CompletionException.class,
                    () -> client.meetings().isMeetingRunningAsync("m-1").toCompletableFuture().join()));
            assertInstanceOf(BbbTransportException.class, async.getCause());
        } finally {
            jaxrs.close();
        }
    }

    @Test
    void theSizeLimitAppliesOnThisSide() throws Exception {
        Client jaxrs = ClientBuilder.newClient();
        try (HostileServer server = new HostileServer(ResponseSizeTest.huge(64 * 1024, true));
             BigBlueButtonClient client = BigBlueButtonClient.builder(server.url(), "s3cret").jaxrsClient(jaxrs)
                     .maxResponseSize(4096).build()) {
            BbbTransportException e = assertThrows(BbbTransportException.class, () -> client.meetings().isMeetingRunning("m-1"));
            assertTrue(e.getMessage().contains("maxResponseSize"), e.getMessage());
        } finally {
            jaxrs.close();
        }
    }
}
