#pragma once
// Draws a locator inset (view/Locator): the map around the picture, small, in a framed box,
// with the picture's own frame marked in red.

#include "render/FrameOptions.hpp"
#include "render/MapScene.hpp"
#include "view/Camera.hpp"

#include <SFML/Graphics/Rect.hpp>
#include <SFML/Graphics/RenderTarget.hpp>

namespace gb::render {

//! `box`: where the inset goes on the target, in pixels. The map inside is drawn by `scene` (so
//! it must hold the land around the picture); only countries, regions and borders.
void drawLocatorInset(sf::RenderTarget& target, const MapScene& scene, const view::Camera& picture,
                      const sf::FloatRect& box, const FrameOptions& options);

} // namespace gb::render
