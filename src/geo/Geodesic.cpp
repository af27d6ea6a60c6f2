#include "geo/Geodesic.hpp"

#include "geo/GeoClip.hpp"

#include <geodesic.h>

#include <algorithm>
#include <cmath>

namespace gb::geo {
namespace {
geod_geodesic wgs84() {
    geod_geodesic g{};
    geod_init(&g, 6378137.0, 1.0 / 298.257223563);
    return g;
}
} // namespace

double geodesicDistance(LonLat a, LonLat b) {
    const geod_geodesic g = wgs84();
    double s12 = 0, azi1 = 0, azi2 = 0;
    geod_inverse(&g, a.lat, a.lon, b.lat, b.lon, &s12, &azi1, &azi2);
    return s12;
}

LonLatPath geodesicPath(LonLat a, LonLat b, double maxStepMetres) {
    const geod_geodesic g = wgs84();
    geod_geodesicline line{};
    geod_inverseline(&line, &g, a.lat, a.lon, b.lat, b.lon, 0);
    const int steps = std::max(1, static_cast<int>(std::ceil(line.s13 / std::max(maxStepMetres, 1.0))));
    LonLatPath path;
    path.reserve(static_cast<std::size_t>(steps) + 1);
    for (int i = 0; i <= steps; ++i) {
        double lat = 0, lon = 0;
        geod_position(&line, line.s13 * i / steps, &lat, &lon, nullptr);
        path.push_back({normalizeLon(lon), lat});
    }
    path.front() = a; // exact ends, not recomputed ones
    path.back() = b;
    return path;
}

} // namespace gb::geo
