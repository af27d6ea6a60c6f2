#include "app/SlideViews.hpp"

#include "app/InitialView.hpp"
#include "app/StoryMoment.hpp"
#include "render/SlideOverlay.hpp"

#include <algorithm>

namespace gb::app {

render::FrameOptions baseFrameOptions(const Options& options) {
    render::FrameOptions frame;
    frame.language = options.language;
    frame.transparent = options.transparent;
    frame.pixelScale = static_cast<float>(options.scale.value_or(std::max(1.0, options.size.height / 720.0)));
    return frame;
}

std::vector<sf::FloatRect> slideFreeAreas(const Options& options, const story::Story& story, const story::Step* step) {
    const float w = static_cast<float>(options.size.width), h = static_cast<float>(options.size.height);
    const render::FrameOptions frame = baseFrameOptions(options);
    return render::freeAreasOf(render::estimateSlideFootprint(story, step, w, frame, render::SlideOverlays{}), w, h,
                               8.f * frame.pixelScale);
}

view::Camera overviewCamera(const Options& options, const story::Story& story, const geo::Projection& projection) {
    const double w = options.size.width, h = options.size.height;
    const bool asked = options.bounds || options.centre || options.zoom;
    if (asked || !options.overlays || projection.spec().kind == geo::ProjectionKind::Orthographic)
        return initialCamera(options, projection, w, h);
    story::Step overview;
    overview.view.bounds = storyOverview;
    return slideCamera(overview, projection, w, h, slideFreeAreas(options, story, nullptr));
}

} // namespace gb::app
