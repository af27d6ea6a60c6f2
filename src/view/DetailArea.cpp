#include "view/DetailArea.hpp"

#include <algorithm>
#include <limits>

namespace gb::view {
namespace {
geo::MapBox grown(geo::MapBox box, double by) {
    box.minX -= by;
    box.minY -= by;
    box.maxX += by;
    box.maxY += by;
    return box;
}
} // namespace

geo::MapBox areaNeeded(const Camera& camera, double marginPx) {
    return grown(camera.visibleArea(), marginPx * camera.metresPerPixel());
}

geo::MapBox areaToBuild(const Camera& camera, double marginPx, double maxExtraMetres) {
    const double halfView = 0.5 * std::max(camera.width(), camera.height()) * camera.metresPerPixel();
    return grown(camera.visibleArea(), marginPx * camera.metresPerPixel() + std::min(halfView, maxExtraMetres));
}

double detailToBuild(const Camera& camera) { return 0.5 * camera.metresPerPixel() / 2.0; }

bool detailedEnough(double simplifiedMetres, const Camera& camera) {
    return simplifiedMetres <= detailToBuild(camera) * 2.0 * (1.0 + 1e-9);
}

bool covers(const geo::MapBox& outer, const geo::MapBox& inner) {
    return !inner.empty() && outer.minX <= inner.minX && outer.minY <= inner.minY && outer.maxX >= inner.maxX &&
           outer.maxY >= inner.maxY;
}

geo::MapBox everywhere() {
    constexpr double inf = std::numeric_limits<double>::infinity();
    return geo::MapBox{-inf, -inf, inf, inf};
}

} // namespace gb::view
