package io.github.bbbjakarta.lms.readme;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** This module's README quotes compiled code too: the tagged region of {@link LectureJoinPage}. */
class ModuleReadmeSnippetsTest {

    @Test
    void moduleReadmeQuotesTheJoinPage() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("src/test/java/io/github/bbbjakarta/lms/readme/LectureJoinPage.java"),
                StandardCharsets.UTF_8);
        int start = lines.indexOf("// tag::join[]") + 1;
        int end = lines.indexOf("// end::join[]");
        assertTrue(start > 0 && end > start, "no region join");
        String snippet = String.join("\n", lines.subList(start, end)) + "\n";
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        assertTrue(readme.contains(snippet), () -> "README.md must quote LectureJoinPage.java [join] as it is:\n" + snippet);
    }
}
