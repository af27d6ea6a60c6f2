#!/usr/bin/env bash
# A user's own map data (issue 15): Natural Earth 50m countries as GeoJSON (world-atlas 2.0.2's
# TopoJSON converted by GDAL, 4.5 MB), exported whole-process at 1080p and 4K by geobrief
# (--shapes FILE, the default view with slide overlays) and by mapnik (bench/mapnik_peer.py: the
# same file, colours, projection and extent), interleaved in one run, each process cold (no
# cache of an earlier run: geobrief gets an empty Mesa shader cache each time, as on a machine
# where it never ran). Prints median wall time and peak memory (RSS) of each, and the ratios;
# then geobrief again with Mesa's shader cache filled by one export of our own map beforehand
# (what any later export on a machine finds: the shaders do not depend on the user's file).
# Last, the floor under any picture drawn by llvmpipe: bench/llvmpipe_floor.cpp starts the GL
# driver with no X server (EGL surfaceless), draws four kinds of thing at the picture's size and
# reads the pixels back: no map, no file, no PNG, empty shader cache, shaders unoptimised as in
# our exports. It needs libegl-dev, bench-only.
#   bash bench/user_shapes.sh [runs] [build-folder]     (default 7; needs npm, python3-gdal and
#   python3-mapnik, bench-only). With no DISPLAY, geobrief starts its private Xvfb, as a user's
#   script would; mapnik needs none.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
runs=${1:-7}
build=${2:-$root/build}
geobrief=$build/src/app/geobrief
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

(cd "$work" && npm pack --silent world-atlas@2.0.2 >/dev/null 2>&1 && tar xzf world-atlas-2.0.2.tgz)
/usr/bin/python3 - "$work/package/countries-50m.json" "$work/ne50.geojson" <<'PY'
import sys
from osgeo import gdal
gdal.UseExceptions()
gdal.VectorTranslate(sys.argv[2], sys.argv[1], format="GeoJSON", layers=["countries"])
PY
echo "== user GeoJSON: $(du -h "$work/ne50.geojson" | cut -f1), $(nproc) cores; $runs runs each, interleaved"

floor=$work/llvmpipe_floor
g++ -O2 -std=c++20 -o "$floor" "$root/bench/llvmpipe_floor.cpp" -lEGL -lGL 2>/dev/null ||
  { floor=""; echo "-- llvmpipe floor skipped (apt-get install libegl-dev)"; }
median() { sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
# Mesa's shader cache after one export of our own map (not of the user's file).
mkdir "$work/warm-cache"
MESA_SHADER_CACHE_DIR="$work/warm-cache" "$geobrief" --export "$work/ours.png" >/dev/null 2>&1
printf '%-10s %-9s %12s %12s\n' size who wall_s peak_MB
for size in 1920x1080 3840x2160; do
  w=${size%x*} h=${size#*x}
  : >"$work/g.wall"; : >"$work/g.mem"; : >"$work/m.wall"; : >"$work/m.mem"; : >"$work/w.wall"; : >"$work/w.mem"
  : >"$work/f.wall"; : >"$work/f.mem"
  for ((i = 0; i < runs; i++)); do
    rm -rf "$work/cold-cache"; mkdir "$work/cold-cache"
    MESA_SHADER_CACHE_DIR="$work/cold-cache" /usr/bin/time -f '%e %M' -o "$work/time" "$geobrief" \
      --shapes "$work/ne50.geojson" --size "$size" --export "$work/g-$i.png" >/dev/null 2>&1
    read -r wall kb <"$work/time"; echo "$wall" >>"$work/g.wall"; echo $((kb / 1024)) >>"$work/g.mem"
    rm -f "$work/g-$i.png"
    MESA_SHADER_CACHE_DIR="$work/warm-cache" /usr/bin/time -f '%e %M' -o "$work/time" "$geobrief" \
      --shapes "$work/ne50.geojson" --size "$size" --export "$work/g-$i.png" >/dev/null 2>&1
    read -r wall kb <"$work/time"; echo "$wall" >>"$work/w.wall"; echo $((kb / 1024)) >>"$work/w.mem"
    /usr/bin/time -f '%e %M' -o "$work/time" /usr/bin/python3 "$root/bench/mapnik_peer.py" "$work/ne50.geojson" \
      "$work/m-$i.png" "$w" "$h"
    read -r wall kb <"$work/time"; echo "$wall" >>"$work/m.wall"; echo $((kb / 1024)) >>"$work/m.mem"
    rm -f "$work/g-$i.png" "$work/m-$i.png"
    [ -n "$floor" ] || continue
    rm -rf "$work/cold-cache"; mkdir "$work/cold-cache"
    GALLIVM_PERF=nopt MESA_SHADER_CACHE_DIR="$work/cold-cache" /usr/bin/time -f '%e %M' -o "$work/time" \
      "$floor" "$w" "$h" >/dev/null
    read -r wall kb <"$work/time"; echo "$wall" >>"$work/f.wall"; echo $((kb / 1024)) >>"$work/f.mem"
  done
  gw=$(median <"$work/g.wall") gm=$(median <"$work/g.mem") mw=$(median <"$work/m.wall") mm=$(median <"$work/m.mem")
  ww=$(median <"$work/w.wall") wm=$(median <"$work/w.mem")
  printf '%-10s %-9s %12.2f %12d\n' "$size" geobrief "$gw" "$gm"
  printf '%-10s %-9s %12.2f %12d\n' "$size" mapnik "$mw" "$mm"
  awk -v gw="$gw" -v mw="$mw" -v gm="$gm" -v mm="$mm" \
    'BEGIN {printf "%-10s geobrief/mapnik: time %.2fx (issue: <= 1), memory %.2fx (issue: <= 2)\n", "", gw / mw, gm / mm}'
  printf '%-10s %-9s %12.2f %12d   (Mesa shader cache filled by an earlier export of our map)\n' "$size" geobrief "$ww" "$wm"
  awk -v ww="$ww" -v mw="$mw" -v wm="$wm" -v mm="$mm" \
    'BEGIN {printf "%-10s with it:         time %.2fx, memory %.2fx\n", "", ww / mw, wm / mm}'
  [ -n "$floor" ] || continue
  fw=$(median <"$work/f.wall") fm=$(median <"$work/f.mem")
  printf '%-10s %-9s %12.2f %12d   (llvmpipe alone: no X, no map, 4 kinds of draw, no shader cache)\n' "$size" floor "$fw" "$fm"
  awk -v fw="$fw" -v mw="$mw" 'BEGIN {printf "%-10s floor/mapnik:    time %.2fx\n", "", fw / mw}'
done
