#pragma once
// Loads the polygon features of any vector file GDAL can open, reprojected to WGS84 lon/lat.

#include "geo/Coordinates.hpp"
#include "mapdata/Features.hpp"

#include <filesystem>
#include <vector>

namespace gb::mapdata {

//! Reads the first layer that holds polygons. Polygons and MultiPolygons (and curved ones,
//! linearised) are kept with their holes; rings with fewer than three distinct points are
//! skipped with a warning. A layer without a CRS is taken as WGS84 with a warning.
//! Throws DataError when the file is missing, unreadable, or has no usable polygon.
//! `onlyWithin` (lon/lat boxes; none: everything): features whose bounds miss every box are
//! left out, and an empty result is then no error (the boxes may hold only sea). Used when 10m
//! is built around a view: the world's other features are not kept in memory.
[[nodiscard]] FeatureCollection loadPolygons(const std::filesystem::path& file,
                                             const std::vector<geo::LonLatBox>& onlyWithin = {});

} // namespace gb::mapdata
