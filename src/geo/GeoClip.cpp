#include "geo/GeoClip.hpp"

#include <array>
#include <cmath>
#include <functional>

namespace gb::geo {
namespace {

constexpr double degToRad = 3.14159265358979323846 / 180.0;
constexpr double radToDeg = 180.0 / 3.14159265358979323846;
// Keeps cut points a hair inside the domain so PROJ puts them on the intended side of a seam.
constexpr double seamGap = 1e-6;
// The horizon of a globe, kept just inside the visible hemisphere (sin of 0.0001°).
constexpr double horizonSin = 1.7e-6;

struct Vec3 {
    double x, y, z;
};
Vec3 toVec(LonLat p) {
    const double lon = p.lon * degToRad, lat = p.lat * degToRad;
    return {std::cos(lat) * std::cos(lon), std::cos(lat) * std::sin(lon), std::sin(lat)};
}
LonLat toLonLat(Vec3 v) {
    return {std::atan2(v.y, v.x) * radToDeg, std::atan2(v.z, std::hypot(v.x, v.y)) * radToDeg};
}
double dot(Vec3 a, Vec3 b) { return a.x * b.x + a.y * b.y + a.z * b.z; }
Vec3 lerp(Vec3 a, Vec3 b, double t) {
    return {a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t, a.z + (b.z - a.z) * t};
}
Vec3 normalized(Vec3 v) {
    const double n = std::sqrt(dot(v, v));
    return {v.x / n, v.y / n, v.z / n};
}

//! A half-plane in lon/lat: points with side(p) >= 0 are inside.
struct HalfPlane {
    bool isLon;   //!< bounds longitude (else latitude)
    double value; //!< degrees
    double sign;  //!< +1: keep >= value, -1: keep <= value
    [[nodiscard]] double side(LonLat p) const { return sign * ((isLon ? p.lon : p.lat) - value); }
    [[nodiscard]] LonLat cut(LonLat a, LonLat b) const {
        const double da = side(a), db = side(b);
        const double t = da / (da - db);
        LonLat p{a.lon + (b.lon - a.lon) * t, a.lat + (b.lat - a.lat) * t};
        (isLon ? p.lon : p.lat) = value; // exact, so pieces share their cut points
        return p;
    }
};

//! Sutherland-Hodgman against one half-plane; exact for the convex boxes used here.
LonLatPath clipRingToHalfPlane(const LonLatPath& ring, const HalfPlane& h) {
    LonLatPath out;
    if (ring.empty())
        return out;
    out.reserve(ring.size() + 4);
    LonLat prev = ring.back();
    bool prevIn = h.side(prev) >= 0;
    for (const LonLat& cur : ring) {
        const bool curIn = h.side(cur) >= 0;
        if (curIn != prevIn)
            out.push_back(h.cut(prev, cur));
        if (curIn)
            out.push_back(cur);
        prev = cur;
        prevIn = curIn;
    }
    return out;
}

struct LonLatBoxClip {
    std::array<HalfPlane, 4> planes;
};

std::vector<LonLatBoxClip> boxesFor(const ProjectionDomain& d) {
    const double seam = normalizeLon(d.centralLon + 180.0);
    const HalfPlane south{false, d.minLat, +1}, north{false, d.maxLat, -1};
    if (std::abs(std::abs(seam) - 180.0) < 1e-9) // the data's own cut is the seam
        return {{{HalfPlane{true, -180.0, +1}, HalfPlane{true, 180.0, -1}, south, north}}};
    return {{{HalfPlane{true, -180.0, +1}, HalfPlane{true, seam - seamGap, -1}, south, north}},
            {{HalfPlane{true, seam + seamGap, +1}, HalfPlane{true, 180.0, -1}, south, north}}};
}

bool boxNeedsNoClip(const LonLatPath& path, const LonLatBoxClip& box) {
    for (const LonLat& p : path)
        for (const HalfPlane& h : box.planes)
            if (h.side(p) < 0)
                return false;
    return true;
}

bool boxMissesAll(const LonLatPath& path, const LonLatBoxClip& box) {
    for (const HalfPlane& h : box.planes) {
        bool allOut = true;
        for (const LonLat& p : path)
            if (h.side(p) >= 0) {
                allOut = false;
                break;
            }
        if (allOut)
            return true;
    }
    return false;
}

std::vector<LonLatPath> clipRingToBoxes(const LonLatPath& ring, const ProjectionDomain& d) {
    std::vector<LonLatPath> result;
    for (const LonLatBoxClip& box : boxesFor(d)) {
        if (boxMissesAll(ring, box))
            continue;
        if (boxNeedsNoClip(ring, box)) {
            result.push_back(ring);
            continue;
        }
        LonLatPath piece = ring;
        for (const HalfPlane& h : box.planes)
            piece = clipRingToHalfPlane(piece, h);
        if (piece.size() >= 3)
            result.push_back(std::move(piece));
    }
    return result;
}

//! Appends the parts of the line inside the box to `result`.
void clipLineToOneBox(const LonLatPath& line, const LonLatBoxClip& box, std::vector<LonLatPath>& result) {
    if (boxMissesAll(line, box))
        return;
    if (boxNeedsNoClip(line, box)) {
        result.push_back(line);
        return;
    }
    // Liang-Barsky per segment; consecutive kept segments join into one piece.
    LonLatPath piece;
    for (std::size_t i = 0; i + 1 < line.size(); ++i) {
        LonLat a = line[i], b = line[i + 1];
        double t0 = 0, t1 = 1;
        bool visible = true;
        for (const HalfPlane& h : box.planes) {
            const double sa = h.side(a), sb = h.side(b);
            if (sa < 0 && sb < 0) {
                visible = false;
                break;
            }
            if (sa < 0)
                t0 = std::max(t0, sa / (sa - sb));
            else if (sb < 0)
                t1 = std::min(t1, sa / (sa - sb));
        }
        if (!visible || t0 > t1) {
            if (piece.size() >= 2)
                result.push_back(std::move(piece));
            piece.clear();
            continue;
        }
        const LonLat pa{a.lon + (b.lon - a.lon) * t0, a.lat + (b.lat - a.lat) * t0};
        const LonLat pb{a.lon + (b.lon - a.lon) * t1, a.lat + (b.lat - a.lat) * t1};
        if (piece.empty() || t0 > 0) {
            if (piece.size() >= 2)
                result.push_back(std::move(piece));
            piece = {pa};
        }
        piece.push_back(pb);
        if (t1 < 1) {
            result.push_back(std::move(piece));
            piece.clear();
        }
    }
    if (piece.size() >= 2)
        result.push_back(std::move(piece));
}

std::vector<LonLatPath> clipLineToBoxes(const LonLatPath& line, const ProjectionDomain& d) {
    std::vector<LonLatPath> result;
    for (const LonLatBoxClip& box : boxesFor(d))
        clipLineToOneBox(line, box, result);
    return result;
}

LonLatBoxClip clipOf(const LonLatBox& b) {
    return {{HalfPlane{true, b.west, 1.0}, HalfPlane{true, b.east, -1.0}, HalfPlane{false, b.south, 1.0},
             HalfPlane{false, b.north, -1.0}}};
}

//! A point on the horizon circle (just inside), where the ring's hidden part is seen edge-on.
Vec3 ontoHorizon(Vec3 p, Vec3 c) {
    const double along = dot(p, c);
    const Vec3 flat = normalized({p.x - along * c.x, p.y - along * c.y, p.z - along * c.z});
    const double k = std::sqrt(1 - horizonSin * horizonSin);
    return {flat.x * k + c.x * horizonSin, flat.y * k + c.y * horizonSin, flat.z * k + c.z * horizonSin};
}

std::vector<LonLatPath> clipRingToHemisphere(const LonLatPath& ring, LonLat centre) {
    const Vec3 c = toVec(centre);
    std::vector<Vec3> v(ring.size());
    std::vector<double> side(ring.size());
    bool anyVisible = false, allVisible = true;
    for (std::size_t i = 0; i < ring.size(); ++i) {
        v[i] = toVec(ring[i]);
        side[i] = dot(v[i], c) - horizonSin;
        anyVisible |= side[i] >= 0;
        allVisible &= side[i] >= 0;
    }
    if (!anyVisible)
        return {};
    if (allVisible)
        return {ring};
    // Visible points stay; where the ring goes behind the globe, its hidden points are moved
    // onto the horizon, which follows the ring round the rim the way the polygon winds.
    LonLatPath out;
    out.reserve(ring.size() + 2);
    constexpr double horizonStepCos = 0.99996192306; // cos(0.5 degree)
    Vec3 lastHorizon{0, 0, 0};
    std::size_t prev = ring.size() - 1;
    for (std::size_t i = 0; i < ring.size(); ++i) {
        const bool prevIn = side[prev] >= 0, curIn = side[i] >= 0;
        if (prevIn != curIn) {
            const double t = side[prev] / (side[prev] - side[i]);
            out.push_back(toLonLat(ontoHorizon(normalized(lerp(v[prev], v[i], t)), c)));
        }
        if (curIn) {
            out.push_back(ring[i]);
        } else if (dot(v[i], c) > -0.999999) { // the antipode itself has no horizon point
            // Hidden stretches can be long (the Americas behind Eurasia): one horizon point
            // per half degree of rim keeps the arc smooth without thousands of stacked points.
            const Vec3 h = ontoHorizon(v[i], c);
            if (prevIn || dot(h, lastHorizon) < horizonStepCos) {
                out.push_back(toLonLat(h));
                lastHorizon = h;
            }
        }
        prev = i;
    }
    if (out.size() < 3)
        return {};
    return {std::move(out)};
}

std::vector<LonLatPath> clipLineToHemisphere(const LonLatPath& line, LonLat centre) {
    const Vec3 c = toVec(centre);
    std::vector<LonLatPath> result;
    LonLatPath piece;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const Vec3 cur = toVec(line[i]);
        const double curSide = dot(cur, c) - horizonSin;
        if (i > 0) {
            const Vec3 prev = toVec(line[i - 1]);
            const double prevSide = dot(prev, c) - horizonSin;
            if ((prevSide >= 0) != (curSide >= 0)) {
                const double t = prevSide / (prevSide - curSide);
                piece.push_back(toLonLat(ontoHorizon(normalized(lerp(prev, cur, t)), c)));
                if (curSide < 0) {
                    if (piece.size() >= 2)
                        result.push_back(std::move(piece));
                    piece.clear();
                }
            }
        }
        if (curSide >= 0)
            piece.push_back(line[i]);
    }
    if (piece.size() >= 2)
        result.push_back(std::move(piece));
    return result;
}

} // namespace

double normalizeLon(double lon) {
    double r = std::fmod(lon + 180.0, 360.0);
    if (r <= 0)
        r += 360.0;
    return r - 180.0;
}

LonLatPath densify(const LonLatPath& path, double maxStep, bool closed) {
    LonLatPath out;
    if (path.empty())
        return out;
    out.reserve(path.size());
    const std::size_t edges = closed ? path.size() : path.size() - 1;
    for (std::size_t i = 0; i < edges; ++i) {
        const LonLat a = path[i], b = path[(i + 1) % path.size()];
        out.push_back(a);
        const double span = std::max(std::abs(b.lon - a.lon), std::abs(b.lat - a.lat));
        const int steps = static_cast<int>(std::ceil(span / maxStep));
        for (int s = 1; s < steps; ++s) {
            const double t = static_cast<double>(s) / steps;
            out.push_back({a.lon + (b.lon - a.lon) * t, a.lat + (b.lat - a.lat) * t});
        }
    }
    if (!closed)
        out.push_back(path.back());
    return out;
}

std::vector<LonLatPath> clipRing(const LonLatPath& ring, const ProjectionDomain& domain) {
    if (domain.hemisphereCentre)
        return clipRingToHemisphere(ring, *domain.hemisphereCentre);
    return clipRingToBoxes(ring, domain);
}

std::vector<LonLatPath> clipLine(const LonLatPath& line, const ProjectionDomain& domain) {
    if (domain.hemisphereCentre)
        return clipLineToHemisphere(line, *domain.hemisphereCentre);
    return clipLineToBoxes(line, domain);
}

LonLatPath clipRingToBox(const LonLatPath& ring, const LonLatBox& box) {
    const LonLatBoxClip clip = clipOf(box);
    if (boxMissesAll(ring, clip))
        return {};
    if (boxNeedsNoClip(ring, clip))
        return ring;
    LonLatPath out = ring;
    for (const HalfPlane& h : clip.planes)
        out = clipRingToHalfPlane(out, h);
    return out;
}

std::vector<LonLatPath> clipLineToBox(const LonLatPath& line, const LonLatBox& box) {
    std::vector<LonLatPath> result;
    clipLineToOneBox(line, clipOf(box), result);
    return result;
}

bool isInDomain(LonLat p, const ProjectionDomain& domain) {
    if (domain.hemisphereCentre)
        return dot(toVec(p), toVec(*domain.hemisphereCentre)) - horizonSin >= 0;
    return p.lat >= domain.minLat && p.lat <= domain.maxLat;
}

bool isAntimeridianEdge(LonLat a, LonLat b) {
    return std::abs(a.lon) >= 180.0 - 1e-7 && std::abs(b.lon) >= 180.0 - 1e-7;
}

std::vector<LonLatPath> graticule(double stepDeg) {
    std::vector<LonLatPath> lines;
    for (double lon = -180.0; lon < 180.0 - 1e-9; lon += stepDeg)
        lines.push_back(densify({{lon, -80.0}, {lon, 80.0}}, 1.0, false));
    for (double lat = -80.0; lat <= 80.0 + 1e-9; lat += stepDeg) {
        // Two halves, so the box clipper never sees a line spanning the whole seam.
        lines.push_back(densify({{-180.0, lat}, {0.0, lat}}, 1.0, false));
        lines.push_back(densify({{0.0, lat}, {180.0, lat}}, 1.0, false));
    }
    return lines;
}

} // namespace gb::geo

namespace gb::geo {
LonLatPath domainOutline(const ProjectionDomain& domain) {
    LonLatPath ring;
    if (domain.hemisphereCentre) {
        const Vec3 c = toVec(*domain.hemisphereCentre);
        // Any vector not parallel to c gives an orthonormal basis (u, w) of the horizon plane.
        const Vec3 helper = std::abs(c.z) < 0.9 ? Vec3{0, 0, 1} : Vec3{1, 0, 0};
        Vec3 u{helper.y * c.z - helper.z * c.y, helper.z * c.x - helper.x * c.z,
               helper.x * c.y - helper.y * c.x};
        u = normalized(u);
        const Vec3 w{c.y * u.z - c.z * u.y, c.z * u.x - c.x * u.z, c.x * u.y - c.y * u.x};
        for (int i = 0; i < 360; ++i) {
            const double a = i * degToRad;
            const Vec3 p{std::cos(a) * u.x + std::sin(a) * w.x, std::cos(a) * u.y + std::sin(a) * w.y,
                         std::cos(a) * u.z + std::sin(a) * w.z};
            ring.push_back(toLonLat(ontoHorizon(p, c)));
        }
        return ring;
    }
    const double west = domain.centralLon - 180.0 + seamGap;
    const double east = domain.centralLon + 180.0 - seamGap;
    // Longitudes may exceed 180 here: PROJ measures them from the central meridian.
    return densify({{west, domain.minLat}, {east, domain.minLat}, {east, domain.maxLat},
                    {west, domain.maxLat}},
                   1.0, true);
}
} // namespace gb::geo
