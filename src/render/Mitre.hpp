#pragma once
// The offset direction at each point of a polyline for drawing it with a width: the average of
// the neighbouring segments' unit normals, lengthened so the width holds through a turn (at most
// twice, so sharp turns do not spike). Shared by the map's border ribbons (projected metres)
// and the flow arrows (screen pixels).

#include <algorithm>
#include <cmath>
#include <vector>

namespace gb::render {

struct Mitre {
    double x = 0;
    double y = 0;
};

//! Point: anything with x and y. Consecutive points must differ (zero-length segments have no
//! normal); a polyline turning back on itself keeps the incoming normal there.
template <typename Point> std::vector<Mitre> mitres(const std::vector<Point>& p) {
    std::vector<Mitre> out(p.size());
    if (p.size() < 2)
        return out;
    const auto normal = [&](std::size_t a, std::size_t b) {
        const double dx = double(p[b].x) - p[a].x, dy = double(p[b].y) - p[a].y;
        const double len = std::hypot(dx, dy);
        return len > 0 ? Mitre{-dy / len, dx / len} : Mitre{};
    };
    for (std::size_t i = 0; i < p.size(); ++i) {
        const Mitre n0 = i > 0 ? normal(i - 1, i) : normal(0, 1);
        const Mitre n1 = i + 1 < p.size() ? normal(i, i + 1) : n0;
        const double mx = n0.x + n1.x, my = n0.y + n1.y, len = std::hypot(mx, my);
        if (len < 1e-6) {
            out[i] = n0;
            continue;
        }
        const double scale = 1.0 / std::max((mx * n0.x + my * n0.y) / len, 0.5);
        out[i] = {mx / len * scale, my / len * scale};
    }
    return out;
}

} // namespace gb::render
