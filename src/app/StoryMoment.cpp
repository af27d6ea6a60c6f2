#include "app/StoryMoment.hpp"

#include "app/InitialView.hpp"

namespace gb::app {

view::Camera stepCamera(const story::Step& step, const geo::Projection& projection, double widthPx, double heightPx) {
    Options viewOptions;
    viewOptions.bounds = step.view.bounds;
    if (!step.view.bounds) {
        viewOptions.centre = step.view.centre;
        viewOptions.zoom = step.view.zoom;
    }
    return initialCamera(viewOptions, projection, widthPx, heightPx);
}

std::optional<std::size_t> requestedStep(const Options& options, const story::Story& story) {
    if (!options.step)
        return std::nullopt;
    if (static_cast<std::size_t>(*options.step) > story.steps.size())
        throw UsageError("--step " + std::to_string(*options.step) + ": " + story.source + " has " +
                         std::to_string(story.steps.size()) + " step(s)");
    return static_cast<std::size_t>(*options.step - 1);
}

double initialStoryDay(const Options& options, const story::Story& story) {
    if (options.time)
        return *options.time + 1.0;
    if (auto step = requestedStep(options, story))
        return story.steps[*step].time.to + 1.0;
    return story.timeline.to + 1.0;
}

} // namespace gb::app
