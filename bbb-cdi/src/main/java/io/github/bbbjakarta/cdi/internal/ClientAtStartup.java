package io.github.bbbjakarta.cdi.internal;

import io.github.bbbjakarta.api.BigBlueButtonClient;
import io.github.bbbjakarta.cdi.BbbServers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;

/**
 * Builds the application's {@link BigBlueButtonClient}s (the default server's and the named ones of
 * {@link BbbServers}) when the application starts, while its class loader (and
 * so its MicroProfile Config) is the current one. Payara Micro runs health checks on a thread whose context class
 * loader is not the application's: a readiness probe that came first would otherwise build the client from a
 * configuration without {@code bbb.*} and report DOWN forever.
 */
@ApplicationScoped
class ClientAtStartup {

    void build(@Observes @Initialized(ApplicationScoped.class) Object started, BigBlueButtonClient client,
               BbbServers servers) {
        client.apiUrl();
        servers.names();   // builds the named servers' clients
    }
}
