#pragma once
// Routes a sea leg over water, for flows whose path is "sea": a shortest path on a grid of
// 0.1-degree cells around the leg (land from the country outlines, cells next to the coast
// dearer so the line keeps off it), then pulled straight wherever a straight line stays at sea.
// The result is a leg's via points: the flow draws a smooth curve through them.

#include "geo/Coordinates.hpp"
#include "geo/Projection.hpp"
#include "mapdata/Features.hpp"
#include "mapdata/PolygonIndex.hpp"

#include <vector>

namespace gb::mapdata {

class SeaRouter {
public:
    //! `countries`: land polygons in lon/lat (a country outlines file). Not thread-safe.
    explicit SeaRouter(const FeatureCollection& countries);

    //! The points a leg from `from` to `to` passes through at sea (both ends excluded; ports on
    //! the coast are fine). Empty when the straight line is already at sea or no sea path exists
    //! near the two (the flow then keeps its own path).
    [[nodiscard]] std::vector<geo::LonLat> route(geo::LonLat from, geo::LonLat to) const;

    //! Whether a point lies on land.
    [[nodiscard]] bool onLand(geo::LonLat p) const;

private:
    geo::Projection plate_; //!< equirectangular: the index's coordinates
    PolygonIndex land_;
};

} // namespace gb::mapdata
