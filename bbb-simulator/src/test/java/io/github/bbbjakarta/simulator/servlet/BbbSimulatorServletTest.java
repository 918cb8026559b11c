package io.github.bbbjakarta.simulator.servlet;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The servlet adapter applies the same body limits as the embedded simulator. Driven through the servlet API with
 * minimal in-memory request and response objects (no container needed for what is tested here).
 */
class BbbSimulatorServletTest {

    /** What the servlet answered. */
    private static final class Answer {
        int status = 200;
        final Map<String, String> headers = new HashMap<>();
        final ByteArrayOutputStream body = new ByteArrayOutputStream();

        String text() {
            return body.toString(StandardCharsets.UTF_8);
        }
    }

    private static BbbSimulatorServlet servlet(Map<String, String> init) throws ServletException {
        ServletConfig config = (ServletConfig) Proxy.newProxyInstance(BbbSimulatorServletTest.class.getClassLoader(),
                new Class<?>[] {ServletConfig.class}, (p, m, a) -> switch (m.getName()) {
                    case "getInitParameter" -> init.get((String) a[0]);
                    case "getInitParameterNames" -> Collections.enumeration(init.keySet());
                    case "getServletName" -> "bbb";
                    default -> null;
                });
        BbbSimulatorServlet s = new BbbSimulatorServlet();
        s.init(config);
        return s;
    }

    private static Answer call(BbbSimulatorServlet servlet, String method, String path, String query,
                               String contentType, byte[] body) throws IOException {
        return call(servlet, "", method, path, query, contentType, body);
    }

    /** A request to the servlet in a WAR with this context path ({@code path} is the full request URI). */
    private static Answer call(BbbSimulatorServlet servlet, String contextPath, String method, String path,
                               String query, String contentType, byte[] body) throws IOException {
        Map<String, List<String>> headers = new HashMap<>();
        headers.put("Content-Type", List.of(contentType));
        headers.put("Content-Length", List.of(String.valueOf(body.length)));
        ByteArrayInputStream in = new ByteArrayInputStream(body);
        ServletInputStream sin = new ServletInputStream() {
            @Override
            public int read() {
                return in.read();
            }

            @Override
            public int read(byte[] b, int off, int len) {
                return in.read(b, off, len);
            }

            @Override
            public boolean isFinished() {
                return in.available() == 0;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
                throw new UnsupportedOperationException();
            }
        };
        HttpServletRequest req = (HttpServletRequest) Proxy.newProxyInstance(
                BbbSimulatorServletTest.class.getClassLoader(), new Class<?>[] {HttpServletRequest.class},
                (p, m, a) -> switch (m.getName()) {
                    case "getMethod" -> method;
                    case "getRequestURI" -> path;
                    case "getContextPath" -> contextPath;
                    case "getQueryString" -> query;
                    case "getScheme" -> "http";
                    case "getServerName" -> "127.0.0.1";
                    case "getServerPort" -> 8080;
                    case "getContentLengthLong" -> (long) body.length;
                    case "getContentLength" -> body.length;
                    case "getContentType" -> contentType;
                    case "getInputStream" -> sin;
                    case "getHeaderNames" -> Collections.enumeration(headers.keySet());
                    case "getHeaders" -> Collections.enumeration(headers.getOrDefault((String) a[0], List.of()));
                    case "getHeader" -> headers.getOrDefault((String) a[0], List.of()).stream().findFirst()
                            .orElse(null);
                    default -> null;
                });
        Answer answer = new Answer();
        ServletOutputStream sout = new ServletOutputStream() {
            @Override
            public void write(int b) {
                answer.body.write(b);
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
                throw new UnsupportedOperationException();
            }
        };
        HttpServletResponse resp = (HttpServletResponse) Proxy.newProxyInstance(
                BbbSimulatorServletTest.class.getClassLoader(), new Class<?>[] {HttpServletResponse.class},
                (p, m, a) -> {
                    switch (m.getName()) {
                        case "setStatus" -> answer.status = (Integer) a[0];
                        case "sendError" -> answer.status = (Integer) a[0];
                        case "setHeader", "addHeader" -> answer.headers.put((String) a[0], (String) a[1]);
                        case "setContentType" -> answer.headers.put("Content-Type", (String) a[0]);
                        case "getOutputStream" -> {
                            return sout;
                        }
                        default -> {
                            return null;
                        }
                    }
                    return null;
                });
        servlet.service(req, resp);
        return answer;
    }

    @Test
    void bodiesOverTheConfiguredLimitAnswerLikeTheEmbeddedSimulator() throws Exception {
        BbbSimulatorServlet servlet = servlet(Map.of("secret", "servlet-secret", "max-body-size", "1000"));
        byte[] big = "x".repeat(2000).getBytes(StandardCharsets.US_ASCII);

        Answer api = call(servlet, "POST", "/bigbluebutton/api/create", "name=A&meetingID=a", "application/xml",
                big);
        assertEquals(200, api.status);
        assertTrue(api.text().contains("<returncode>FAILED</returncode>"), api.text());
        assertTrue(api.text().contains("<messageKey>requestBodyTooLarge</messageKey>"), api.text());

        Answer admin = call(servlet, "PUT", "/__admin/stubs", "call=create", "application/json", big);
        assertEquals(413, admin.status);
        assertTrue(admin.text().startsWith("{\"error\":"), admin.text());
    }

    @Test
    void deepJsonAndXmlGetCleanAnswers() throws Exception {
        BbbSimulatorServlet servlet = servlet(Map.of("secret", "servlet-secret"));
        byte[] json = ("{\"type\":" + "[".repeat(5_000) + "]".repeat(5_000) + "}").getBytes(StandardCharsets.UTF_8);
        Answer admin = call(servlet, "PUT", "/__admin/stubs", "call=create", "application/json", json);
        assertEquals(400, admin.status);
        assertTrue(admin.text().startsWith("{\"error\":"), admin.text());
    }

    private static String digest(String jca, String data) throws java.security.NoSuchAlgorithmException {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance(jca)
                .digest(data.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void hookChecksumAlgorithmsInitParameter() throws Exception {
        BbbSimulatorServlet servlet = servlet(Map.of("secret", "servlet-secret", "hook-checksum-algorithms", "sha1"));
        String sha1 = digest("SHA-1", "hooks/list" + "servlet-secret");
        String sha256 = digest("SHA-256",
                "hooks/list" + "servlet-secret");
        Answer ok = call(servlet, "GET", "/bigbluebutton/api/hooks/list", "checksum=" + sha1, "text/plain",
                new byte[0]);
        assertTrue(ok.text().contains("<returncode>SUCCESS</returncode>"), ok.text());
        Answer refused = call(servlet, "GET", "/bigbluebutton/api/hooks/list", "checksum=" + sha256, "text/plain",
                new byte[0]);
        assertTrue(refused.text().contains("<messageKey>checksumError</messageKey>"), refused.text());
        assertThrows(ServletException.class,
                () -> servlet(Map.of("secret", "s", "hook-checksum-algorithms", "sha1,md5")));
    }

    @Test
    void recordingSettingsInitParameters() throws Exception {
        BbbSimulatorServlet servlet = servlet(Map.of("secret", "s", "recording-processing-time-ms", "1500",
                "recording-video-format", "false", "recording-bare-total-elements", "true"));
        Answer settings = call(servlet, "GET", "/__admin/recordings/settings", null, "text/plain", new byte[0]);
        assertEquals("{\"autoPublish\":true,\"videoFormat\":false,\"allowFetchAllRecordings\":true,"
                + "\"bareTotalElements\":true,\"processingTimeMillis\":1500}", settings.text());
        servlet.destroy();
        ServletException e = assertThrows(ServletException.class,
                () -> servlet(Map.of("secret", "s", "recording-auto-publish", "maybe")));
        assertTrue(e.getMessage().contains("recording-auto-publish"), e.getMessage());
    }

    @Test
    void rejectsANonsenseLimit() {
        assertThrows(ServletException.class, () -> servlet(Map.of("secret", "s", "max-body-size", "-5")));
        assertThrows(ServletException.class, () -> servlet(Map.of("secret", "s", "max-body-size", "lots")));
    }

    @Test
    void theClientPageItsFormsAndHeadUnderAContextPath() throws Exception {
        BbbSimulatorServlet servlet = servlet(Map.of("secret", "servlet-secret"));
        String query = "name=Servlet+room&meetingID=srv-1";
        Answer created = call(servlet, "/sim", "GET", "/sim/bigbluebutton/api/create",
                query + "&checksum=" + digest("SHA-1", "create" + query + "servlet-secret"), "text/plain",
                new byte[0]);
        assertTrue(created.text().contains("<returncode>SUCCESS</returncode>"), created.text());
        Answer user = call(servlet, "/sim", "POST", "/sim/__admin/users", null, "application/json",
                "{\"meetingID\":\"srv-1\",\"fullName\":\"Ann\",\"role\":\"MODERATOR\"}"
                        .getBytes(StandardCharsets.UTF_8));
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("\"sessionToken\":\"([a-z0-9]+)\"")
                .matcher(user.text());
        assertTrue(token.find(), user.text());
        String t = token.group(1);

        Answer head = call(servlet, "/sim", "HEAD", "/sim/html5client", "sessionToken=" + t, "text/plain",
                new byte[0]);
        assertEquals(200, head.status);
        assertEquals(0, head.body.size(), "HEAD has no body");
        Answer page = call(servlet, "/sim", "GET", "/sim/html5client", "sessionToken=" + t, "text/plain",
                new byte[0]);
        assertEquals(200, page.status);
        assertTrue(page.text().contains("<h1 id=\"meeting-name\">Servlet room</h1>"), page.text());
        // relative to /sim/html5client: /sim/html5client/leave
        assertTrue(page.text().contains("<form method=\"post\" action=\"html5client/leave\">"), page.text());

        Answer leave = call(servlet, "/sim", "POST", "/sim/html5client/leave", null,
                "application/x-www-form-urlencoded", ("sessionToken=" + t).getBytes(StandardCharsets.UTF_8));
        assertEquals(303, leave.status);
        assertEquals("left?sessionToken=" + t, leave.headers.get("Location"));
        Answer left = call(servlet, "/sim", "GET", "/sim/html5client/left", "sessionToken=" + t, "text/plain",
                new byte[0]);
        assertEquals(200, left.status);
        assertTrue(left.text().contains("<p id=\"left\" class=\"notice\">You left Servlet room.</p>"),
                left.text());
        servlet.destroy();
    }
}
