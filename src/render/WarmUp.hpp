#pragma once
// Software GL (llvmpipe) compiles machine code for each new combination of drawing states the
// first time it is used: ~5-10 ms each, a few dozen ms for a first picture. Drawing one tiny
// primitive of each kind early, while map data is still being built on other threads, moves
// that work off the path to the first picture.

#include "render/Fonts.hpp"
#include "render/LineShader.hpp"
#include "render/MapStyle.hpp"
#include "render/RibbonShader.hpp"

#include <SFML/Graphics/RenderTarget.hpp>

namespace gb::render {

//! Draws, outside the visible area of `target`, an opaque and a translucent fill, a border
//! ribbon, an arrow ribbon and text in both faces. Leaves the target's view as it was.
void warmUpRenderer(sf::RenderTarget& target, const MapStyle& style, LineShader& lineShader, const RibbonShader& ribbons,
                    const Fonts& fonts);

} // namespace gb::render
