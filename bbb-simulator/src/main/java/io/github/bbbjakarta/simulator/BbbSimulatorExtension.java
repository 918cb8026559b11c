package io.github.bbbjakarta.simulator;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;

/**
 * JUnit 5 extension running one {@link BbbSimulator} per test class. Register it on a static field; it starts
 * before the first test, resets all simulator state after each test, stops after the last test and injects
 * {@link BbbSimulator} (and {@link SimulatorControl}) parameters:
 * <pre>{@code
 * @RegisterExtension
 * static BbbSimulatorExtension SIM = BbbSimulatorExtension.withSecret("s3cret").checksumAlgorithms("sha256");
 *
 * @Test
 * void creates(BbbSimulator sim) { ... sim.apiUrl() ... }
 * }</pre>
 * Registered on an instance field, it starts and stops around each test instead. Configure it before the
 * first test runs; not meant to be shared between threads during configuration.
 */
public final class BbbSimulatorExtension
        implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {
    private final BbbSimulator.Builder builder;
    private final String secret;
    private BbbSimulator simulator;
    private boolean perTest;

    private BbbSimulatorExtension(String secret) {
        this.builder = BbbSimulator.builder().secret(secret);
        this.secret = secret;
    }

    /** An extension whose simulator uses this shared secret. */
    public static BbbSimulatorExtension withSecret(String secret) {
        return new BbbSimulatorExtension(secret);
    }

    /** Restricts {@code supportedChecksumAlgorithms}. */
    public BbbSimulatorExtension checksumAlgorithms(String... names) {
        builder.supportedChecksumAlgorithms(names);
        return this;
    }

    /** Restricts the algorithms accepted by the simulated bbb-webhooks ({@code hooks/*}), e.g. {@code "sha1"}. */
    public BbbSimulatorExtension hookChecksumAlgorithms(String... names) {
        builder.supportedHookChecksumAlgorithms(names);
        return this;
    }

    /** Reveals this {@code bbbVersion} in the API root. */
    public BbbSimulatorExtension revealBbbVersion(String version) {
        builder.revealBbbVersion(version);
        return this;
    }

    /** Uses this clock. */
    public BbbSimulatorExtension clock(Clock clock) {
        builder.clock(clock);
        return this;
    }

    /** Sets {@code usersTimeout}. */
    public BbbSimulatorExtension usersTimeout(Duration timeout) {
        builder.usersTimeout(timeout);
        return this;
    }

    /** Sets {@link BbbSimulator.Builder#readTimeout(Duration)}. */
    public BbbSimulatorExtension readTimeout(Duration timeout) {
        builder.readTimeout(timeout);
        return this;
    }

    /** Sets {@link BbbSimulator.Builder#callbackRetryDelays(Duration...)}. */
    public BbbSimulatorExtension callbackRetryDelays(Duration... delays) {
        builder.callbackRetryDelays(delays);
        return this;
    }

    /** Sets {@link BbbSimulator.Builder#webhookRetryDelays(Duration...)}. */
    public BbbSimulatorExtension webhookRetryDelays(Duration... delays) {
        builder.webhookRetryDelays(delays);
        return this;
    }

    /** Sets {@link BbbSimulator.Builder#recordingSettings(RecordingSettings)}. */
    public BbbSimulatorExtension recordingSettings(RecordingSettings settings) {
        builder.recordingSettings(settings);
        return this;
    }

    /** Sets {@link BbbSimulator.Builder#maxBodySize(int)}. */
    public BbbSimulatorExtension maxBodySize(int bytes) {
        builder.maxBodySize(bytes);
        return this;
    }

    /** Uses a fixed port instead of a free one. */
    public BbbSimulatorExtension port(int port) {
        builder.port(port);
        return this;
    }

    /** The running simulator. */
    public BbbSimulator simulator() {
        if (simulator == null) {
            throw new IllegalStateException("The simulator is not running");
        }
        return simulator;
    }

    /** The API base URL of the running simulator. */
    public URI apiUrl() {
        return simulator().apiUrl();
    }

    /** The shared secret the simulator was configured with. */
    public String secret() {
        return secret;
    }

    /** The control API of the running simulator. */
    public SimulatorControl control() {
        return simulator().control();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (simulator == null) {
            simulator = builder.start();
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (simulator == null) {
            perTest = true;
            simulator = builder.start();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (simulator == null) {
            return;
        }
        if (perTest) {
            simulator.close();
            simulator = null;
        } else {
            simulator.control().reset();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (simulator != null) {
            simulator.close();
            simulator = null;
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        Class<?> type = parameterContext.getParameter().getType();
        return type == BbbSimulator.class || type == SimulatorControl.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        Class<?> type = parameterContext.getParameter().getType();
        return type == BbbSimulator.class ? simulator() : simulator().control();
    }

    @Override
    public String toString() {
        return "BbbSimulatorExtension[" + (simulator == null ? "stopped" : simulator.toString()) + "]";
    }
}
