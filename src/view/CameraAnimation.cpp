#include "view/CameraAnimation.hpp"

#include <algorithm>
#include <cmath>

#include "view/FlyPath.hpp"

namespace gb::view {

double easeOutCubic(double t) {
    t = std::clamp(t, 0.0, 1.0);
    const double u = 1.0 - t;
    return 1.0 - u * u * u;
}

CameraAnimation::CameraAnimation(const Camera& from, const Camera& to, double startSeconds, double durationSeconds,
                                 std::optional<ScreenPoint> anchor)
    : from_(from), to_(to), start_(startSeconds), duration_(std::max(durationSeconds, 1e-6)), anchor_(anchor) {}

double easeInOutCubic(double t) {
    t = std::clamp(t, 0.0, 1.0);
    return t < 0.5 ? 4 * t * t * t : 1 - std::pow(-2 * t + 2, 3) / 2;
}

CameraAnimation CameraAnimation::flight(const Camera& from, const Camera& to, double startSeconds) {
    FlyPath path({from.centre(), from.metresPerPixel() * from.width()}, {to.centre(), to.metresPerPixel() * to.width()});
    CameraAnimation a(from, to, startSeconds, std::clamp(path.length() * 0.6, 0.5, 4.0));
    a.flight_ = path;
    return a;
}

Camera CameraAnimation::at(double seconds) const {
    if (seconds >= start_ + duration_)
        return to_;
    // A turn (into a step's upright view, or back) eases along with the move.
    const auto turnedAt = [&](double e) { return from_.rotation() + (to_.rotation() - from_.rotation()) * e; };
    if (flight_) {
        const double e = easeInOutCubic((seconds - start_) / duration_);
        const FlyView v = flight_->at(e);
        Camera c(v.centre, v.width / to_.width(), to_.width(), to_.height());
        c.setRotation(turnedAt(e));
        return c;
    }
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
    c.setRotation(turnedAt(e));
    return c;
}

} // namespace gb::view
