#include "view/Camera.hpp"

#include <algorithm>
#include <cmath>

namespace gb::view {

namespace {

//! (x, y) turned by `radians` anticlockwise.
geo::MapPoint turned(double x, double y, double radians) {
    if (radians == 0.0)
        return {x, y}; // exact, and the common case
    const double c = std::cos(radians), s = std::sin(radians);
    return {x * c - y * s, x * s + y * c};
}

} // namespace

geo::MapBox Camera::visibleArea() const {
    geo::MapBox box;
    box.add(toMap({0.0, 0.0}));
    box.add(toMap({width_, height_}));
    if (rotation_ != 0.0) {
        box.add(toMap({width_, 0.0}));
        box.add(toMap({0.0, height_}));
    }
    return box;
}

geo::MapPoint Camera::toMap(ScreenPoint p) const {
    const geo::MapPoint d = turned((p.x - width_ / 2) * metresPerPixel_, -(p.y - height_ / 2) * metresPerPixel_, -rotation_);
    return {centre_.x + d.x, centre_.y + d.y};
}

ScreenPoint Camera::toScreen(geo::MapPoint p) const {
    const geo::MapPoint d = turned(p.x - centre_.x, p.y - centre_.y, rotation_);
    return {width_ / 2 + d.x / metresPerPixel_, height_ / 2 - d.y / metresPerPixel_};
}

void Camera::panByPixels(double dx, double dy) {
    const geo::MapPoint d = turned(dx * metresPerPixel_, -dy * metresPerPixel_, -rotation_);
    centre_.x -= d.x;
    centre_.y -= d.y;
}

void Camera::zoomAround(ScreenPoint anchor, double newMetresPerPixel) {
    const geo::MapPoint fixed = toMap(anchor);
    metresPerPixel_ = newMetresPerPixel;
    // Put the centre where it must be for `fixed` to land on `anchor` again.
    const geo::MapPoint d = turned((anchor.x - width_ / 2) * metresPerPixel_, -(anchor.y - height_ / 2) * metresPerPixel_,
                                   -rotation_);
    centre_.x = fixed.x - d.x;
    centre_.y = fixed.y - d.y;
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
