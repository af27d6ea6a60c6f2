#include "app/VideoFrames.hpp"

#include "app/InitialView.hpp"
#include "app/SlideViews.hpp"
#include "app/StoryMoment.hpp"
#include "story/StoryError.hpp"

namespace gb::app {

view::VideoPlan planRecording(const Options& options, const story::Story& story, const geo::Projection& projection) {
    if (story.steps.empty())
        throw story::StoryError(story.source, std::nullopt, "steps", "the story has no steps to record");
    const double w = options.size.width, h = options.size.height;
    const view::CameraLimits limits = cameraLimits(projection, w, h);
    const auto stepView = [&](std::size_t index) {
        const story::Step& step = story.steps[index];
        view::Camera camera =
            uprightStepCamera(step, projection, w, h, options.overlays ? slideFreeAreas(options, story, &step)
                                                                       : std::vector<sf::FloatRect>{});
        camera.clampTo(limits);
        return camera;
    };
    view::Camera overview = overviewCamera(options, story, projection);
    overview.clampTo(limits);
    std::size_t first = 0, last = story.steps.size();
    if (const auto step = requestedStep(options, story)) {
        first = *step;
        last = *step + 1;
    }
    std::vector<view::PlannedStep> steps;
    for (std::size_t i = first; i < last; ++i)
        steps.push_back({i, i == 0 ? overview : stepView(i - 1), stepView(i), story.steps[i].time});
    // Consecutive steps share a view: the flight ends where the next starts.
    for (std::size_t i = 1; i < steps.size(); ++i)
        steps[i].from = steps[i - 1].to;
    return view::VideoPlan(steps, options.fps);
}

render::Frame recordedFrame(const Options& options, const story::Story& story, const view::PlannedFrame& planned) {
    const story::Step& step = story.steps[planned.step];
    render::Frame frame{planned.camera, baseFrameOptions(options), &step, {}, std::nullopt, {}};
    frame.options.storyDay = planned.storyDay;
    frame.options.animationSeconds = planned.animationSeconds;
    frame.options.highlight = step.highlight;
    if (options.overlays) {
        frame.overlays = render::SlideOverlays{};
        frame.overlays->locator = options.locator;
    }
    return frame;
}

} // namespace gb::app
