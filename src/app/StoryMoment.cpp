#include "app/StoryMoment.hpp"

#include "app/InitialView.hpp"
#include "story/Date.hpp"

#include <cmath>
#include <set>

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

std::optional<view::Camera> sameViewIn(const view::Camera& camera, const geo::Projection& from, const geo::Projection& to) {
    // The view's centre, and a point a little north of it, in both projections: the turn that
    // takes `to`'s meridian there onto `from`'s.
    const auto centre = from.inverse(camera.centre());
    if (!centre)
        return std::nullopt;
    const geo::LonLat north{centre->lon, centre->lat + (centre->lat < 80.0 ? 0.5 : -0.5)};
    const auto a = to.forward(*centre), b = to.forward(north);
    const auto fa = from.forward(*centre), fb = from.forward(north);
    if (!a || !b || !fa || !fb)
        return std::nullopt;
    view::Camera out(*a, camera.metresPerPixel(), camera.width(), camera.height());
    out.setRotation(camera.rotation() + std::atan2(fb->y - fa->y, fb->x - fa->x) - std::atan2(b->y - a->y, b->x - a->x));
    return out;
}

view::Camera uprightStepCamera(const story::Step& step, const geo::Projection& shown, double widthPx, double heightPx,
                               const std::vector<sf::FloatRect>& freeAreas) {
    const auto framed = [&](const geo::Projection& projection) {
        return freeAreas.empty() ? stepCamera(step, projection, widthPx, heightPx)
                                 : slideCamera(step, projection, widthPx, heightPx, freeAreas);
    };
    geo::ProjectionSpec spec = shown.spec();
    if (spec.kind == geo::ProjectionKind::Lambert)
        spec.centre.lon = std::round(step.view.bounds ? middleLon(*step.view.bounds) : step.view.centre->lon);
    if (spec == shown.spec())
        return framed(shown);
    const geo::Projection upright(spec);
    return sameViewIn(framed(upright), upright, shown).value_or(framed(shown));
}

view::Camera slideCamera(const story::Step& step, const geo::Projection& projection, double widthPx, double heightPx,
                         const std::vector<sf::FloatRect>& freeAreas) {
    const view::Camera whole = stepCamera(step, projection, widthPx, heightPx);
    if (!step.view.bounds)
        return whole;
    const geo::MapBox area = projectBox(*step.view.bounds, projection);
    if (area.empty())
        return whole;
    std::optional<view::Camera> best;
    for (const sf::FloatRect& free : freeAreas) {
        if (free.width < 0.25 * widthPx || free.height < 0.25 * heightPx)
            continue; // a sliver would shrink the subject to nothing
        const double mpp = view::Camera::fitting(area, free.width, free.height).metresPerPixel();
        if (best && best->metresPerPixel() <= mpp)
            continue;
        // The area's centre goes to the free part's centre (screen y grows downwards).
        const double dx = (free.left + free.width / 2.0 - widthPx / 2.0) * mpp;
        const double dy = (free.top + free.height / 2.0 - heightPx / 2.0) * mpp;
        const geo::MapPoint c = area.centre();
        best = view::Camera({c.x - dx, c.y + dy}, mpp, widthPx, heightPx);
    }
    return best.value_or(whole);
}

std::optional<std::size_t> requestedStep(const Options& options, const story::Story& story) {
    if (!options.step)
        return std::nullopt;
    if (static_cast<std::size_t>(*options.step) > story.steps.size())
        throw UsageError("--step " + std::to_string(*options.step) + ": " + story.source + " has " +
                         std::to_string(story.steps.size()) + " step(s)");
    return static_cast<std::size_t>(*options.step - 1);
}

void checkStoryTime(const Options& options, const story::Story& story) {
    if (options.time && (*options.time < story.timeline.from || *options.time > story.timeline.to))
        throw UsageError("--time " + story::isoDate(*options.time) + ": outside the story's timeline, " +
                         story::isoDate(story.timeline.from) + " to " + story::isoDate(story.timeline.to));
}

double initialStoryDay(const Options& options, const story::Story& story) {
    if (options.time)
        return *options.time + 1.0;
    if (auto step = requestedStep(options, story))
        return story.steps[*step].time.to + 1.0;
    return story.timeline.to + 1.0;
}

std::vector<int> eventDays(const story::Story& story) {
    std::set<int> days;
    for (const story::Place& p : story.places)
        if (p.dates)
            days.insert(p.dates->from);
    for (const story::Flow& f : story.flows)
        for (const story::DateRange& d : f.legDates)
            days.insert(d.from);
    return {days.begin(), days.end()};
}

} // namespace gb::app
