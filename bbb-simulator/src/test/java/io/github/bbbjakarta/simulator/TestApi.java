package io.github.bbbjakarta.simulator;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;

/**
 * A tiny hand-signing BBB client for the tests: {@code hex(H(call + query + secret))}, values encoded with
 * {@link URLEncoder} (UTF-8). Deliberately independent of the simulator's own checksum code.
 */
final class TestApi {
    static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private final URI api;
    private final String secret;

    TestApi(URI apiUrl, String secret) {
        this.api = apiUrl;
        this.secret = secret;
    }

    TestApi(BbbSimulator sim, String secret) {
        this(sim.apiUrl(), secret);
    }

    static String enc(String v) {
        return URLEncoder.encode(v, StandardCharsets.UTF_8);
    }

    /** {@code k1=enc(v1)&k2=enc(v2)...}. */
    static String query(String... kv) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < kv.length; i += 2) {
            if (sb.length() > 0) {
                sb.append('&');
            }
            sb.append(enc(kv[i])).append('=').append(enc(kv[i + 1]));
        }
        return sb.toString();
    }

    static String digest(String jcaAlgorithm, String data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(jcaAlgorithm)
                    .digest(data.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    String sha1(String call, String query) {
        return digest("SHA-1", call + query + secret);
    }

    /** The query with {@code &checksum=} (sha1) appended. */
    String signed(String call, String query) {
        String cs = sha1(call, query);
        return query.isEmpty() ? "checksum=" + cs : query + "&checksum=" + cs;
    }

    URI uri(String call, String rawQuery) {
        return URI.create(api + call + (rawQuery == null ? "" : "?" + rawQuery));
    }

    /** GET with a sha1-signed query. */
    HttpResponse<String> get(String call, String query) {
        return raw(call, signed(call, query));
    }

    /** GET with the query exactly as given (no signing). */
    HttpResponse<String> raw(String call, String rawQuery) {
        return send(HttpRequest.newBuilder(uri(call, rawQuery)).GET().build());
    }

    /** POST with a raw query (may be null) and a body of the given content type. */
    HttpResponse<String> post(String call, String rawQuery, String contentType, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(call, rawQuery))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return send(b.build());
    }

    static HttpResponse<String> send(HttpRequest req) {
        try {
            return HTTP.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** GET an absolute URL (e.g. the simulated client). */
    static HttpResponse<String> getUrl(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET().build());
    }

    /** Creates a meeting with the given extra parameters; asserts SUCCESS and returns the XML. */
    Xml create(String meetingID, String... extra) {
        String[] kv = new String[extra.length + 4];
        kv[0] = "name";
        kv[1] = "Meeting " + meetingID;
        kv[2] = "meetingID";
        kv[3] = meetingID;
        System.arraycopy(extra, 0, kv, 4, extra.length);
        Xml x = Xml.parse(get("create", query(kv)).body());
        if (!"SUCCESS".equals(x.text("returncode"))) {
            throw new AssertionError("create failed: " + x);
        }
        return x;
    }

    /** join with the given parameters (redirect=false added) and returns the XML. */
    Xml joinXml(String... kv) {
        String[] all = new String[kv.length + 2];
        System.arraycopy(kv, 0, all, 0, kv.length);
        all[kv.length] = "redirect";
        all[kv.length + 1] = "false";
        return Xml.parse(get("join", query(all)).body());
    }

    /** getMeetingInfo XML. */
    Xml info(String meetingID) {
        return Xml.parse(get("getMeetingInfo", query("meetingID", meetingID)).body());
    }
}
