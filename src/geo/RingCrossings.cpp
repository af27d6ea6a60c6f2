#include "geo/RingCrossings.hpp"

#include <algorithm>
#include <vector>

namespace gb::geo {
namespace {

struct Segment {
    LonLat a, b;
    double minX = 0, maxX = 0;
    std::size_t ring = 0;
    std::size_t index = 0; //!< position in its ring
    std::size_t ringSize = 0;
};

double cross(const LonLat& o, const LonLat& p, const LonLat& q) {
    return (p.lon - o.lon) * (q.lat - o.lat) - (p.lat - o.lat) * (q.lon - o.lon);
}

int sign(double v) { return (v > 0) - (v < 0); }

bool properlyCross(const Segment& s, const Segment& t) {
    const int d1 = sign(cross(s.a, s.b, t.a));
    const int d2 = sign(cross(s.a, s.b, t.b));
    const int d3 = sign(cross(t.a, t.b, s.a));
    const int d4 = sign(cross(t.a, t.b, s.b));
    return d1 * d2 < 0 && d3 * d4 < 0;
}

bool neighbours(const Segment& s, const Segment& t) {
    if (s.ring != t.ring)
        return false;
    const std::size_t lo = std::min(s.index, t.index), hi = std::max(s.index, t.index);
    return hi - lo == 1 || (lo == 0 && hi + 1 == s.ringSize);
}

std::vector<Segment> segmentsOf(std::span<const LonLatPath> rings) {
    std::vector<Segment> segments;
    for (std::size_t r = 0; r < rings.size(); ++r) {
        const LonLatPath& ring = rings[r];
        for (std::size_t i = 0; ring.size() >= 2 && i < ring.size(); ++i) {
            const LonLat& a = ring[i];
            const LonLat& b = ring[(i + 1) % ring.size()];
            segments.push_back({a, b, std::min(a.lon, b.lon), std::max(a.lon, b.lon), r, i, ring.size()});
        }
    }
    std::sort(segments.begin(), segments.end(), [](const Segment& s, const Segment& t) { return s.minX < t.minX; });
    return segments;
}

} // namespace

std::optional<std::size_t> countRingCrossings(std::span<const LonLatPath> rings, const CrossingBudget& budget) {
    const std::vector<Segment> segments = segmentsOf(rings);
    // A sweep from west to east: each segment is compared only with those whose longitude
    // range it overlaps (the active ones), which for a coastline is a few dozen.
    std::vector<const Segment*> active;
    std::size_t crossings = 0, tests = 0;
    for (const Segment& s : segments) {
        std::erase_if(active, [&](const Segment* t) { return t->maxX < s.minX; });
        for (const Segment* t : active) {
            if (++tests > budget.maxPairTests)
                return std::nullopt;
            if (!neighbours(s, *t) && properlyCross(s, *t) && ++crossings > budget.maxCrossings)
                return std::nullopt;
        }
        active.push_back(&s);
    }
    return crossings;
}

} // namespace gb::geo
