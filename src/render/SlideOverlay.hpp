#pragma once
// What makes an export slide-ready: title, the step's caption, legend, scale bar, attribution
// and date stamp, drawn in screen pixels and scaled with the picture (FrameOptions::pixelScale).

#include "geo/Projection.hpp"
#include "render/Fonts.hpp"
#include "render/FrameOptions.hpp"
#include "story/Story.hpp"
#include "view/Camera.hpp"

#include <SFML/Graphics/RenderTarget.hpp>

#include <optional>

namespace gb::render {

struct SlideOverlays {
    bool title = true;
    bool caption = true;
    bool legend = true;
    bool scaleBar = true;
    bool attribution = true;
    bool dateStamp = true;
};

//! A round length for a scale bar near maxMetres: 1, 2 or 5 times a power of ten.
[[nodiscard]] double niceScaleLength(double maxMetres);

//! Ground metres per screen pixel at the view's centre (geodesic, not projected, distance).
[[nodiscard]] std::optional<double> groundMetresPerPixel(const view::Camera& camera, const geo::Projection& projection);

void drawSlideOverlays(sf::RenderTarget& target, const view::Camera& camera, const geo::Projection& projection,
                       const story::Story& story, const story::Step* step, const Fonts& fonts,
                       const FrameOptions& options, const SlideOverlays& which);

} // namespace gb::render
