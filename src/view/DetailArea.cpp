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

geo::MapBox areaToBuild(const Camera& camera, double marginPx) {
    const double halfView = 0.5 * std::max(camera.width(), camera.height());
    return grown(camera.visibleArea(), (marginPx + halfView) * camera.metresPerPixel());
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
