#include "geo/Projection.hpp"

#include <proj.h>

#include <cmath>
#include <stdexcept>
#include <vector>

namespace gb::geo {
// Named (not anonymous): Projection::Impl holds these, and in a unity build an anonymous type in
// a member of a class declared in a header is a -Wsubobject-linkage warning.
namespace projection_detail {
struct ContextDeleter {
    void operator()(PJ_CONTEXT* context) const { proj_context_destroy(context); }
};
struct PjDeleter {
    void operator()(PJ* pj) const { proj_destroy(pj); }
};
} // namespace projection_detail

namespace {

// Web Mercator's latitude limit: the map is then square.
constexpr double mercatorMaxLat = 85.0511287798;
// Lambert's cone for northern standard parallels runs off to infinity at the south pole.
constexpr double lambertMinLat = -35.0;

std::string definitionFor(const ProjectionSpec& spec) {
    const std::string lon0 = std::to_string(spec.centre.lon);
    switch (spec.kind) {
    case ProjectionKind::Lambert:
        return "+proj=lcc +lat_1=30 +lat_2=62 +lat_0=45 +lon_0=" + lon0 +
               " +datum=WGS84 +units=m +no_defs";
    case ProjectionKind::EqualEarth:
        return "+proj=eqearth +lon_0=" + lon0 + " +datum=WGS84 +units=m +no_defs";
    case ProjectionKind::Equirectangular:
        return "+proj=eqc +lon_0=" + lon0 + " +datum=WGS84 +units=m +no_defs";
    case ProjectionKind::WebMercator:
        return "+proj=merc +a=6378137 +b=6378137 +lon_0=" + lon0 + " +units=m +no_defs";
    case ProjectionKind::Orthographic:
        // A sphere, so the visible hemisphere is exactly the one our clipping keeps.
        return "+proj=ortho +lat_0=" + std::to_string(spec.centre.lat) + " +lon_0=" + lon0 +
               " +R=6371008.8 +units=m +no_defs";
    }
    return {};
}

ProjectionDomain domainFor(const ProjectionSpec& spec) {
    ProjectionDomain domain;
    domain.centralLon = spec.centre.lon;
    switch (spec.kind) {
    case ProjectionKind::Lambert: domain.minLat = lambertMinLat; break;
    case ProjectionKind::WebMercator:
        domain.minLat = -mercatorMaxLat;
        domain.maxLat = mercatorMaxLat;
        break;
    case ProjectionKind::Orthographic: domain.hemisphereCentre = spec.centre; break;
    default: break;
    }
    return domain;
}

// The operations GDAL's OSR builds between WGS84 and a definition (a test compares them to the
// bit), as PROJ pipelines of their own: OSR set them up again on every thread (~4 ms each, ~18
// ms the first); PROJ opens its database once per process either way. Each way is a pipeline of
// its own, as OSR's are: run backwards, the degree conversion divides where OSR's multiplies, and
// the last bit of a longitude differs.

//! Longitude and latitude in degrees (x = longitude) to the map's metres.
std::string toMapPipeline(const std::string& definition) {
    return "+proj=pipeline +step +proj=unitconvert +xy_in=deg +xy_out=rad +step " + definition;
}

//! The map's metres to longitude and latitude in degrees.
std::string toGeoPipeline(const std::string& definition) {
    return "+proj=pipeline +step +inv " + definition + " +step +proj=unitconvert +xy_in=rad +xy_out=deg";
}

} // namespace

struct Projection::Impl {
    // A context per projection: PROJ's objects are not thread-safe, and a Projection belongs
    // to one thread at a time (see the header).
    std::unique_ptr<PJ_CONTEXT, projection_detail::ContextDeleter> context{proj_context_create()};
    std::unique_ptr<PJ, projection_detail::PjDeleter> toMap, toGeo;
};

Projection::Projection(const ProjectionSpec& spec)
    : impl_(std::make_unique<Impl>()), spec_(spec), domain_(domainFor(spec)),
      definition_(definitionFor(spec)) {
    if (!impl_->context)
        throw ProjectionError("PROJ could not start (no context) for " + definition_);
    // Points outside a projection's domain (the far side of a globe) are expected and come
    // back as non-finite numbers: PROJ is not to print them.
    proj_log_level(impl_->context.get(), PJ_LOG_NONE);
    impl_->toMap.reset(proj_create(impl_->context.get(), toMapPipeline(definition_).c_str()));
    impl_->toGeo.reset(proj_create(impl_->context.get(), toGeoPipeline(definition_).c_str()));
    if (!impl_->toMap || !impl_->toGeo)
        throw ProjectionError("PROJ rejected the projection " + definition_);

    // Sample the domain to know how far the map extends (used to clamp the camera), in one
    // batch: point by point, PROJ's per-call overhead made this most of the constructor's time.
    std::vector<double> xs, ys;
    for (double lat = std::max(-90.0, domain_.minLat); lat <= domain_.maxLat + 1e-9; lat += 2.5)
        for (double dlon = -179.5; dlon <= 179.5; dlon += 2.5) {
            xs.push_back(spec.centre.lon + dlon);
            ys.push_back(lat);
        }
    std::vector<int> ok(xs.size());
    forwardInPlace(xs, ys, ok);
    for (std::size_t i = 0; i < xs.size(); ++i)
        if (ok[i])
            worldBounds_.add(MapPoint{xs[i], ys[i]});
}

Projection::~Projection() = default;
Projection::Projection(Projection&&) noexcept = default;
Projection& Projection::operator=(Projection&&) noexcept = default;

std::optional<MapPoint> Projection::forward(LonLat p) const {
    const PJ_COORD out = proj_trans(impl_->toMap.get(), PJ_FWD, proj_coord(p.lon, p.lat, 0, 0));
    if (!std::isfinite(out.xy.x) || !std::isfinite(out.xy.y))
        return std::nullopt;
    return MapPoint{out.xy.x, out.xy.y};
}

std::optional<LonLat> Projection::inverse(MapPoint p) const {
    const PJ_COORD out = proj_trans(impl_->toGeo.get(), PJ_FWD, proj_coord(p.x, p.y, 0, 0));
    if (!std::isfinite(out.xy.x) || !std::isfinite(out.xy.y))
        return std::nullopt;
    return LonLat{out.xy.x, out.xy.y};
}

void Projection::forwardInPlace(std::span<double> xs, std::span<double> ys, std::span<int> ok) const {
    if (xs.empty())
        return;
    // A point PROJ cannot project comes back as HUGE_VAL; the others are still projected.
    proj_trans_generic(impl_->toMap.get(), PJ_FWD, xs.data(), sizeof(double), xs.size(), ys.data(),
                       sizeof(double), ys.size(), nullptr, 0, 0, nullptr, 0, 0);
    for (std::size_t i = 0; i < xs.size(); ++i)
        ok[i] = std::isfinite(xs[i]) && std::isfinite(ys[i]);
}

double metresPerPixelAtZoom(double zoom) {
    constexpr double equatorMetres = 2 * 3.14159265358979323846 * 6378137.0;
    return equatorMetres / 256.0 / std::pow(2.0, zoom);
}

double zoomAtMetresPerPixel(double metresPerPixel) {
    return std::log2(metresPerPixelAtZoom(0.0) / metresPerPixel);
}

} // namespace gb::geo
