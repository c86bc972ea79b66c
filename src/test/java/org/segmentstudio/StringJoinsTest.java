package org.segmentstudio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The app's string joins are compiled as StringBuilder code (javac -XDstringConcat=inline in the
 * pom): an invokedynamic join is linked by StringConcatFactory at its first run, which every start
 * paid in the first frame's drawing and the preferences.
 */
class StringJoinsTest {
    @Test
    void noClassOfTheAppLinksAStringJoinAtRunTime() throws Exception {
        Path classes = Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        assertTrue(Files.isDirectory(classes), "the compiled classes, as Maven leaves them: " + classes);
        List<String> linking;
        try (Stream<Path> files = Files.walk(classes)) {
            linking = files.filter(f -> f.toString().endsWith(".class")).filter(StringJoinsTest::linksAJoin)
                    .map(f -> classes.relativize(f).toString()).toList();
        }
        assertEquals(List.of(), linking);
    }

    /** The scan finds a join that javac compiled the default way. */
    @Test
    void theScanSeesAJoinCompiledWithoutTheOption(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path source = dir.resolve("Join.java");
        Files.writeString(source, "class Join { static String of(int n) { return \"n=\" + n; } }");
        int rc = javax.tools.ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", dir.toString(), source.toString());
        assertEquals(0, rc);
        assertTrue(linksAJoin(dir.resolve("Join.class")));
    }

    private static boolean linksAJoin(Path classFile) {
        try {
            return new String(Files.readAllBytes(classFile), StandardCharsets.ISO_8859_1).contains("makeConcatWithConstants");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
