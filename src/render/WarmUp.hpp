#pragma once
// Software GL (llvmpipe) compiles machine code for each new combination of drawing states the
// first time it is used: ~5-10 ms each, a few dozen ms for a first picture. Drawing one tiny
// primitive of each kind early, while map data is still being built on other threads, moves
// that work off the path to the first picture. The states are those the picture draws with, in
// its order: llvmpipe's variant for a fill drawn before any texture was ever bound is not the one
// a picture uses after its labels (measured with no shader cache: with the text last, the first
// picture still compiled four variants itself, ~75 ms at 1080p; with the text first and a marker
// from the atlas, none).

#include "render/Fonts.hpp"
#include "render/LineShader.hpp"
#include "render/MapStyle.hpp"
#include "render/RibbonShader.hpp"

#include <SFML/Graphics/RenderTarget.hpp>

namespace gb::render {

//! Draws, outside the visible area of `target`, text in both faces, an opaque and a translucent
//! fill, a border ribbon, an arrow ribbon and a place marker copied from a marker atlas. Leaves
//! the target's view as it was.
void warmUpRenderer(sf::RenderTarget& target, const MapStyle& style, LineShader& lineShader, const RibbonShader& ribbons,
                    const Fonts& fonts);

} // namespace gb::render
