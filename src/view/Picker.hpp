#pragma once
// What is under a screen point, with the topmost thing winning: a place marker (by a radius in
// screen pixels, fair at every zoom), then a flow (by distance to its drawn path), then a
// highlighted region, then a country (both by point-in-polygon in projected coordinates,
// answered by the caller's spatial index).

#include "view/Camera.hpp"
#include "view/FlowGeometry.hpp"

#include <functional>
#include <optional>
#include <vector>

namespace gb::view {

struct PickItem {
    enum class Kind { None, Place, Flow, Region, Country };
    Kind kind = Kind::None;
    std::size_t index = 0; //!< into story places, flows or regions, or the country list
    friend bool operator==(const PickItem&, const PickItem&) = default;
};

struct PickScene {
    //! Projected positions of the story's places, nullopt when not shown (hidden by the
    //! projection or not yet reached by story time).
    std::vector<std::optional<geo::MapPoint>> places;
    const std::vector<FlowGeometry>* flows = nullptr;
    double storyDay = 1e9;                 //!< flows are only as long as they are drawn
    double markerRadiusPx = 9.0;           //!< a click this close to a marker's centre hits it
    double flowReachPx = 7.0;              //!< a click this close to a flow's line hits it
    std::function<std::optional<std::size_t>(geo::MapPoint)> regionAt;
    std::function<std::optional<std::size_t>(geo::MapPoint)> countryAt;
};

[[nodiscard]] PickItem pick(const PickScene& scene, const Camera& camera, ScreenPoint at);

//! Distance in pixels from a screen point to a polyline of projected points.
[[nodiscard]] double distanceToPath(const std::vector<geo::MapPoint>& path, const Camera& camera, ScreenPoint at);

} // namespace gb::view
