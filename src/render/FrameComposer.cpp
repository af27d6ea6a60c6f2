#include "render/FrameComposer.hpp"

#include "render/HatchOverlay.hpp"

namespace gb::render {
namespace {

void drawOutline(sf::RenderTarget& target, const MapScene& scene, const view::Camera& camera, const Outline& outline) {
    if (outline.of == Outline::Of::Country)
        scene.drawCountryOutline(target, camera, outline.index, outline.colour, outline.widthPx);
    else
        scene.drawRegionOutline(target, camera, outline.index, outline.colour, outline.widthPx);
}

//! The regions' labels ("occupied by Russia since 2014") at the centre of their areas.
std::vector<AreaLabel> regionLabels(const MapScene& scene, const story::Story& story, story::Language language) {
    std::vector<AreaLabel> out;
    for (std::size_t r = 0; r < story.regions.size(); ++r)
        if (!story.regions[r].label.in(language).empty())
            if (const auto at = scene.regionAnchor(r))
                out.push_back({story.regions[r].label.in(language), *at});
    return out;
}

std::vector<std::optional<geo::MapPoint>> placePositions(const std::vector<PlaceOnMap>& places) {
    std::vector<std::optional<geo::MapPoint>> out;
    for (const PlaceOnMap& p : places)
        out.push_back(p.position);
    return out;
}

} // namespace

void composeFrame(sf::RenderTarget& target, const FrameContent& content, const Frame& frame, const FrameTools& tools,
                  const BaseMapDrawer& base) {
    if (base)
        base(target, frame.camera);
    else
        content.scene.draw(target, frame.camera, frame.options);
    drawHatching(target, frame.camera, content.scene, frame.options, tools.ribbons);
    for (const Outline& outline : frame.outlines)
        drawOutline(target, content.scene, frame.camera, outline);
    drawFlows(target, frame.camera, content.flows, content.story, frame.options, tools.ribbons);
    drawPlaces(target, frame.camera, content.places, regionLabels(content.scene, content.story, frame.options.language),
               tools.fonts, tools.style, frame.options);
    if (frame.overlays) {
        view::LegendScope scope = content.scene.legendScope(content.story, frame.camera.visibleArea());
        view::addFlowsAndPlaces(scope, content.story, content.flows, placePositions(content.places),
                                frame.camera.visibleArea());
        drawSlideOverlays(target, frame.camera, content.projection, content.story, frame.step, tools.fonts,
                          frame.options, *frame.overlays, &scope);
    }
}

RgbaImage renderPicture(sf::RenderTexture& target, const FrameContent& content, const Frame& frame,
                        const FrameTools& tools, RgbaImage canvas) {
    composeFrame(target, content, frame, tools);
    return readPixels(target, std::move(canvas));
}

} // namespace gb::render
