package io.github.bbbjakarta.cdi;

import io.github.bbbjakarta.cdi.internal.CallbackPathFilter;
import io.undertow.servlet.api.DeploymentInfo;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import org.jboss.resteasy.core.ResteasyDeploymentImpl;
import org.jboss.resteasy.plugins.server.undertow.UndertowJaxrsServer;
import org.jboss.resteasy.spi.HttpRequest;
import org.jboss.resteasy.spi.HttpResponse;
import org.jboss.resteasy.spi.ResourceFactory;
import org.jboss.resteasy.spi.ResteasyDeployment;
import org.jboss.resteasy.spi.ResteasyProviderFactory;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * A real JAX-RS runtime for the callback endpoint in Java SE: RESTEasy 6.2 (as WildFly 39 ships) on Undertow,
 * an application at context {@code /app} holding {@link BbbCallbackResource} (the bean from Weld) and
 * {@link CallbackPathFilter}, as an LMS WAR with bbb-cdi in WEB-INF/lib would. It can replace the next answers of a
 * path with 503 after the resource handled the request, as if the answer were lost, so the sender retries a
 * callback that was in fact handled.
 */
final class CallbackServer implements AutoCloseable {
    private final Server server;
    private final Map<String, AtomicInteger> loseAnswers = new ConcurrentHashMap<>();
    /** "METHOD path status" per request (status as the resource answered), oldest first. */
    private final List<String> log = new CopyOnWriteArrayList<>();

    private static final class Server extends UndertowJaxrsServer {
        int port() {
            return ((InetSocketAddress) server.getListenerInfo().get(0).getAddress()).getPort();
        }
    }

    CallbackServer() {
        server = new Server();
        server.setHostname("127.0.0.1").setPort(0).start();
    }

    /** The application's base URL, {@code http://127.0.0.1:port/app}. */
    String appUrl() {
        return "http://127.0.0.1:" + server.port() + "/app";
    }

    /** The endpoint's public URL at its default path, for {@code bbb.callback-url}. */
    String callbackUrl() {
        return appUrl() + "/" + BbbCallbackResource.PATH;
    }

    /** Deploys the application, taking the resource from {@code resource} (Weld) for each request. */
    CallbackServer deploy(Supplier<BbbCallbackResource> resource) {
        ResteasyDeployment deployment = new ResteasyDeploymentImpl();
        deployment.getActualProviderClasses().add(CallbackPathFilter.class);
        deployment.getProviders().add(new AnswerFilter());
        deployment.getResourceFactories().add(new ResourceFactory() {
            @Override
            public Class<?> getScannableClass() {
                return BbbCallbackResource.class;
            }

            @Override
            public void registered(ResteasyProviderFactory factory) {
            }

            @Override
            public Object createResource(HttpRequest request, HttpResponse response, ResteasyProviderFactory factory) {
                return resource.get();
            }

            @Override
            public void requestFinished(HttpRequest request, HttpResponse response, Object resource) {
            }

            @Override
            public void unregistered() {
            }
        });
        DeploymentInfo info = server.undertowDeployment(deployment, "/")
                .setContextPath("/app").setDeploymentName("lms").setClassLoader(getClass().getClassLoader());
        server.deploy(info);
        return this;
    }

    /** The next {@code n} answers to paths ending in {@code suffix} become 503 (after the resource handled them). */
    void loseAnswers(String suffix, int n) {
        loseAnswers.put(suffix, new AtomicInteger(n));
    }

    List<String> log() {
        return List.copyOf(log);
    }

    /** Logs each answer and loses the ones asked for. */
    private final class AnswerFilter implements ContainerResponseFilter {
        @Override
        public void filter(ContainerRequestContext request, ContainerResponseContext response) {
            String path = request.getUriInfo().getPath();
            log.add(request.getMethod() + " " + path + " " + response.getStatus());
            loseAnswers.forEach((suffix, n) -> {
                if (path.endsWith(suffix) && n.getAndDecrement() > 0) {
                    response.setStatus(503);
                }
            });
        }
    }

    @Override
    public void close() {
        server.stop();
    }
}
