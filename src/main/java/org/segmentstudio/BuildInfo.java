package org.segmentstudio;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** What the build knows about itself: the version, for About and the command line's --version. */
public final class BuildInfo {
    private static final String VERSION = read();

    private BuildInfo() {
    }

    /** The project's version as Maven built it (e.g. "0.1.0"), or "dev" if the build left none. */
    public static String version() {
        return VERSION;
    }

    private static String read() {
        try (InputStream in = BuildInfo.class.getResourceAsStream("build.properties")) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                String v = p.getProperty("version", "");
                if (!v.isBlank() && !v.startsWith("${")) {
                    return v.strip();
                }
            }
        } catch (IOException e) {
            // fall through to the manifest
        }
        String v = BuildInfo.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
