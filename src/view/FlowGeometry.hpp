#pragma once
// The paths of a story's flows in one projection: each leg a geodesic (PROJ) or a gentle arc,
// clipped where the projection cannot show it, in projected metres. Built when the story or the
// projection changes; animation and drawing only read it.

#include "geo/Projection.hpp"
#include "story/Story.hpp"

#include <vector>

namespace gb::view {

struct LegPath {
    std::vector<std::vector<geo::MapPoint>> pieces; //!< visible pieces, in travel order
    double length = 0.0;                            //!< projected metres over all pieces
    story::DateRange dates;
    bool undated = false; //!< dated only within `dates` (Flow::within): drawn whole from dates.from
};

struct FlowGeometry {
    std::size_t flow = 0;        //!< index into Story::flows
    std::vector<LegPath> legs;   //!< in route order
};

//! One leg from a to b. An arc bulges to the left of the direction of travel by 18% of its
//! chord; it falls back to the geodesic when the ends are not both on the map or the geodesic
//! crosses the projection's seam.
[[nodiscard]] LegPath legPath(geo::LonLat a, geo::LonLat b, story::FlowPath kind, const geo::Projection& projection);

//! One leg from a through the via points to b: a smooth curve (Catmull-Rom) through them all in
//! projected metres; the geodesic from a to b when a point is not on the map.
[[nodiscard]] LegPath legPathVia(geo::LonLat a, const std::vector<geo::LonLat>& via, geo::LonLat b,
                                 const geo::Projection& projection);

[[nodiscard]] std::vector<FlowGeometry> buildFlowGeometry(const story::Story& story, const geo::Projection& projection);

//! How far a leg is drawn at a story day: 0 before its first day, 1 after its last (inclusive).
[[nodiscard]] double legProgress(const story::DateRange& dates, double storyDay);

//! Whether any of a flow is drawn at a story day (its first leg has begun).
[[nodiscard]] bool flowStarted(const story::Flow& flow, double storyDay);

//! How far a leg is drawn: as legProgress, except that a leg of a flow the sources date only
//! within a range is drawn whole from its first day (drawing it grow would invent dates).
[[nodiscard]] double legProgress(const LegPath& leg, double storyDay);

} // namespace gb::view
