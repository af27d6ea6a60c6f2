#pragma once
// Segment tests in screen pixels, shared by the label placer and its line index.

#include "view/LabelPlacer.hpp"

#include <algorithm>

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

//! Whether segments a-b and c-d cross (touching ends count).
inline bool segmentsCross(ScreenPoint a, ScreenPoint b, ScreenPoint c, ScreenPoint d) {
    const auto side = [](ScreenPoint p, ScreenPoint q, ScreenPoint r) {
        return (q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x);
    };
    const double d1 = side(c, d, a), d2 = side(c, d, b), d3 = side(a, b, c), d4 = side(a, b, d);
    return ((d1 > 0) != (d2 > 0) || d1 == 0 || d2 == 0) && ((d3 > 0) != (d4 > 0) || d3 == 0 || d4 == 0);
}

} // namespace gb::view
