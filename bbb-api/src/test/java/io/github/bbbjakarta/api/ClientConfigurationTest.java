package io.github.bbbjakarta.api;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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
}
