#!/usr/bin/env bash
# Prints geobrief's speed figures: median and p95 over several runs, all from this one run.
#   bash bench/run.sh [runs]      (default 7; builds first; starts Xvfb when there is no display)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${GEOBRIEF_BUILD_DIR:-$root/build}
runs=${1:-7}
bash "$root/scripts/build.sh" >/dev/null
cmake --build "$build" --target geobrief_mesh_bench geobrief_story_bench geobrief_pick_bench >/dev/null
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
echo "-- window: start-up (1280x720, default view of Eurasia: 110m, then 50m)"
for i in $(seq "$runs"); do
  "$geobrief" --size 1280x720 --quit-after 1.5 --bench-file "$work/start-$i.txt" 2>/dev/null
done
cat "$work"/start-*.txt | awk '/^first_frame_s/ {print $2 * 1000}' | stats "process start -> first complete frame" ms
cat "$work"/start-*.txt | awk '/^peak_rss_kb/ {print $2 / 1024}' | stats "peak memory (RSS)" MB
cat "$work"/start-*.txt | awk '/^anon_rss_kb/ {print $2 / 1024}' | stats "  of which private (anonymous) at the end" MB

echo "-- window: start-up zoomed on Kursk (1280x720, --bounds 33,50,40,53.5: 10m, built around the view)"
for i in $(seq "$runs"); do
  "$geobrief" --size 1280x720 --bounds 33,50,40,53.5 --quit-after 1.5 --bench-file "$work/fine-$i.txt" 2>/dev/null
done
cat "$work"/fine-*.txt | awk '/^first_frame_s/ {print $2 * 1000}' | stats "process start -> first complete frame" ms
cat "$work"/fine-*.txt | awk '/^fine_ready_s/ {print $2 * 1000}' | stats "process start -> 10m detail ready" ms
cat "$work"/fine-*.txt | awk '/^peak_rss_kb/ {print $2 / 1024}' | stats "peak memory (RSS)" MB

# pan NAME ARGS...: three 6-second pan runs of the window at 1920x1080 with those arguments
pan() {
  local name=$1; shift
  for i in 1 2 3; do
    "$geobrief" --size 1920x1080 --quit-after 6 --bench-pan --bench-file "$work/$name-$i.txt" "$@" 2>/dev/null
  done
  cat "$work"/"$name"-*.txt | awk '/^frame_ms/ {print $2}' | stats "frame time while panning" ms
  cat "$work"/"$name"-*.txt | awk '/^peak_rss_kb/ {print $2 / 1024}' | stats "peak memory while panning (RSS)" MB
}
echo "-- window: panning 1920x1080 for 6 s, everything on (flows animating), default view (50m)"
pan pan
cat "$work"/pan-*.txt | awk '/^anon_rss_kb/ {print $2 / 1024}' | stats "  of which private (anonymous) at the end" MB
echo "-- window: the same, zoomed on Kursk (10m, rebuilt around the view as the pan leaves it)"
pan pan10m --bounds 33,50,40,53.5
echo "-- window: the same with a dense story (bench/big_story.py: the story plus 2,000 towns and 5,000"
echo "   flows; issue 16 asks p95 <= 33 ms): flows panned as a picture, labels placed every 4th frame"
/usr/bin/python3 "$root/bench/big_story.py" "$work/big-story.json" >/dev/null
pan panbig --story "$work/big-story.json"

if command -v xdotool >/dev/null; then
  echo "-- window: 1920x1080, the mouse wheel zooms in 12 notches at one spot (from Eurasia through"
  echo "   10m's threshold to ~40 m a pixel) and 8 back out: 10m is built and rebuilt on the way"
  for i in 1 2 3; do
    "$geobrief" --size 1920x1080 --quit-after 14 --bench-file "$work/zoom-$i.txt" 2>/dev/null &
    app=$!
    sleep 2
    id=$(xdotool search --name '^geobrief$' | head -1)
    xdotool mousemove --window "$id" 700 560
    for _ in $(seq 12); do xdotool click 4; sleep 0.6; done
    sleep 1
    for _ in $(seq 8); do xdotool click 5; sleep 0.5; done
    wait "$app"
  done
  cat "$work"/zoom-*.txt | awk '/^peak_rss_kb/ {print $2 / 1024}' | stats "peak memory (RSS)" MB
fi

# wall NAME COMMAND...: runs the command, appends its wall-clock milliseconds to $work/NAME.ms
wall() {
  local name=$1; shift
  local start end
  start=$(date +%s%N)
  "$@" >/dev/null
  end=$(date +%s%N)
  echo $(( (end - start) / 1000 )) | awk '{print $1 / 1000}' >> "$work/$name.ms"
}
median() { sort -g "$work/$1.ms" | awk '{v[NR]=$1} END {print v[int((NR + 1) / 2)]}'; }

has_peer=false
/usr/bin/python3 -c "import cartopy, matplotlib, osgeo" 2>/dev/null && has_peer=true
echo "-- export, whole process (default view, Natural Earth 50m), interleaved with the cartopy peer"
echo "   peer: bench/cartopy_peer.py, the same shapes and colours; 'lambert' is the same map and extent,"
echo "   'plate carree' the issue's configuration (extent 0-150E 25-72N, no reprojection: faster)"
for size in 1920x1080 3840x2160; do
  w=${size%x*}; h=${size#*x}
  for i in $(seq "$runs"); do
    wall "geobrief-$size" "$geobrief" --export "$work/export-$size-$i.png" --size "$size" --bench-file "$work/phases-$size.txt"
    if $has_peer; then
      wall "lambert-$size" /usr/bin/python3 "$root/bench/cartopy_peer.py" "$work/peer-$size-$i.png" "$w" "$h"
      wall "plate-$size" /usr/bin/python3 "$root/bench/cartopy_peer.py" "$work/peerpc-$size-$i.png" "$w" "$h" --plate-carree
    fi
  done
  stats "geobrief export $size" ms < "$work/geobrief-$size.ms"
  # Where an export's time goes: each milestone's median, ms since the process started.
  for mark in main jobs gl_context geometry uploaded drawn written; do
    awk -v m="mark_${mark}_s" '$1 == m {print $2 * 1000}' "$work/phases-$size.txt" | sort -g |
      awk -v m="$mark" '{v[NR]=$1} END {printf "%s %.0f  ", m, v[int((NR + 1) / 2)]}'
  done | sed 's/^/     phases (median, ms from process start): /'; echo
  if $has_peer; then
    stats "cartopy peer, lambert $size" ms < "$work/lambert-$size.ms"
    stats "cartopy peer, plate carree $size" ms < "$work/plate-$size.ms"
    ours=$(median "geobrief-$size")
    awk -v o="$ours" -v l="$(median "lambert-$size")" -v p="$(median "plate-$size")" \
      'BEGIN {printf "     geobrief is %.1fx faster than the lambert peer, %.1fx than the plate carree peer\n", l / o, p / o}'
  fi
done
$has_peer || echo "-- export peer skipped (apt-get install python3-cartopy python3-matplotlib python3-gdal)"

echo "-- mesh building (load + clip + project + tessellate)"
"$build/bench/geobrief_mesh_bench" "$runs"

echo "-- story"
"$build/bench/geobrief_story_bench" "$runs"

echo "-- picking"
"$build/bench/geobrief_pick_bench"
