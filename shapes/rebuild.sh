#!/usr/bin/env bash
# Regenerates every data file in shapes/ from Debian and npm packages (see shapes/README.md).
# Needs: npm (world-atlas), python3-gdal (osgeo) + python3-numpy, gmt + gmt-dcw, iso-codes, libicu72.
# Usage: bash shapes/rebuild.sh        (writes into the folder this script is in)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

world_atlas_version=2.0.2
(cd "$work" && npm pack --silent "world-atlas@$world_atlas_version" >/dev/null && tar xzf "world-atlas-$world_atlas_version.tgz")

# Natural Earth country outlines (world-atlas: TopoJSON, ids are ISO 3166-1 numeric codes).
# FlatGeobuf reads about twice as fast as GeoPackage here (50m: 1.5 ms vs 3.4 ms; 10m: 5.4 vs 7.1).
for level in 110m 50m 10m; do
  rm -f "$here/countries-$level.fgb"
  /usr/bin/python3 "$here/world_atlas.py" "$work/package/countries-$level.json" "$here/countries-$level.fgb"
done

# Russian regions from the Digital Chart of the World as shipped by gmt-dcw.
rm -f "$here"/russia-regions-*.fgb
/usr/bin/python3 "$here/dcw_regions.py" "$here/russia-regions-LEVEL.fgb" 2>/dev/null

# Crimea: Natural Earth's own polygon, which it puts in Russia, as its own area (see disputed.py).
rm -f "$here"/disputed-*.fgb
/usr/bin/python3 "$here/disputed.py" "$here/countries-LEVEL.fgb" "$here/disputed-LEVEL.fgb" 2>/dev/null

# Country names and where they go (Natural Earth 50m; Spanish from CLDR via libicu72, else iso-codes).
/usr/bin/python3 "$here/country_labels.py" "$here/countries-50m.fgb" "$here/country-labels.json"

# How a user's map file may name a country (ISO codes and names, for --shapes files).
/usr/bin/python3 "$here/country_codes.py" "$here/country-labels.json" "$here/country-codes.json"

# Sea names and where they go (IHO S-23 boxes from gmt-dcw; open water from Natural Earth 50m).
/usr/bin/python3 "$here/sea_names.py" "$here/countries-50m.fgb" "$here/sea-names.json"

ls -l "$here"/*.fgb "$here"/*.json
