#pragma once
// A user's GeoJSON of countries, read fast. GDAL's GeoJSON driver reads a file twice (a first
// pass for the fields, then json-c objects for every feature): 185 ms for Natural Earth 50m
// (4.5 MB), most of a whole export. nlohmann's SAX parser reads it once, in ~50 ms, into a GDAL
// memory layer, which the loader then reads as it reads any layer (the same fields, checks and
// warnings). Only the plain case is read here: a FeatureCollection of Polygons and MultiPolygons
// in longitude/latitude. Anything else (another CRS, other geometries, a syntax error, a
// truncated file) is left to GDAL, whose messages say what is wrong.

#include <gdal_priv.h>

#include <filesystem>

namespace gb::mapdata {

//! The file as a one-layer memory dataset (fields as text, in order of first appearance; a
//! feature's own string "id" as field "id" unless its properties have one, a numeric id as its
//! FID), or nullptr when the file is not of the plain kind above or is not named *.geojson or
//! *.json. GDAL's drivers must be registered.
[[nodiscard]] GDALDatasetUniquePtr readPolygonGeoJson(const std::filesystem::path& file);

} // namespace gb::mapdata
