package io.github.bbbjakarta.simulator.servlet;

import io.github.bbbjakarta.simulator.BbbSimulator;
import io.github.bbbjakarta.simulator.SimulatorControl;
import io.github.bbbjakarta.simulator.internal.SimulatorConfig;
import io.github.bbbjakarta.simulator.internal.digest.Digests;
import io.github.bbbjakarta.simulator.internal.http.RequestBodies;
import io.github.bbbjakarta.simulator.internal.http.SimRequest;
import io.github.bbbjakarta.simulator.internal.http.SimResponse;
import io.github.bbbjakarta.simulator.internal.routing.SimulatorEngine;
import jakarta.servlet.ServletConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The simulator as a servlet, for a WAR deployed beside the application under test (e.g. on WildFly or
 * Payara). Map it to {@code /*} in a WAR whose context root is {@code /}, so that it answers
 * {@code /bigbluebutton/api/…}, the simulated client {@code /html5client} and the admin API {@code /__admin/…}
 * exactly like the embedded simulator; control it with {@link SimulatorControl#remote(java.net.URI)}.
 *
 * <p>Init parameters (or system properties {@code bbb.simulator.<name>}): {@code secret} (required),
 * {@code checksum-algorithms} (default {@code sha1,sha256,sha384,sha512}), {@code hook-checksum-algorithms}
 * (bbb-webhooks' list for {@code hooks/*}, same default), {@code hook-checksum-algorithm} (the hash of webhook
 * event checksums, default {@code sha1}), {@code webhook-bearer-auth} ({@code true}: events carry
 * {@code Authorization: Bearer} instead of a checksum; default {@code false}), {@code reveal-bbb-version}
 * (default hidden), {@code users-timeout-seconds} (default 60), {@code max-body-size} (bytes, default 8 MiB; a larger body answers
 * like the embedded simulator: {@code FAILED}/{@code requestBodyTooLarge}, or HTTP 413 on the admin API). Read
 * timeouts are the servlet container's. The server's base URL is taken from the first
 * request. A dropped-connection stub is answered with an empty HTTP 500 here, since a servlet cannot drop its
 * connection. Thread-safe.
 */
public class BbbSimulatorServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private transient String secret;
    private transient String algorithms;
    private transient List<String> hookAlgorithms;
    private transient SimulatorConfig.Webhooks webhooks;
    private transient String bbbVersion;
    private transient Duration usersTimeout;
    private transient int maxBodySize;
    private transient io.github.bbbjakarta.simulator.RecordingSettings recordingSettings;
    private transient volatile SimulatorEngine engine;

    @Override
    public void init(ServletConfig config) throws ServletException {
        super.init(config);
        secret = setting(config, "secret", null);
        if (secret == null || secret.isBlank()) {
            throw new ServletException("bbb-simulator: init parameter 'secret' (or system property "
                    + "bbb.simulator.secret) is required");
        }
        algorithms = setting(config, "checksum-algorithms", Digests.ALGORITHM_LIST);
        hookAlgorithms = new ArrayList<>();
        for (String n : setting(config, "hook-checksum-algorithms", Digests.ALGORITHM_LIST).split(",")) {
            String a = n.trim().toLowerCase(Locale.ROOT);
            if (!Digests.ALGORITHMS.contains(a)) {
                throw new ServletException("bbb-simulator: hook-checksum-algorithms: " + Digests.unknownAlgorithm(n));
            }
            hookAlgorithms.add(a);
        }
        hookAlgorithms = List.copyOf(hookAlgorithms);
        String hookAlgorithm = setting(config, "hook-checksum-algorithm", "sha1").toLowerCase(Locale.ROOT);
        if (!Digests.ALGORITHMS.contains(hookAlgorithm)) {
            throw new ServletException("bbb-simulator: hook-checksum-algorithm: "
                    + Digests.unknownAlgorithm(hookAlgorithm));
        }
        webhooks = new SimulatorConfig.Webhooks(hookAlgorithm,
                Boolean.parseBoolean(setting(config, "webhook-bearer-auth", "false")),
                SimulatorConfig.Webhooks.DEFAULT_RETRY_DELAYS);
        bbbVersion = setting(config, "reveal-bbb-version", "");
        try {
            usersTimeout = Duration.ofSeconds(Long.parseLong(setting(config, "users-timeout-seconds", "60")));
        } catch (NumberFormatException e) {
            throw new ServletException("bbb-simulator: users-timeout-seconds must be a whole number of seconds");
        }
        try {
            maxBodySize = Integer.parseInt(setting(config, "max-body-size",
                    String.valueOf(BbbSimulator.DEFAULT_MAX_BODY_SIZE)));
        } catch (NumberFormatException e) {
            maxBodySize = -1;
        }
        if (maxBodySize <= 0) {
            throw new ServletException("bbb-simulator: max-body-size must be a positive number of bytes");
        }
        recordingSettings = io.github.bbbjakarta.simulator.RecordingSettings.defaults();
        for (String name : io.github.bbbjakarta.simulator.internal.RecordingOptions.NAMES) {
            String value = setting(config, name, null);
            if (value != null) {
                try {
                    recordingSettings = io.github.bbbjakarta.simulator.internal.RecordingOptions.apply(
                            recordingSettings, name, value);
                } catch (IllegalArgumentException e) {
                    throw new ServletException("bbb-simulator: " + e.getMessage());
                }
            }
        }
    }

    /** Stops the engine's background work (callback retries, the recording ticker). */
    @Override
    public void destroy() {
        SimulatorEngine e = engine;
        if (e != null) {
            e.close();
        }
        super.destroy();
    }

    private static String setting(ServletConfig config, String name, String fallback) {
        String value = config.getInitParameter(name);
        if (value == null) {
            value = System.getProperty("bbb.simulator." + name);
        }
        return value == null ? fallback : value.trim();
    }

    private SimulatorEngine engine(HttpServletRequest req) {
        SimulatorEngine e = engine;
        if (e == null) {
            synchronized (this) {
                e = engine;
                if (e == null) {
                    String base = req.getScheme() + "://" + req.getServerName() + ":" + req.getServerPort()
                            + req.getContextPath();
                    e = new SimulatorEngine(new SimulatorConfig(secret, algorithms, bbbVersion, Clock.systemUTC(),
                            usersTimeout, List.of(), base, maxBodySize, hookAlgorithms,
                            io.github.bbbjakarta.simulator.internal.callbacks.CallbackSender.DEFAULT_RETRY_DELAYS,
                            recordingSettings).withWebhooks(webhooks));
                    engine = e;
                }
            }
        }
        return e;
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        byte[] body;
        try (InputStream in = req.getInputStream()) {
            body = RequestBodies.readAtMost(in, req.getContentLengthLong(), maxBodySize);
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : Collections.list(req.getHeaderNames())) {
            headers.put(name, new ArrayList<>(Collections.list(req.getHeaders(name))));
        }
        String path = req.getRequestURI().substring(req.getContextPath().length());
        String method = req.getMethod().toUpperCase(Locale.ROOT);
        String decodedPath = java.net.URI.create(path.isEmpty() ? "/" : path).getPath();
        SimRequest simRequest = body == null
                ? SimRequest.withBodyTooLarge(method, decodedPath, req.getQueryString(), headers)
                : new SimRequest(method, decodedPath, req.getQueryString(), headers, body);
        SimResponse answer = engine(req).handle(simRequest);
        if (!answer.delay().isZero()) {
            try {
                Thread.sleep(answer.delay().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        if (answer.dropConnection()) {
            resp.setStatus(500);
            resp.setHeader("Connection", "close");
            return;
        }
        resp.setStatus(answer.status());
        if (simRequest.bodyTooLarge()) {
            resp.setHeader("Connection", "close"); // the rest of the body was not read
        }
        if (answer.contentType() != null) {
            resp.setContentType(answer.contentType());
        }
        for (Map.Entry<String, String> h : answer.headers()) {
            resp.addHeader(h.getKey(), h.getValue());
        }
        byte[] out = answer.body();
        if (out.length > 0 && !"HEAD".equals(simRequest.method())) {
            resp.setContentLength(out.length);
            resp.getOutputStream().write(out);
        }
    }

    @Override
    public String toString() {
        return "BbbSimulatorServlet[" + Arrays.asList(algorithms) + "]";
    }
}
