#pragma once
// Segment tests in screen pixels, shared by the label placer and its line index.

#include "view/LabelPlacer.hpp"

#include <algorithm>
#include <cmath>

namespace gb::view {

//! Liang-Barsky: whether the segment a-b meets the rectangle.
inline bool segmentMeets(ScreenPoint a, ScreenPoint b, const ScreenRect& r) {
    double t0 = 0, t1 = 1;
    const double dx = b.x - a.x, dy = b.y - a.y;
    const double p[4] = {-dx, dx, -dy, dy};
    const double q[4] = {a.x - r.left, r.left + r.width - a.x, a.y - r.top, r.top + r.height - a.y};
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0) {
            if (q[i] < 0)
                return false;
            continue;
        }
        const double t = q[i] / p[i];
        if (p[i] < 0)
            t0 = std::max(t0, t);
        else
            t1 = std::min(t1, t);
        if (t0 > t1)
            return false;
    }
    return true;
}

//! Whether segments a-b and c-d cross (touching ends count). Two on one line cross only where
//! they overlap: a leader going down from a spot does not cross one going up from it.
inline bool segmentsCross(ScreenPoint a, ScreenPoint b, ScreenPoint c, ScreenPoint d) {
    const auto side = [](ScreenPoint p, ScreenPoint q, ScreenPoint r) {
        return (q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x);
    };
    const double d1 = side(c, d, a), d2 = side(c, d, b), d3 = side(a, b, c), d4 = side(a, b, d);
    if (d1 == 0 && d2 == 0) // on one line: their extents along it meet
        return std::max(std::min(a.x, b.x), std::min(c.x, d.x)) <= std::min(std::max(a.x, b.x), std::max(c.x, d.x)) &&
               std::max(std::min(a.y, b.y), std::min(c.y, d.y)) <= std::min(std::max(a.y, b.y), std::max(c.y, d.y));
    return ((d1 > 0) != (d2 > 0) || d1 == 0 || d2 == 0) && ((d3 > 0) != (d4 > 0) || d3 == 0 || d4 == 0);
}

//! Whether the segment a-b comes within `clearance` px of a line (along it or across) past its first
//! `skip` px: `crosses(p, q)` says whether any line crosses the segment p-q. Two copies of the
//! rest of a-b, `clearance` to either side, catch a line converging on it; three ticks across it
//! (a quarter, half and three quarters of the way) catch one running parallel for a while.
template <typename Crosses>
bool runsAlongALine(ScreenPoint a, ScreenPoint b, double skip, double clearance, Crosses&& crosses) {
    const double dx = b.x - a.x, dy = b.y - a.y, length = std::hypot(dx, dy);
    if (length <= skip)
        return false;
    const double ux = dx / length, uy = dy / length, nx = -uy * clearance, ny = ux * clearance;
    const ScreenPoint from{a.x + ux * skip, a.y + uy * skip};
    if (crosses(ScreenPoint{from.x + nx, from.y + ny}, ScreenPoint{b.x + nx, b.y + ny}) ||
        crosses(ScreenPoint{from.x - nx, from.y - ny}, ScreenPoint{b.x - nx, b.y - ny}))
        return true;
    for (const double share : {0.25, 0.5, 0.75}) {
        const double t = skip + (length - skip) * share;
        const ScreenPoint p{a.x + ux * t, a.y + uy * t};
        if (crosses(ScreenPoint{p.x + nx, p.y + ny}, ScreenPoint{p.x - nx, p.y - ny}))
            return true;
    }
    return false;
}

} // namespace gb::view
