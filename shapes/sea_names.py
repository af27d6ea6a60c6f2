#!/usr/bin/python3
"""Builds shapes/sea-names.json: where the names of seas and oceans go on the map.

- Which seas, and where each lies: the IHO's "Limits of Oceans and Seas" (S-23) as the
  Digital Chart of the World ships them in gmt-dcw (dcw-collections.txt: a tag such as
  "IHO52 Japan Sea" and its longitude/latitude box). We take the larger seas around the story's
  part of the world; the English name is the IHO's, in the form English-language newsrooms use
  ("Sea of Japan" for S-23's "Japan Sea", "Pacific Ocean" for its northern part).
- Spanish: no Debian package carries sea names in Spanish, so the few here are translated in
  this file (the forms of the Real Academia's and Fundéu's usage: "Mar de Japón", "Mar de
  Ojotsk").
- The label point: the water point in the sea's box farthest from both land (Natural Earth
  50m land, rasterised at 0.25 degrees, GDAL's proximity) and the box's edges: the boxes of
  some seas take in open ocean beyond their limits (Okhotsk's reaches into the Pacific), so
  the name must also keep to the middle of the box.
- The "km" figure: how far that point is from land, so the map can drop a sea's name where
  the picture has no room for it.

Run by shapes/rebuild.sh; needs python3-gdal, gmt-dcw and numpy.
Usage: sea_names.py shapes/countries-50m.fgb shapes/sea-names.json
"""
import json
import math
import sys

import numpy
from osgeo import gdal, ogr

gdal.UseExceptions()
ogr.UseExceptions()

DCW_COLLECTIONS = "/usr/share/gmt-dcw/dcw-collections.txt"
CELL = 0.25  # degrees a raster cell

# IHO code -> (English, Spanish, rank): rank 1 oceans, 2 seas.
SEAS = {
    "IHO17": ("Arctic Ocean", "Océano Glacial Ártico", 1),
    "IHO23": ("Atlantic Ocean", "Océano Atlántico", 1),
    "IHO45": ("Indian Ocean", "Océano Índico", 1),
    "IHO57": ("Pacific Ocean", "Océano Pacífico", 1),
    "IHO1": ("Baltic Sea", "Mar Báltico", 2),
    "IHO4": ("North Sea", "Mar del Norte", 2),
    "IHO6": ("Norwegian Sea", "Mar de Noruega", 2),
    "IHO7": ("Barents Sea", "Mar de Barents", 2),
    "IHO9": ("Kara Sea", "Mar de Kara", 2),
    "IHO10": ("Laptev Sea", "Mar de Láptev", 2),
    "IHO11": ("East Siberian Sea", "Mar de Siberia Oriental", 2),
    "IHO28": ("Mediterranean Sea", "Mar Mediterráneo", 2),
    "IHO30": ("Black Sea", "Mar Negro", 2),
    "IHO31": ("Sea of Azov", "Mar de Azov", 2),
    "IHO37": ("Red Sea", "Mar Rojo", 2),
    "IHO39": ("Arabian Sea", "Mar Arábigo", 2),
    "IHO43": ("Bay of Bengal", "Golfo de Bengala", 2),
    "IHO49": ("South China Sea", "Mar de China Meridional", 2),
    "IHO50": ("East China Sea", "Mar de China Oriental", 2),
    "IHO51": ("Yellow Sea", "Mar Amarillo", 2),
    "IHO52": ("Sea of Japan", "Mar de Japón", 2),
    "IHO54": ("Sea of Okhotsk", "Mar de Ojotsk", 2),
    "IHO55": ("Bering Sea", "Mar de Bering", 2),
    "IHO56": ("Philippine Sea", "Mar de Filipinas", 2),
}


def iho_boxes():
    """IHO code -> (west, east, south, north) from DCW's collections file."""
    boxes, tag = {}, None
    for line in open(DCW_COLLECTIONS, encoding="utf-8"):
        if line.startswith("tag: IHO"):
            tag = line.split()[1]
        elif line.startswith("region:") and tag:
            boxes[tag] = tuple(float(v) for v in line.split()[1].split("/"))
            tag = None
    return boxes


def distance_to_land(countries_path):
    """Cells from each water cell to the nearest land cell, on a global 0.25-degree grid."""
    width, height = int(360 / CELL), int(180 / CELL)
    raster = gdal.GetDriverByName("MEM").Create("", width, height, 1, gdal.GDT_Byte)
    raster.SetGeoTransform((-180, CELL, 0, 90, 0, -CELL))
    countries = ogr.Open(countries_path)
    gdal.RasterizeLayer(raster, [1], countries.GetLayer(0), burn_values=[1], options=["ALL_TOUCHED=TRUE"])
    proximity = gdal.GetDriverByName("MEM").Create("", width, height, 1, gdal.GDT_Float32)
    gdal.ComputeProximity(raster.GetRasterBand(1), proximity.GetRasterBand(1), ["VALUES=1", "DISTUNITS=PIXEL"])
    return raster.GetRasterBand(1).ReadAsArray(), proximity.GetRasterBand(1).ReadAsArray()


def label_point(box, land, cells):
    """The water cell in the box farthest from land and from the box's edges, with its distance
    from land in km (cells shrink east-west with latitude)."""
    west, east, south, north = box
    rows = range(max(0, int((90 - north) / CELL)), min(land.shape[0], int((90 - south) / CELL)))
    best = None
    for row in rows:
        lat = 90 - (row + 0.5) * CELL
        km_per_cell = CELL * 111.32 * (0.5 + 0.5 * math.cos(math.radians(lat)))
        for lon_index in range(int(west / CELL), int(east / CELL)):
            column = (lon_index + int(180 / CELL)) % land.shape[1]
            if land[row, column]:
                continue
            km = float(cells[row, column]) * km_per_cell
            lon = (lon_index + 0.5) * CELL
            km_to_box_edge = 111.32 * min(lat - south, north - lat,
                                          (0.5 + 0.5 * math.cos(math.radians(lat))) * min(lon - west, east - lon))
            score = min(km, km_to_box_edge)
            if best is None or score > best[0]:
                best = (score, round(-180 + (column + 0.5) * CELL, 3), round(lat, 3), round(km))
    return best[1:]


def main(countries_path, out_path):
    boxes = iho_boxes()
    land, cells = distance_to_land(countries_path)
    seas = []
    for code, (english, spanish, rank) in SEAS.items():
        lon, lat, km = label_point(boxes[code], land, cells)
        seas.append({"id": code, "en": english, "es": spanish, "rank": rank, "lon": lon, "lat": lat, "km": km})
    with open(out_path, "w", encoding="utf-8") as out:
        out.write('{\n "source": "IHO S-23 limits via the Digital Chart of the World (gmt-dcw); label points from '
                  'Natural Earth 50m land (world-atlas 2.0.2); Spanish names translated in shapes/sea_names.py",\n'
                  ' "seas": [\n')
        out.write(",\n".join("  " + json.dumps(sea, ensure_ascii=False, separators=(",", ":")) for sea in seas))
        out.write("\n ]\n}\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
