package io.github.bbbjakarta.cdi;

import io.github.bbbjakarta.api.BbbTransportException;
import io.github.bbbjakarta.api.BbbUnsupportedCallException;
import io.github.bbbjakarta.api.BigBlueButtonClient;
import io.github.bbbjakarta.api.ChecksumAlgorithm;
import io.github.bbbjakarta.api.CreateMeetingRequest;
import io.github.bbbjakarta.api.CreateMeetingResponse;
import io.github.bbbjakarta.simulator.BbbSimulatorExtension;
import io.github.bbbjakarta.simulator.SimRole;
import io.github.bbbjakarta.simulator.Stub;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Named servers: injected by qualifier, picked per tenant, each with its own secret, checked at deployment. */
class NamedServersTest {
    private static final String SECRET = "default-server-secret-31a7";
    private static final String EAST_SECRET = "east-server-secret-9d02";

    @RegisterExtension
    static final BbbSimulatorExtension SIM = BbbSimulatorExtension.withSecret(SECRET);
    @RegisterExtension
    static final BbbSimulatorExtension EAST = BbbSimulatorExtension.withSecret(EAST_SECRET)
            .callbackRetryDelays(Duration.ofMillis(100));

    private TestContainer cdi;
    private CallbackServer callbacks;

    /** A bean of the application that injects a named server. */
    @ApplicationScoped
    static class EastCourses {
        @Inject
        @BbbServer("east")
        MeetingService meetings;
        @Inject
        @BbbServer("east")
        BigBlueButtonClient client;
        @Inject
        @BbbServer(BbbServer.DEFAULT)
        MeetingService defaultMeetings;

        MeetingService meetings() {
            return meetings;
        }

        BigBlueButtonClient client() {
            return client;
        }

        MeetingService defaultMeetings() {
            return defaultMeetings;
        }
    }

    /** Medicine's courses go to the east server, whatever their tenant. */
    @ApplicationScoped
    static class MedicineOnEast implements ServerSelector {
        @Override
        public String serverFor(String tenant, String courseId) {
            return courseId.startsWith("MED-") ? "east" : courseId.startsWith("LAW-") ? "west" : BbbServer.DEFAULT;
        }
    }

    private static Map<String, String> config(Map<String, String> extra) {
        Map<String, String> props = new HashMap<>(Map.of("bbb.url", SIM.apiUrl().toString(), "bbb.secret", SECRET,
                "bbb.servers.east.url", EAST.apiUrl().toString(), "bbb.servers.east.secret", EAST_SECRET,
                "bbb.servers.east.checksum", "sha1", "bbb.servers.east.tenants", "uni-east, college-east"));
        props.putAll(extra);
        props.values().removeIf(String::isEmpty);
        return props;
    }

    @AfterEach
    void stop() {
        if (cdi != null) {
            cdi.close();
        }
        if (callbacks != null) {
            callbacks.close();
        }
    }

    @Test
    void aNamedServerIsInjectedByQualifierWithItsOwnClientRecordAndEvents() {
        cdi = TestContainer.withProperties(config(Map.of()), EastCourses.class, EventRecorder.class);
        EastCourses east = cdi.get(EastCourses.class);
        EventRecorder events = cdi.get(EventRecorder.class);
        assertEquals(EAST.apiUrl(), east.meetings().apiUrl());
        assertEquals(ChecksumAlgorithm.SHA1, east.client().checksumAlgorithm());
        assertEquals(SIM.apiUrl(), east.defaultMeetings().apiUrl());
        assertEquals(EAST.apiUrl(), cdi.get(MeetingService.class, BbbServer.Literal.of("east")).apiUrl(),
                "programmatic lookup, as Instance.select(BbbServer.Literal.of(...)) does");

        CreateMeetingRequest request = CreateMeetingRequest.builder("east-1", "East lecture").build();
        CreateMeetingResponse created = east.meetings().create(request);
        assertTrue(east.meetings().create(request).isDuplicate(), "the second create is served by the record");
        assertEquals(1, EAST.control().requests("create").size(), "one create reached the east server");
        assertEquals(List.of(), SIM.control().requests(), "nothing reached the default server");
        assertTrue(EAST.control().meeting("east-1").isPresent());

        east.meetings().end("east-1");
        assertEquals(List.of(new MeetingCreated(request, created), new MeetingEnded("east-1")), events.events());
        east.meetings().create(request);
        assertEquals(2, EAST.control().requests("create").size(), "the end dropped the record");
    }

    @Test
    void tenantsListedUnderAServerGoThereAndTheOthersToTheDefaultServer() {
        cdi = TestContainer.withProperties(config(Map.of()));
        BbbServers servers = cdi.get(BbbServers.class);
        assertEquals(Set.of("east"), servers.names());
        assertEquals("east", servers.serverFor("college-east", "CHEM-1"));
        assertEquals(BbbServer.DEFAULT, servers.serverFor("uni-north", "CHEM-1"));
        assertEquals(EAST.apiUrl(), servers.meetingsFor("uni-east", "PHYS-2").apiUrl());
        assertEquals(SIM.apiUrl(), servers.clientFor("uni-north", "PHYS-2").apiUrl());
        assertSame(servers.client("east"), servers.clientFor("uni-east", ""));
        BbbConfigurationException unknown = assertThrows(BbbConfigurationException.class, () -> servers.meetings("west"));
        assertEquals("bbb.servers.west.url", unknown.property());
    }

    @Test
    void theApplicationsServerSelectorPicksTheServerOfACourse() {
        cdi = TestContainer.withProperties(config(Map.of()), MedicineOnEast.class);
        BbbServers servers = cdi.get(BbbServers.class);
        assertEquals("east", servers.serverFor("uni-north", "MED-101"));
        assertEquals(BbbServer.DEFAULT, servers.serverFor("uni-east", "CHEM-1"), "the selector decides, not tenants");
        BbbConfigurationException unknown = assertThrows(BbbConfigurationException.class,
                () -> servers.meetingsFor("uni-north", "LAW-7"));
        assertTrue(unknown.getMessage().contains("bbb.servers.west.url is invalid: the ServerSelector chose server west for tenant"
                        + " uni-north, but no such server is configured"),
                unknown::getMessage);
    }

    @Test
    void namedServersFromEnvironmentVariablesAreListedInBbbServers() {
        cdi = TestContainer.withEnvironment(Map.of("BBB_URL", SIM.apiUrl().toString(), "BBB_SECRET", SECRET,
                "BBB_SERVERS", "east", "BBB_SERVERS_EAST_URL", EAST.apiUrl().toString(),
                "BBB_SERVERS_EAST_SECRET", EAST_SECRET));
        MeetingService east = cdi.get(BbbServers.class).meetings("east");
        east.create(CreateMeetingRequest.builder("env-1", "From the environment").build());
        assertEquals("SUCCESS", EAST.control().requests("create").get(0).outcome(), "signed with east's secret");
    }

    @Test
    void aNamedServersReadsAreRetriedByFaultToleranceAndItsEndIsSentOnce() {
        cdi = TestContainer.withProperties(config(Map.of()));
        MeetingService east = cdi.get(BbbServers.class).meetings("east");
        EAST.control().stub("getMeetingInfo", Stub.badGateway());
        assertThrows(BbbTransportException.class, () -> east.getMeetingInfo("east-ft"));
        assertEquals(3, EAST.control().requests("getMeetingInfo").size(), "tried once and retried twice");
        EAST.control().stub("end", Stub.badGateway());
        assertThrows(BbbTransportException.class, () -> east.end("east-ft"));
        assertEquals(1, EAST.control().requests("end").size(), "end is never repeated");
    }

    @Test
    void callbacksOfANamedServerAreVerifiedWithItsSecret() throws Exception {
        callbacks = new CallbackServer();
        cdi = TestContainer.withProperties(config(Map.of("bbb.callback-url", callbacks.callbackUrl())),
                CallbackEventRecorder.class);
        callbacks.deploy(() -> cdi.get(BbbCallbackResource.class));
        CallbackEventRecorder recorder = cdi.get(CallbackEventRecorder.class);
        MeetingService east = cdi.get(BbbServers.class).meetings("east");
        east.create(CreateMeetingRequest.builder("east-rec", "East recorded").record(true).autoStartRecording(true).build());
        EAST.control().connectUser("east-rec", "Teacher", SimRole.MODERATOR, "t-1");
        EAST.control().endMeeting("east-rec");
        EAST.control().advanceRecordings();
        EAST.control().advanceRecordings();

        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (recorder.events().size() < 2 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        String recordID = EAST.control().recordings().get(0).recordID();
        // two callbacks, each its own POST: either may arrive first
        assertEquals(Set.of(new MeetingEnded("east-rec", MeetingEnded.Origin.END_CALLBACK),
                new RecordingReady("east-rec", recordID)), Set.copyOf(recorder.events()));
        assertEquals(2, recorder.events().size(), recorder.events()::toString);
    }

    @Test
    void behindScaleliteTheCallsItDoesNotProxyFailBeforeAnythingIsSent() {
        cdi = TestContainer.withProperties(config(Map.of("bbb.scalelite", "true", "bbb.servers.east.scalelite", "TRUE")));
        BbbServers servers = cdi.get(BbbServers.class);
        for (String server : List.of(BbbServer.DEFAULT, "east")) {
            BigBlueButtonClient client = servers.client(server);
            assertTrue(client.isBehindScalelite(), server);
            BbbUnsupportedCallException e = assertThrows(BbbUnsupportedCallException.class, () -> client.hooks().list());
            assertEquals("hooks/list", e.call());
            servers.meetings(server).create(CreateMeetingRequest.builder("sl-" + server, "Behind Scalelite").build());
        }
        assertEquals(List.of("create"), EAST.control().requests().stream().map(r -> r.callName()).toList(),
                "the hooks call was not sent");
        assertEquals(List.of("create"), SIM.control().requests().stream().map(r -> r.callName()).toList());
    }

    @Test
    void everyNamedServerIsCheckedAtDeploymentNamingItsProperty() {
        assertDeploymentFails(Map.of("bbb.servers.east.secret", ""), "bbb.servers.east.secret is not set");
        assertDeploymentFails(Map.of("bbb.servers.east.checksum", "md5"), "bbb.servers.east.checksum is invalid");
        assertDeploymentFails(Map.of("bbb.servers.east.read-timeout", "soon"), "bbb.servers.east.read-timeout is invalid");
        assertDeploymentFails(Map.of("bbb.servers.east.scalelite", "yes"),
                "bbb.servers.east.scalelite is invalid: must be true or false");
        assertDeploymentFails(Map.of("bbb.servers.east.secert", "x"),
                "bbb.servers.east.secert is invalid: is not a server setting");
        assertDeploymentFails(Map.of("bbb.servers.default.url", SIM.apiUrl().toString()),
                "the server name default is reserved");
        assertDeploymentFails(Map.of("bbb.servers.East.url", SIM.apiUrl().toString()),
                "bbb.servers.East.url is invalid: a server name is 1 to 63 lower-case letters");
        assertDeploymentFails(Map.of("bbb.servers", "east,west"), "bbb.servers.west.url is not set");
        assertDeploymentFails(Map.of("bbb.servers.west.url", SIM.apiUrl().toString(), "bbb.servers.west.secret", SECRET,
                "bbb.servers.west.tenants", "uni-east"), "tenant uni-east is also assigned to server east");
    }

    @Test
    void injectingAServerThatIsNotConfiguredFailsTheDeployment() {
        Map<String, String> noEast = config(Map.of("bbb.servers.east.url", "", "bbb.servers.east.secret", "",
                "bbb.servers.east.checksum", "", "bbb.servers.east.tenants", ""));
        String message = TestContainer.deploymentFailure(noEast, EastCourses.class);
        assertTrue(message.contains("bbb.servers.east.url is invalid: @BbbServer(\"east\") is injected into"), message);
        assertTrue(message.contains("but no such server is configured"), message);
    }

    private static void assertDeploymentFails(Map<String, String> extra, String expected) {
        String message = TestContainer.deploymentFailure(config(extra));
        assertTrue(message.contains(expected), () -> "expected «" + expected + "» in:\n" + message);
        assertFalse(message.contains(EAST_SECRET) || message.contains(SECRET), () -> "a secret leaked:\n" + message);
    }
}
