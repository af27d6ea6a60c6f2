#include "geo/AreaBounds.hpp"

#include <algorithm>
#include <cmath>

namespace gb::geo {

std::optional<LonLatBox> lonLatBoundsOf(const Projection& projection, const MapBox& area, double marginDegrees) {
    if (area.empty())
        return std::nullopt;
    for (const double poleLat : {90.0, -90.0})
        if (const auto pole = projection.forward({projection.spec().centre.lon, poleLat}); pole && area.contains(*pole))
            return std::nullopt;
    // A lon/lat extreme of a region without a pole lies on its edge.
    constexpr int samplesPerSide = 32;
    LonLatBox box{180.0, 90.0, -180.0, -90.0};
    std::optional<LonLat> previous;
    const MapPoint corners[] = {{area.minX, area.minY}, {area.maxX, area.minY}, {area.maxX, area.maxY},
                                {area.minX, area.maxY}, {area.minX, area.minY}};
    for (int side = 0; side < 4; ++side)
        for (int i = 0; i < samplesPerSide; ++i) {
            const double t = static_cast<double>(i) / samplesPerSide;
            const MapPoint a = corners[side], b = corners[side + 1];
            const auto p = projection.inverse({a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t});
            if (!p)
                return std::nullopt;
            if (previous && std::abs(p->lon - previous->lon) > 180.0)
                return std::nullopt; // the edge crosses the antimeridian
            previous = p;
            box.west = std::min(box.west, p->lon);
            box.east = std::max(box.east, p->lon);
            box.south = std::min(box.south, p->lat);
            box.north = std::max(box.north, p->lat);
        }
    box.west = std::max(-180.0, box.west - marginDegrees);
    box.east = std::min(180.0, box.east + marginDegrees);
    box.south = std::max(-90.0, box.south - marginDegrees);
    box.north = std::min(90.0, box.north + marginDegrees);
    return box;
}

} // namespace gb::geo
