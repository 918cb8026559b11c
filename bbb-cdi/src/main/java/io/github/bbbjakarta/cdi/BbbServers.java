package io.github.bbbjakarta.cdi;

import io.github.bbbjakarta.api.BigBlueButtonClient;
import io.github.bbbjakarta.cdi.internal.BbbSettings;
import io.github.bbbjakarta.cdi.internal.CallbackSupport;
import io.github.bbbjakarta.cdi.internal.CreatedMeetingTtl;
import io.github.bbbjakarta.cdi.internal.NamedServerGuard;
import io.github.bbbjakarta.cdi.internal.ServerNames;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.spi.InjectionPoint;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The configured servers: the default one ({@code bbb.url}) and any number of named ones, for an LMS that serves
 * several schools or faculties, each with its own BigBlueButton server or Scalelite:
 * <pre>
 * bbb.servers.east.url=https://bbb-east.example.edu/bigbluebutton/
 * bbb.servers.east.secret=...
 * bbb.servers.east.tenants=uni-east,college-east
 * </pre>
 * A named server has the default server's settings under {@code bbb.servers.<name>.}: {@code url}, {@code secret}
 * (both required), {@code checksum}, {@code hooks-checksum}, {@code connect-timeout}, {@code read-timeout},
 * {@code call-timeout}, {@code scalelite}, plus {@code tenants}; their defaults are the library's, not the default
 * server's values. Servers configured only through environment variables ({@code BBB_SERVERS_EAST_URL}) must be
 * listed in {@code bbb.servers=east,west}. Every server is checked while the application deploys; a misspelt key
 * under {@code bbb.servers.<name>.} fails the deployment too.
 *
 * <p>Inject one server's service with {@link BbbServer @BbbServer("east")}, or pick the server of a tenant or
 * course at run time with {@link #meetingsFor(String, String)}, which asks the application's {@link ServerSelector}
 * (or, without one, the {@code tenants} lists). Each named server has its own client, create single-flight and
 * created-meeting record; it fires the same {@link MeetingCreated} and {@link MeetingEnded} events. Its calls have
 * the default server's Fault Tolerance timeout and retries but no circuit breaker or bulkhead: Fault Tolerance keeps
 * those per method of a class, so they would be shared by all servers and one server's outage would fail the
 * others' calls. Callbacks of every server are verified with that server's secret.
 */
@ApplicationScoped
public class BbbServers {
    private final MeetingService defaultMeetings;
    private final BigBlueButtonClient defaultClient;
    /** The application's selector, or {@code null} to use the {@code tenants} lists. */
    private final ServerSelector selector;
    private final ServerNames names;
    private final Map<String, BigBlueButtonClient> clients;
    private final Map<String, MeetingService> meetings;

    /** For the container's proxy only. */
    protected BbbServers() {
        this.defaultMeetings = null;
        this.defaultClient = null;
        this.selector = null;
        this.names = null;
        this.clients = null;
        this.meetings = null;
    }

    @Inject
    BbbServers(Config config, MeetingService defaultMeetings, BigBlueButtonClient defaultClient,
               Instance<ServerSelector> selectors, NamedServerGuard guard, CallbackSupport callbacks,
               Event<MeetingCreated> created, Event<MeetingEnded> ended) {
        this.defaultMeetings = defaultMeetings;
        this.defaultClient = defaultClient;
        this.selector = selectors.isUnsatisfied() ? null : selectors.get();   // once: serverFor runs on every join
        this.names = ServerNames.read(config).servers();
        Duration ttl = CreatedMeetingTtl.read(config);
        Map<String, BigBlueButtonClient> c = new LinkedHashMap<>();
        Map<String, MeetingService> m = new LinkedHashMap<>();
        try {
            for (String name : names.names()) {
                BigBlueButtonClient client = BbbSettings.read(config, name).orThrow().clientBuilder().build();
                c.put(name, client);
                m.put(name, new MeetingService(client, guard, ttl, callbacks, created::fire, ended::fire));
            }
        } catch (RuntimeException e) {
            c.values().forEach(BigBlueButtonClient::close);
            throw e;
        }
        this.clients = Map.copyOf(c);
        this.meetings = Map.copyOf(m);
    }

    /** The names configured under {@code bbb.servers}, sorted; without {@link BbbServer#DEFAULT}. */
    public Set<String> names() {
        return names.names();
    }

    /**
     * A server's meeting service.
     *
     * @param server {@link BbbServer#DEFAULT} or a configured name
     * @throws BbbConfigurationException naming {@code bbb.servers.<server>.url} if no such server is configured
     */
    public MeetingService meetings(String server) {
        return BbbServer.DEFAULT.equals(server) ? defaultMeetings : named(meetings, server);
    }

    /**
     * A server's client, for the calls {@link MeetingService} does not offer (recordings, hooks…).
     *
     * @param server {@link BbbServer#DEFAULT} or a configured name
     * @throws BbbConfigurationException naming {@code bbb.servers.<server>.url} if no such server is configured
     */
    public BigBlueButtonClient client(String server) {
        return BbbServer.DEFAULT.equals(server) ? defaultClient : named(clients, server);
    }

    /**
     * The name of a course's server: the {@link ServerSelector}'s answer, or without a selector the server whose
     * {@code tenants} list the tenant, else {@link BbbServer#DEFAULT}.
     *
     * @throws BbbConfigurationException if the selector answers a server that is not configured
     */
    public String serverFor(String tenant, String courseId) {
        String t = Objects.requireNonNullElse(tenant, "");
        String c = Objects.requireNonNullElse(courseId, "");
        if (selector == null) {
            return names.tenants().getOrDefault(t, BbbServer.DEFAULT);
        }
        String server = selector.serverFor(t, c);
        if (server == null || !BbbServer.DEFAULT.equals(server) && !clients.containsKey(server)) {
            throw BbbConfigurationException.invalid(BbbSettings.property(String.valueOf(server), BbbSettings.URL),
                    "the ServerSelector chose server " + server + " for tenant " + t
                            + ", but no such server is configured");
        }
        return server;
    }

    /** {@link #meetings(String)} of {@link #serverFor(String, String)}. */
    public MeetingService meetingsFor(String tenant, String courseId) {
        return meetings(serverFor(tenant, courseId));
    }

    /** {@link #client(String)} of {@link #serverFor(String, String)}. */
    public BigBlueButtonClient clientFor(String tenant, String courseId) {
        return client(serverFor(tenant, courseId));
    }

    @Produces
    @Dependent
    @BbbServer("")
    MeetingService injectMeetings(InjectionPoint point) {
        return meetings(nameAt(point));
    }

    @Produces
    @Dependent
    @BbbServer("")
    BigBlueButtonClient injectClient(InjectionPoint point) {
        return client(nameAt(point));
    }

    /** Named servers forget a created meeting when it ends, as the default server's service does. */
    void forgetEnded(@Observes MeetingEnded event) {
        meetings.values().forEach(m -> m.forget(event.meetingID()));
    }

    @PreDestroy
    void close() {
        clients.values().forEach(BigBlueButtonClient::close);
    }

    @Override
    public String toString() {
        return "BbbServers[" + (names == null ? "proxy" : BbbServer.DEFAULT + ", " + String.join(", ", names.names())) + "]";
    }

    private static String nameAt(InjectionPoint point) {
        return point.getQualifiers().stream().filter(BbbServer.class::isInstance).map(q -> ((BbbServer) q).value())
                .findFirst().orElse(BbbServer.DEFAULT);
    }

    private static <T> T named(Map<String, T> servers, String server) {
        T found = servers.get(server);
        if (found == null) {
            throw BbbConfigurationException.notSet(BbbSettings.property(String.valueOf(server), BbbSettings.URL));
        }
        return found;
    }
}
