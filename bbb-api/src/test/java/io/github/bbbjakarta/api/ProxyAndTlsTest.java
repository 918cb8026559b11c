package io.github.bbbjakarta.api;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Proxies chosen by a ProxySelector, and TLS that is always verified (certificate and host name). */
class ProxyAndTlsTest {
    private static final String RUNNING = "<response><returncode>SUCCESS</returncode><running>true</running></response>";

    private static ProxySelector proxyAt(HostileServer proxy) {
        return new ProxySelector() {
            @Override
            public List<Proxy> select(URI uri) {
                return List.of(new Proxy(Proxy.Type.HTTP, new InetSocketAddress(InetAddress.getLoopbackAddress(),
                        proxy.apiUrl().getPort())));
            }

            @Override
            public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {
            }
        };
    }

    @Test
    void plainHttpGoesToAnHttpProxyAsAWholeUrl() throws Exception {
        try (HostileServer proxy = new HostileServer(HostileServer.answer(200, "text/xml", RUNNING));
             BigBlueButtonClient client = BigBlueButtonClient.builder("http://bbb.example.invalid/bigbluebutton/", "s3cret")
                     .proxy(proxyAt(proxy)).build()) {
            assertTrue(client.meetings().isMeetingRunning("m-1"));
            assertTrue(client.meetings().isMeetingRunning("m-1"));
            assertEquals(1, proxy.connections(), "the proxied connection is reused");
            assertTrue(proxy.requests().get(0).target().startsWith("http://bbb.example.invalid/bigbluebutton/api/isMeetingRunning?meetingID=m-1&checksum="),
                    proxy.requests().get(0).target());
        }
    }

    @Test
    void httpsIsTunnelledAndAProxyThatWantsALoginIsATypedError() throws Exception {
        HostileServer.Behaviour login = (r, out) -> {
            out.write(HostileServer.ascii("HTTP/1.1 407 Proxy Authentication Required\r\nContent-Length: 0\r\n\r\n"));
            return false;
        };
        try (HostileServer proxy = new HostileServer(login);
             BigBlueButtonClient client = BigBlueButtonClient.builder("https://bbb.example.invalid/bigbluebutton/", "s3cret")
                     .proxy(proxyAt(proxy)).build()) {
            BbbTransportException e = assertThrows(BbbTransportException.class, () -> client.meetings().isMeetingRunning("m-1"));
            assertTrue(e.getMessage().contains("HTTP 407 (proxy authentication is not supported)"), e.getMessage());
            assertEquals("CONNECT", proxy.requests().get(0).method());
            assertEquals("bbb.example.invalid:443", proxy.requests().get(0).target(), "only host and port reach the proxy");
        }
    }

    @Test
    void tlsCertificatesAndHostNamesAreVerified(@TempDir Path dir) throws Exception {
        Path keystore = dir.resolve("server.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "bbb", "-keyalg", "EC", "-keystore", keystore.toString(), "-storepass", "changeit",
                "-storetype", "PKCS12", "-dname", "CN=localhost", "-validity", "2", "-ext", "SAN=dns:localhost")
                .redirectErrorStream(true).start();
        String keytoolOutput = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(keytool.waitFor(60, TimeUnit.SECONDS) && keytool.exitValue() == 0, keytoolOutput);
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            ks.load(in, "changeit".toCharArray());
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(ks, "changeit".toCharArray());
        SSLContext serverTls = SSLContext.getInstance("TLS");
        serverTls.init(kmf.getKeyManagers(), null, null);
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(ks);
        SSLContext trustingIt = SSLContext.getInstance("TLS");
        trustingIt.init(null, tmf.getTrustManagers(), null);

        HttpsServer server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(serverTls));
        server.createContext("/", exchange -> {
            byte[] body = RUNNING.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        int port = server.getAddress().getPort();
        try (BigBlueButtonClient untrusted = BigBlueButtonClient.create("https://localhost:" + port + "/bigbluebutton/", "s3cret");
             BigBlueButtonClient trusted = BigBlueButtonClient.builder("https://localhost:" + port + "/bigbluebutton/", "s3cret")
                     .sslContext(trustingIt).build();
             BigBlueButtonClient wrongName = BigBlueButtonClient.builder("https://127.0.0.1:" + port + "/bigbluebutton/", "s3cret")
                     .sslContext(trustingIt).build()) {
            BbbTransportException e = assertThrows(BbbTransportException.class, () -> untrusted.meetings().isMeetingRunning("m-1"));
            assertTrue(e.getMessage().contains("TLS failed"), e.getMessage());
            assertTrue(trusted.meetings().isMeetingRunning("m-1"));
            BbbTransportException name = assertThrows(BbbTransportException.class, () -> wrongName.meetings().isMeetingRunning("m-1"));
            assertTrue(name.getMessage().contains("TLS failed"), name.getMessage());
        } finally {
            server.stop(0);
        }
    }
}
