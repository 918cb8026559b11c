package io.github.bbbjakarta.lms.readme;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * README's code snippets are the tagged regions of files in this folder (which the build compiles, and where
 * they are tests, runs): each region must stand in README.md word for word, so README never shows code that
 * does not compile.
 */
class ReadmeSnippetsTest {
    private static final Path SOURCES = Path.of("src/test/java/io/github/bbbjakarta/lms/readme");
    private static final Path RESOURCES = Path.of("src/test/resources/readme");

    @ParameterizedTest(name = "{1} from {0}")
    @CsvSource({
            "LectureLauncher.java, client",
            "CoursePageResource.java, course-page",
            "CourseMeetingSimulatorTest.java, simulator",
            "BbbCallbackResource.java, callbacks",
            "microprofile-config.properties, config"})
    void readmeQuotesTheSnippet(String file, String tag) throws IOException {
        Path source = file.endsWith(".java") ? SOURCES.resolve(file) : RESOURCES.resolve(file);
        String snippet = region(Files.readAllLines(source, StandardCharsets.UTF_8), tag);
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        assertTrue(readme.contains(snippet), () -> "README.md must quote " + file + " [" + tag + "] as it is:\n" + snippet);
    }

    private static String region(List<String> lines, String tag) {
        int start = -1;
        int end = -1;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).trim();
            if (line.endsWith("tag::" + tag + "[]")) {
                start = i + 1;
            } else if (line.endsWith("end::" + tag + "[]")) {
                end = i;
            }
        }
        assertTrue(start > 0 && end >= start, "no region " + tag);
        return String.join("\n", lines.subList(start, end)) + "\n";
    }
}
