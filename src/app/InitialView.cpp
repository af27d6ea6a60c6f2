#include "app/InitialView.hpp"

#include "geo/GeoClip.hpp"

#include <algorithm>
#include <cmath>

namespace gb::app {

geo::ProjectionSpec projectionFor(const Options& options) {
    geo::ProjectionSpec spec{options.projection, {80.0, 45.0}};
    if (options.projection == geo::ProjectionKind::Orthographic && options.centre)
        spec.centre = *options.centre;
    return spec;
}

double middleLon(const geo::LonLatBox& box) {
    const double east = box.east < box.west ? box.east + 360.0 : box.east;
    return geo::normalizeLon((box.west + east) / 2);
}

geo::ProjectionSpec projectionCentredOn(const Options& options, std::optional<double> centreLon) {
    geo::ProjectionSpec spec = projectionFor(options);
    if (spec.kind == geo::ProjectionKind::Lambert && centreLon)
        spec.centre.lon = std::round(*centreLon);
    return spec;
}

geo::MapBox projectBox(const geo::LonLatBox& box, const geo::Projection& projection) {
    geo::MapBox out;
    const double east = box.east < box.west ? box.east + 360.0 : box.east; // across 180°
    constexpr int steps = 16;
    for (int i = 0; i <= steps; ++i)
        for (int j = 0; j <= steps; ++j) {
            const geo::LonLat p{geo::normalizeLon(box.west + (east - box.west) * i / steps),
                                box.south + (box.north - box.south) * j / steps};
            if (!geo::isInDomain(p, projection.domain()))
                continue;
            if (auto m = projection.forward(p))
                out.add(*m);
        }
    return out;
}

view::Camera homeCamera(const geo::Projection& projection, double widthPx, double heightPx) {
    // The margin is a share of the picture, so every size shows the same area. A globe turned
    // away from the story shows its whole visible disc instead.
    geo::MapBox overview = projectBox(storyOverview, projection);
    if (overview.empty())
        overview = projection.worldBounds();
    return view::Camera::fitting(overview, widthPx, heightPx, 0.033 * std::min(widthPx, heightPx));
}

view::Camera initialCamera(const Options& options, const geo::Projection& projection, double widthPx,
                           double heightPx) {
    const std::string projectionName(geo::cliName(projection.spec().kind));
    if (options.bounds) {
        const geo::MapBox box = projectBox(*options.bounds, projection);
        if (box.empty())
            throw UsageError("--bounds: no part of that box can be shown in the " + projectionName +
                             " projection (try another --projection, or a globe's --center)");
        return view::Camera::fitting(box, widthPx, heightPx, 0.0);
    }
    view::Camera camera = homeCamera(projection, widthPx, heightPx);
    if (options.centre) {
        const auto c = geo::isInDomain(*options.centre, projection.domain()) ? projection.forward(*options.centre)
                                                                             : std::nullopt;
        if (!c)
            throw UsageError("--center: that point cannot be shown in the " + projectionName + " projection");
        camera.setCentre(*c);
    }
    if (options.zoom)
        camera.zoomAround({widthPx / 2, heightPx / 2}, geo::metresPerPixelAtZoom(*options.zoom));
    return camera;
}

std::optional<std::string> viewWarning(const geo::Projection& projection) {
    if (!projectBox(storyOverview, projection).empty())
        return std::nullopt;
    return "the globe faces away from the story: none of its places can be seen from this --center";
}

view::CameraLimits cameraLimits(const geo::Projection& projection, double widthPx, double heightPx) {
    view::CameraLimits limits;
    limits.world = projection.worldBounds();
    // Zoomed out at most until the whole world fits twice over; in to about web zoom 13.
    limits.maxMetresPerPixel =
        2.0 * std::max(limits.world.width() / std::max(widthPx, 1.0), limits.world.height() / std::max(heightPx, 1.0));
    limits.minMetresPerPixel = geo::metresPerPixelAtZoom(13.0);
    return limits;
}

} // namespace gb::app
