#!/usr/bin/python3
"""The export peer for bench/run.sh: the same map from the same shapes with cartopy/matplotlib.

Natural Earth 50m countries from shapes/countries-50m.fgb (read with GDAL), the story's country
colours, Lambert conformal conic centred on 80E with geobrief's standard parallels, the story
overview's extent, saved as a PNG of the given size.
With --plate-carree: the configuration the issue measured its peer with (0.84 s at 1080p):
plate carree, extent 0-150E 25-72N. No reprojection, so much faster, and a harder yardstick.
Usage: cartopy_peer.py OUT.png WIDTH HEIGHT [--plate-carree]
(Debian: python3-cartopy python3-matplotlib python3-gdal)
"""
import json
import os
import sys

import matplotlib
matplotlib.use("Agg")
import cartopy.crs as ccrs  # noqa: E402
import matplotlib.pyplot as plt  # noqa: E402
from osgeo import ogr  # noqa: E402
from shapely import wkb  # noqa: E402

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(here)


def main(out, width, height, plate_carree):
    story = json.load(open(os.path.join(root, "assets/stories/eu-japan-dprk.json"), encoding="utf-8"))
    fills = {r["id"]: r["fill"][:7] for r in story["roles"]}
    role_of = story["countries"]
    source = ogr.Open(os.path.join(root, "shapes/countries-50m.fgb"))
    layer = source.GetLayer(0)
    if plate_carree:
        projection, extent = ccrs.PlateCarree(), [0, 150, 25, 72]
    else:
        projection = ccrs.LambertConformal(central_longitude=80, central_latitude=45, standard_parallels=(30, 62))
        extent = [-10, 150, 28, 68]
    figure = plt.figure(figsize=(width / 100, height / 100), dpi=100)
    axes = figure.add_axes([0, 0, 1, 1], projection=projection)
    axes.set_extent(extent, crs=ccrs.PlateCarree())
    axes.set_facecolor("#aacbe2")
    by_colour = {}  # one add_geometries call per colour: the fastest way cartopy offers
    for feature in layer:
        geometry = wkb.loads(bytes(feature.GetGeometryRef().ExportToWkb()))
        colour = fills[role_of.get(feature.GetField("id"), story["defaultRole"])]
        by_colour.setdefault(colour, []).append(geometry)
    for colour, geometries in by_colour.items():
        axes.add_geometries(geometries, crs=ccrs.PlateCarree(), facecolor=colour, edgecolor="#585858", linewidth=0.6)
    figure.savefig(out, dpi=100)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), "--plate-carree" in sys.argv[4:])
