#include "view/CameraAnimation.hpp"

#include <algorithm>
#include <cmath>

namespace gb::view {

double easeOutCubic(double t) {
    t = std::clamp(t, 0.0, 1.0);
    const double u = 1.0 - t;
    return 1.0 - u * u * u;
}

CameraAnimation::CameraAnimation(const Camera& from, const Camera& to, double startSeconds, double durationSeconds,
                                 std::optional<ScreenPoint> anchor)
    : from_(from), to_(to), start_(startSeconds), duration_(std::max(durationSeconds, 1e-6)), anchor_(anchor) {}

Camera CameraAnimation::at(double seconds) const {
    if (seconds >= start_ + duration_)
        return to_;
    const double e = easeOutCubic((seconds - start_) / duration_);
    // Scale changes geometrically so each zoom level takes the same time.
    const double mpp =
        std::exp(std::log(from_.metresPerPixel()) + (std::log(to_.metresPerPixel()) - std::log(from_.metresPerPixel())) * e);
    Camera c = from_;
    c.resize(to_.width(), to_.height());
    if (anchor_) {
        c.zoomAround(*anchor_, mpp);
        return c;
    }
    const geo::MapPoint a = from_.centre(), b = to_.centre();
    c = Camera({a.x + (b.x - a.x) * e, a.y + (b.y - a.y) * e}, mpp, to_.width(), to_.height());
    return c;
}

} // namespace gb::view
