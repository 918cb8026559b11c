package io.github.bbbjakarta.cli;

import io.github.bbbjakarta.simulator.BbbSimulator;
import io.github.bbbjakarta.simulator.SimulatorControl;

import java.net.URI;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * A simulator on a free loopback port with a random secret, for commands run without {@code BBB_URL}. The
 * secret never leaves this process. Stopped by {@link #close()}.
 */
final class EmbeddedSimulator implements AutoCloseable {

    private final BbbSimulator simulator;
    private final String secret;

    private EmbeddedSimulator(BbbSimulator simulator, String secret) {
        this.simulator = simulator;
        this.secret = secret;
    }

    /** Starts one. */
    static EmbeddedSimulator start() {
        String secret = randomSecret();
        BbbSimulator simulator = BbbSimulator.builder().secret(secret).port(0).bindAddress("127.0.0.1").start();
        return new EmbeddedSimulator(simulator, secret);
    }

    URI apiUrl() {
        return simulator.apiUrl();
    }

    /** The simulator's control API: simulated users, recording, ending, processing. */
    SimulatorControl control() {
        return simulator.control();
    }

    String secret() {
        return secret;
    }

    @Override
    public void close() {
        simulator.close();
    }

    /** 40 random hex digits, like {@code bbb-conf --setsecret} would set. */
    static String randomSecret() {
        byte[] bytes = new byte[20];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
