package io.github.bbbjakarta.cdi;

import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import jakarta.enterprise.inject.spi.DeploymentException;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.spi.ConfigProviderResolver;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;

import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * A Weld SE container with bean discovery (so the module's beans.xml and META-INF/services are what counts)
 * and a MicroProfile Config built for this container alone: registered for the test's class loader before the
 * container starts, released when it stops, so no configuration leaks between tests. Shared with
 * bbb-lms-integration's tests through bbb-cdi's test jar.
 */
public final class TestContainer implements AutoCloseable {
    private final WeldContainer weld;
    private final Config config;

    private TestContainer(WeldContainer weld, Config config) {
        this.weld = weld;
        this.config = config;
    }

    /** Configuration as in microprofile-config.properties or system properties (ordinal 400). */
    public static TestContainer withProperties(Map<String, String> properties, Class<?>... beans) {
        return start(List.of(new PropertiesConfigSource(properties, "test-properties", 400)), beans);
    }

    /** Configuration as environment variables (MicroProfile Config's env source, ordinal 300). */
    public static TestContainer withEnvironment(Map<String, String> environment, Class<?>... beans) {
        return start(List.of(new EnvConfigSource(environment, 300)), beans);
    }

    /** Configuration from the given sources only: no real system properties or environment. */
    public static TestContainer start(List<ConfigSource> sources, Class<?>... beans) {
        return start(new SmallRyeConfigBuilder().addDefaultInterceptors()
                .withSources(sources.toArray(ConfigSource[]::new)).build(), beans);
    }

    /** SmallRye's default configuration (system properties, environment, microprofile-config.properties). */
    public static TestContainer withDefaultConfig(Class<?>... beans) {
        return start(new SmallRyeConfigBuilder().addDefaultSources().build(), beans);
    }

    private static TestContainer start(Config config, Class<?>... beans) {
        ConfigProviderResolver resolver = ConfigProviderResolver.instance();
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        resolver.releaseConfig(resolver.getConfig(loader));
        resolver.registerConfig(config, loader);
        try {
            Weld weld = new Weld().addBeanClasses(beans);
            return new TestContainer(weld.initialize(), config);
        } catch (RuntimeException | Error e) {
            resolver.releaseConfig(config);
            throw e;
        }
    }

    /**
     * Starts a container that must not start (configuration as in {@link #withProperties}) and returns everything
     * its deployment failure says: the exception, its causes and their suppressed exceptions, a line each.
     */
    public static String deploymentFailure(Map<String, String> properties, Class<?>... beans) {
        DeploymentException e = assertThrows(DeploymentException.class,
                () -> withProperties(properties, beans).close(),
                () -> "the container must not start with " + properties.keySet());
        StringBuilder all = new StringBuilder();
        collect(e, all, 0);
        return all.toString();
    }

    private static void collect(Throwable t, StringBuilder out, int depth) {
        if (t == null || depth > 10) {
            return;
        }
        out.append(t).append('\n');
        for (Throwable s : t.getSuppressed()) {
            collect(s, out, depth + 1);
        }
        collect(t.getCause(), out, depth + 1);
    }

    public <T> T get(Class<T> type, Annotation... qualifiers) {
        return weld.select(type, qualifiers).get();
    }

    @Override
    public void close() {
        try {
            weld.shutdown();
        } finally {
            ConfigProviderResolver.instance().releaseConfig(config);
        }
    }
}
