#pragma once
// Van Wijk & Nuij's "smooth and efficient zooming and panning" (2003): the optimal path between
// two views, zooming out while travelling far and back in at the end, as d3.interpolateZoom.

#include "geo/Coordinates.hpp"

namespace gb::view {

//! A view as the path sees it: the centre and the visible width, both in projected metres.
struct FlyView {
    geo::MapPoint centre;
    double width = 1.0;
};

class FlyPath {
public:
    //! rho: the trade-off between zooming and panning (√2 is van Wijk & Nuij's recommendation).
    FlyPath(FlyView from, FlyView to, double rho = 1.41421356237);
    //! The view at t in [0, 1].
    [[nodiscard]] FlyView at(double t) const;
    //! The path's length in van Wijk & Nuij's units; a natural duration is about 0.6 s per unit.
    [[nodiscard]] double length() const { return s_; }

private:
    FlyView from_, to_;
    double rho_;
    double dx_ = 0, dy_ = 0, d1_ = 0;
    double r0_ = 0;
    double s_ = 0;
    bool straight_ = false; //!< same centre: a pure zoom
};

} // namespace gb::view
