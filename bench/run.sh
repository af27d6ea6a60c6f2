#!/usr/bin/env bash
# Prints geobrief's speed figures: median and p95 over several runs, all from this one run.
#   bash bench/run.sh [runs]      (default 7; builds first; starts Xvfb when there is no display)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${GEOBRIEF_BUILD_DIR:-$root/build}
runs=${1:-7}
bash "$root/scripts/build.sh" >/dev/null
geobrief="$build/src/app/geobrief"
work=$(mktemp -d)
xvfb_pid=""
cleanup() { rm -rf "$work"; [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true; }
trap cleanup EXIT
if [ -z "${DISPLAY:-}" ]; then
  exec 3<> "$work/displayfd"
  Xvfb -displayfd 3 -screen 0 1920x1080x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb_pid=$!
  for _ in $(seq 50); do [ -s "$work/displayfd" ] && break; sleep 0.1; done
  export DISPLAY=":$(head -1 "$work/displayfd")"
fi

# stats NAME < numbers: prints median and p95
stats() {
  sort -g | awk -v name="$1" -v unit="$2" '{v[NR]=$1} END {
    if (NR == 0) { printf "%-44s (no data)\n", name; exit }
    m = v[int((NR + 1) / 2)]; p = v[int(NR * 0.95 + 0.999)]; if (p == "") p = v[NR]
    printf "%-44s median %8.1f %s   p95 %8.1f %s   (n=%d)\n", name, m, unit, p, unit, NR }'
}

echo "== geobrief benchmarks on $(nproc) cores, GL: $(glxinfo -B 2>/dev/null | sed -n 's/.*OpenGL renderer string: //p' || echo unknown)"
echo "-- window: start-up (1280x720, default view)"
for i in $(seq "$runs"); do
  "$geobrief" --size 1280x720 --quit-after 1.5 --bench-file "$work/start-$i.txt" 2>/dev/null
done
cat "$work"/start-*.txt | awk '/^first_frame_s/ {print $2 * 1000}' | stats "process start -> first complete frame" ms
cat "$work"/start-*.txt | awk '/^fine_ready_s/ {print $2 * 1000}' | stats "process start -> 10m detail ready" ms
cat "$work"/start-*.txt | awk '/^peak_rss_kb/ {print $2 / 1024}' | stats "peak memory (RSS)" MB

echo "-- window: panning 1920x1080 for 6 s, everything on (flows animating)"
for i in 1 2 3; do
  "$geobrief" --size 1920x1080 --quit-after 6 --bench-pan --bench-file "$work/pan-$i.txt" 2>/dev/null
done
cat "$work"/pan-*.txt | awk '/^frame_ms/ {print $2}' | stats "frame time while panning (levels loaded)" ms
cat "$work"/pan-*.txt | awk '/^peak_rss_kb/ {print $2 / 1024}' | stats "peak memory while panning (RSS)" MB

echo "-- export, whole process (default view, Natural Earth 50m)"
for size in 1920x1080 3840x2160; do
  for i in $(seq "$runs"); do
    start=$(date +%s%N)
    "$geobrief" --export "$work/export-$size-$i.png" --size "$size" >/dev/null
    end=$(date +%s%N)
    echo $(( (end - start) / 1000 )) | awk '{print $1 / 1000}'
  done | stats "export $size" ms
done

if /usr/bin/python3 -c "import cartopy, matplotlib, osgeo" 2>/dev/null; then
  echo "-- export peer: bench/cartopy_peer.py (cartopy + matplotlib, same shapes, colours and extent)"
  for size in 1920x1080 3840x2160; do
    for i in 1 2 3 4 5; do
      start=$(date +%s%N)
      /usr/bin/python3 "$root/bench/cartopy_peer.py" "$work/peer-$size-$i.png" "${size%x*}" "${size#*x}"
      end=$(date +%s%N)
      echo $(( (end - start) / 1000 )) | awk '{print $1 / 1000}'
    done | stats "cartopy export $size" ms
  done
else
  echo "-- export peer skipped (apt-get install python3-cartopy python3-matplotlib python3-gdal)"
fi

echo "-- mesh building (load + clip + project + tessellate)"
"$build/bench/geobrief_mesh_bench" "$runs"

echo "-- story"
"$build/bench/geobrief_story_bench" "$runs"

echo "-- picking"
"$build/bench/geobrief_pick_bench"
