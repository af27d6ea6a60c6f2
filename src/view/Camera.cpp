#include "view/Camera.hpp"

#include <algorithm>

namespace gb::view {

geo::MapBox Camera::visibleArea() const {
    geo::MapBox box;
    box.add(toMap({0.0, 0.0}));
    box.add(toMap({width_, height_}));
    return box;
}

geo::MapPoint Camera::toMap(ScreenPoint p) const {
    return {centre_.x + (p.x - width_ / 2) * metresPerPixel_, centre_.y - (p.y - height_ / 2) * metresPerPixel_};
}

ScreenPoint Camera::toScreen(geo::MapPoint p) const {
    return {width_ / 2 + (p.x - centre_.x) / metresPerPixel_, height_ / 2 - (p.y - centre_.y) / metresPerPixel_};
}

void Camera::panByPixels(double dx, double dy) {
    centre_.x -= dx * metresPerPixel_;
    centre_.y += dy * metresPerPixel_;
}

void Camera::zoomAround(ScreenPoint anchor, double newMetresPerPixel) {
    const geo::MapPoint fixed = toMap(anchor);
    metresPerPixel_ = newMetresPerPixel;
    // Put the centre where it must be for `fixed` to land on `anchor` again.
    centre_.x = fixed.x - (anchor.x - width_ / 2) * metresPerPixel_;
    centre_.y = fixed.y + (anchor.y - height_ / 2) * metresPerPixel_;
}

void Camera::resize(double widthPx, double heightPx) {
    width_ = std::max(1.0, widthPx);
    height_ = std::max(1.0, heightPx);
}

void Camera::clampTo(const CameraLimits& limits) {
    metresPerPixel_ = std::clamp(metresPerPixel_, limits.minMetresPerPixel, limits.maxMetresPerPixel);
    if (!limits.world.empty()) {
        centre_.x = std::clamp(centre_.x, limits.world.minX, limits.world.maxX);
        centre_.y = std::clamp(centre_.y, limits.world.minY, limits.world.maxY);
    }
}

Camera Camera::fitting(const geo::MapBox& area, double widthPx, double heightPx, double marginPx) {
    const double usableW = std::max(1.0, widthPx - 2 * marginPx);
    const double usableH = std::max(1.0, heightPx - 2 * marginPx);
    const double mpp = std::max(area.width() / usableW, area.height() / usableH);
    return Camera(area.centre(), mpp > 0 ? mpp : 1.0, widthPx, heightPx);
}

} // namespace gb::view
