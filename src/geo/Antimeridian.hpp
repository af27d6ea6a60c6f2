#pragma once
// A user's polygon made safe at the antimeridian, as shapes/antimeridian.py makes ours: every
// ring kept within -180..180. A ring may jump across 180° (179.9 then -179.9: drawn as it
// stands, Russia became a band around the North Pole), run past 180 (world-atlas writes Chukotka
// at 180..190), or go round a pole (its longitudes gain 360 on the way). Each ring is unwrapped
// into one continuous run of longitudes, closed over the pole it goes round, then cut into the
// -540..-180, -180..180 and 180..540 boxes, the outer pieces moved by 360 degrees.

#include "geo/Coordinates.hpp"

#include <vector>

namespace gb::geo {

//! One polygon (rings[0] the shell, the rest holes; even-odd) as one or more polygons within
//! -180..180, each as its rings. A polygon that needs nothing comes back as it is.
[[nodiscard]] std::vector<std::vector<LonLatPath>> splitAtAntimeridian(const std::vector<LonLatPath>& rings);

//! Whether splitAtAntimeridian would change the polygon (a jump over 180° or a longitude
//! beyond ±180).
[[nodiscard]] bool crossesAntimeridian(const std::vector<LonLatPath>& rings);

} // namespace gb::geo
