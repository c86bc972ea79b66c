#!/bin/sh
# Segment Studio's launcher on Linux: bin/segment-studio of the app image and of the installed
# package (the build puts it in place of jpackage's native launcher; see installer/README.md).
#
# jpackage's launcher asked rpm and then dpkg which package owns it, twice, on every start: 0.2 s
# here (868 packages), more on a desktop with thousands. This script starts the same runtime on the
# same class path. The runtime's java is copied as lib/runtime/bin/segment-studio, so that process
# lists and system monitors name the app, not "java".
#
# lib/app/startup.jsa is a class-data-sharing archive of the classes loaded up to the first frame,
# the app's own included; it is made where the app lives (by the build for the app image, by the
# package's postinst for /opt/segment-studio), and lib/app/startup.jsa.home names that place. The
# JVM takes it only with the very same class path, so it is used only there and only while it is
# newer than the app's jar; otherwise the runtime's own archive (JDK and JavaFX classes) serves.
set -e
bin=$(dirname "$(readlink -f "$0")")
home=$(dirname "$bin")
app="$home/lib/app"
java="$home/lib/runtime/bin/segment-studio"
[ -x "$java" ] || java="$home/lib/runtime/bin/java"
archive="$app/startup.jsa"

# The JVM's own warnings go to stderr, not stdout, where the command line writes its results; the
# archive's messages not at all (an archive the JVM turns down only costs speed).
if [ -r "$archive" ] && [ "$archive" -nt "$app/segment-studio.jar" ] \
        && [ "$(cat "$archive.home" 2>/dev/null)" = "$home" ]; then
    exec "$java" "-XX:SharedArchiveFile=$archive" -Xlog:all=off -Xlog:all=warning:stderr \
        '-Xlog:cds*=off:stderr' -Xlog:class+path=off:stderr \
        -cp "$app/segment-studio.jar" org.segmentstudio.Launcher "$@"
fi
exec "$java" -Xlog:all=off -Xlog:all=warning:stderr -cp "$app/segment-studio.jar" org.segmentstudio.Launcher "$@"
