#!/usr/bin/env bash
# The second README command: install what is missing, build, and run every test.
# Tests that need a display start their own Xvfb, so this works with no display at all.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${GEOBRIEF_BUILD_DIR:-$root/build}
bash "$root/scripts/build.sh"
echo "== built in ${SECONDS} s"
cd "$build"
ctest --output-on-failure --timeout 300 -j2
