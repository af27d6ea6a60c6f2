#include "render/FlowLayerCache.hpp"

#include "view/LineIndex.hpp"

#include <SFML/Graphics/Sprite.hpp>

#include <algorithm>
#include <cmath>

namespace gb::render {
namespace {

view::ScreenPoint shifted(view::ScreenPoint p, double dx, double dy) { return {p.x + dx, p.y + dy}; }

//! What drawFlows reported in the texture's pixels, in the target's: boxes and label spots
//! moved; the lines stay in the texture's pixels, indexed once, and go to the label placer with
//! the offset (a dense story's million points are not copied every frame).
DrawnFlows translated(const DrawnFlows& drawn, const std::shared_ptr<const view::LineIndex>& lines, double dx, double dy) {
    DrawnFlows out;
    out.labels = drawn.labels;
    out.obstacles.boxes = drawn.obstacles.boxes;
    out.obstacles.indexed = lines;
    out.obstacles.indexedOffset = {dx, dy};
    for (view::ScreenRect& box : out.obstacles.boxes) {
        box.left += dx;
        box.top += dy;
    }
    for (FlowLabelSpot& spot : out.labels)
        for (view::ScreenPoint& p : spot.along)
            p = shifted(p, dx, dy);
    return out;
}

} // namespace

FlowLayerCache::Key FlowLayerCache::keyOf(const view::Camera& camera, const std::vector<view::FlowGeometry>& flows,
                                          const story::Story& story, const FrameOptions& options) {
    return Key{flows.data(),        flows.size(),         &story,           camera.metresPerPixel(), camera.rotation(),
               camera.width(),      camera.height(),      options.storyDay, options.pixelScale,      options.layers.flows,
               options.highlight,   options.selected,     options.hovered};
}

DrawnFlows FlowLayerCache::draw(sf::RenderTarget& target, const view::Camera& camera,
                                const std::vector<view::FlowGeometry>& flows, const story::Story& story,
                                const FrameOptions& options, const RibbonShader& ribbons) {
    if (flows.size() < minFlows || !options.layers.flows)
        return drawFlows(target, camera, flows, story, options, ribbons);
    bool fits = false;
    if (key_ && *key_ == keyOf(camera, flows, story, options)) {
        const view::ScreenPoint centre = camera.toScreen(drawnWith_.centre());
        fits = std::abs(centre.x - camera.width() / 2) <= marginPx && std::abs(centre.y - camera.height() / 2) <= marginPx;
    }
    if (!fits && !redraw(camera, flows, story, options, ribbons))
        return drawFlows(target, camera, flows, story, options, ribbons); // no texture: drawn directly
    // Whole pixels: the cached lines stay as sharp as when they were drawn.
    const view::ScreenPoint centre = camera.toScreen(drawnWith_.centre());
    const double left = std::round(centre.x - drawnWith_.width() / 2);
    const double top = std::round(centre.y - drawnWith_.height() / 2);
    sf::Sprite sprite(texture_.getTexture());
    sprite.setPosition(static_cast<float>(left), static_cast<float>(top));
    const sf::View previous = target.getView();
    target.setView(sf::View(sf::FloatRect(0, 0, static_cast<float>(camera.width()), static_cast<float>(camera.height()))));
    // The texture holds colours already multiplied by their coverage (drawn over transparent).
    target.draw(sprite, sf::RenderStates(sf::BlendMode(sf::BlendMode::One, sf::BlendMode::OneMinusSrcAlpha)));
    target.setView(previous);
    return translated(drawn_, lines_, left, top);
}

bool FlowLayerCache::redraw(const view::Camera& camera, const std::vector<view::FlowGeometry>& flows,
                            const story::Story& story, const FrameOptions& options, const RibbonShader& ribbons) {
    const unsigned width = static_cast<unsigned>(std::lround(camera.width())) + 2 * marginPx;
    const unsigned height = static_cast<unsigned>(std::lround(camera.height())) + 2 * marginPx;
    if (texture_.getSize() != sf::Vector2u(width, height) && !texture_.create(width, height)) {
        key_.reset();
        return false;
    }
    view::Camera wide(camera.centre(), camera.metresPerPixel(), width, height);
    wide.setRotation(camera.rotation());
    FrameOptions still = options;
    still.animationSeconds = 0; // dashes stand still in a dense story (see the header)
    texture_.clear(sf::Color::Transparent);
    // The window's arrow width, not the wider texture's (the width grows as the view narrows).
    drawn_ = drawFlows(texture_, wide, flows, story, still, ribbons, flowWidthFactor(camera, options.pixelScale));
    texture_.display();
    lines_ = std::make_shared<const view::LineIndex>(std::move(drawn_.obstacles.lines),
                                                     view::ScreenRect{0, 0, static_cast<double>(width), static_cast<double>(height)});
    drawn_.obstacles.lines.clear();
    drawnWith_ = wide;
    key_ = keyOf(camera, flows, story, options);
    ++redraws_;
    return true;
}

} // namespace gb::render
