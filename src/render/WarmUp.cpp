#include "render/WarmUp.hpp"

#include "render/GpuMesh.hpp"
#include "render/MarkerSprites.hpp"
#include "render/Ribbon.hpp"

#include <SFML/Graphics/Text.hpp>

namespace gb::render {

void warmUpRenderer(sf::RenderTarget& target, const MapStyle& style, LineShader& lineShader, const RibbonShader& ribbons,
                    const Fonts& fonts) {
    mapdata::LayerMesh mesh;
    mesh.fill = {{0, 0}, {1, 0}, {0, 1}};
    mesh.features.push_back({0, 3, 0, 1, {}});
    mesh.outlines.append({{0, 0}, {1, 1}});
    const GpuFill opaque(mesh, [&](std::size_t) { return style.sea; });
    const GpuFill translucent(mesh, [&](std::size_t) { return sf::Color(200, 100, 0, 100); }); // regions
    const GpuLines lines(mesh.outlines, style.border);
    geo::MapBox everywhere;
    everywhere.add(geo::MapPoint{-1e9, -1e9});
    everywhere.add(geo::MapPoint{1e9, 1e9});

    const sf::View previous = target.getView();
    target.setView(sf::View(sf::FloatRect(-100.f, -100.f, 10.f, 10.f))); // nothing lands in the picture
    for (const sf::Font* font : {&fonts.regular(), &fonts.bold()}) { // first: see the header
        sf::Text text("Ag", *font, 12);
        text.setOutlineThickness(2.0f); // labels have a halo
        target.draw(text);
    }
    opaque.draw(target);
    translucent.draw(target);
    lines.draw(target, lineShader, 1.0f, 1.0, everywhere);
    sf::VertexArray arrow(sf::Triangles);
    appendRibbon(arrow, {{0.f, 0.f}, {1.f, 1.f}}, 1.0f, style.border);
    ribbons.draw(target, arrow);
    MarkerSprites markers; // its atlas: drawn into, then copied from with its own texture's sampling
    if (markers.add(target, {0.f, 0.f}, MarkerLook{4.f, style.border, style.border, 1.f, 1.f, style.border}))
        markers.flush(target);
    target.setView(previous);
}

} // namespace gb::render
