#!/usr/bin/env bash
# Startup benchmark of the installed app: time from starting the launcher to the first frame of the
# main window, over several runs on a virtual display (Xvfb). The app's --startup-probe flag logs the
# moment of its first frame and quits.
#
#   installer/measure-startup.sh [LAUNCHER] [RUNS]       measure (default: the app image of mvn verify, 7 runs)
#   installer/measure-startup.sh --train [LAUNCHER]      rewrite installer/cds-classes.txt from one run
#
# Needs: apt-get install -y xvfb libgtk-3-0 (not needed by the build or CI).
set -euo pipefail
cd "$(dirname "$0")/.."
train=0
if [[ "${1:-}" == "--train" ]]; then train=1; shift; fi
launcher="${1:-target/installer/image/segment-studio/bin/segment-studio}"
runs="${2:-7}"
[[ -x "$launcher" ]] || { echo "error: no launcher at $launcher; run mvn -B verify (or mvn -Pinstaller package) first" >&2; exit 2; }
command -v Xvfb >/dev/null || { echo "error: Xvfb is missing: apt-get install -y xvfb libgtk-3-0" >&2; exit 2; }

display=":$(( 90 + RANDOM % 100 ))"
Xvfb "$display" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
trap 'kill "$xvfb_pid" 2>/dev/null || true' EXIT
export DISPLAY="$display"
for _ in $(seq 50); do xdpyinfo >/dev/null 2>&1 && break; [[ -e "/tmp/.X11-unix/X${display#:}" ]] && break; sleep 0.1; done
sleep 0.5

if (( train )); then
  list=$(mktemp)
  JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$list" "$launcher" --startup-probe >/dev/null 2>&1
  {
    echo "# Classes that the installed app loads up to its first frame. The build archives the JDK and JavaFX ones"
    echo "# into the runtime's default CDS archive (lib/server/classes.jsa, valid wherever the app is installed);"
    echo "# on Linux all of them, the app's own included, go into lib/app/startup.jsa where the app lives"
    echo "# (installer/linux/startup-archive.sh). Regenerate: installer/measure-startup.sh --train"
    grep -v '^#' "$list"
  } > installer/cds-classes.txt
  rm -f "$list"
  echo "wrote installer/cds-classes.txt ($(grep -vc '^#' installer/cds-classes.txt) classes)"
  exit 0
fi

echo "# startup of $launcher on $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
walls=()
for i in $(seq "$runs"); do
  start=$(date +%s%3N)
  out=$("$launcher" --startup-probe 2>&1) || { echo "run $i failed:"; echo "$out"; exit 1; }
  shown=$(grep -o 'first-frame-epoch-ms=[0-9]*' <<<"$out" | cut -d= -f2)
  jvm=$(grep -o 'startup-ms=[0-9]*' <<<"$out" | cut -d= -f2)
  [[ -n "$shown" ]] || { echo "run $i printed no startup figure:"; echo "$out"; exit 1; }
  wall=$(( shown - start ))
  walls+=("$wall")
  echo "run $i: launcher to first frame ${wall} ms (Java start to first frame ${jvm} ms)"
done
sorted=($(printf '%s\n' "${walls[@]}" | sort -n))
echo "median ${sorted[$(( ${#sorted[@]} / 2 ))]} ms, min ${sorted[0]} ms, max ${sorted[-1]} ms over $runs runs"
echo "{\"benchmark\":\"startup\",\"runs\":$runs,\"median_ms\":${sorted[$(( ${#sorted[@]} / 2 ))]},\"min_ms\":${sorted[0]},\"max_ms\":${sorted[-1]}}"
