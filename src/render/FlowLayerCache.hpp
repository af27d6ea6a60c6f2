#pragma once
// The window's flows for a dense story (hundreds or thousands of flows): drawn into an offscreen
// texture a margin larger than the window and shown from there while the view pans, redrawn only
// when the pan leaves the margin or anything else changes (scale, day, selection, size). Software
// GL fills ~300 million pixels a second; 5,000 flows across Eurasia are ~60 million a frame, so
// without this a dense story pans at 2 frames a second. In a dense story the dashes stand still
// (moving them is a redraw per frame, and thousands of moving dashes say nothing anyway).
// A story of a few flows is drawn directly every frame, animated, as exports draw it.

#include "render/FlowOverlay.hpp"

#include <SFML/Graphics/RenderTexture.hpp>

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace gb::render {

class FlowLayerCache {
public:
    static constexpr std::size_t minFlows = 200; //!< stories with fewer are drawn directly
    static constexpr unsigned marginPx = 512;    //!< drawn beyond the window on every side

    //! As drawFlows, through the cache when the story has at least minFlows flows. What it
    //! returns (obstacles, label spots) is in the target's pixels either way.
    DrawnFlows draw(sf::RenderTarget& target, const view::Camera& camera, const std::vector<view::FlowGeometry>& flows,
                    const story::Story& story, const FrameOptions& options, const RibbonShader& ribbons);

    //! The flows or the story changed in place (a reload, a new projection): redraw next time.
    void invalidate() { key_.reset(); }

    //! Redraws counted since the start (for tests and the bench).
    [[nodiscard]] std::size_t redraws() const { return redraws_; }

private:
    //! Everything but the camera's position that changes the drawn flows.
    struct Key {
        const void* flows = nullptr;
        std::size_t flowCount = 0;
        const void* story = nullptr;
        double metresPerPixel = 0, rotation = 0, width = 0, height = 0;
        double storyDay = 0;
        float pixelScale = 1;
        bool layerOn = true;
        std::vector<std::string> highlight;
        std::string selected, hovered;
        bool operator==(const Key&) const = default;
    };
    static Key keyOf(const view::Camera& camera, const std::vector<view::FlowGeometry>& flows,
                     const story::Story& story, const FrameOptions& options);
    //! False when the texture cannot be had (then the flows are drawn directly).
    bool redraw(const view::Camera& camera, const std::vector<view::FlowGeometry>& flows, const story::Story& story,
                const FrameOptions& options, const RibbonShader& ribbons);

    std::optional<Key> key_;
    view::Camera drawnWith_; //!< the texture's camera: the window's, a margin larger
    sf::RenderTexture texture_;
    DrawnFlows drawn_; //!< in the texture's pixels, without its lines:
    std::shared_ptr<const view::LineIndex> lines_; //!< the flows' lines, indexed for the labels
    std::size_t redraws_ = 0;
};

} // namespace gb::render
