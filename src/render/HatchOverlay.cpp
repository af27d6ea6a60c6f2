#include "render/HatchOverlay.hpp"

#include "render/Ribbon.hpp"
#include "view/Hatching.hpp"

#include <SFML/Graphics/VertexArray.hpp>

namespace gb::render {

void drawHatching(sf::RenderTarget& target, const view::Camera& camera, const MapScene& scene,
                  const FrameOptions& options, const RibbonShader& ribbons) {
    if (!options.layers.regions || scene.hatchedAreas().empty())
        return;
    const float s = options.pixelScale;
    const geo::MapBox visible = camera.visibleArea();
    sf::VertexArray stripes(sf::Triangles);
    for (const MapScene::HatchedArea& area : scene.hatchedAreas()) {
        if (!area.bounds.intersects(visible))
            continue;
        std::vector<std::vector<view::ScreenPoint>> rings;
        for (const auto& ring : area.rings) {
            auto& screen = rings.emplace_back();
            screen.reserve(ring.size());
            for (const geo::MapPoint& p : ring)
                screen.push_back(camera.toScreen(p));
        }
        for (const view::ScreenSegment& seg : view::hatchSegments(rings, 7.0 * s))
            appendRibbon(stripes,
                         {sf::Vector2f(static_cast<float>(seg.a.x), static_cast<float>(seg.a.y)),
                          sf::Vector2f(static_cast<float>(seg.b.x), static_cast<float>(seg.b.y))},
                         1.6f * s, area.colour);
    }
    if (stripes.getVertexCount() == 0)
        return;
    const sf::View previous = target.getView();
    target.setView(sf::View(sf::FloatRect(0, 0, static_cast<float>(camera.width()), static_cast<float>(camera.height()))));
    ribbons.draw(target, stripes);
    target.setView(previous);
}

} // namespace gb::render
