#include "geo/Projection.hpp"

#include <cpl_error.h>
#include <ogr_spatialref.h>

#include <cmath>
#include <stdexcept>
#include <vector>

namespace gb::geo {
// Named (not anonymous): Projection::Impl holds these, and in a unity build an anonymous type in
// a member of a class declared in a header is a -Wsubobject-linkage warning.
namespace projection_detail {
struct CtDeleter {
    void operator()(OGRCoordinateTransformation* ct) const {
        OGRCoordinateTransformation::DestroyCT(ct);
    }
};
using CtPtr = std::unique_ptr<OGRCoordinateTransformation, CtDeleter>;
} // namespace projection_detail
using projection_detail::CtPtr;

namespace {

//! PROJ reports points outside a projection's domain (the far side of a globe) as GDAL errors
//! on stderr; for us they are expected and handled by the result, so they are silenced while
//! this object lives (thread-local in GDAL, so safe in worker threads).
class QuietGdalErrors {
public:
    QuietGdalErrors() { CPLPushErrorHandler(CPLQuietErrorHandler); }
    ~QuietGdalErrors() { CPLPopErrorHandler(); }
    QuietGdalErrors(const QuietGdalErrors&) = delete;
    QuietGdalErrors& operator=(const QuietGdalErrors&) = delete;
};


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

OGRSpatialReference gisOrder(OGRSpatialReference srs) {
    srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    return srs;
}

} // namespace

struct Projection::Impl {
    CtPtr toMap;
    CtPtr toGeo;
};

Projection::Projection(const ProjectionSpec& spec)
    : impl_(std::make_unique<Impl>()), spec_(spec), domain_(domainFor(spec)),
      definition_(definitionFor(spec)) {
    const QuietGdalErrors quiet;
    OGRSpatialReference wgs84;
    wgs84.SetWellKnownGeogCS("WGS84");
    OGRSpatialReference map;
    if (map.importFromProj4(definition_.c_str()) != OGRERR_NONE)
        throw ProjectionError("PROJ rejected the projection " + definition_);
    wgs84 = gisOrder(wgs84);
    map = gisOrder(map);
    impl_->toMap.reset(OGRCreateCoordinateTransformation(&wgs84, &map));
    impl_->toGeo.reset(OGRCreateCoordinateTransformation(&map, &wgs84));
    if (!impl_->toMap || !impl_->toGeo)
        throw ProjectionError("no transformation from WGS84 to " + definition_);

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
    const QuietGdalErrors quiet;
    double x = p.lon, y = p.lat;
    int ok = 0;
    if (!impl_->toMap->Transform(1, &x, &y, nullptr, &ok) || !ok || !std::isfinite(x) ||
        !std::isfinite(y))
        return std::nullopt;
    return MapPoint{x, y};
}

std::optional<LonLat> Projection::inverse(MapPoint p) const {
    const QuietGdalErrors quiet;
    double x = p.x, y = p.y;
    int ok = 0;
    if (!impl_->toGeo->Transform(1, &x, &y, nullptr, &ok) || !ok || !std::isfinite(x) ||
        !std::isfinite(y))
        return std::nullopt;
    return LonLat{x, y};
}

void Projection::forwardInPlace(std::span<double> xs, std::span<double> ys,
                                std::span<int> ok) const {
    if (xs.empty())
        return;
    const QuietGdalErrors quiet;
    // A failed point makes Transform return FALSE but still fills ok[] for the others.
    impl_->toMap->Transform(static_cast<int>(xs.size()), xs.data(), ys.data(), nullptr, ok.data());
    for (std::size_t i = 0; i < xs.size(); ++i)
        ok[i] = ok[i] && std::isfinite(xs[i]) && std::isfinite(ys[i]);
}

double metresPerPixelAtZoom(double zoom) {
    constexpr double equatorMetres = 2 * 3.14159265358979323846 * 6378137.0;
    return equatorMetres / 256.0 / std::pow(2.0, zoom);
}

double zoomAtMetresPerPixel(double metresPerPixel) {
    return std::log2(metresPerPixelAtZoom(0.0) / metresPerPixel);
}

} // namespace gb::geo
