#pragma once
// Turns mouse and keyboard intentions into camera moves: drag pans at once, zooms and key moves
// animate. Knows nothing of SFML: the app translates its events into these calls, tests call
// them directly. Time is passed in with every call.

#include "view/CameraAnimation.hpp"

#include <optional>

namespace gb::view {

class MapNavigator {
public:
    MapNavigator(const Camera& home, const CameraLimits& limits);

    //! The camera at time `now` (advances any running animation).
    [[nodiscard]] Camera cameraAt(double now);
    [[nodiscard]] bool animatingAt(double now) const { return animation_ && !animation_->finishedAt(now); }

    //! The content follows the mouse by (dx, dy) pixels. Stops any animation where it is.
    void drag(double dx, double dy, double now);
    //! Wheel notches (positive: in), around a screen point; successive notches add up.
    void wheel(double notches, ScreenPoint at, double now);
    //! One zoom step in (factor 2) or out around a point (keys use the screen centre).
    void zoomBy(double factor, ScreenPoint at, double now);
    //! Animated pan by a fraction of the screen (arrow keys): (1, 0) moves the view one screen east.
    void panByScreens(double fx, double fy, double now);
    //! Back to the home view, animated.
    void goHome(double now);
    //! Fly to a view along van Wijk & Nuij's path (presenter steps, search results). Returns
    //! the flight's duration in seconds.
    double flyTo(const Camera& target, double now);
    //! Jump to a camera without animation (command line, projection change).
    void jumpTo(const Camera& camera);
    void resize(double widthPx, double heightPx, double now);

    void setHome(const Camera& home) { home_ = home; }
    [[nodiscard]] const Camera& home() const { return home_; }
    void setLimits(const CameraLimits& limits) { limits_ = limits; }
    [[nodiscard]] const CameraLimits& limits() const { return limits_; }

    static constexpr double zoomDurationSeconds = 0.25;
    static constexpr double moveDurationSeconds = 0.4;
    static constexpr double wheelZoomPerNotch = 1.5; //!< scale factor of one wheel notch

private:
    void animateTo(Camera target, double now, double duration, std::optional<ScreenPoint> anchor);

    Camera current_;
    Camera home_;
    CameraLimits limits_;
    std::optional<CameraAnimation> animation_;
};

} // namespace gb::view
