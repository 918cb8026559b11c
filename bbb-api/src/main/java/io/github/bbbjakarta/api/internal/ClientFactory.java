package io.github.bbbjakarta.api.internal;

import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Creates the JAX-RS client a {@code BigBlueButtonClient} owns: timeouts, a pool, no redirects followed. */
public final class ClientFactory {
    private static final boolean RESTEASY = isPresent("org.jboss.resteasy.client.jaxrs.ResteasyClientBuilder");

    private ClientFactory() {
    }

    public static Client create(Duration connectTimeout, Duration readTimeout, int maxConnections) {
        ClientBuilder builder = ClientBuilder.newBuilder()
                .connectTimeout(connectTimeout.toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(readTimeout.toMillis(), TimeUnit.MILLISECONDS)
                .property("jersey.config.client.followRedirects", Boolean.FALSE);
        if (RESTEASY) {
            try {
                ResteasyTuning.tune(builder, maxConnections);
            } catch (LinkageError e) {
                // RESTEasy visible but not usable from here: keep the defaults
            }
        }
        return builder.build();
    }

    private static boolean isPresent(String className) {
        try {
            Class.forName(className, false, ClientFactory.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
