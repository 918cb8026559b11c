package io.github.bbbjakarta.api;

import io.github.bbbjakarta.simulator.BbbSimulator;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A Java SE application without the runtime libraries: the client is loaded in a class loader that sees this
 * module's classpath minus some jars. A missing JAXB is one clear {@link BbbMissingLibraryException} from
 * build(), naming the Maven coordinates; JAX-RS is not needed at all.
 */
class RuntimeDependenciesTest {

    @Test
    void withoutAJaxbImplementationBuildFailsNamingTheDependencyToAdd() throws Exception {
        Throwable e = buildIn(loaderWithout("jaxb-runtime", "jaxb-core"));
        assertEquals(BbbMissingLibraryException.class.getName(), e.getClass().getName(), String.valueOf(e));
        assertTrue(e.getMessage().contains("org.glassfish.jaxb:jaxb-runtime:4.0.6"), e.getMessage());
    }

    @Test
    void withoutTheJaxbApiBuildFailsNamingTheDependencies() throws Exception {
        Throwable e = buildIn(loaderWithout("jakarta.xml.bind-api", "jaxb-runtime", "jaxb-core"));
        assertEquals(BbbMissingLibraryException.class.getName(), e.getClass().getName(), String.valueOf(e));
        assertTrue(e.getMessage().contains("jakarta.xml.bind:jakarta.xml.bind-api:4.0.2"), e.getMessage());
        assertTrue(e.getMessage().contains("org.glassfish.jaxb:jaxb-runtime:4.0.6"), e.getMessage());
    }

    @Test
    void withoutAJsonProcessingImplementationBuildFailsNamingParsson() throws Exception {
        Throwable e = buildIn(loaderWithout("parsson"));
        assertEquals(BbbMissingLibraryException.class.getName(), e.getClass().getName(), String.valueOf(e));
        assertTrue(e.getMessage().contains("org.eclipse.parsson:parsson:1.1.7"), e.getMessage());
    }

    @Test
    void withoutJaxRsTheClientWorks() throws Exception {
        try (BbbSimulator sim = BbbSimulator.builder().secret("s3cret").build().start();
             URLClassLoader loader = loaderWithout("jakarta.ws.rs-api", "resteasy")) {
            assertThrows(ClassNotFoundException.class, () -> loader.loadClass("jakarta.ws.rs.client.Client"));
            Thread thread = Thread.currentThread();
            ClassLoader previous = thread.getContextClassLoader();
            thread.setContextClassLoader(loader);
            try {
                Class<?> type = loader.loadClass(BigBlueButtonClient.class.getName());
                Object client = type.getMethod("create", String.class, String.class).invoke(null, sim.apiUrl().toString(), "s3cret");
                try (AutoCloseable closeable = (AutoCloseable) client) {
                    Object version = type.getMethod("checkConnection").invoke(closeable);
                    assertTrue(version.toString().contains("2.0"), version.toString());
                }
            } finally {
                thread.setContextClassLoader(previous);
            }
        }
    }

    /** What build() throws in that loader (with it as the context class loader, as in an application). */
    private static Throwable buildIn(URLClassLoader loader) throws Exception {
        try (loader) {
            Thread thread = Thread.currentThread();
            ClassLoader previous = thread.getContextClassLoader();
            thread.setContextClassLoader(loader);
            try {
                Class<?> type = loader.loadClass(BigBlueButtonClient.class.getName());
                Object builder = type.getMethod("builder", String.class, String.class).invoke(null, "https://bbb.example.com", "s3cret");
                Method build = builder.getClass().getMethod("build");
                InvocationTargetException e = assertThrows(InvocationTargetException.class, () -> build.invoke(builder));
                assertFalse(e.getCause().getMessage().contains("s3cret"));
                return e.getCause();
            } finally {
                thread.setContextClassLoader(previous);
            }
        }
    }

    /** This test JVM's classpath without the jars whose file name contains one of {@code hidden}. */
    static URLClassLoader loaderWithout(String... hidden) throws Exception {
        List<URL> urls = new ArrayList<>();
        for (Path entry : classpath()) {
            String name = entry.getFileName().toString();
            boolean hide = false;
            for (String h : hidden) {
                hide |= name.contains(h);
            }
            if (!hide) {
                urls.add(entry.toUri().toURL());
            }
        }
        return new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
    }

    /** The classpath entries, expanding surefire's manifest-only jar. */
    private static List<Path> classpath() throws Exception {
        List<Path> entries = new ArrayList<>();
        for (String e : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path p = Path.of(e);
            entries.add(p);
            if (e.endsWith(".jar") && p.toFile().isFile()) {
                try (JarFile jar = new JarFile(p.toFile())) {
                    Manifest m = jar.getManifest();
                    String cp = m == null ? null : m.getMainAttributes().getValue("Class-Path");
                    if (cp != null) {
                        for (String ref : cp.trim().split("\\s+")) {
                            entries.add(Path.of(p.toUri().resolve(ref)));
                        }
                    }
                }
            }
        }
        assertTrue(entries.stream().anyMatch(x -> x.toString().contains("jaxb-runtime")), "jaxb-runtime on the classpath: " + entries);
        return entries;
    }
}
