#!/usr/bin/python3
"""Builds shapes/disputed-110m.fgb, -50m.fgb and -10m.fgb: areas Natural Earth draws inside one
country that the EU and the UN General Assembly hold to be another's.

One feature so far: Crimea (the Autonomous Republic of Crimea and the city of Sevastopol), which
Natural Earth puts inside Russia at every scale and which the EU and UNGA resolution 68/262 hold
to be Ukrainian territory, occupied by Russia since 2014. Its geometry is Natural Earth's own
(no new line is drawn): the polygons of Natural Earth's Russia that lie inside Ukraine as the
Digital Chart of the World (gmt-dcw, 1992) outlines it. So the area fits Natural Earth's coast and
its Perekop border exactly, at every level.

Run by shapes/rebuild.sh after the countries files; needs gmt, gmt-dcw and python3-gdal.
Usage: disputed.py shapes/countries-LEVEL.fgb shapes/disputed-LEVEL.fgb
"""
import sys

from osgeo import ogr, osr

from antimeridian import collect, polygons
from dcw_regions import dcw_polygon

ogr.UseExceptions()

RUSSIA = "643"  # ISO 3166-1 numeric, the id in countries-LEVEL.fgb
LEVELS = ("110m", "50m", "10m")


def crimea(countries_path, ukraine):
    """The parts of Natural Earth's Russia whose interior lies in DCW's Ukraine."""
    dataset = ogr.Open(countries_path)
    for feature in dataset.GetLayer(0):
        if feature.GetField("id") == RUSSIA:
            parts = [p.Clone() for p in polygons(feature.GetGeometryRef())]
            inside = [p for p in parts if p.PointOnSurface().Within(ukraine)]
            if not inside:
                raise SystemExit(f"{countries_path}: no part of Russia lies in DCW's Ukraine")
            return collect(*inside)
    raise SystemExit(f"{countries_path}: no feature with id {RUSSIA}")


def write(out_path, geometry):
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    dataset = ogr.GetDriverByName("FlatGeobuf").CreateDataSource(out_path)
    layer = dataset.CreateLayer("disputed", srs, ogr.wkbMultiPolygon, options=["SPATIAL_INDEX=NO"])
    for name in ("id", "name", "status"):
        layer.CreateField(ogr.FieldDefn(name, ogr.OFTString))
    row = ogr.Feature(layer.GetLayerDefn())
    row.SetField("id", "UA.CRIMEA")
    row.SetField("name", "Crimea (Autonomous Republic of Crimea and Sevastopol)")
    row.SetField("status", "Ukraine; occupied by Russia since 2014")
    row.SetGeometry(geometry)
    layer.CreateFeature(row)
    dataset = None


def main(countries_pattern, out_pattern):
    ukraine = dcw_polygon("UA")
    for level in LEVELS:
        write(out_pattern.replace("LEVEL", level), crimea(countries_pattern.replace("LEVEL", level), ukraine))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
