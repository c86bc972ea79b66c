package org.segmentstudio.installer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The CI smoke test of the installer: the app image that {@code mvn verify} builds (jlink +
 * jpackage, see the pom) has a launcher that starts the command-line mode. Runs in the
 * integration-test phase, after the image is built; it fails, never skips, when the image is missing.
 */
class InstallerSmokeIT {
    private static final Path LAUNCHER = Path.of(System.getProperty("segmentstudio.launcher", "missing"));

    @Test
    void theLauncherOfTheAppImagePrintsTheVersion() throws Exception {
        assertTrue(Files.isExecutable(LAUNCHER), "the app image's launcher was built: " + LAUNCHER);
        Process p = new ProcessBuilder(LAUNCHER.toString(), "--version").redirectErrorStream(true).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the launcher finished");
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), out);
        assertEquals("Segment Studio " + System.getProperty("segmentstudio.version"), out.strip());
    }

    @Test
    void theRuntimeIsTrimmedAndCarriesTheStartupArchive() throws IOException {
        Path image = LAUNCHER.getParent().getParent();
        try (Stream<Path> files = Files.walk(image)) {
            assertFalse(files.anyMatch(f -> f.getFileName().toString().equals("jmods")
                    || f.getFileName().toString().equals("javac")), "no JDK tools or jmods in the image");
        }
        try (Stream<Path> files = Files.walk(image)) {
            assertTrue(files.anyMatch(f -> f.getFileName().toString().equals("classes.jsa")),
                    "the runtime has the class-data-sharing archive made for a fast start");
        }
        try (Stream<Path> files = Files.walk(image)) {
            assertFalse(files.anyMatch(f -> f.getFileName().toString().startsWith("javafx-")),
                    "JavaFX is linked into the runtime, not shipped as jars");
        }
    }
}
