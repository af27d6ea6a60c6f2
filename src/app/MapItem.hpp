#pragma once
// What is selected or under the pointer, identified so it stays valid across levels of detail,
// camera moves and projection changes: story items by their index in the story, countries by
// their id (a level's feature index names another country at another level).

#include "view/Camera.hpp"
#include "view/Picker.hpp"

#include <optional>
#include <string>

namespace gb::app {

struct MapItem {
    view::PickItem pick;     //!< for a country, pick.index is only valid for the level it was picked at
    std::string countryId;   //!< countries only: ISO 3166 numeric code ("392")
    std::string countryName; //!< countries only

    [[nodiscard]] bool none() const { return pick.kind == view::PickItem::Kind::None; }
    //! The same thing, whatever level it was picked at.
    [[nodiscard]] bool sameAs(const MapItem& other) const {
        if (pick.kind != other.pick.kind)
            return false;
        return pick.kind == view::PickItem::Kind::Country ? countryId == other.countryId : pick.index == other.pick.index;
    }
};

//! What is under the pointer: picked again whenever the pointer moves or the camera, the level
//! drawn or the story day changes, so the tooltip never names what has moved away.
class HoverTracker {
public:
    //! nullopt: the pointer left the map (or is over a panel, or dragging).
    void pointerAt(std::optional<view::ScreenPoint> pointer);
    //! Whether the item must be picked again for this frame.
    [[nodiscard]] bool stale(const view::Camera& camera, const void* level, double storyDay) const;
    //! Records what was picked for this frame.
    void picked(MapItem item, const view::Camera& camera, const void* level, double storyDay);
    void clear();

    [[nodiscard]] const std::optional<view::ScreenPoint>& pointer() const { return pointer_; }
    [[nodiscard]] const MapItem& item() const { return item_; }

private:
    std::optional<view::ScreenPoint> pointer_;
    MapItem item_;
    bool pickedOnce_ = false;
    bool pointerMoved_ = false;
    view::Camera camera_;        //!< what the last pick saw
    const void* level_ = nullptr;
    double storyDay_ = 0.0;
};

} // namespace gb::app
