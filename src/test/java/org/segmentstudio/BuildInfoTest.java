package org.segmentstudio;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BuildInfoTest {
    /** Run from the build's classes (as here, and as mvn javafx:run does) the version is still Maven's. */
    @Test
    void theVersionIsMavensEvenWithoutAJarManifest() {
        assertTrue(BuildInfo.version().matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"), BuildInfo.version());
    }
}
