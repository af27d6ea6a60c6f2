#pragma once
// Loads the polygon features of any vector file GDAL can open, reprojected to WGS84 lon/lat.

#include "mapdata/Features.hpp"

#include <filesystem>

namespace gb::mapdata {

//! Reads the first layer that holds polygons. Polygons and MultiPolygons (and curved ones,
//! linearised) are kept with their holes; rings with fewer than three distinct points are
//! skipped with a warning. A layer without a CRS is taken as WGS84 with a warning.
//! Throws DataError when the file is missing, unreadable, or has no usable polygon.
[[nodiscard]] FeatureCollection loadPolygons(const std::filesystem::path& file);

} // namespace gb::mapdata
