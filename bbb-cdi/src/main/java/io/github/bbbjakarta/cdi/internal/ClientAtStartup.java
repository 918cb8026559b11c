package io.github.bbbjakarta.cdi.internal;

import io.github.bbbjakarta.api.BigBlueButtonClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;

/**
 * Builds the application's {@link BigBlueButtonClient} when the application starts, while its class loader (and
 * so its MicroProfile Config) is the current one. Payara Micro runs health checks on a thread whose context class
 * loader is not the application's: a readiness probe that came first would otherwise build the client from a
 * configuration without {@code bbb.*} and report DOWN forever.
 */
@ApplicationScoped
class ClientAtStartup {

    void build(@Observes @Initialized(ApplicationScoped.class) Object started, BigBlueButtonClient client) {
        client.apiUrl();
    }
}
