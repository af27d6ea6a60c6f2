#pragma once
// The details panel, hover tooltip and search box.

#include "story/Story.hpp"
#include "view/Details.hpp"
#include "view/SearchIndex.hpp"

#include <array>
#include <optional>
#include <string>

namespace gb::ui {

struct DetailsActions {
    std::optional<view::PickItem> open; //!< a related item was clicked
    bool close = false;
};

DetailsActions drawDetails(const view::Details& details, story::Language language);

void drawTooltip(const std::string& title, const std::string& line);

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
