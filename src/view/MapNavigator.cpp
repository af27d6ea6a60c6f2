#include "view/MapNavigator.hpp"

#include <algorithm>
#include <cmath>

namespace gb::view {

MapNavigator::MapNavigator(const Camera& home, const CameraLimits& limits)
    : current_(home), home_(home), limits_(limits) {
    current_.clampTo(limits_);
}

Camera MapNavigator::cameraAt(double now) {
    if (animation_) {
        current_ = animation_->at(now);
        if (animation_->finishedAt(now))
            animation_.reset();
    }
    return current_;
}

void MapNavigator::drag(double dx, double dy, double now) {
    (void)cameraAt(now);
    animation_.reset();
    current_.panByPixels(dx, dy);
    current_.clampTo(limits_);
}

void MapNavigator::wheel(double notches, ScreenPoint at, double now) {
    zoomBy(std::pow(wheelZoomPerNotch, notches), at, now);
}

void MapNavigator::zoomBy(double factor, ScreenPoint at, double now) {
    const Camera from = cameraAt(now);
    // Successive steps build on where the running zoom was heading, so fast wheel spins add up.
    Camera target = animation_ ? animation_->target() : from;
    const double mpp = std::clamp(target.metresPerPixel() / factor, limits_.minMetresPerPixel,
                                  limits_.maxMetresPerPixel);
    target.zoomAround(at, mpp);
    animateTo(target, now, zoomDurationSeconds, at);
}

void MapNavigator::panByScreens(double fx, double fy, double now) {
    Camera target = animation_ ? animation_->target() : cameraAt(now);
    target.panByPixels(-fx * target.width(), fy * target.height());
    animateTo(target, now, moveDurationSeconds, std::nullopt);
}

void MapNavigator::goHome(double now) {
    Camera target = home_;
    target.resize(current_.width(), current_.height());
    animateTo(target, now, moveDurationSeconds, std::nullopt);
}

double MapNavigator::flyTo(const Camera& target, double now) {
    const Camera from = cameraAt(now);
    Camera to = target;
    to.resize(from.width(), from.height());
    to.clampTo(limits_);
    animation_ = CameraAnimation::flight(from, to, now);
    return animation_->duration();
}

void MapNavigator::jumpTo(const Camera& camera) {
    animation_.reset();
    current_ = camera;
    current_.clampTo(limits_);
}

void MapNavigator::resize(double widthPx, double heightPx, double now) {
    (void)cameraAt(now);
    animation_.reset();
    current_.resize(widthPx, heightPx);
}

void MapNavigator::animateTo(Camera target, double now, double duration, std::optional<ScreenPoint> anchor) {
    const Camera from = cameraAt(now);
    const Camera unclamped = target;
    target.clampTo(limits_);
    // A clamped target no longer keeps the anchor fixed; then animate the centre instead.
    const bool anchorHolds = unclamped.centre() == target.centre();
    if (anchor && anchorHolds) {
        // Restart from the current camera with the same anchor: the path stays consistent.
        Camera anchored = from;
        anchored.zoomAround(*anchor, target.metresPerPixel());
        animation_.emplace(from, anchored, now, duration, anchor);
    } else {
        animation_.emplace(from, target, now, duration, std::nullopt);
    }
}

} // namespace gb::view
