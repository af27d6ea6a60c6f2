#pragma once
// What a hover tooltip says and where it goes: pure logic, so tests can check both.

#include "view/Details.hpp"
#include "view/LabelPlacer.hpp"

#include <string>
#include <vector>

namespace gb::view {

//! One line about an item: its dates and the first sentence of its text ("28 Oct 2024: NATO's
//! Rutte says ..."), cut at a word to about `maxChars` (a tooltip must not cover half the map); a country's role line as it is.
[[nodiscard]] std::string oneLineSummary(const Details& details, std::size_t maxChars = 64);

//! Where a tooltip of `width` x `height` goes near the pointer: below right, below left, above
//! right or above left of it, inside the window, covering the fewest of `avoid` (places' names
//! and markers), then of `rather` (area names); the first of the best in that order.
[[nodiscard]] ScreenRect placeTooltip(ScreenPoint pointer, double width, double height,
                                      const std::vector<ScreenRect>& avoid, double windowWidth, double windowHeight,
                                      const std::vector<ScreenRect>& rather = {});

} // namespace gb::view
