package io.github.bbbjakarta.api;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The checksum and encoding rules, checked against values computed here independently of the client. */
class SigningTest {
    private static final String DOCS_SECRET = "639259d4-9dd8-4b25-bf01-95f9567eaf4b";
    private static final List<Map.Entry<String, String>> DOCS_PARAMS = List.of(
            Map.entry("name", "Test Meeting"), Map.entry("meetingID", "abc123"),
            Map.entry("attendeePW", "111222"), Map.entry("moderatorPW", "333444"));

    @Test
    void docsExampleGivesTheDocumentedSha1() {
        try (BigBlueButtonClient client = BigBlueButtonClient.builder("https://bbb.example.com/bigbluebutton/", DOCS_SECRET)
                .checksumAlgorithm(ChecksumAlgorithm.SHA1).build()) {
            URI url = client.signedUrl("create", DOCS_PARAMS);
            assertEquals("https://bbb.example.com/bigbluebutton/api/create?name=Test+Meeting&meetingID=abc123"
                    + "&attendeePW=111222&moderatorPW=333444&checksum=1fcbb0c4fc1f039f73aa6d697d2db9ba7f803f17",
                    url.toString());
        }
    }

    @Test
    void createRequestPutsNameAndMeetingIdFirstLikeTheDocs() {
        CreateMeetingRequest request = CreateMeetingRequest.builder("abc123", "Test Meeting")
                .attendeePW("111222").moderatorPW("333444").build();
        assertEquals(DOCS_PARAMS, request.parameters());
    }

    @ParameterizedTest
    @EnumSource(ChecksumAlgorithm.class)
    void everyAlgorithmHashesCallQueryAndSecret(ChecksumAlgorithm algorithm) throws Exception {
        try (BigBlueButtonClient client = BigBlueButtonClient.builder("https://bbb.example.com/bigbluebutton/", DOCS_SECRET)
                .checksumAlgorithm(algorithm).build()) {
            String url = client.signedUrl("create", DOCS_PARAMS).toString();
            String query = url.substring(url.indexOf('?') + 1, url.indexOf("&checksum="));
            String checksum = url.substring(url.indexOf("&checksum=") + 10);
            String jca = switch (algorithm) {
                case SHA1 -> "SHA-1";
                case SHA256 -> "SHA-256";
                case SHA384 -> "SHA-384";
                case SHA512 -> "SHA-512";
            };
            String expected = HexFormat.of().formatHex(MessageDigest.getInstance(jca)
                    .digest(("create" + query + DOCS_SECRET).getBytes(StandardCharsets.UTF_8)));
            assertEquals(expected, checksum);
            assertEquals(Map.of(ChecksumAlgorithm.SHA1, 40, ChecksumAlgorithm.SHA256, 64, ChecksumAlgorithm.SHA384, 96,
                    ChecksumAlgorithm.SHA512, 128).get(algorithm), checksum.length());
        }
    }

    @Test
    void emptyQueryIsSignedAsCallPlusSecret() throws Exception {
        try (BigBlueButtonClient client = BigBlueButtonClient.create("https://bbb.example.com/bigbluebutton/", "s3cret")) {
            String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest("getMeetingss3cret".getBytes(StandardCharsets.UTF_8)));
            assertEquals("https://bbb.example.com/bigbluebutton/api/getMeetings?checksum=" + expected,
                    client.signedUrl("getMeetings", List.of()).toString());
        }
    }

    @Test
    void valuesAreEncodedLikeUrlEncoderAndSurviveDecodeReencode() {
        String hard = "Ünïcødé 😀 & = + % # ? / ' ( ) * ~ ! \"<>";
        try (BigBlueButtonClient client = BigBlueButtonClient.create("https://bbb.example.com/bigbluebutton/", "s3cret")) {
            String url = client.signedUrl("create", List.of(Map.entry("name", hard))).toString();
            String encoded = url.substring(url.indexOf("name=") + 5, url.indexOf("&checksum="));
            assertEquals(URLEncoder.encode(hard, StandardCharsets.UTF_8), encoded);
            assertTrue(encoded.contains("+") && encoded.contains("*") && encoded.contains("%7E") && encoded.contains("%27"));
            assertFalse(encoded.contains("%20"));
            // a server or load balancer that decodes and re-encodes gets the same bytes, so the checksum holds
            assertEquals(encoded, URLEncoder.encode(URLDecoder.decode(encoded, StandardCharsets.UTF_8), StandardCharsets.UTF_8));
        }
    }

    @Test
    void booleansAreLowerCase() {
        CreateMeetingRequest request = CreateMeetingRequest.builder("abc123", "Test Meeting").record(true)
                .muteOnStart(false).build();
        assertTrue(request.parameters().contains(Map.entry("record", "true")));
        assertTrue(request.parameters().contains(Map.entry("muteOnStart", "false")));
    }

    @Test
    void joinUrlIsSignedOfflineAndItsToStringHidesTheChecksum() {
        try (BigBlueButtonClient client = BigBlueButtonClient.create("https://bbb.example.com/bigbluebutton/", "s3cret")) {
            JoinUrl url = client.meetings().joinUrl(JoinMeetingRequest.builder("abc123", "Ada Lovelace", Role.MODERATOR)
                    .userID("u-1").createTime(1531241258036L).userdata("bbb_auto_join_audio", "true").build());
            String full = url.toExternalForm();
            assertTrue(full.startsWith("https://bbb.example.com/bigbluebutton/api/join?fullName=Ada+Lovelace&meetingID=abc123"
                    + "&role=MODERATOR&userID=u-1&createTime=1531241258036&userdata-bbb_auto_join_audio=true&checksum="), full);
            String checksum = full.substring(full.indexOf("checksum=") + 9);
            assertEquals(64, checksum.length());
            assertFalse(url.toString().contains(checksum));
            assertTrue(url.toString().endsWith("checksum=***"));
        }
    }
}
