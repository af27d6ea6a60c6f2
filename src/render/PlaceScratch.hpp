#pragma once
// What drawing the places keeps from one frame to the next in the window: the marker atlas,
// each name's measured size and a dense picture's last label placement. Measuring a name lays out its glyphs (sf::Text), ~4 us; a story
// with 2,000 places measured 2,000 names a frame, though only the few that fit are drawn.

#include "render/MarkerSprites.hpp"
#include "view/LabelMemory.hpp"

#include <SFML/Graphics/Rect.hpp>

#include <string>
#include <unordered_map>

namespace gb::render {

struct PlaceScratch {
    //! The window's own view: a dense picture's labels are placed every few frames while the
    //! view pans (view/LabelMemory.hpp). Not for recordings, whose every frame is exact.
    bool labelsFollowPans = false;
    view::LabelMemory labels;
    MarkerSprites markers;
    //! sf::Text::getLocalBounds() by font, character size, outline and text.
    std::unordered_map<std::string, sf::FloatRect> nameBounds;
};

} // namespace gb::render
