#pragma once
// The camera: which part of the projected plane the screen shows. A copyable value with no clock
// and no drawing, so every piece of view maths is testable without a window.

#include "geo/Coordinates.hpp"

namespace gb::view {

//! A position on screen, in pixels from the top-left corner, y downwards.
struct ScreenPoint {
    double x = 0.0;
    double y = 0.0;
};

//! How far the camera may go: zoom range and the area the centre must stay within.
struct CameraLimits {
    double minMetresPerPixel = 20.0;     //!< most zoomed in (about web zoom 13)
    double maxMetresPerPixel = 80000.0;  //!< most zoomed out (the whole world in ~500 px)
    geo::MapBox world;                   //!< projected metres; the centre is kept inside
};

class Camera {
public:
    Camera() = default;
    Camera(geo::MapPoint centre, double metresPerPixel, double widthPx, double heightPx)
        : centre_(centre), metresPerPixel_(metresPerPixel), width_(widthPx), height_(heightPx) {}

    [[nodiscard]] geo::MapPoint centre() const { return centre_; }       //!< projected metres
    [[nodiscard]] double metresPerPixel() const { return metresPerPixel_; }
    [[nodiscard]] double width() const { return width_; }                //!< pixels
    [[nodiscard]] double height() const { return height_; }              //!< pixels
    //! How far the map is turned on screen, in radians, anticlockwise: a step's picture turns
    //! the story's Lambert cone so that the step's own meridian points straight up, as in the
    //! exported slide (see app::uprightRotation). 0 for most views.
    [[nodiscard]] double rotation() const { return rotation_; }
    void setRotation(double radians) { rotation_ = radians; }
    //! The projected area on screen (the box around it, when turned).
    [[nodiscard]] geo::MapBox visibleArea() const;

    [[nodiscard]] geo::MapPoint toMap(ScreenPoint p) const;
    [[nodiscard]] ScreenPoint toScreen(geo::MapPoint p) const;

    //! Drag: the map content moves by (dx, dy) pixels with the mouse.
    void panByPixels(double dx, double dy);
    //! Changes the scale so that the map point under `anchor` stays under it.
    void zoomAround(ScreenPoint anchor, double newMetresPerPixel);
    //! A new window size; the centre stays the centre.
    void resize(double widthPx, double heightPx);
    void setCentre(geo::MapPoint centre) { centre_ = centre; }
    //! Keeps the scale within the limits and the centre within the world box.
    void clampTo(const CameraLimits& limits);

    //! The camera that shows `area` whole in a widthPx x heightPx screen with a margin.
    [[nodiscard]] static Camera fitting(const geo::MapBox& area, double widthPx, double heightPx,
                                        double marginPx = 0.0);

private:
    geo::MapPoint centre_;          //!< projected metres at the screen's centre
    double metresPerPixel_ = 5000.0;
    double width_ = 800.0;          //!< pixels
    double height_ = 600.0;         //!< pixels
    double rotation_ = 0.0;         //!< radians, anticlockwise
};

} // namespace gb::view
