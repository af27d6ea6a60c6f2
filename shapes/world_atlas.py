#!/usr/bin/python3
"""Converts world-atlas's TopoJSON countries into FlatGeobuf for geobrief.

world-atlas keeps Natural Earth's polygons that cross 180 degrees (Russia's Chukotka, Fiji) as
single rings that jump from +180 to -180 and back. Such a ring draws a band across the whole map
and is invalid, so each one is cut at the antimeridian here, and every geometry is made valid.

Usage: world_atlas.py countries-50m.json out.fgb (run by shapes/rebuild.sh; needs python3-gdal)
"""
import sys

from osgeo import ogr, osr

from antimeridian import collect, polygons, split_polygon

ogr.UseExceptions()


def convert(source_path, out_path):
    source = ogr.Open(source_path)
    layer_in = source.GetLayerByName("countries")
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    out = ogr.GetDriverByName("FlatGeobuf").CreateDataSource(out_path)
    layer = out.CreateLayer("countries", srs, ogr.wkbMultiPolygon, options=["SPATIAL_INDEX=NO"])
    for name in ("id", "name"):
        layer.CreateField(ogr.FieldDefn(name, ogr.OFTString))
    for feature in layer_in:
        geometry = feature.GetGeometryRef()
        if geometry is None:
            continue
        # Clone every part: OGR's child geometries die with the parent they were taken from.
        parts = []
        for polygon in polygons(geometry):
            split = split_polygon(polygon)
            parts += [p.Clone() for p in polygons(split)]
        valid_parts = []
        for part in parts:
            valid = part.MakeValid()
            valid_parts += [p.Clone() for p in polygons(valid)]
        valid = collect(*valid_parts)
        if valid.IsEmpty():
            continue
        row = ogr.Feature(layer.GetLayerDefn())
        row.SetField("id", feature.GetField("id") if feature.GetFieldIndex("id") >= 0 else str(feature.GetFID()))
        row.SetField("name", feature.GetField("name"))
        row.SetGeometry(valid)
        layer.CreateFeature(row)
    out = None


if __name__ == "__main__":
    convert(sys.argv[1], sys.argv[2])
