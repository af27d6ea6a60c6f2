#pragma once
// Plain coordinate types. Geographic and projected positions are different types so that a
// longitude can never be passed where a projected metre is expected.

#include <algorithm>
#include <limits>
#include <vector>

namespace gb::geo {

//! A geographic position on WGS84.
struct LonLat {
    double lon = 0.0; //!< longitude, degrees east, in [-180, 180]
    double lat = 0.0; //!< latitude, degrees north, in [-90, 90]
    friend bool operator==(const LonLat&, const LonLat&) = default;
};

//! A position in the current projection's plane.
struct MapPoint {
    double x = 0.0; //!< projected metres, east
    double y = 0.0; //!< projected metres, north
    friend bool operator==(const MapPoint&, const MapPoint&) = default;
};

//! An axis-aligned box in projected metres; empty until something is added.
struct MapBox {
    double minX = std::numeric_limits<double>::infinity();
    double minY = std::numeric_limits<double>::infinity();
    double maxX = -std::numeric_limits<double>::infinity();
    double maxY = -std::numeric_limits<double>::infinity();

    [[nodiscard]] bool empty() const { return minX > maxX || minY > maxY; }
    [[nodiscard]] double width() const { return maxX - minX; }
    [[nodiscard]] double height() const { return maxY - minY; }
    [[nodiscard]] MapPoint centre() const { return {(minX + maxX) / 2, (minY + maxY) / 2}; }
    void add(MapPoint p) {
        minX = std::min(minX, p.x);
        minY = std::min(minY, p.y);
        maxX = std::max(maxX, p.x);
        maxY = std::max(maxY, p.y);
    }
    void add(const MapBox& b) {
        if (!b.empty()) {
            add(MapPoint{b.minX, b.minY});
            add(MapPoint{b.maxX, b.maxY});
        }
    }
    [[nodiscard]] bool contains(MapPoint p) const { return p.x >= minX && p.x <= maxX && p.y >= minY && p.y <= maxY; }
    [[nodiscard]] bool intersects(const MapBox& b) const {
        return !(b.minX > maxX || b.maxX < minX || b.minY > maxY || b.maxY < minY);
    }
};

//! A box in longitude/latitude degrees (west may be greater than east only across 180°).
struct LonLatBox {
    double west = 0.0;
    double south = 0.0;
    double east = 0.0;
    double north = 0.0;
};

//! A polyline or ring (implicitly closed: the last point is not repeated) in degrees.
using LonLatPath = std::vector<LonLat>;

} // namespace gb::geo
