#pragma once
// A smooth change of camera over time (zoom steps, reset). Time is always an argument: the
// animation has no clock of its own, so tests and exports are deterministic.

#include "view/Camera.hpp"
#include "view/FlyPath.hpp"

#include <optional>

namespace gb::view {

class CameraAnimation {
public:
    //! Animates from `from` to `to` starting at startSeconds. With an anchor, the map point under
    //! the anchor pixel stays put throughout (zooming around the cursor); otherwise the centre
    //! moves in a straight line while the scale changes geometrically.
    CameraAnimation(const Camera& from, const Camera& to, double startSeconds, double durationSeconds,
                    std::optional<ScreenPoint> anchor = std::nullopt);

    //! A flight along van Wijk & Nuij's path (zoom out, travel, zoom in); its duration grows with
    //! the distance (0.6 s per unit of path length, 0.5 to 4 s).
    [[nodiscard]] static CameraAnimation flight(const Camera& from, const Camera& to, double startSeconds);

    [[nodiscard]] Camera at(double seconds) const;
    [[nodiscard]] bool finishedAt(double seconds) const { return seconds >= start_ + duration_; }
    [[nodiscard]] const Camera& target() const { return to_; }
    [[nodiscard]] double duration() const { return duration_; }

private:
    Camera from_;
    Camera to_;
    double start_;
    double duration_;
    std::optional<ScreenPoint> anchor_;
    std::optional<FlyPath> flight_;
};

//! Ease-out cubic: fast start, gentle landing (t and result in [0, 1]).
[[nodiscard]] double easeOutCubic(double t);
//! Ease-in-out cubic: gentle start and landing.
[[nodiscard]] double easeInOutCubic(double t);

} // namespace gb::view
