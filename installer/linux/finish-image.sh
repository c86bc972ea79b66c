#!/bin/sh
# The build's last step of the Linux app image (pom, antrun app-image), after jpackage:
#   installer/linux/finish-image.sh IMAGE          IMAGE = target/installer/image/segment-studio
# puts installer/linux/segment-studio.sh in place of jpackage's launcher (bin/segment-studio), the
# runtime's java beside it under the app's name, the startup class list and helper into lib/app,
# and writes the startup archive for the image where it is.
set -e
here=$(dirname "$(readlink -f "$0")")
image=$(readlink -f "$1")
cp "$image/lib/runtime/bin/java" "$image/lib/runtime/bin/segment-studio"
cp "$here/segment-studio.sh" "$image/bin/segment-studio"
cp "$here/startup-archive.sh" "$image/lib/app/startup-archive.sh"
cp "$here/../cds-classes.txt" "$image/lib/app/startup-classes.txt"
chmod 755 "$image/bin/segment-studio" "$image/lib/app/startup-archive.sh" "$image/lib/runtime/bin/segment-studio"
"$image/lib/app/startup-archive.sh" "$image"
