package io.github.bbbjakarta.cdi;

import io.github.bbbjakarta.simulator.BbbSimulatorExtension;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HealthCheckTest {
    private static final String SECRET = "health-secret-77ab";
    private static final Pattern HEX_CHECKSUM = Pattern.compile("[0-9a-fA-F]{40,}");

    @RegisterExtension
    static final BbbSimulatorExtension SIM = BbbSimulatorExtension.withSecret(SECRET).revealBbbVersion("3.0.18");

    private static HealthCheckResponse readiness(String url, String secret) {
        try (TestContainer cdi = TestContainer.withProperties(Map.of("bbb.url", url, "bbb.secret", secret,
                "bbb.connect-timeout", "1s", "bbb.read-timeout", "2s"))) {
            return cdi.get(HealthCheck.class, Readiness.Literal.INSTANCE).call();
        }
    }

    private static String output(HealthCheckResponse r) {
        return r.getName() + " " + r.getStatus() + " " + r.getData().orElseThrow();
    }

    @Test
    void upWithTheServersVersion() {
        HealthCheckResponse r = readiness(SIM.apiUrl().toString(), SECRET);
        assertEquals("bbb", r.getName());
        assertEquals(HealthCheckResponse.Status.UP, r.getStatus(), output(r));
        Map<String, Object> data = r.getData().orElseThrow();
        assertEquals("2.0", data.get("apiVersion"));
        assertEquals("3.0.18", data.get("bbbVersion"));
        assertEquals(SIM.apiUrl().toString(), data.get("apiUrl"));
        assertFalse(output(r).contains(SECRET));
        assertFalse(HEX_CHECKSUM.matcher(output(r)).find(), output(r));
    }

    @Test
    void downWithWrongSecretSaysSoWithoutSecretsOrChecksums() {
        String wrong = "wrong-secret-0042";
        HealthCheckResponse r = readiness(SIM.apiUrl().toString(), wrong);
        assertEquals(HealthCheckResponse.Status.DOWN, r.getStatus());
        String reason = (String) r.getData().orElseThrow().get("reason");
        assertTrue(reason.contains("rejected our checksum: bbb.secret is wrong"), reason);
        String all = output(r);
        assertFalse(all.contains(wrong), all);
        assertFalse(all.contains(SECRET), all);
        assertFalse(HEX_CHECKSUM.matcher(all).find(), all);
    }

    @Test
    void downWhenUnreachable() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        HealthCheckResponse r = readiness("http://127.0.0.1:" + port + "/bigbluebutton/", SECRET);
        assertEquals(HealthCheckResponse.Status.DOWN, r.getStatus());
        String reason = (String) r.getData().orElseThrow().get("reason");
        assertTrue(reason.contains("unreachable"), reason);
        assertFalse(output(r).contains(SECRET));
    }
}
