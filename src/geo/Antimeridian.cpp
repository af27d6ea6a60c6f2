#include "geo/Antimeridian.hpp"

#include "geo/GeoClip.hpp"

#include <cmath>

namespace gb::geo {
namespace {

bool ringCrosses(const LonLatPath& ring) {
    for (std::size_t i = 0; i < ring.size(); ++i) {
        const LonLat& a = ring[i];
        const LonLat& b = ring[(i + 1) % ring.size()];
        if (std::abs(a.lon) > 180.0 || std::abs(b.lon - a.lon) > 180.0)
            return true;
    }
    return false;
}

//! Longitudes made continuous (each step the shorter way round); a ring that goes round a pole
//! ends 360 degrees from where it began, and is closed along that pole.
LonLatPath unwrapped(const LonLatPath& ring) {
    LonLatPath out;
    out.reserve(ring.size() + 4);
    double shift = 0;
    for (std::size_t i = 0; i < ring.size(); ++i) {
        if (i > 0) {
            const double step = ring[i].lon - ring[i - 1].lon;
            shift -= 360.0 * std::round(step / 360.0);
        }
        out.push_back({ring[i].lon + shift, ring[i].lat});
    }
    const double closing = ring.front().lon - ring.back().lon;
    const double drift = shift - 360.0 * std::round(closing / 360.0); // the closing step's share
    if (std::abs(drift) > 180.0) { // round a pole: close over it, on the side the ring is on
        double meanLat = 0;
        for (const LonLat& p : ring)
            meanLat += p.lat;
        const double pole = meanLat >= 0 ? 90.0 : -90.0;
        const double start = out.front().lon + drift; // the first point again, one turn on
        out.push_back({start, ring.front().lat});
        out.push_back({start, pole});
        out.push_back({out.front().lon, pole});
    }
    return out;
}

LonLatPath shifted(LonLatPath ring, double by) {
    for (LonLat& p : ring)
        p.lon += by;
    return ring;
}

} // namespace

bool crossesAntimeridian(const std::vector<LonLatPath>& rings) {
    for (const LonLatPath& ring : rings)
        if (ringCrosses(ring))
            return true;
    return false;
}

std::vector<std::vector<LonLatPath>> splitAtAntimeridian(const std::vector<LonLatPath>& rings) {
    if (!crossesAntimeridian(rings))
        return {rings};
    // Per band of 360 degrees, the pieces of every ring that fall in it: filled with the even-odd
    // rule, the pieces of the shell and of the holes are the polygon's part in that band.
    constexpr double bands[3] = {-360.0, 0.0, 360.0};
    std::vector<std::vector<LonLatPath>> parts(3);
    for (const LonLatPath& ring : rings) {
        const LonLatPath whole = unwrapped(ring);
        for (int b = 0; b < 3; ++b) {
            const LonLatBox box{bands[b] - 180.0, -90.0, bands[b] + 180.0, 90.0};
            LonLatPath piece = clipRingToBox(whole, box);
            if (piece.size() >= 3)
                parts[b].push_back(shifted(std::move(piece), -bands[b]));
        }
    }
    std::vector<std::vector<LonLatPath>> out;
    for (auto& part : parts)
        if (!part.empty())
            out.push_back(std::move(part));
    return out;
}

} // namespace gb::geo
