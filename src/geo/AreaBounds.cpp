#include "geo/AreaBounds.hpp"

#include <algorithm>
#include <cmath>
#include <optional>

namespace gb::geo {

std::vector<LonLatBox> lonLatBoxesOf(const Projection& projection, const MapBox& area, double marginDegrees) {
    if (area.empty())
        return {};
    // A lon/lat extreme of a region lies on its edge, unless the region holds a pole: then it
    // spans every longitude, from the pole to its edge's farthest latitude.
    std::optional<double> pole;
    for (const double poleLat : {90.0, -90.0})
        if (const auto p = projection.forward({projection.spec().centre.lon, poleLat}); p && area.contains(*p))
            pole = poleLat;
    constexpr int samplesPerSide = 32;
    double west = 1e9, east = -1e9, south = 90.0, north = -90.0;
    bool crossesAntimeridian = false;
    std::vector<double> lons;
    std::optional<LonLat> previous;
    const MapPoint corners[] = {{area.minX, area.minY}, {area.maxX, area.minY}, {area.maxX, area.maxY},
                                {area.minX, area.maxY}, {area.minX, area.minY}};
    for (int side = 0; side < 4; ++side)
        for (int i = 0; i < samplesPerSide; ++i) {
            const double t = static_cast<double>(i) / samplesPerSide;
            const MapPoint a = corners[side], b = corners[side + 1];
            const auto p = projection.inverse({a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t});
            if (!p)
                return {};
            crossesAntimeridian = crossesAntimeridian || (previous && std::abs(p->lon - previous->lon) > 180.0);
            previous = p;
            lons.push_back(p->lon);
            south = std::min(south, p->lat);
            north = std::max(north, p->lat);
        }
    south = std::max(-90.0, south - marginDegrees);
    north = std::min(90.0, north + marginDegrees);
    if (pole) {
        if (*pole > 0)
            north = 90.0;
        else
            south = -90.0;
        return {LonLatBox{-180.0, south, 180.0, north}};
    }
    // Across the antimeridian the longitudes are taken in 0..360, then split at 180.
    for (double& lon : lons)
        if (crossesAntimeridian && lon < 0)
            lon += 360.0;
    for (double lon : lons) {
        west = std::min(west, lon);
        east = std::max(east, lon);
    }
    west -= marginDegrees;
    east += marginDegrees;
    if (east - west >= 360.0)
        return {LonLatBox{-180.0, south, 180.0, north}};
    std::vector<LonLatBox> boxes;
    if (west < -180.0)
        boxes.push_back({west + 360.0, south, 180.0, north});
    if (east > 180.0)
        boxes.push_back({-180.0, south, east - 360.0, north});
    boxes.push_back({std::max(west, -180.0), south, std::min(east, 180.0), north});
    return boxes;
}

} // namespace gb::geo
