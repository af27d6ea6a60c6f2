#!/usr/bin/python3
"""The user-data export peer for bench/user_shapes.sh: mapnik draws a user's countries file.

The same map as geobrief's default view, as far as mapnik goes: the file's countries in the
story's colours (by its `id` field, ISO 3166 numeric as world-atlas writes it) with grey borders,
Lambert conformal conic centred on 80E with geobrief's standard parallels, the story overview's
extent (10W-150E, 28-68N), on sea blue, written as a PNG of the given size. The file is read by
mapnik's own GeoJSON input (its fastest reader for it), in this process, nothing cached.
Usage: mapnik_peer.py COUNTRIES.geojson OUT.png WIDTH HEIGHT   (Debian: python3-mapnik)
"""
import json
import os
import sys

import mapnik

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(here)
LCC = "+proj=lcc +lon_0=80 +lat_0=45 +lat_1=30 +lat_2=62 +datum=WGS84 +units=m +no_defs"
WGS84 = "+proj=longlat +datum=WGS84 +no_defs"


def extent_in(projection):
    """The projected box around the lon/lat extent's edges (sampled: the edges curve in LCC)."""
    to_map = mapnik.ProjTransform(mapnik.Projection(WGS84), mapnik.Projection(projection))
    xs, ys = [], []
    for i in range(33):
        lon = -10 + 160 * i / 32
        for lat in (28, 68):
            p = to_map.forward(mapnik.Coord(lon, lat))
            xs.append(p.x)
            ys.append(p.y)
    for lat in range(28, 69, 4):
        for lon in (-10, 150):
            p = to_map.forward(mapnik.Coord(lon, lat))
            xs.append(p.x)
            ys.append(p.y)
    return mapnik.Box2d(min(xs), min(ys), max(xs), max(ys))


def main(countries, out, width, height):
    with open(os.path.join(root, "assets/stories/eu-japan-dprk.json"), encoding="utf-8") as f:
        story = json.load(f)
    fills = {r["id"]: r["fill"][:7] for r in story["roles"]}
    world = mapnik.Map(width, height, LCC)
    world.background = mapnik.Color("#aacbe2")
    def fill_rule(colour):
        rule = mapnik.Rule()
        symbol = mapnik.PolygonSymbolizer()
        symbol.fill = mapnik.Color(colour)
        rule.symbols.append(symbol)  # a copy: set before appending
        return rule

    fill = mapnik.Style()
    for code, role in story["countries"].items():
        rule = fill_rule(fills[role])
        rule.filter = mapnik.Expression("[id] = '%s'" % code)
        fill.rules.append(rule)
    other = fill_rule(fills[story["defaultRole"]])
    other.set_else(True)
    fill.rules.append(other)
    borders = mapnik.Style()
    line = mapnik.LineSymbolizer()
    line.stroke = mapnik.Color("#585858")
    line.stroke_width = 0.6
    border = mapnik.Rule()
    border.symbols.append(line)
    borders.rules.append(border)
    world.append_style("fill", fill)
    world.append_style("borders", borders)
    layer = mapnik.Layer("countries", WGS84)
    layer.datasource = mapnik.Datasource(type="geojson", file=countries)
    layer.styles.append("fill")
    layer.styles.append("borders")
    world.layers.append(layer)
    world.zoom_to_box(extent_in(LCC))
    mapnik.render_to_file(world, out, "png")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]))
