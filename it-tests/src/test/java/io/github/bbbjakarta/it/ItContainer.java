package io.github.bbbjakarta.it;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The server the in-container tests run on, and what differs between them. The build runs every {@code *IT}
 * class twice, once per failsafe execution: WildFly (Arquillian qualifier {@code wildfly}) and Payara Micro
 * ({@code payara}); the Payara execution sets the system property {@code arquillian.launch} to {@code payara} (in the
 * test JVM and in Payara's). Tests ask this class for
 * container-specific URLs and log paths instead of hard-coding WildFly's.
 */
enum ItContainer {
    /** One managed WildFly holds every deployment; health is on the management interface. */
    WILDFLY("WildFly") {
        @Override
        URI readiness(String archiveName) {
            return URI.create("http://127.0.0.1:9990/health/ready");
        }

        @Override
        Path log(String archiveName) {
            return Path.of(System.getProperty("jboss.home", "target/wildfly"), "standalone", "log", "server.log")
                    .toAbsolutePath();
        }

        @Override
        int applicationHttpPort() {
            return SIMULATOR_PORT;
        }
    },
    /**
     * Payara Micro runs one process per deployment (that is how Micro deploys); the simulator's process is started
     * first and so holds port 8080, each application's process takes the next free port. Health is served by each
     * process at {@code /health} on its HTTP port, for the application it holds.
     */
    PAYARA("Payara Micro") {
        @Override
        URI readiness(String archiveName) {
            URI base = PAYARA_PROCESSES.get(archiveName);
            if (base == null) {
                throw new IllegalStateException(archiveName + " is not deployed on Payara Micro");
            }
            return base.resolve("/health/ready");
        }

        @Override
        Path log(String archiveName) {
            // Payara Micro's --logToFile appends the file handler's generation number.
            return logDirectory().resolve(archiveName + ".log.0").toAbsolutePath();
        }

        /** autoBindHttp: the first port after the simulator's that is free now (8081 on a quiet machine). */
        @Override
        int applicationHttpPort() {
            for (int port = SIMULATOR_PORT + 1; port < SIMULATOR_PORT + 100; port++) {
                try (java.net.ServerSocket probe = new java.net.ServerSocket(port)) {
                    return probe.getLocalPort();
                } catch (java.io.IOException busy) {
                    // taken: Payara Micro would skip it too
                }
            }
            throw new IllegalStateException("no free HTTP port after " + SIMULATOR_PORT + " for Payara Micro");
        }
    };

    /** The HTTP port of the simulator (deployed first on both servers). */
    static final int SIMULATOR_PORT = 8080;

    /** Base URI ({@code http://127.0.0.1:port/}) of the Payara Micro process holding each deployed archive. */
    private static final Map<String, URI> PAYARA_PROCESSES = new ConcurrentHashMap<>();

    private final String displayName;

    ItContainer(String displayName) {
        this.displayName = displayName;
    }

    /** The container of this run: the Arquillian qualifier {@code arquillian.launch}; WildFly when it is not set. */
    static ItContainer current() {
        return "payara".equalsIgnoreCase(System.getProperty("arquillian.launch")) ? PAYARA : WILDFLY;
    }

    /** Where Payara Micro's per-deployment logs go (system property {@code payara.logs}). */
    static Path logDirectory() {
        return Path.of(System.getProperty("payara.logs", "target/payara/logs"));
    }

    /** Records (or, with {@code null}, forgets) the Payara Micro process that holds an archive. */
    static void payaraProcess(String archiveName, URI base) {
        if (base == null) {
            PAYARA_PROCESSES.remove(archiveName);
        } else {
            PAYARA_PROCESSES.put(archiveName, base);
        }
    }

    /** The MicroProfile Health readiness URL that reports the checks of the given deployed archive. */
    abstract URI readiness(String archiveName);

    /**
     * The HTTP port at which the application deployed after the simulator will be served, predicted before it is
     * deployed (for configuration that must hold the application's own URL, such as {@code bbb.callback-url}).
     * WildFly: the simulator's port (one server). Payara Micro: the first free port after the simulator's
     * ({@code autoBindHttp}); call it before the simulator is deployed or while it runs, and assert the
     * prediction against the deployed application's URL.
     */
    abstract int applicationHttpPort();

    /** The server log in which the given archive's deployment is logged. */
    abstract Path log(String archiveName);

    /** Where to look when something failed: the log of this archive, or all logs of the run. */
    String logHint(String archiveName) {
        Path log = log(archiveName);
        return Files.exists(log) ? log.toString() : logDirectory().toAbsolutePath() + " (one log per deployment)";
    }

    @Override
    public String toString() {
        return displayName;
    }
}
