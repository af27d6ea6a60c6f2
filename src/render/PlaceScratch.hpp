#pragma once
// What drawing the places keeps from one frame to the next in the window: the marker atlas and
// each name's measured size. Measuring a name lays out its glyphs (sf::Text), ~4 us; a story
// with 2,000 places measured 2,000 names a frame, though only the few that fit are drawn.

#include "render/MarkerSprites.hpp"

#include <SFML/Graphics/Rect.hpp>

#include <string>
#include <unordered_map>

namespace gb::render {

struct PlaceScratch {
    MarkerSprites markers;
    //! sf::Text::getLocalBounds() by font, character size, outline and text.
    std::unordered_map<std::string, sf::FloatRect> nameBounds;
};

} // namespace gb::render
