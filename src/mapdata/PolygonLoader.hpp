#pragma once
// Loads the polygon features of any vector file GDAL can open, reprojected to WGS84 lon/lat.

#include "geo/Coordinates.hpp"
#include "mapdata/Features.hpp"

#include <filesystem>
#include <string>
#include <vector>

namespace gb::mapdata {

//! Reads the layer of countries (LayerChoice.hpp). Polygons and MultiPolygons (and curved ones,
//! linearised) are kept with their holes; rings with fewer than three distinct points are
//! skipped with a warning. A layer without a CRS is taken as WGS84 with a warning.
//! Throws DataError when the file is missing, unreadable, or has no usable polygon.
//! `onlyWithin` (lon/lat boxes; none: everything): features whose bounds miss every box are
//! left out, and an empty result is then no error (the boxes may hold only sea). Used when 10m
//! is built around a view: the world's other features are not kept in memory.
//! `assumedCrs` (--shapes-crs; anything GDAL's SetFromUserInput reads, e.g. "EPSG:3035"): the
//! file's CRS, over what it declares. A layer that declares none and whose extent cannot be
//! longitude/latitude is a DataError naming the extent and this fix.
//! `path` may name a layer: "world.gpkg:countries" (see LayerChoice.hpp).
[[nodiscard]] FeatureCollection loadPolygons(const std::filesystem::path& path,
                                             const std::vector<geo::LonLatBox>& onlyWithin = {},
                                             const std::string& assumedCrs = {});

class CountryCodes;

struct LoadRequest {
    std::vector<geo::LonLatBox> onlyWithin; //!< as above
    std::string assumedCrs;                 //!< as above
    //! Set for a layer of countries: each feature's id becomes the ISO 3166-1 numeric code its
    //! fields name, found per layer (CountryIdentity.hpp), and FeatureCollection::identity says
    //! by which fields; a feature no field names gets no id. Unset: the id is the file's `id`.
    const CountryCodes* identifyWith = nullptr;
};

[[nodiscard]] FeatureCollection loadPolygons(const std::filesystem::path& path, const LoadRequest& request);

//! Whether GDAL reads `crs` as a coordinate reference system (for --shapes-crs).
[[nodiscard]] bool isKnownCrs(const std::string& crs);

} // namespace gb::mapdata
