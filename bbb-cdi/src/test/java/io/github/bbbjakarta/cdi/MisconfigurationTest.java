package io.github.bbbjakarta.cdi;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Each misconfiguration stops the container at start, names the property, and never shows the secret. */
class MisconfigurationTest {
    private static final String SECRET = "Sup3rS3cret-do-not-print";
    private static final String URL = "https://bbb.example.com/bigbluebutton/";
    /** As README once showed: java.util.Properties keeps it as part of the value. */
    private static final String COMMENT = "   # bbb-conf --secret";

    static Stream<Arguments> misconfigurations() {
        return Stream.of(
                arguments("no url", Map.of("bbb.secret", SECRET),
                        "bbb.url is not set: set it in microprofile-config.properties or the BBB_URL environment variable"),
                arguments("no secret", Map.of("bbb.url", URL),
                        "bbb.secret is not set: set it in microprofile-config.properties or the BBB_SECRET environment variable"),
                arguments("blank secret", Map.of("bbb.url", URL, "bbb.secret", "   "), "bbb.secret is not set"),
                arguments("secret with a trailing blank", Map.of("bbb.url", URL, "bbb.secret", SECRET + " "),
                        "bbb.secret is invalid: has leading or trailing blanks"),
                arguments("secret with an unresolvable expression", Map.of("bbb.url", URL, "bbb.secret", SECRET + "${nope}"),
                        "bbb.secret is invalid: has a value that cannot be resolved"),
                arguments("not http", Map.of("bbb.url", "ftp://bbb.example.com/bigbluebutton/", "bbb.secret", SECRET),
                        "bbb.url is invalid: must be an absolute http or https URL"),
                arguments("not a BBB path", Map.of("bbb.url", "https://bbb.example.com/moodle", "bbb.secret", SECRET),
                        "bbb.url is invalid: must end in /bigbluebutton/ or /api/"),
                arguments("not a URL", Map.of("bbb.url", "https://bbb.example.com/big^bluebutton/", "bbb.secret", SECRET),
                        "bbb.url is invalid: is not a valid URL"),
                arguments("secret with a comment after it", Map.of("bbb.url", URL, "bbb.secret", SECRET + COMMENT),
                        "bbb.secret is invalid: contains whitespace or '#': a comment after the value? Put comments on"
                                + " their own line; set it in microprofile-config.properties or the BBB_SECRET"
                                + " environment variable"),
                arguments("secret with a '#'", Map.of("bbb.url", URL, "bbb.secret", SECRET + "#1"),
                        "bbb.secret is invalid: contains whitespace or '#': a comment after the value?"),
                arguments("secret with a blank inside", Map.of("bbb.url", URL, "bbb.secret", SECRET + "\tx"),
                        "bbb.secret is invalid: contains whitespace or '#'"),
                arguments("url with a comment after it", Map.of("bbb.url", URL + COMMENT, "bbb.secret", SECRET),
                        "bbb.url is invalid: contains whitespace or '#': a comment after the value? Put comments on"
                                + " their own line; set it in microprofile-config.properties or the BBB_URL"
                                + " environment variable"),
                arguments("url with a blank inside", Map.of("bbb.url", "https://bbb example.com/", "bbb.secret", SECRET),
                        "bbb.url is invalid: contains whitespace or '#'"),
                arguments("checksum with a comment after it", Map.of("bbb.url", URL, "bbb.secret", SECRET,
                                "bbb.checksum", "sha1" + COMMENT),
                        "bbb.checksum is invalid: contains ' #': a comment after the value? Put comments on their own"
                                + " line; set it in microprofile-config.properties or the BBB_CHECKSUM environment variable"),
                arguments("timeout with a comment after it", Map.of("bbb.url", URL, "bbb.secret", SECRET,
                                "bbb.read-timeout", "15s" + COMMENT),
                        "bbb.read-timeout is invalid: contains ' #': a comment after the value?"),
                arguments("created-meeting TTL that is no duration", Map.of("bbb.url", URL, "bbb.secret", SECRET,
                                "bbb.created-meeting-ttl", "a minute"),
                        "bbb.created-meeting-ttl is invalid: 'a minute' is not a duration"),
                arguments("negative created-meeting TTL", Map.of("bbb.url", URL, "bbb.secret", SECRET,
                                "bbb.created-meeting-ttl", "PT-5S"),
                        "bbb.created-meeting-ttl is invalid: must not be negative"),
                arguments("unknown hooks algorithm", Map.of("bbb.url", URL, "bbb.secret", SECRET,
                                "bbb.hooks-checksum", "md5"),
                        "bbb.hooks-checksum is invalid: unknown checksum algorithm 'md5'; use one of sha1, sha256, sha384, sha512"
                                + "; set it in microprofile-config.properties or the BBB_HOOKS_CHECKSUM environment variable"),
                arguments("unknown algorithm", Map.of("bbb.url", URL, "bbb.secret", SECRET, "bbb.checksum", "md5"),
                        "bbb.checksum is invalid: unknown checksum algorithm 'md5'; use one of sha1, sha256, sha384, sha512"
                                + "; set it in microprofile-config.properties or the BBB_CHECKSUM environment variable"),
                arguments("bad duration", Map.of("bbb.url", URL, "bbb.secret", SECRET, "bbb.connect-timeout", "5 seconds"),
                        "bbb.connect-timeout is invalid: '5 seconds' is not a duration: use e.g. 5s, 500ms, 1m, PT5S or a"
                                + " number of milliseconds; set it in microprofile-config.properties or the"
                                + " BBB_CONNECT_TIMEOUT environment variable"),
                arguments("zero duration", Map.of("bbb.url", URL, "bbb.secret", SECRET, "bbb.read-timeout", "0"),
                        "bbb.read-timeout is invalid: must be a positive duration"),
                arguments("negative ISO duration", Map.of("bbb.url", URL, "bbb.secret", SECRET, "bbb.read-timeout", "PT-5S"),
                        "bbb.read-timeout is invalid: must be a positive duration"),
                arguments("zero call timeout", Map.of("bbb.url", URL, "bbb.secret", SECRET, "bbb.call-timeout", "0"),
                        "bbb.call-timeout is invalid: must be a positive duration"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("misconfigurations")
    void failsDeploymentNamingTheProperty(String name, Map<String, String> config, String expected) {
        String message = deploymentFailure(config);
        assertTrue(message.contains(expected), () -> "expected «" + expected + "» in:\n" + message);
        assertFalse(message.contains(SECRET), () -> "the secret leaked:\n" + message);
        assertFalse(message.contains("bbb-conf --secret"), () -> "the value leaked:\n" + message);
    }

    @org.junit.jupiter.api.Test
    void reportsAllProblemsAtOnce() {
        Map<String, String> config = new HashMap<>();
        config.put("bbb.checksum", "sha3");
        config.put("bbb.read-timeout", "soon");
        String message = deploymentFailure(config);
        for (String property : new String[]{"bbb.url is not set", "bbb.secret is not set", "bbb.checksum is invalid",
                "bbb.read-timeout is invalid"}) {
            assertTrue(message.contains(property), () -> property + " missing from:\n" + message);
        }
    }

    /** Everything the deployment failure says: messages of the exception, its causes and suppressed ones. */
    private static String deploymentFailure(Map<String, String> config) {
        return TestContainer.deploymentFailure(config);
    }
}
