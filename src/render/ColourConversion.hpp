#pragma once
// The one place story colours become SFML colours.

#include "story/Colour.hpp"

#include <SFML/Graphics/Color.hpp>

namespace gb::render {

[[nodiscard]] inline sf::Color toSf(const story::Colour& c) { return sf::Color(c.r, c.g, c.b, c.a); }
[[nodiscard]] inline story::Colour toStory(sf::Color c) { return story::Colour{c.r, c.g, c.b, c.a}; }

} // namespace gb::render
