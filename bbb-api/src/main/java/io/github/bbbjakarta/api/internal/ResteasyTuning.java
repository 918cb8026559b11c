package io.github.bbbjakarta.api.internal;

import jakarta.ws.rs.client.ClientBuilder;
import org.jboss.resteasy.client.jaxrs.ResteasyClientBuilder;

/**
 * RESTEasy's client keeps a single connection unless told otherwise, which fails under concurrent use; this
 * sizes its pool and keeps it from following redirects. Loaded only when RESTEasy is present.
 */
final class ResteasyTuning {
    private ResteasyTuning() {
    }

    static void tune(ClientBuilder builder, int maxConnections) {
        if (builder instanceof ResteasyClientBuilder resteasy) {
            resteasy.connectionPoolSize(maxConnections);
            resteasy.maxPooledPerRoute(maxConnections);
            resteasy.setFollowRedirects(false);
        }
    }
}
