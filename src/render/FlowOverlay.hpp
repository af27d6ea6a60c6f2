#pragma once
// The story's flows as animated arrows in screen pixels: each leg draws itself from origin to
// destination as the story time passes its dates, then dashes (troops) or pulses (the two-way
// pact) keep moving along it. Rebuilt every frame from the precomputed paths: a few thousand
// vertices.

#include "render/FrameOptions.hpp"
#include "render/RibbonShader.hpp"
#include "story/Story.hpp"
#include "view/Camera.hpp"
#include "view/FlowGeometry.hpp"
#include "view/LabelPlacer.hpp"

#include <SFML/Graphics/RenderTarget.hpp>

#include <array>
#include <optional>
#include <vector>

namespace gb::render {

//! The corners of an arrowhead at one end of a drawn path: the tip on the path's end, the base
//! across the path's last (or first) segment, size pixels back along it.
[[nodiscard]] std::array<sf::Vector2f, 3> arrowheadFor(const std::vector<sf::Vector2f>& path, float size, bool atEnd);

//! The arrow width factor for a view: arrows grow (gently) as one zooms in.
[[nodiscard]] float flowWidthFactor(const view::Camera& camera, float pixelScale);

//! Where a flow's label may go: beside its longest drawn stretch, at its middle, then a third
//! and two thirds along it (pixels).
struct FlowLabelSpot {
    std::size_t flow = 0;     //!< into story.flows
    std::vector<view::ScreenPoint> along;
    float halfWidthPx = 0;    //!< of the drawn line there
};

//! Where the flows went on the picture: their shafts as lines and heads as boxes (for the labels
//! to keep clear of), and label spots for the flows the picture stresses.
struct DrawnFlows {
    view::LabelObstacles obstacles;
    std::vector<FlowLabelSpot> labels;
};

//! Draws the flows. A flow the step highlights by id, or the selected one, gets a label spot.
//! `widthFactor`: flowWidthFactor(camera, pixelScale) unless given (FlowLayerCache draws a wider
//! camera with the window's arrow width).
DrawnFlows drawFlows(sf::RenderTarget& target, const view::Camera& camera, const std::vector<view::FlowGeometry>& flows,
                     const story::Story& story, const FrameOptions& options, const RibbonShader& ribbons,
                     std::optional<float> widthFactor = std::nullopt);

} // namespace gb::render
