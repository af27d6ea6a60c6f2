#include "view/Hatching.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

namespace gb::view {

std::vector<ScreenSegment> hatchSegments(const std::vector<std::vector<ScreenPoint>>& rings, double spacingPx) {
    std::vector<ScreenSegment> out;
    if (spacingPx <= 0)
        return out;
    // Stripe k is the line x + y = k * step; each ring edge it crosses adds where (its x).
    const double step = spacingPx * std::sqrt(2.0);
    std::map<long, std::vector<double>> crossings;
    for (const auto& ring : rings)
        for (std::size_t i = 0; i < ring.size(); ++i) {
            const ScreenPoint& p = ring[i];
            const ScreenPoint& q = ring[(i + 1) % ring.size()];
            const double up = p.x + p.y, uq = q.x + q.y;
            if (up == uq)
                continue; // parallel to the stripes
            // Half-open [low, high): a vertex on a stripe counts once for its two edges.
            const double low = std::min(up, uq), high = std::max(up, uq);
            for (long k = static_cast<long>(std::ceil(low / step)); k * step < high; ++k) {
                const double t = (k * step - up) / (uq - up);
                crossings[k].push_back(p.x + t * (q.x - p.x));
            }
        }
    for (auto& [k, xs] : crossings) {
        std::sort(xs.begin(), xs.end());
        const double c = k * step;
        for (std::size_t i = 0; i + 1 < xs.size(); i += 2)
            if (xs[i + 1] > xs[i])
                out.push_back({{xs[i], c - xs[i]}, {xs[i + 1], c - xs[i + 1]}});
    }
    return out;
}

} // namespace gb::view
