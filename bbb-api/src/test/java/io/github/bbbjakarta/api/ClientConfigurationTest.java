package io.github.bbbjakarta.api;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Building a client: the URL forms users paste, the secret's hygiene, the algorithm names. */
class ClientConfigurationTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://bbb.example.com/bigbluebutton/", "https://bbb.example.com/bigbluebutton",
            "https://bbb.example.com/bigbluebutton/api", "https://bbb.example.com/bigbluebutton/api/",
            "https://bbb.example.com/bigbluebutton/api//", "https://bbb.example.com", "https://bbb.example.com/",
            "  https://bbb.example.com/bigbluebutton/  "})
    void pastedUrlFormsAreNormalised(String url) {
        try (BigBlueButtonClient client = BigBlueButtonClient.create(url, "s3cret")) {
            assertEquals("https://bbb.example.com/bigbluebutton/api/", client.apiUrl().toString());
        }
    }

    @Test
    void aScalelitePathAndPortAreKept() {
        try (BigBlueButtonClient client = BigBlueButtonClient.create("http://lb.example.com:8080/scalelite/bigbluebutton/api", "s")) {
            assertEquals("http://lb.example.com:8080/scalelite/bigbluebutton/api/", client.apiUrl().toString());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "bbb.example.com/bigbluebutton", "ftp://bbb.example.com/bigbluebutton/",
            "https://bbb.example.com/other", "https://bbb.example.com/bigbluebutton/api/create?x=1", "https://exa mple.com/"})
    void unusableUrlsFailNamingTheParameter(String url) {
        BbbParameterException e = assertThrows(BbbParameterException.class, () -> BigBlueButtonClient.create(url, "s3cret"));
        assertEquals("url", e.parameter());
    }

    @Test
    void secretIsRequiredAndNeverShown() {
        assertEquals("secret", assertThrows(BbbParameterException.class,
                () -> BigBlueButtonClient.create("https://bbb.example.com", " ")).parameter());
        BbbParameterException padded = assertThrows(BbbParameterException.class,
                () -> BigBlueButtonClient.create("https://bbb.example.com", " topsecret "));
        assertFalse(padded.getMessage().contains("topsecret"));
        try (BigBlueButtonClient client = BigBlueButtonClient.create("https://bbb.example.com", "topsecret")) {
            assertFalse(client.toString().contains("topsecret"));
            assertTrue(client.toString().contains("sha256"));
        }
    }

    @Test
    void algorithmNamesParseAndUnknownOnesFail() {
        assertEquals(ChecksumAlgorithm.SHA384, ChecksumAlgorithm.fromName("SHA384"));
        assertEquals(ChecksumAlgorithm.SHA256, ChecksumAlgorithm.fromName("sha-256"));
        assertEquals("checksum", assertThrows(BbbParameterException.class, () -> ChecksumAlgorithm.fromName("md5")).parameter());
    }

    @Test
    void timeoutsMustBePositive() {
        assertEquals("readTimeout", assertThrows(BbbParameterException.class,
                () -> BigBlueButtonClient.builder("https://bbb.example.com", "s").readTimeout(java.time.Duration.ZERO)).parameter());
    }

    static Stream<Arguments> outOfRangeSettings() {
        return Stream.of(
                Arguments.of("readTimeout", (Consumer<BigBlueButtonClient.Builder>) b -> b.readTimeout(Duration.ofNanos(999_999))),
                Arguments.of("readTimeout", (Consumer<BigBlueButtonClient.Builder>) b -> b.readTimeout(Duration.ofDays(30))),
                Arguments.of("readTimeout", (Consumer<BigBlueButtonClient.Builder>) b -> b.readTimeout(Duration.ofSeconds(-1))),
                Arguments.of("readTimeout", (Consumer<BigBlueButtonClient.Builder>) b -> b.readTimeout(null)),
                Arguments.of("connectTimeout", (Consumer<BigBlueButtonClient.Builder>) b -> b.connectTimeout(Duration.ofNanos(1))),
                Arguments.of("connectTimeout", (Consumer<BigBlueButtonClient.Builder>) b -> b.connectTimeout(Duration.ofDays(30))),
                Arguments.of("callTimeout", (Consumer<BigBlueButtonClient.Builder>) b -> b.callTimeout(Duration.ZERO)),
                Arguments.of("callTimeout", (Consumer<BigBlueButtonClient.Builder>) b -> b.callTimeout(Duration.ofSeconds(Long.MAX_VALUE))),
                Arguments.of("maxConnections", (Consumer<BigBlueButtonClient.Builder>) b -> b.maxConnections(0)),
                Arguments.of("maxConnections", (Consumer<BigBlueButtonClient.Builder>) b -> b.maxConnections(Integer.MAX_VALUE)),
                Arguments.of("maxResponseSize", (Consumer<BigBlueButtonClient.Builder>) b -> b.maxResponseSize(10)),
                Arguments.of("maxResponseSize", (Consumer<BigBlueButtonClient.Builder>) b -> b.maxResponseSize(Long.MAX_VALUE)));
    }

    @ParameterizedTest
    @MethodSource("outOfRangeSettings")
    void settingsOutOfRangeFailNamingTheSetting(String setting, Consumer<BigBlueButtonClient.Builder> set) {
        BbbParameterException e = assertThrows(BbbParameterException.class,
                () -> set.accept(BigBlueButtonClient.builder("https://bbb.example.com", "s")));
        assertEquals(setting, e.parameter());
        assertTrue(e.getMessage().startsWith(setting + ": must be") || e.getMessage().startsWith(setting + ": is required"),
                e.getMessage());
    }

    @Test
    void settingsAtTheirBoundsAreAccepted() {
        BigBlueButtonClient.builder("https://bbb.example.com", "s").readTimeout(Duration.ofMillis(1)).readTimeout(Duration.ofHours(1))
                .connectTimeout(Duration.ofMillis(1)).connectTimeout(Duration.ofMinutes(10))
                .callTimeout(Duration.ofMillis(1)).callTimeout(Duration.ofHours(1))
                .maxConnections(1).maxConnections(10_000).maxResponseSize(1024).maxResponseSize(1024 * 1024 * 1024)
                .build().close();
    }

    @Test
    void aUriIsAcceptedWhereAStringIs() {
        URI url = URI.create("https://bbb.example.com/bigbluebutton/");
        try (BigBlueButtonClient a = BigBlueButtonClient.builder(url, "s3cret").build();
             BigBlueButtonClient b = BigBlueButtonClient.create(url, "s3cret")) {
            assertEquals("https://bbb.example.com/bigbluebutton/api/", a.apiUrl().toString());
            assertEquals(a.apiUrl(), b.apiUrl());
        }
        assertEquals("url", assertThrows(BbbParameterException.class, () -> BigBlueButtonClient.create((URI) null, "s")).parameter());
    }

    @ParameterizedTest
    @ValueSource(strings = {"get Meetings", "../../__admin/reset", "/getMeetings", "getMeetings/", "hooks//create",
            "getMeetings?x=1", "getMeetings#x", "..", "a/../b", "get%20Meetings", "getMeetings\n", "gét"})
    void signedUrlRefusesCallNamesThatAreNotCallNames(String callName) {
        try (BigBlueButtonClient client = BigBlueButtonClient.create("https://bbb.example.com", "topsecret")) {
            BbbParameterException e = assertThrows(BbbParameterException.class, () -> client.signedUrl(callName, List.of()));
            assertEquals("callName", e.parameter());
            assertFalse(e.getMessage().contains("checksum"), e.getMessage());
            assertFalse(e.getMessage().contains("bbb.example.com"), e.getMessage());
            assertFalse(e.getMessage().contains("topsecret"), e.getMessage());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"getMeetings", "hooks/create", "getRecordingTextTracks"})
    void signedUrlAcceptsCallNames(String callName) {
        try (BigBlueButtonClient client = BigBlueButtonClient.create("https://bbb.example.com", "topsecret")) {
            assertTrue(client.signedUrl(callName, List.of(Map.entry("meetingID", "m-1"))).toString()
                    .startsWith("https://bbb.example.com/bigbluebutton/api/" + callName + "?meetingID=m-1&checksum="));
        }
    }
}
