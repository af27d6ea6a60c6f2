#!/usr/bin/python3
"""Builds shapes/russia-regions-50m.fgb and -10m.fgb from Debian's gmt-dcw (Digital Chart of the World, via GMT).

Writes Kursk Oblast, its neighbours Belgorod and Bryansk, the eleven subjects of the Far Eastern
Federal District one by one, and the District dissolved into one region. Polygons that DCW gives
past 180 degrees east (Chukotka) are split at the antimeridian so every longitude is in [-180, 180].

Run by shapes/rebuild.sh; needs the packages gmt, gmt-dcw and python3-gdal.
"""
import subprocess
import sys

from osgeo import ogr, osr

from antimeridian import collect as _collect, polygons as _polygons, wrap_antimeridian

ogr.UseExceptions()

# DCW code -> (our id, English name). Far Eastern Federal District as of its 2018 boundaries.
FAR_EAST = {
    "RU.AMU": "Amur Oblast", "RU.BU": "Buryatia", "RU.CHU": "Chukotka",
    "RU.YEV": "Jewish Autonomous Oblast", "RU.KAM": "Kamchatka Krai", "RU.KHA": "Khabarovsk Krai",
    "RU.MAG": "Magadan Oblast", "RU.PRI": "Primorsky Krai", "RU.SA": "Sakha (Yakutia)",
    "RU.SAK": "Sakhalin Oblast", "RU.ZAB": "Zabaykalsky Krai",
}
WEST = {"RU.KRS": "Kursk Oblast", "RU.BEL": "Belgorod Oblast", "RU.BRY": "Bryansk Oblast"}


def dcw_polygon(code):
    """Returns the MultiPolygon GMT's DCW holds for a code; '-Ph' segments are holes."""
    text = subprocess.run(["gmt", "coast", "-E" + code, "-M"], check=True,
                          capture_output=True, text=True).stdout
    rings = []  # (is_hole, ring)
    for segment in text.split(">")[1:]:
        header, _, body = segment.partition("\n")
        ring = ogr.Geometry(ogr.wkbLinearRing)
        for line in body.splitlines():
            if line.strip():
                lon, lat = map(float, line.split()[:2])
                ring.AddPoint_2D(lon, lat)
        ring.CloseRings()
        rings.append(("-Ph" in header.split(), ring))
    shells = []
    for is_hole, ring in rings:
        if not is_hole:
            polygon = ogr.Geometry(ogr.wkbPolygon)
            polygon.AddGeometry(ring)
            shells.append(polygon)
    multi = ogr.Geometry(ogr.wkbMultiPolygon)
    for polygon in shells:
        multi.AddGeometry(polygon)
    result = multi.MakeValid()
    for is_hole, ring in rings:  # a hole belongs to the shell that contains it
        if is_hole:
            hole = ogr.Geometry(ogr.wkbPolygon)
            hole.AddGeometry(ring)
            result = result.Difference(hole)
    return result


# Degrees by which subjects are grown before dissolving (see write_level).
DISSOLVE_GAP = 0.01

# Level of detail -> (simplification tolerance in degrees, smallest island kept in square degrees).
# DCW's raw outlines (12 MB) are far finer than Natural Earth; these match NE's 50m and 10m scales.
LEVELS = {"50m": (0.03, 0.01), "10m": (0.004, 0.0002)}


def simplified(geometry, tolerance, min_area):
    kept = [p.SimplifyPreserveTopology(tolerance) for p in _polygons(geometry)
            if p.GetArea() >= min_area]
    return _collect(*[p for p in kept if not p.IsEmpty()])


def main(out_pattern):
    for level, (tolerance, min_area) in LEVELS.items():
        write_level(out_pattern.replace("LEVEL", level), tolerance, min_area)


def write_level(out_path, tolerance, min_area):
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    driver = ogr.GetDriverByName("FlatGeobuf")
    dataset = driver.CreateDataSource(out_path)
    layer = dataset.CreateLayer("russia_regions", srs, ogr.wkbMultiPolygon,
                                options=["SPATIAL_INDEX=NO"])
    for name, width in (("id", 16), ("name", 64), ("kind", 16)):
        field = ogr.FieldDefn(name, ogr.OFTString)
        field.SetWidth(width)
        layer.CreateField(field)

    def write(region_id, name, kind, geometry):
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("id", region_id)
        feature.SetField("name", name)
        feature.SetField("kind", kind)
        feature.SetGeometry(simplified(geometry, tolerance, min_area))
        layer.CreateFeature(feature)

    for code, name in WEST.items():
        write(code, name, "subject", wrap_antimeridian(dcw_polygon(code)))
    subjects = []
    for code, name in FAR_EAST.items():
        geometry = dcw_polygon(code)
        write(code, name, "subject", wrap_antimeridian(geometry))
        subjects.append(geometry)
    # Dissolve before wrapping so the inner borders vanish (one cascaded union: fast).
    # DCW's neighbouring subjects do not share exact vertices, so a plain union leaves slivers
    # along the inner borders; growing each by ~1 km first closes them, shrinking undoes it.
    grown = [g.SimplifyPreserveTopology(0.002).Buffer(DISSOLVE_GAP, 4) for g in subjects]
    dissolved = _collect(*[p for g in grown for p in _polygons(g)]).UnionCascaded().Buffer(-DISSOLVE_GAP, 4)
    write("RU.FEFD", "Far Eastern Federal District", "district", wrap_antimeridian(dissolved))
    dataset = None


if __name__ == "__main__":
    main(sys.argv[1])  # a path with LEVEL in it, e.g. shapes/russia-regions-LEVEL.fgb
