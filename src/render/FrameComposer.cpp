#include "render/FrameComposer.hpp"

namespace gb::render {
namespace {

void drawOutline(sf::RenderTarget& target, const MapScene& scene, const view::Camera& camera, const Outline& outline) {
    if (outline.of == Outline::Of::Country)
        scene.drawCountryOutline(target, camera, outline.index, outline.colour, outline.widthPx);
    else
        scene.drawRegionOutline(target, camera, outline.index, outline.colour, outline.widthPx);
}

} // namespace

void composeFrame(sf::RenderTarget& target, const FrameContent& content, const Frame& frame, const FrameTools& tools,
                  const BaseMapDrawer& base) {
    if (base)
        base(target, frame.camera);
    else
        content.scene.draw(target, frame.camera, frame.options);
    for (const Outline& outline : frame.outlines)
        drawOutline(target, content.scene, frame.camera, outline);
    drawFlows(target, frame.camera, content.flows, content.story, frame.options, tools.ribbons);
    drawPlaces(target, frame.camera, content.places, tools.fonts, tools.style, frame.options);
    if (frame.overlays)
        drawSlideOverlays(target, frame.camera, content.projection, content.story, frame.step, tools.fonts,
                          frame.options, *frame.overlays);
}

RgbaImage renderPicture(sf::RenderTexture& target, const FrameContent& content, const Frame& frame,
                        const FrameTools& tools, RgbaImage canvas) {
    composeFrame(target, content, frame, tools);
    return readPixels(target, std::move(canvas));
}

} // namespace gb::render
