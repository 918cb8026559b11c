package io.github.bbbjakarta.simulator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URI;
import java.net.http.HttpRequest;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The JUnit extension's {@code hookChecksumAlgorithms}: a bbb-webhooks older than 3.0 (sha1 only). */
class HooksSha1OnlyExtensionTest {
    static final String SECRET = "old-webhooks";

    @RegisterExtension
    static BbbSimulatorExtension SIM = BbbSimulatorExtension.withSecret(SECRET).hookChecksumAlgorithms("sha1");

    private static String messageKeyOrCode(String jca) {
        String cs = TestApi.digest(jca, "hooks/list" + SECRET);
        Xml x = Xml.parse(TestApi.send(HttpRequest.newBuilder(URI.create(SIM.apiUrl() + "hooks/list?checksum=" + cs))
                .GET().build()).body());
        return x.has("messageKey") ? x.text("messageKey") : x.text("returncode");
    }

    @Test
    void onlySha1IsAccepted() {
        assertEquals("SUCCESS", messageKeyOrCode("SHA-1"));
        assertEquals("checksumError", messageKeyOrCode("SHA-256"));
        assertEquals("checksumError", messageKeyOrCode("SHA-512"));
    }
}
