package io.github.bbbjakarta.simulator;

import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A simulator bound to all interfaces hands out URLs under the host browsers use, not loopback. */
class PublicHostTest {

    @Test
    void joinRedirectsAndUrlsUseThePublicHost() {
        try (BbbSimulator sim = BbbSimulator.builder().secret("s3cret").bindAddress("0.0.0.0")
                .publicHost("bbb.test").build().start()) {
            assertEquals("bbb.test", sim.apiUrl().getHost());
            // reach it over loopback, as a test can; the answer still names the public host
            TestApi api = new TestApi(java.net.URI.create("http://127.0.0.1:" + sim.apiUrl().getPort()
                    + sim.apiUrl().getPath()), "s3cret");
            api.create("room");
            HttpResponse<String> r = api.get("join", TestApi.query("meetingID", "room", "fullName", "Ann",
                    "role", "MODERATOR"));
            assertEquals(302, r.statusCode(), r.body());
            String location = r.headers().firstValue("Location").orElseThrow();
            assertTrue(location.startsWith("http://bbb.test:" + sim.apiUrl().getPort() + "/html5client?sessionToken="),
                    location);
        }
    }

    @Test
    void ipv6HostsAreBracketedAndOtherTextRefused() {
        try (BbbSimulator sim = BbbSimulator.builder().secret("s3cret").publicHost("::1").build().start()) {
            assertEquals("[::1]", sim.apiUrl().getHost());
        }
        assertThrows(IllegalArgumentException.class, () -> BbbSimulator.builder().publicHost("evil.test/path"));
        assertThrows(IllegalArgumentException.class, () -> BbbSimulator.builder().publicHost(" "));
    }
}
