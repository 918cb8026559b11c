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

/** A bad callback setting stops the deployment like a bad bbb.url, naming the property, never a secret. */
class CallbackMisconfigurationTest {
    private static final String OLD_SECRET = "0ld-S3cret-do-not-print";

    static Stream<Arguments> misconfigurations() {
        return Stream.of(
                arguments(Map.of("bbb.callback-url", "lms.example.org/bbb/callbacks"),
                        "bbb.callback-url is invalid: must be an absolute http or https URL"),
                arguments(Map.of("bbb.callback-url", "ftp://lms.example.org/bbb/callbacks"),
                        "bbb.callback-url is invalid: must be an absolute http or https URL"),
                arguments(Map.of("bbb.callback-url", "https://lms.example.org/bbb/callbacks?x=1"),
                        "bbb.callback-url is invalid: must have no query, fragment or user info"),
                arguments(Map.of("bbb.callback-url", "https://lms.example.org/bbb/callbacks   # public URL"),
                        "bbb.callback-url is invalid: contains whitespace or '#'"),
                arguments(Map.of("bbb.callback-url", "https://lms.example.org/a^b"),
                        "bbb.callback-url is invalid: is not a URL; set it in microprofile-config.properties or the"
                                + " BBB_CALLBACK_URL environment variable"),
                arguments(Map.of("bbb.callback-path", "bbb callbacks"),
                        "bbb.callback-path is invalid: contains whitespace or '#'"),
                arguments(Map.of("bbb.callback-path", "bbb/../admin"),
                        "bbb.callback-path is invalid: must be one or more path segments"),
                arguments(Map.of("bbb.callback-path", "bbb//callbacks"),
                        "bbb.callback-path is invalid: must be one or more path segments"),
                arguments(Map.of("bbb.callback-secrets", OLD_SECRET + " # until June"),
                        "bbb.callback-secrets is invalid: contains whitespace or '#'"),
                arguments(Map.of("bbb.callback-dedup-window", "0"),
                        "bbb.callback-dedup-window is invalid: must be a positive duration"),
                arguments(Map.of("bbb.webhook-max-age", "an hour"),
                        "bbb.webhook-max-age is invalid: 'an hour' is not a duration"));
    }

    @ParameterizedTest
    @MethodSource("misconfigurations")
    void failsDeploymentNamingTheProperty(Map<String, String> callback, String expected) {
        Map<String, String> config = new HashMap<>(Map.of("bbb.url", "https://bbb.example.com/bigbluebutton/",
                "bbb.secret", "S3cret"));
        config.putAll(callback);
        String message = TestContainer.deploymentFailure(config);
        assertTrue(message.contains(expected), () -> "expected «" + expected + "» in:\n" + message);
        assertFalse(message.contains(OLD_SECRET), () -> "a secret leaked:\n" + message);
    }
}
