#pragma once
// Level of detail for one picture: drops the points of a ring that the picture cannot show.
// A 50m coastline drawn at 6 km per pixel has two or three points per pixel; each one costs
// tessellation time and, in software GL, triangle set-up time, for no visible change.
#include <cstddef>
#include <vector>

namespace gb::mapdata {

//! Which points of a closed ring to keep so that no dropped point lies farther than `tolerance`
//! from the simplified ring (Douglas-Peucker, in projected metres). Points with fixed[i] set
//! are always kept, and so are unprojectable points (ok[i] == 0) and their neighbours. A ring
//! of three or more points keeps at least three. With closed == false the points are an open
//! line instead: its two ends are kept and nothing joins the last point to the first.
[[nodiscard]] std::vector<char> keptPoints(const std::vector<double>& xs, const std::vector<double>& ys,
                                           const std::vector<int>& ok, const std::vector<char>& fixed,
                                           double tolerance, bool closed = true);

} // namespace gb::mapdata
