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

    /** The launcher's output and exit code, run with extra environment. */
    private static String run(Path launcher, java.util.Map<String, String> env, String... args) throws Exception {
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of(launcher.toString()));
        command.addAll(java.util.List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8); // before the wait: a full pipe would stop it
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the launcher finished");
        assertEquals(0, p.exitValue(), out);
        return out;
    }

    /**
     * jpackage's Linux launcher asked rpm and dpkg which package owns it at every start (0.2 s of
     * a 1.3 s start here). Ours must not: with stand-ins for both first on the PATH, none is run.
     */
    @Test
    @org.junit.jupiter.api.condition.EnabledOnOs(org.junit.jupiter.api.condition.OS.LINUX)
    void theLinuxLauncherAsksNoPackageManager(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path marker = dir.resolve("asked");
        for (String tool : new String[] {"dpkg", "dpkg-query", "rpm"}) {
            Path fake = dir.resolve(tool);
            Files.writeString(fake, "#!/bin/sh\necho " + tool + " >> '" + marker + "'\nexit 1\n");
            assertTrue(fake.toFile().setExecutable(true));
        }
        String out = run(LAUNCHER, java.util.Map.of("PATH", dir + ":" + System.getenv("PATH")), "--version");
        assertTrue(out.contains("Segment Studio "), out);
        assertFalse(Files.exists(marker), () -> "the launcher ran a package manager: " + read(marker));
    }

    /**
     * The startup archive of the app's classes is taken where it was made (-Xshare:on stops the JVM
     * if an archive cannot be mapped), and a copy of the app elsewhere, where it does not apply,
     * starts as well, on the runtime's own archive.
     */
    @Test
    @org.junit.jupiter.api.condition.EnabledOnOs(org.junit.jupiter.api.condition.OS.LINUX)
    void theStartupArchiveServesWhereItWasMadeAndACopyStillStarts(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        // The class loading log goes to a file: the launcher keeps the JVM's stdout for results.
        Path hereLog = dir.resolve("here.log");
        String here = run(LAUNCHER, strict(hereLog), "--version");
        assertTrue(read(hereLog).contains("org.segmentstudio.Launcher source: shared objects file"),
                "the app's own classes come from the startup archive:\n" + tail(read(hereLog)));
        assertEquals("Segment Studio " + System.getProperty("segmentstudio.version"), here.lines()
                .filter(l -> !l.startsWith("Picked up JAVA_TOOL_OPTIONS")).reduce("", (x, y) -> x + y).strip(),
                "nothing but the version on the way out");
        Path image = LAUNCHER.getParent().getParent();
        Path copy = dir.resolve("elsewhere");
        Process cp = new ProcessBuilder("cp", "-a", image.toString(), copy.toString()).inheritIO().start();
        assertTrue(cp.waitFor(60, TimeUnit.SECONDS) && cp.exitValue() == 0, "copied the app image");
        Path movedLog = dir.resolve("moved.log");
        String moved = run(copy.resolve("bin").resolve(LAUNCHER.getFileName()), strict(movedLog), "--version");
        assertTrue(moved.contains("Segment Studio " + System.getProperty("segmentstudio.version")), moved);
        assertFalse(read(movedLog).contains("org.segmentstudio.Launcher source: shared objects file"),
                "the copy does not take the archive made for the original's place");
    }

    /** -Xshare:on stops the JVM when an archive it was given cannot be mapped; class loading logged to {@code log}. */
    private static java.util.Map<String, String> strict(Path log) {
        return java.util.Map.of("JAVA_TOOL_OPTIONS", "-Xshare:on -Xlog:class+load=info:file=" + log);
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            return e.toString();
        }
    }

    private static String tail(String out) {
        return out.lines().filter(l -> !l.contains("source: jrt:/") && !l.contains("source: shared objects file")
                || l.contains("segmentstudio")).reduce("", (a, b) -> a + b + "\n");
    }
}
