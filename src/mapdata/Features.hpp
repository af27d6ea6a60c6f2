#pragma once
// Polygon features as loaded from a file, in WGS84 degrees, before any projection.

#include "geo/Coordinates.hpp"

#include <string>
#include <vector>

namespace gb::mapdata {

//! One polygon: rings[0] is the outer ring, the others are holes. Rings are not closed
//! explicitly (the last point is not a copy of the first).
struct PolygonRings {
    std::vector<geo::LonLatPath> rings;
};

struct GeoFeature {
    std::string id;   //!< the file's id field; for countries, the ISO 3166-1 numeric code ("" when unknown)
    std::string name; //!< the file's name field, or the id when there is none
    std::vector<PolygonRings> polygons;
};

struct FeatureCollection {
    std::string source; //!< the file it came from
    std::vector<GeoFeature> features;
    std::vector<std::string> warnings; //!< problems that were worked around (skipped rings, no CRS)
    //! What the file says of its licence or source, from its own and its layer's metadata
    //! ("LICENSE: CC-BY 4.0; SOURCE: ..."); empty when it says nothing.
    std::string credit;
    std::string identity; //!< for a layer of countries: which fields named them (loadPolygons' LoadRequest)

    [[nodiscard]] const GeoFeature* find(const std::string& id) const {
        for (const GeoFeature& f : features)
            if (f.id == id)
                return &f;
        return nullptr;
    }
};

} // namespace gb::mapdata
