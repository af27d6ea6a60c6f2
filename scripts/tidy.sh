#!/usr/bin/env bash
# clang-tidy (.clang-tidy: bugprone, concurrency, performance) over every source file in src/,
# both cores, using build/compile_commands.json. Exits non-zero on any warning.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${GEOBRIEF_BUILD_DIR:-$root/build}
[ -f "$build/compile_commands.json" ] || { echo "tidy: run scripts/build.sh first ($build/compile_commands.json)"; exit 2; }
cd "$root"
find src -name '*.cpp' -print0 | xargs -0 -n 4 -P "$(nproc)" clang-tidy -p "$build" --quiet 2>/dev/null
