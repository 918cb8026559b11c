package io.github.bbbjakarta.simulator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The extension passes the hostile-client limits to its simulator. */
class BbbSimulatorExtensionLimitsTest {
    @RegisterExtension
    static BbbSimulatorExtension SIM = BbbSimulatorExtension.withSecret("ext-limits")
            .maxBodySize(100).readTimeout(Duration.ofSeconds(5));

    @Test
    void aBodyOverTheExtensionsLimitIsRefused() {
        TestApi api = new TestApi(SIM.simulator(), SIM.secret());
        Xml x = Xml.parse(api.post("create", api.signed("create", TestApi.query("name", "Big", "meetingID", "b")),
                "application/xml", "<modules>" + " ".repeat(200) + "</modules>").body());
        assertEquals("requestBodyTooLarge", x.text("messageKey"));
    }
}
