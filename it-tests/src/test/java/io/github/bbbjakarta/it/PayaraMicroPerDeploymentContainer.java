package io.github.bbbjakarta.it;

import fish.payara.arquillian.container.payara.managed.PayaraMicroContainerConfiguration;
import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.protocol.ProtocolDescription;
import org.jboss.arquillian.container.spi.client.protocol.metadata.HTTPContext;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.shrinkwrap.api.Archive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Payara Micro's managed Arquillian adapter ({@code arquillian-payara-micro-managed}), one process per deployment.
 * The stock adapter starts a Payara Micro process for each deployed archive but remembers only the last one, so a
 * test class with two deployments (the simulator and the application) would leave the first running and stop the
 * second twice. This container gives each archive its own adapter instance, stops exactly that process on undeploy
 * and waits until it has exited (so the next test class's simulator gets port 8080 again), writes each process's
 * log to {@code <payara.logs>/<archive>.log.0}, and, when Payara refuses a deployment, stops the process and puts
 * Payara's error lines into the {@link DeploymentException} (the stock adapter only says that no application was
 * deployed). Registered by {@link PayaraMicroExtension} when the Payara adapter is on the class path.
 */
public final class PayaraMicroPerDeploymentContainer implements DeployableContainer<PayaraMicroContainerConfiguration> {
    private static final long EXIT_WAIT_SECONDS = 60;

    private final Map<String, Running> running = new ConcurrentHashMap<>();
    private PayaraMicroContainerConfiguration configuration;
    private String baseMicroOptions = "";

    private record Running(PayaraMicroDeployableContainer adapter, Optional<ProcessHandle> process) {
    }

    @Override
    public Class<PayaraMicroContainerConfiguration> getConfigurationClass() {
        return PayaraMicroContainerConfiguration.class;
    }

    @Override
    public void setup(PayaraMicroContainerConfiguration configuration) {
        this.configuration = configuration;
        this.baseMicroOptions = Optional.ofNullable(configuration.getExtraMicroOptions()).orElse("").trim();
        try {
            Files.createDirectories(ItContainer.logDirectory());
            Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public ProtocolDescription getDefaultProtocol() {
        return new PayaraMicroDeployableContainer().getDefaultProtocol();
    }

    @Override
    public ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
        String name = archive.getName();
        deleteLogs(name);
        // Payara appends ".0" to the file name. The adapter splits options at unescaped spaces.
        Path log = ItContainer.logDirectory().resolve(name + ".log").toAbsolutePath();
        configuration.setExtraMicroOptions((baseMicroOptions + " --logToFile " + log.toString().replace(" ", "\\ ")).trim());
        PayaraMicroDeployableContainer adapter = new PayaraMicroDeployableContainer();
        adapter.setup(configuration);
        Set<ProcessHandle> before = ProcessHandle.current().children().collect(Collectors.toSet());
        try {
            ProtocolMetaData metaData = adapter.deploy(archive);
            if (refused(name)) {
                throw new DeploymentException("Payara Micro started without " + name);
            }
            Optional<ProcessHandle> process = ProcessHandle.current().children().filter(p -> !before.contains(p)).findFirst();
            running.put(name, new Running(adapter, process));
            metaData.getContexts(HTTPContext.class).stream().findFirst().ifPresent(http ->
                    ItContainer.payaraProcess(name, URI.create("http://127.0.0.1:" + http.getPort() + "/")));
            return metaData;
        } catch (DeploymentException | RuntimeException e) {
            Optional<ProcessHandle> process = ProcessHandle.current().children().filter(p -> !before.contains(p)).findFirst();
            stop(new Running(adapter, process), archive);
            throw new DeploymentException("Payara Micro did not deploy " + name + ": " + errors(name)
                    + " (log: " + logFile(name) + ")", e);
        }
    }

    @Override
    public void undeploy(Archive<?> archive) {
        String name = archive.getName();
        ItContainer.payaraProcess(name, null);
        Running process = running.remove(name);
        if (process != null) {
            stop(process, archive);
        }
    }

    private static void stop(Running process, Archive<?> archive) {
        try {
            process.adapter().undeploy(archive);
        } catch (DeploymentException | RuntimeException e) {
            process.process().ifPresent(ProcessHandle::destroy);
        }
        process.process().ifPresent(p -> {
            try {
                p.onExit().get(EXIT_WAIT_SECONDS, TimeUnit.SECONDS);
            } catch (Exception e) {
                p.destroyForcibly();
            }
        });
    }

    private static Path logFile(String archiveName) {
        return ItContainer.PAYARA.log(archiveName);
    }

    /** Removes the logs of an earlier run (the file handler would otherwise start a new generation). */
    private static void deleteLogs(String archiveName) {
        String prefix = archiveName + ".log";
        try (var files = Files.list(ItContainer.logDirectory())) {
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith(prefix)).toList()) {
                Files.deleteIfExists(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Payara Micro logs a refused deployment and goes on running without it: the stock adapter does not notice. */
    private static boolean refused(String archiveName) {
        try {
            String log = Files.readString(logFile(archiveName), StandardCharsets.UTF_8);
            return log.contains("Deployed 0 archive(s)") || log.contains("Exception while loading the app");
        } catch (IOException e) {
            return false;
        }
    }

    /** The messages of the SEVERE records in the archive's log: what Payara says went wrong. */
    private static String errors(String archiveName) {
        Path log = logFile(archiveName);
        if (!Files.exists(log)) {
            return "no log";
        }
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            String severe = lines.stream()
                    .filter(l -> l.contains("SEVERE") || l.contains("Exception:") || l.contains("Error:"))
                    .map(String::strip)
                    .distinct()
                    .limit(12)
                    .collect(Collectors.joining("\n"));
            return severe.isEmpty() ? "no error in its log" : severe;
        } catch (IOException e) {
            return "its log is unreadable: " + e.getMessage();
        }
    }
}
