#include "view/FlyPath.hpp"

#include <cmath>

namespace gb::view {

FlyPath::FlyPath(FlyView from, FlyView to, double rho) : from_(from), to_(to), rho_(rho) {
    dx_ = to.centre.x - from.centre.x;
    dy_ = to.centre.y - from.centre.y;
    const double d2 = dx_ * dx_ + dy_ * dy_;
    d1_ = std::sqrt(d2);
    const double rho2 = rho * rho, rho4 = rho2 * rho2;
    if (d1_ < 1e-9 * std::max(from.width, to.width)) {
        straight_ = true;
        s_ = std::abs(std::log(to.width / from.width)) / rho;
        return;
    }
    const double w0 = from.width, w1 = to.width;
    const double b0 = (w1 * w1 - w0 * w0 + rho4 * d2) / (2 * w0 * rho2 * d1_);
    const double b1 = (w1 * w1 - w0 * w0 - rho4 * d2) / (2 * w1 * rho2 * d1_);
    r0_ = std::log(std::sqrt(b0 * b0 + 1) - b0);
    const double r1 = std::log(std::sqrt(b1 * b1 + 1) - b1);
    s_ = (r1 - r0_) / rho;
}

FlyView FlyPath::at(double t) const {
    if (t <= 0)
        return from_;
    if (t >= 1)
        return to_;
    if (straight_) {
        const double k = std::log(to_.width / from_.width);
        return {{from_.centre.x + t * dx_, from_.centre.y + t * dy_}, from_.width * std::exp(k * t)};
    }
    const double s = t * s_;
    const double coshr0 = std::cosh(r0_);
    const double u = from_.width / (rho_ * rho_ * d1_) * (coshr0 * std::tanh(rho_ * s + r0_) - std::sinh(r0_));
    return {{from_.centre.x + u * dx_, from_.centre.y + u * dy_}, from_.width * coshr0 / std::cosh(rho_ * s + r0_)};
}

} // namespace gb::view
