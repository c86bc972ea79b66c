#!/bin/sh
# Writes the startup archive of an installed Segment Studio (see segment-studio.sh):
#   startup-archive.sh HOME      HOME = the app's folder (/opt/segment-studio, or the app image)
# Run by the build for the app image and by the package's postinst; removes a stale archive and
# writes nothing when the dump fails, so the launcher then starts without it.
set -e
home=$(readlink -f "$1")
app="$home/lib/app"
rm -f "$app/startup.jsa" "$app/startup.jsa.home"
tmp="$app/startup.jsa.$$"
trap 'rm -f "$tmp"' EXIT INT TERM
if "$home/lib/runtime/bin/java" -Xshare:dump -XX:SharedClassListFile="$app/startup-classes.txt" \
        -XX:SharedArchiveFile="$tmp" -Xlog:cds=off -Xlog:cds+heap=off -Xlog:class+path=off \
        -cp "$app/segment-studio.jar" >/dev/null 2>&1; then
    mv "$tmp" "$app/startup.jsa"
    printf '%s\n' "$home" > "$app/startup.jsa.home"
else
    rm -f "$tmp"
    echo "segment-studio: no startup archive (the app starts without it)" >&2
fi
