package io.github.bbbjakarta.api.internal;

import io.github.bbbjakarta.api.BbbParameterException;

import java.net.ProxySelector;
import java.time.Duration;
import java.util.Objects;
import javax.net.ssl.SSLContext;

/**
 * The HTTP settings of one client, validated: durations between 1 ms and their maximum, sizes and counts in
 * range. Immutable.
 *
 * @param connectTimeout  longest wait for a TCP connection (and for the TLS handshake)
 * @param readTimeout     longest silence between two reads of the answer
 * @param callTimeout     total deadline of a call: waiting for a free connection, connect, send, whole answer
 * @param maxConnections  calls in flight to the server at once; more wait (inside their deadline)
 * @param maxResponseSize largest answer body read, in bytes
 * @param sslContext      the TLS context, null for the JVM default (certificates and host names are verified)
 * @param proxy           chooses an HTTP (CONNECT for https) or SOCKS proxy per URL; null to connect directly
 */
public record TransportSettings(Duration connectTimeout, Duration readTimeout, Duration callTimeout,
                                int maxConnections, int maxResponseSize, SSLContext sslContext, ProxySelector proxy) {
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(15);
    public static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofSeconds(30);
    public static final int DEFAULT_MAX_CONNECTIONS = 20;
    public static final int DEFAULT_MAX_RESPONSE_SIZE = 16 * 1024 * 1024;
    public static final int MAX_CONNECTIONS_LIMIT = 10_000;
    public static final int MIN_RESPONSE_SIZE = 1024;
    public static final int MAX_RESPONSE_SIZE_LIMIT = 1024 * 1024 * 1024;
    static final Duration MAX_CONNECT_TIMEOUT = Duration.ofMinutes(10);
    static final Duration MAX_TIMEOUT = Duration.ofHours(1);

    public static TransportSettings defaults() {
        return new TransportSettings(DEFAULT_CONNECT_TIMEOUT, DEFAULT_READ_TIMEOUT, DEFAULT_CALL_TIMEOUT,
                DEFAULT_MAX_CONNECTIONS, DEFAULT_MAX_RESPONSE_SIZE, null, null);
    }

    /** A duration between 1 ms and {@code max}; the message names {@code setting} and the bounds. */
    public static Duration duration(String setting, Duration value, Duration max) {
        if (value == null) {
            throw new BbbParameterException(setting, "is required");
        }
        if (value.compareTo(Duration.ofMillis(1)) < 0) {
            throw new BbbParameterException(setting, "must be a positive duration of at least 1 ms (was " + value + ")");
        }
        if (value.compareTo(max) > 0) {
            throw new BbbParameterException(setting, "must be at most " + human(max) + " (was " + value + ")");
        }
        return value;
    }

    public static Duration connectTimeout(Duration value) {
        return duration("connectTimeout", value, MAX_CONNECT_TIMEOUT);
    }

    public static Duration readTimeout(Duration value) {
        return duration("readTimeout", value, MAX_TIMEOUT);
    }

    public static Duration callTimeout(Duration value) {
        return duration("callTimeout", value, MAX_TIMEOUT);
    }

    public static int maxConnections(int value) {
        if (value < 1 || value > MAX_CONNECTIONS_LIMIT) {
            throw new BbbParameterException("maxConnections", "must be between 1 and " + MAX_CONNECTIONS_LIMIT + " (was " + value + ")");
        }
        return value;
    }

    public static int maxResponseSize(long value) {
        if (value < MIN_RESPONSE_SIZE || value > MAX_RESPONSE_SIZE_LIMIT) {
            throw new BbbParameterException("maxResponseSize", "must be between 1 KiB and 1 GiB in bytes (was " + value + ")");
        }
        return (int) value;
    }

    public TransportSettings {
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        Objects.requireNonNull(callTimeout, "callTimeout");
    }

    /** {@code 16 MiB}, {@code 1500 bytes}. */
    public static String bytes(long n) {
        if (n >= 1024 * 1024 && n % (1024 * 1024) == 0) {
            return n / (1024 * 1024) + " MiB";
        }
        if (n >= 1024 && n % 1024 == 0) {
            return n / 1024 + " KiB";
        }
        return n + " bytes";
    }

    /** {@code 30 s}, {@code 250 ms}, {@code 1 h}. */
    public static String human(Duration d) {
        long ms = d.toMillis();
        if (ms % 3_600_000 == 0) {
            return ms / 3_600_000 + " h";
        }
        if (ms % 60_000 == 0) {
            return ms / 60_000 + " min";
        }
        if (ms % 1000 == 0) {
            return ms / 1000 + " s";
        }
        return ms + " ms";
    }
}
