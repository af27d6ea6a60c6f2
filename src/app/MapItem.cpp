#include "app/MapItem.hpp"

namespace gb::app {

void HoverTracker::pointerAt(std::optional<view::ScreenPoint> pointer) {
    pointerMoved_ = pointerMoved_ || pointer.has_value() != pointer_.has_value() ||
                    (pointer && (pointer->x != pointer_->x || pointer->y != pointer_->y));
    pointer_ = pointer;
    if (!pointer_)
        item_ = {};
}

bool HoverTracker::stale(const view::Camera& camera, const void* level, double storyDay) const {
    if (!pointer_)
        return false;
    return !pickedOnce_ || pointerMoved_ || level != level_ || storyDay != storyDay_ ||
           camera.centre().x != camera_.centre().x || camera.centre().y != camera_.centre().y ||
           camera.metresPerPixel() != camera_.metresPerPixel() || camera.width() != camera_.width() ||
           camera.height() != camera_.height();
}

void HoverTracker::picked(MapItem item, const view::Camera& camera, const void* level, double storyDay) {
    item_ = std::move(item);
    camera_ = camera;
    level_ = level;
    storyDay_ = storyDay;
    pickedOnce_ = true;
    pointerMoved_ = false;
}

void HoverTracker::clear() {
    item_ = {};
    pickedOnce_ = false;
}

} // namespace gb::app
