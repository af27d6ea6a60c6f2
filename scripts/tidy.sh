#!/usr/bin/env bash
# clang-tidy (.clang-tidy: bugprone, concurrency, performance) over every source file in src/,
# both cores, with build/'s compile commands. In a unity build (scripts/build.sh) it checks the
# batches, each source file of src/ in one of them, so SFML's, ImGui's and GDAL's headers are
# parsed once per batch (~20 s instead of ~3 min); the repository's .clang-tidy applies and its
# header filter reports what is in src/. Exits non-zero on any warning.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${GEOBRIEF_BUILD_DIR:-$root/build}
[ -f "$build/compile_commands.json" ] || { echo "tidy: run scripts/build.sh first ($build/compile_commands.json)"; exit 2; }
cd "$root"
# What the compile database compiles from src/: unity batches, or the source files themselves.
grep -o '"file": "[^"]*"' "$build/compile_commands.json" | cut -d'"' -f4 |
  grep -E "^($root/src/.*\.cpp|$build/src/.*/Unity/unity_[0-9]+_cxx\.cxx)$" | sort -u |
  xargs -n 1 -P "$(nproc)" clang-tidy -p "$build" --config-file="$root/.clang-tidy" --quiet \
    --checks=-bugprone-suspicious-include 2>/dev/null # a batch includes its .cpp files on purpose
