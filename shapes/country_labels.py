#!/usr/bin/python3
"""Builds shapes/country-labels.json: where a country's name goes on the map, and the name in
English and Spanish.

- English: Natural Earth's short map name (the `name` field of countries-50m.fgb, "Russia",
  "N. Korea").
- Spanish: the Unicode CLDR's short country names ("Corea del Norte", "Rusia"), as Debian's
  libicu72 ships them (read through ICU's C API); where CLDR has no name, Debian's iso-codes
  (ISO 3166-1 names translated by its maintainers, the inverted "Corea, República de" put back
  in reading order). ISO's official names ("República Popular Democrática de Corea") are too
  long for a map and not what Spanish newsrooms write.
- The label point: the point of the country's largest polygon farthest from its edges (a grid
  search, refined twice: the "pole of inaccessibility"), so the name sits inside the shape,
  never in a neighbour (a centroid of Norway or Croatia lies outside them).
- Further spots: points of a 2-degree grid inside the country, each with its distance to the
  country's edges, so a zoomed picture that shows only part of a country (the Kursk slide and
  Russia) can still name it, inside the part it shows.
- The area in km^2 of that polygon, so the map can rank names (large countries in spaced
  capitals, small ones only where they fit).

Run by shapes/rebuild.sh; needs python3-gdal, iso-codes and libicu72.
Usage: country_labels.py shapes/countries-50m.fgb shapes/country-labels.json
"""
import ctypes
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


def cldr_names(language):
    """Maps ISO 3166-1 alpha-2 codes to CLDR's country names in `language`, through ICU."""
    icu = ctypes.CDLL("libicuuc.so.72")
    display_country = icu.uloc_getDisplayCountry_72
    display_country.argtypes = [ctypes.c_char_p, ctypes.c_char_p, ctypes.c_void_p, ctypes.c_int32,
                                ctypes.POINTER(ctypes.c_int)]

    def name(alpha_2):
        buffer, status = (ctypes.c_uint16 * 128)(), ctypes.c_int(0)
        length = display_country(("und_" + alpha_2).encode(), language.encode(), buffer, 128, ctypes.byref(status))
        text = bytes(buffer)[:2 * length].decode("utf-16-le")
        # ICU echoes the code back when CLDR has no name for it.
        return text if status.value <= 0 and text and text != alpha_2 else None
    return name


def numeric_to_alpha_2():
    return {entry["numeric"]: entry["alpha_2"] for entry in json.load(open(ISO_JSON, encoding="utf-8"))["3166-1"]}


def spanish_map_names():
    """ISO numeric code -> the Spanish name for the map: CLDR's, else iso-codes'."""
    fallback, cldr, alpha_2 = spanish_names(), cldr_names("es"), numeric_to_alpha_2()
    return {numeric: cldr(alpha_2[numeric]) or name for numeric, name in fallback.items()}


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


def edge_distance_km(boundary, lon, lat):
    point = ogr.Geometry(ogr.wkbPoint)
    point.AddPoint_2D(lon, lat)
    # Degrees of latitude to km; longitude shrinks with cos(lat), so a blend of the two.
    return boundary.Distance(point) * 111.32 * (0.5 + 0.5 * math.cos(math.radians(lat)))


def grid_spots(geometry, boundary, step_degrees=2.0, min_km=60.0):
    """[lon, lat, km from the edges] for the points of a grid inside the country."""
    min_x, max_x, min_y, max_y = geometry.GetEnvelope()
    spots = []
    lat = math.floor(min_y / step_degrees) * step_degrees
    while lat <= max_y:
        lon = math.floor(min_x / step_degrees) * step_degrees
        while lon <= max_x:
            point = ogr.Geometry(ogr.wkbPoint)
            point.AddPoint_2D(lon, lat)
            if point.Within(geometry):
                km = edge_distance_km(boundary, lon, lat)
                if km >= min_km:
                    spots.append([lon, lat, round(km)])
            lon += step_degrees
        lat += step_degrees
    return spots


def area_km2(polygon):
    lat = polygon.Centroid().GetY()
    return polygon.GetArea() * 111.32 * 111.32 * math.cos(math.radians(lat))


def main(countries_path, out_path):
    spanish = spanish_map_names()
    labels = []
    dataset = ogr.Open(countries_path)  # kept: its layer and features die with it
    for feature in dataset.GetLayer(0):
        geometry = feature.GetGeometryRef()
        if geometry is None or geometry.IsEmpty():
            continue
        part = largest_part(geometry)
        lon, lat = pole_of_inaccessibility(part)
        boundary = geometry.Boundary()
        country_id = feature.GetField("id") or ""  # a few (Kosovo, N. Cyprus) have no ISO code
        english = feature.GetField("name")
        best = [round(lon, 3), round(lat, 3), round(edge_distance_km(boundary, lon, lat))]
        labels.append({"id": country_id, "en": english, "es": spanish.get(country_id, english),
                       "spots": [best] + grid_spots(geometry, boundary), "areaKm2": round(area_km2(part))})
    labels.sort(key=lambda label: (label["id"], label["en"]))
    source = ("Natural Earth 50m via world-atlas 2.0.2 (names in English, label points); "
              "Unicode CLDR via Debian libicu72, else Debian iso-codes (names in Spanish)")
    with open(out_path, "w", encoding="utf-8") as out:
        # One country a line: readable diffs, a fifth of the size of an indented file.
        out.write('{\n "source": ' + json.dumps(source) + ',\n "countries": [\n')
        out.write(",\n".join("  " + json.dumps(label, ensure_ascii=False, separators=(",", ":")) for label in labels))
        out.write("\n ]\n}\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
