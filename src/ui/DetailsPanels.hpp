#pragma once
// The details panel, hover tooltip and search box.

#include "story/Story.hpp"
#include "ui/StoryPanels.hpp"
#include "view/Details.hpp"
#include "view/Tooltip.hpp"
#include "view/SearchIndex.hpp"

#include <array>
#include <optional>
#include <string>

namespace gb::ui {

struct DetailsActions {
    std::optional<view::PickItem> open; //!< a related item was clicked
    bool close = false;
    PanelBox box;                       //!< where the panel was drawn, pixels
};

//! `bottomLimit`: the panel ends above this (the timeline's top), scrolling when longer.
DetailsActions drawDetails(const view::Details& details, story::Language language, float bottomLimit);

//! A hover tooltip: the title, then its lines (dimmed), placed near `pointer` by
//! view::placeTooltip clear of `avoid` (the labels and markers on the map).
void drawTooltip(const std::string& title, const std::vector<std::string>& lines, view::ScreenPoint pointer,
                 const std::vector<view::ScreenRect>& avoid, const std::vector<view::ScreenRect>& rather);

struct SearchState {
    bool open = false;
    bool focus = false; //!< give the text box the keyboard on the next frame
    std::array<char, 128> query{};
    int highlight = 0;      //!< the result Enter chooses (Up and Down move it)
    std::string lastQuery;  //!< a new query puts the highlight back on the first result
};

//! The search window; returns the chosen result. Up and Down move a highlight over the results,
//! Enter chooses it (or a click), Esc closes the window.
std::optional<view::PickItem> drawSearch(SearchState& state, const story::Story& story, story::Language language);

} // namespace gb::ui
