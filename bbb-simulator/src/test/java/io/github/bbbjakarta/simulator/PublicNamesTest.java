package io.github.bbbjakarta.simulator;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A test that imports both {@code io.github.bbbjakarta.api.*} and {@code io.github.bbbjakarta.simulator.*} must
 * compile: no public type of the simulator may share its simple name with one of the client's (read from the
 * client's sources in this build, not from its classes, so the simulator stays independent) or with the names the
 * client is about to get.
 */
class PublicNamesTest {
    /** Public names planned for the client's API package (recordings, hooks, text tracks). */
    private static final Set<String> RESERVED = Set.of("Recording", "Recordings", "Hook", "Hooks", "PlaybackFormat",
            "TextTrack", "TextTracks", "Role", "PresentationDocument", "Meeting", "Attendee");

    private static Set<String> typeNames(Path dir) throws IOException {
        Set<String> names = new TreeSet<>();
        try (Stream<Path> files = Files.list(dir)) {
            files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".java") && !n.equals("package-info.java"))
                    .forEach(n -> names.add(n.substring(0, n.length() - ".java".length())));
        }
        return names;
    }

    @Test
    void noSimpleNameClashesWithTheClientApi() throws IOException {
        Path api = Path.of("..", "bbb-api", "src", "main", "java", "io", "github", "bbbjakarta", "api");
        assertTrue(Files.isDirectory(api), "bbb-api sources expected beside this module: " + api.toAbsolutePath());
        Set<String> taken = new TreeSet<>(typeNames(api));
        assertFalse(taken.isEmpty());
        taken.addAll(RESERVED);
        Set<String> ours = typeNames(Path.of("src", "main", "java", "io", "github", "bbbjakarta", "simulator"));
        ours.addAll(typeNames(Path.of("src", "main", "java", "io", "github", "bbbjakarta", "simulator", "servlet")));
        assertTrue(ours.contains("BbbSimulator"), ours::toString);
        ours.retainAll(taken);
        assertEquals(Set.of(), ours, "public simulator names that clash with the client's");
    }
}
