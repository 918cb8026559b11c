package io.github.bbbjakarta.cdi.internal;

import io.github.bbbjakarta.api.BigBlueButtonClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.Config;

/**
 * Makes the configured {@link BigBlueButtonClient} injectable: built once from {@code bbb.*}, shared by
 * everyone, closed when the application stops.
 *
 * <p>{@code @Singleton} rather than {@code @ApplicationScoped}: the client is a final class, which a normal
 * scope could not proxy. Either way there is one instance per application, released by the disposer.
 */
@ApplicationScoped
public class BigBlueButtonClientProducer {

    @Produces
    @Singleton
    BigBlueButtonClient client(Config config) {
        return BbbSettings.read(config).orThrow().clientBuilder().build();
    }

    void close(@Disposes BigBlueButtonClient client) {
        client.close();
    }
}
