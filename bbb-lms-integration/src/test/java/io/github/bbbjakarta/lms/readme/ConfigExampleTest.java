package io.github.bbbjakarta.lms.readme;

import io.github.bbbjakarta.cdi.TestContainer;
import io.github.bbbjakarta.lms.Activity;
import io.github.bbbjakarta.lms.Course;
import io.github.bbbjakarta.lms.CourseMeetingService;
import io.github.bbbjakarta.lms.MeetingContext;
import jakarta.enterprise.inject.spi.DeploymentException;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** README's microprofile-config.properties deploys as written; the same with comments after values does not. */
class ConfigExampleTest {
    private static final Path EXAMPLE = Path.of("src/test/resources/readme/microprofile-config.properties");

    @Test
    void readmeExampleDeploys() throws IOException {
        Map<String, String> config;
        try (Reader in = Files.newBufferedReader(EXAMPLE)) {
            config = load(in);
        }
        assertEquals("MyLMS", config.get("bbb.lms.origin"));
        try (TestContainer cdi = TestContainer.withProperties(config)) {
            assertTrue(cdi.get(CourseMeetingService.class).meetingId(sampleContext()).startsWith("lms-"));
        }
    }

    @Test
    void commentsAfterValuesAreRefusedNamingTheProperty() throws IOException {
        Map<String, String> config = load(new StringReader(
                "bbb.url=https://bbb.example.com/bigbluebutton/\n"
                        + "bbb.secret=change-me              # bbb-conf --secret\n"
                        + "bbb.lms.meeting-id-key=change-me-to-32-random-characters\n"));
        DeploymentException e = assertThrows(DeploymentException.class, () -> TestContainer.withProperties(config).close());
        StringBuilder all = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append('\n');
        }
        assertTrue(all.toString().contains("bbb.secret is invalid: contains whitespace or '#'"), all::toString);
        assertFalse(all.toString().contains("change-me "), all::toString);
    }

    private static MeetingContext sampleContext() {
        return MeetingContext.of(new Course("moodle.example.edu", "42", "Physics 101", "PHY101"),
                new Activity("7", "Weekly lecture"));
    }

    private static Map<String, String> load(Reader in) throws IOException {
        Properties p = new Properties();   // what MicroProfile Config does with microprofile-config.properties
        p.load(in);
        Map<String, String> map = new HashMap<>();
        p.stringPropertyNames().forEach(k -> map.put(k, p.getProperty(k)));
        return map;
    }
}
