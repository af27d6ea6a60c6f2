#!/usr/bin/env bash
# Installs missing Debian packages, then configures and builds geobrief (Release) in build/.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${GEOBRIEF_BUILD_DIR:-$root/build}
bash "$root/scripts/deps.sh"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -Wno-dev >/dev/null
cmake --build "$build"
