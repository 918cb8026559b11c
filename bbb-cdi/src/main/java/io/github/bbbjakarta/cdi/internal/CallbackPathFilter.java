package io.github.bbbjakarta.cdi.internal;

import io.github.bbbjakarta.cdi.BbbCallbackResource;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.config.ConfigProvider;

import java.net.URI;

/**
 * Moves the callback endpoint to {@code bbb.callback-path}: JAX-RS fixes a resource's path at compile time, so a
 * pre-matching filter rewrites requests under the configured path to {@link BbbCallbackResource#PATH}, and answers
 * 404 to requests at {@link BbbCallbackResource#PATH} itself, which then is not the endpoint's address. Does
 * nothing while the configured path is the default. Found by the application's JAX-RS scanning beside the resource.
 * Thread-safe.
 */
@Provider
@PreMatching
public class CallbackPathFilter implements ContainerRequestFilter {
    private volatile String configured;

    @Override
    public void filter(ContainerRequestContext request) {
        String path = configured();
        if (path.equals(BbbCallbackResource.PATH)) {
            return;
        }
        String relative = strip(request.getUriInfo().getPath(false));
        String rest = under(relative, path);
        if (rest != null) {
            URI base = request.getUriInfo().getBaseUri();
            String query = request.getUriInfo().getRequestUri().getRawQuery();
            request.setRequestUri(base, base.resolve(BbbCallbackResource.PATH + rest
                    + (query == null ? "" : "?" + query)));
        } else if (under(relative, BbbCallbackResource.PATH) != null) {
            request.abortWith(Response.status(Response.Status.NOT_FOUND).build());
        }
    }

    /** The rest of {@code relative} after {@code prefix} ({@code ""} or starting with {@code /}), or null. */
    private static String under(String relative, String prefix) {
        if (relative.equals(prefix)) {
            return "";
        }
        return relative.startsWith(prefix + "/") ? relative.substring(prefix.length()) : null;
    }

    private String configured() {
        String path = configured;
        if (path == null) {
            path = CallbackSettings.read(ConfigProvider.getConfig()).orThrow().callbackPath();
            configured = path;
        }
        return path;
    }

    private static String strip(String path) {
        return path.startsWith("/") ? path.substring(1) : path;
    }
}
