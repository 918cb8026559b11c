package io.github.bbbjakarta.simulator;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Command-line parsing of the standalone simulator. */
class SimulatorMainTest {
    @Test
    void parsesOptions() {
        try (BbbSimulator sim = SimulatorMain.parse(new String[] {"--port", "0", "--secret", "s",
                "--checksum-algorithms", "sha256,sha512", "--bind", "127.0.0.1"}).start()) {
            TestApi api = new TestApi(sim, "s");
            assertEquals("checksumError", Xml.parse(api.get("getMeetings", "").body()).text("messageKey"),
                    "sha1 is not enabled");
            String cs = TestApi.digest("SHA-256", "getMeetings" + "s");
            assertEquals("SUCCESS", Xml.parse(api.raw("getMeetings", "checksum=" + cs).body()).text("returncode"));
        }
    }

    @Test
    void hookChecksumAlgorithmsOption() {
        try (BbbSimulator sim = SimulatorMain.parse(new String[] {"--port", "0", "--secret", "s",
                "--hook-checksum-algorithms", "sha1"}).start()) {
            TestApi api = new TestApi(sim, "s");
            assertEquals("SUCCESS", Xml.parse(api.get("hooks/list", "").body()).text("returncode"));
            String cs = TestApi.digest("SHA-256", "hooks/list" + "s");
            assertEquals("checksumError", Xml.parse(api.raw("hooks/list", "checksum=" + cs).body())
                    .text("messageKey"), "sha256 is not enabled for hooks");
        }
        assertThrows(IllegalArgumentException.class,
                () -> SimulatorMain.parse(new String[] {"--secret", "s", "--hook-checksum-algorithms", "md5"}));
    }

    @Test
    void rejectsBadArguments() {
        assertThrows(IllegalArgumentException.class, () -> SimulatorMain.parse(new String[] {"--port", "1"}));
        assertThrows(IllegalArgumentException.class, () -> SimulatorMain.parse(new String[] {"--secret"}));
        assertThrows(IllegalArgumentException.class,
                () -> SimulatorMain.parse(new String[] {"--secret", "s", "--frobnicate", "x"}));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SimulatorMain.parse(new String[] {"--secret", "top-secret", "--port", "x"}));
        assertTrue(!e.getMessage().contains("top-secret"));
    }
}
