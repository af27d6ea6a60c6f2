#!/usr/bin/env bash
# Recording speed and memory: the whole story at 1280x720 and 1920x1080, step 4 at 3840x2160, MP4
# at 30 fps, each run RUNS times (default 3) from a cold process. Prints, per case, the median
# wall time, the video's length, the ratio to real time (above 1: faster than real time) and the
# median peak memory (RSS). Usage: bash bench/video.sh [build-folder]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build}
geobrief=$build/src/app/geobrief
runs=${RUNS:-3}
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }

printf '%-28s %9s %9s %9s %10s\n' case wall_s video_s x_realtime peak_MB
for spec in "whole story 1280x720|1280x720|" "whole story 1920x1080|1920x1080|" "step 4 3840x2160|3840x2160|--step 4"; do
  IFS='|' read -r name size extra <<<"$spec"
  walls=() peaks=()
  for ((i = 0; i < runs; i++)); do
    out=$scratch/clip-$i.mp4
    /usr/bin/time -f '%e %M' -o "$scratch/time" "$geobrief" --export-video "$out" --size "$size" $extra --quiet >/dev/null
    read -r wall kb <"$scratch/time"
    walls+=("$wall") peaks+=("$((kb / 1024))")
    length=$(ffprobe -v error -show_entries format=duration -of csv=p=0 "$out")
    rm -f "$out"
  done
  wall=$(printf '%s\n' "${walls[@]}" | median)
  peak=$(printf '%s\n' "${peaks[@]}" | median)
  printf '%-28s %9.2f %9.2f %9.2f %10d\n' "$name" "$wall" "$length" "$(awk -v a="$length" -v b="$wall" 'BEGIN {print a / b}')" "$peak"
done
