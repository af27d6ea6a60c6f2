#pragma once
// Cuts rings and lines to the part of the globe a projection can show, before projecting, so
// nothing jumps across the map at a projection's seam and nothing from the far side of a globe
// is drawn. Rings are clipped one by one: drawn with the even-odd rule, the clipped shell and
// clipped holes still give the clipped polygon.

#include "geo/Coordinates.hpp"
#include "geo/Projection.hpp"

#include <vector>

namespace gb::geo {

//! Longitude wrapped into (-180, 180].
[[nodiscard]] double normalizeLon(double lon);

//! Inserts points so no step is longer than maxStep degrees (in lon and in lat), so straight
//! lon/lat edges become curves after projecting. closed: also densify the last->first edge.
[[nodiscard]] LonLatPath densify(const LonLatPath& path, double maxStep, bool closed);

//! The parts of a ring inside the domain; each result is a ring again (may be empty).
[[nodiscard]] std::vector<LonLatPath> clipRing(const LonLatPath& ring, const ProjectionDomain& domain);

//! The parts of an open line inside the domain.
[[nodiscard]] std::vector<LonLatPath> clipLine(const LonLatPath& line, const ProjectionDomain& domain);

//! The part of a ring inside a lon/lat box (west < east, no wrapping), as one ring that may
//! run along the box's edges; filled with the even-odd rule it is exactly ring ∩ box.
[[nodiscard]] LonLatPath clipRingToBox(const LonLatPath& ring, const LonLatBox& box);

//! The parts of an open line inside a lon/lat box (west < east, no wrapping).
[[nodiscard]] std::vector<LonLatPath> clipLineToBox(const LonLatPath& line, const LonLatBox& box);

//! True when the point is on the part of the globe the projection shows.
[[nodiscard]] bool isInDomain(LonLat p, const ProjectionDomain& domain);

//! True for an edge that runs along the ±180° meridian: Natural Earth cuts polygons there, so such
//! an edge is an artefact of the data, not a border, wherever the projection's seam is elsewhere.
[[nodiscard]] bool isAntimeridianEdge(LonLat a, LonLat b);

//! Lines of the graticule every stepDeg degrees, latitudes up to ±80° for meridians.
[[nodiscard]] std::vector<LonLatPath> graticule(double stepDeg);

} // namespace gb::geo

namespace gb::geo {
//! The edge of what the projection shows, as a ring (densified): the globe's horizon, or the
//! box between the seam and the latitude limits. Filled, it is the map's sea.
[[nodiscard]] LonLatPath domainOutline(const ProjectionDomain& domain);
} // namespace gb::geo
