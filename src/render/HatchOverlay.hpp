#pragma once
// The hatching of occupied or disputed areas (Crimea), drawn over the base map as antialiased
// ribbons, a fixed number of pixels apart at any zoom, under the flows and places.

#include "render/FrameOptions.hpp"
#include "render/MapScene.hpp"
#include "render/RibbonShader.hpp"
#include "view/Camera.hpp"

#include <SFML/Graphics/RenderTarget.hpp>

namespace gb::render {

void drawHatching(sf::RenderTarget& target, const view::Camera& camera, const MapScene& scene,
                  const FrameOptions& options, const RibbonShader& ribbons);

} // namespace gb::render
