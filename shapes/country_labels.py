#!/usr/bin/python3
"""Builds shapes/country-labels.json: where a country's name goes on the map, and the name in
English and Spanish.

- English: Natural Earth's short map name (the `name` field of countries-50m.fgb, "Russia",
  "N. Korea").
- Spanish: Debian's iso-codes (ISO 3166-1 names, translated by its maintainers): the common
  name's translation when there is one, else the name's, with ISO's inverted "Corea, República
  de" put back in reading order ("República de Corea").
- The label point: the point of the country's largest polygon farthest from its edges (a grid
  search, refined twice: the "pole of inaccessibility"), so the name sits inside the shape,
  never in a neighbour (a centroid of Norway or Croatia lies outside them).
- The area in km^2 of that polygon, so the map can rank names (large countries in spaced
  capitals, small ones only where they fit).

Run by shapes/rebuild.sh; needs python3-gdal and iso-codes.
Usage: country_labels.py shapes/countries-50m.fgb shapes/country-labels.json
"""
import gettext
import json
import math
import sys

from osgeo import ogr

ogr.UseExceptions()

ISO_JSON = "/usr/share/iso-codes/json/iso_3166-1.json"


def spanish_names():
    spanish = gettext.translation("iso_3166-1", "/usr/share/locale", languages=["es"])
    names = {}
    for entry in json.load(open(ISO_JSON, encoding="utf-8"))["3166-1"]:
        common = entry.get("common_name")
        if common and spanish.gettext(common) != common:
            name = spanish.gettext(common)
        else:
            name = spanish.gettext(entry["name"])
            if ", " in name:  # ISO's inverted order: "Corea, República de"
                head, tail = name.split(", ", 1)
                if tail.endswith((" de", " del")):
                    name = tail + " " + head
        names[entry["numeric"]] = name
    return names


def largest_part(geometry):
    # Clones: OGR's child geometries die with their parent.
    parts = [geometry.GetGeometryRef(i).Clone() for i in range(geometry.GetGeometryCount())] \
        if geometry.GetGeometryType() in (ogr.wkbMultiPolygon, ogr.wkbMultiPolygon25D) else [geometry.Clone()]
    return max(parts, key=lambda p: p.GetArea() * math.cos(math.radians(p.Centroid().GetY())))


def pole_of_inaccessibility(polygon):
    """The grid point inside the polygon farthest from its boundary, refined twice."""
    boundary = polygon.Boundary()
    min_x, max_x, min_y, max_y = polygon.GetEnvelope()
    best, best_distance = polygon.PointOnSurface(), -1.0
    cell_x, cell_y = (max_x - min_x) / 24, (max_y - min_y) / 24
    centre_x, centre_y = (min_x + max_x) / 2, (min_y + max_y) / 2
    for _ in range(3):
        for i in range(-12, 13):
            for j in range(-12, 13):
                point = ogr.Geometry(ogr.wkbPoint)
                point.AddPoint_2D(centre_x + i * cell_x, centre_y + j * cell_y)
                if not point.Within(polygon):
                    continue
                # Distances in degrees of latitude: longitude shrinks with cos(lat).
                scale = math.cos(math.radians(point.GetY()))
                distance = boundary.Distance(point) * (0.5 + 0.5 * scale)
                if distance > best_distance:
                    best, best_distance = point, distance
        centre_x, centre_y = best.GetX(), best.GetY()
        cell_x, cell_y = cell_x / 6, cell_y / 6
    return best.GetX(), best.GetY()


def area_km2(polygon):
    lat = polygon.Centroid().GetY()
    return polygon.GetArea() * 111.32 * 111.32 * math.cos(math.radians(lat))


def main(countries_path, out_path):
    spanish = spanish_names()
    labels = []
    dataset = ogr.Open(countries_path)  # kept: its layer and features die with it
    for feature in dataset.GetLayer(0):
        geometry = feature.GetGeometryRef()
        if geometry is None or geometry.IsEmpty():
            continue
        part = largest_part(geometry)
        lon, lat = pole_of_inaccessibility(part)
        country_id = feature.GetField("id") or ""  # a few (Kosovo, N. Cyprus) have no ISO code
        english = feature.GetField("name")
        labels.append({"id": country_id, "en": english, "es": spanish.get(country_id, english),
                       "lon": round(lon, 3), "lat": round(lat, 3), "areaKm2": round(area_km2(part))})
    labels.sort(key=lambda label: (label["id"], label["en"]))
    with open(out_path, "w", encoding="utf-8") as out:
        json.dump({"source": "Natural Earth 50m via world-atlas 2.0.2 (names in English, label points); "
                             "Debian iso-codes (names in Spanish)", "countries": labels},
                  out, ensure_ascii=False, indent=1)
        out.write("\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
