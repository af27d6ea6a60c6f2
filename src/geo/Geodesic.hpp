#pragma once
// Shortest paths on the WGS84 ellipsoid, computed by PROJ's geodesic routines (GeographicLib).

#include "geo/Coordinates.hpp"

namespace gb::geo {

//! Length of the geodesic between two points, in metres.
[[nodiscard]] double geodesicDistance(LonLat a, LonLat b);

//! Points along the geodesic from a to b, both included, no two more than maxStepMetres apart.
//! Longitudes are wrapped into [-180, 180] (a path over the antimeridian jumps there; clip it).
[[nodiscard]] LonLatPath geodesicPath(LonLat a, LonLat b, double maxStepMetres);

} // namespace gb::geo
