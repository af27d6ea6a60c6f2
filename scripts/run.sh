#!/usr/bin/env bash
# The first README command: install what is missing, build, and open geobrief.
# Extra arguments go to geobrief (e.g. --projection globe). Without a display there is no
# window to open, so the map is rendered to geobrief-map.png instead.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${GEOBRIEF_BUILD_DIR:-$root/build}
bash "$root/scripts/build.sh"
if [ -z "${DISPLAY:-}" ]; then
  echo "geobrief: no display (DISPLAY is not set); rendering the map to a PNG instead of a window"
  exec "$build/src/app/geobrief" --export geobrief-map.png --size 1920x1080 "$@"
fi
exec "$build/src/app/geobrief" "$@"
