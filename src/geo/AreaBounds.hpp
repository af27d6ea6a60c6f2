#pragma once
// The lon/lat box behind a projected area: what to load and build when only that area will be
// drawn (the window's 10m level is built around the view, not for the whole world).

#include "geo/Coordinates.hpp"
#include "geo/Projection.hpp"

#include <vector>

namespace gb::geo {

//! Lon/lat boxes (each west < east) that together hold every point of the projected box
//! `area`, found by inverse-projecting points along its edges and widened by `marginDegrees`
//! (which also covers the curvature between samples). An area across the antimeridian gets
//! two boxes, one on each side; an area holding a pole gets one box around it. Empty when no
//! box will do: the area reaches past the projection's edge (a point without inverse).
[[nodiscard]] std::vector<LonLatBox> lonLatBoxesOf(const Projection& projection, const MapBox& area,
                                                   double marginDegrees);

} // namespace gb::geo
