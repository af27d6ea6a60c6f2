#pragma once
// The lon/lat box behind a projected area: what to load and build when only that area will be
// drawn (the window's 10m level is built around the view, not for the whole world).

#include "geo/Coordinates.hpp"
#include "geo/Projection.hpp"

#include <optional>

namespace gb::geo {

//! A lon/lat box (west < east) holding every point of the projected box `area`, found by
//! inverse-projecting points along its edges and widened by `marginDegrees` (which also covers
//! the curvature between samples). nullopt when no such box will do: the area holds a pole,
//! reaches past the projection's edge (a point without inverse) or straddles the antimeridian.
[[nodiscard]] std::optional<LonLatBox> lonLatBoundsOf(const Projection& projection, const MapBox& area,
                                                      double marginDegrees);

} // namespace gb::geo
