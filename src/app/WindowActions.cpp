// MapWindow, what the user can do: select and fly, steps, presentation mode, projection
// switches and story reloads.
#include "app/MapWindow.hpp"

#include "app/InitialView.hpp"
#include "app/SeaLegs.hpp"
#include "app/StoryMoment.hpp"
#include "mapdata/DataError.hpp"
#include "render/SlideOverlay.hpp"
#include "story/StoryError.hpp"
#include "story/StoryLoader.hpp"
#include "view/Details.hpp"

#include <algorithm>
#include <cmath>
#include <iostream>
#include <tuple>

namespace gb::app {
namespace {

const char* kindName(view::PickItem::Kind kind) {
    switch (kind) {
    case view::PickItem::Kind::Place: return "place";
    case view::PickItem::Kind::Flow: return "flow";
    case view::PickItem::Kind::Region: return "region";
    case view::PickItem::Kind::Country: return "country";
    case view::PickItem::Kind::None: break;
    }
    return "none";
}

} // namespace

view::PickScene MapWindow::pickScene(double storyDay) const {
    view::PickScene ps;
    if (const mapdata::SceneGeometry* g = shownGeometry()) {
        for (std::size_t i = 0; i < story_.places.size() && i < g->points.size(); ++i) {
            const story::Place& p = story_.places[i];
            const bool shown = !p.dates || storyDay >= p.dates->from;
            ps.places.push_back(shown && menu_.layers.places ? g->points[i] : std::nullopt);
        }
        ps.countryAt = [g](geo::MapPoint m) { return g->countryIndex ? g->countryIndex->featureAt(m) : std::nullopt; };
        ps.regionAt = [g, layers = menu_.layers](geo::MapPoint m) -> std::optional<std::size_t> {
            if (!layers.regions)
                return std::nullopt;
            for (std::size_t r = g->regionIndexes.size(); r-- > 0;) // the last drawn is on top
                if (g->regionIndexes[r] && g->regionIndexes[r]->featureAt(m))
                    return r;
            return std::nullopt;
        };
    }
    if (menu_.layers.flows)
        ps.flows = &flows_;
    ps.storyDay = storyDay;
    return ps;
}

MapItem MapWindow::itemFor(const view::PickItem& pick) const {
    MapItem item{pick, {}, {}};
    const mapdata::SceneGeometry* g = shownGeometry();
    if (pick.kind == view::PickItem::Kind::Country && g && pick.index < g->countryIds.size()) {
        item.countryId = g->countryIds[pick.index];
        item.countryName = g->countryNames[pick.index];
    }
    return item;
}

std::optional<std::size_t> MapWindow::countryIndexOf(const std::string& id) const {
    const mapdata::SceneGeometry* g = shownGeometry();
    if (!g || id.empty())
        return std::nullopt;
    const auto it = std::find(g->countryIds.begin(), g->countryIds.end(), id);
    return it == g->countryIds.end() ? std::nullopt : std::optional(std::size_t(it - g->countryIds.begin()));
}

std::pair<std::string, std::string> MapWindow::kindAndId(const MapItem& item) const {
    if (item.none())
        return {"none", ""};
    const bool country = item.pick.kind == view::PickItem::Kind::Country;
    return {kindName(item.pick.kind), country ? item.countryId : view::itemId(story_, item.pick)};
}

void MapWindow::select(std::optional<MapItem> item) {
    selected_ = item && !item->none() ? item : std::nullopt;
    selectionAnchor_.reset();
    detailsOpen_ = true;
    std::tie(status_.kind, status_.id) = kindAndId(selected_ ? *selected_ : MapItem{});
    status_.title.clear();
    if (selected_) {
        status_.title =
            view::describe(story_, selected_->pick, menu_.language, selected_->countryId, selected_->countryName).title;
    }
}

void MapWindow::selectAndFly(const view::PickItem& pick, double now) {
    select(itemFor(pick));
    const view::Camera c = navigator_->cameraAt(now);
    if (pick.kind == view::PickItem::Kind::Place) {
        if (auto m = projection_->forward(story_.places[pick.index].position)) {
            view::Camera target = c;
            target.setCentre(*m);
            target.zoomAround({c.width() / 2, c.height() / 2}, std::min(c.metresPerPixel(), geo::metresPerPixelAtZoom(4.0)));
            navigator_->flyTo(target, now);
            selectionAnchor_ = *m;
        }
        return;
    }
    geo::MapBox box;
    if (pick.kind == view::PickItem::Kind::Flow)
        for (const view::FlowGeometry& f : flows_)
            if (f.flow == pick.index)
                for (const auto& leg : f.legs)
                    for (const auto& piece : leg.pieces)
                        for (const geo::MapPoint& p : piece)
                            box.add(p);
    if (pick.kind == view::PickItem::Kind::Region) {
        const mapdata::SceneGeometry* g = shownGeometry();
        if (g && pick.index < g->regionIndexes.size() && g->regionIndexes[pick.index])
            box = g->regionIndexes[pick.index]->bounds();
    }
    if (!box.empty()) {
        navigator_->flyTo(view::Camera::fitting(box, c.width(), c.height(), 60.0), now);
        selectionAnchor_ = geo::MapPoint{(box.minX + box.maxX) / 2, (box.minY + box.maxY) / 2};
    }
}

void MapWindow::cyclePlaces(int delta, double now) {
    if (story_.places.empty())
        return;
    const int count = static_cast<int>(story_.places.size());
    int index = selected_ && selected_->pick.kind == view::PickItem::Kind::Place ? static_cast<int>(selected_->pick.index)
                                                                                 : (delta > 0 ? -1 : 0);
    index = (index + delta + count) % count;
    selectAndFly({view::PickItem::Kind::Place, static_cast<std::size_t>(index)}, now);
}

namespace {
constexpr float menuBarHeight = 22.f; //!< ImGui's main menu bar with the default font
} // namespace

float MapWindow::presentationScale() const {
    return static_cast<float>(options_.scale.value_or(std::max(1.0, window_->getSize().y / 720.0)));
}

std::vector<sf::FloatRect> MapWindow::freeAreas(const story::Step* step, double widthPx, double heightPx) const {
    const float w = static_cast<float>(widthPx), h = static_cast<float>(heightPx);
    if (menu_.presentation) {
        render::FrameOptions frame;
        frame.language = menu_.language;
        frame.pixelScale = presentationScale();
        render::SlideOverlays which;
        which.locator = options_.locator;
        return render::freeAreasOf(render::estimateSlideFootprint(story_, step, w, frame, which), w, h,
                                   8.f * frame.pixelScale);
    }
    if (!legendBox_ && !timelineBox_)
        return {}; // panels hidden: the whole window, as the step's picture without overlays
    render::SlideFootprint panels;
    panels.title = {0, 0, 1, menuBarHeight}; // the menu bar across the top
    if (legendBox_)
        panels.legend = {legendBox_->left, legendBox_->top, legendBox_->width, legendBox_->height};
    // The step's caption panel (about 100 px, 60 px above the bottom) and the timeline under it.
    float bottom = 160.f;
    if (timelineBox_)
        bottom = std::max(bottom, h - timelineBox_->top);
    panels.bottom = bottom;
    return render::freeAreasOf(panels, w, h, 8.f);
}

view::Camera MapWindow::presentationCamera(double widthPx, double heightPx) const {
    if (step_) {
        const story::Step& step = story_.steps[*step_];
        return uprightStepCamera(step, *projection_, widthPx, heightPx, freeAreas(&step, widthPx, heightPx));
    }
    story::Step overview;
    overview.view.bounds = storyOverview;
    return slideCamera(overview, *projection_, widthPx, heightPx, freeAreas(nullptr, widthPx, heightPx));
}

void MapWindow::updateCursor(double now) {
    const bool hide = menu_.presentation && now - pointerMovedAt_ > 2.0;
    if (hide != cursorHidden_) {
        window_->setMouseCursorVisible(!hide);
        cursorHidden_ = hide;
        status_.cursorHidden = hide;
    }
}

void MapWindow::keepSelectionClearOf(const ui::PanelBox& details, double now) {
    // A new auto-sized ImGui window has its real size only from its second frame.
    if (!selectionAnchor_ || navigator_->animatingAt(now) || input_.dragging() || details.height < 60)
        return;
    const view::Camera camera = navigator_->cameraAt(now);
    const view::ScreenPoint at = camera.toScreen(*selectionAnchor_);
    std::vector<ui::PanelBox> panels{details, {0, 0, float(camera.width()), menuBarHeight}};
    for (const auto& box : {legendBox_, timelineBox_})
        if (box)
            panels.push_back(*box);
    const auto free = [&](double x, double y) {
        constexpr double margin = 24;
        for (const ui::PanelBox& p : panels)
            if (x >= p.left - margin && x < p.left + p.width + margin && y >= p.top - margin && y < p.top + p.height + margin)
                return false;
        return true;
    };
    if (!free(at.x, at.y)) {
        // The nearest point no panel covers: the camera eases the selection there.
        std::optional<view::ScreenPoint> best;
        for (double y = 30; y < camera.height() - 30; y += 10)
            for (double x = 30; x < camera.width() - 30; x += 10)
                if (free(x, y) && (!best || std::hypot(x - at.x, y - at.y) < std::hypot(best->x - at.x, best->y - at.y)))
                    best = view::ScreenPoint{x, y};
        if (best) {
            view::Camera moved = camera;
            moved.panByPixels(best->x - at.x, best->y - at.y);
            navigator_->flyTo(moved, now);
        }
    }
    selectionAnchor_.reset(); // once: a later pan of the user's is not undone
}

void MapWindow::leaveSteps(double now) {
    step_.reset();
    clock_->pause(now);
    clock_->seek(clock_->lastDay(), now); // the whole story: every flow drawn, the end date
    navigator_->goHome(now);
}

void MapWindow::goToStep(std::size_t index, double now) {
    if (index >= story_.steps.size())
        return;
    step_ = index;
    stepStartedAt_ = now;
    const view::Camera current = navigator_->cameraAt(now);
    const double flight =
        navigator_->flyTo(uprightStepCamera(story_.steps[index], *projection_, current.width(), current.height(),
                                            freeAreas(&story_.steps[index], current.width(), current.height())),
                          now);
    // The dates play once the map has arrived, so the room sees where before it sees when (as
    // a recorded video does: view/VideoPlan).
    clock_->playWindow(story_.steps[index].time, now, now + flight);
}

void MapWindow::stepBy(int delta, double now) {
    if (story_.steps.empty())
        return;
    const int count = static_cast<int>(story_.steps.size());
    const int current = step_ ? static_cast<int>(*step_) : (delta > 0 ? -1 : count);
    goToStep(static_cast<std::size_t>(std::clamp(current + delta, 0, count - 1)), now);
}

void MapWindow::applyCameraLimits(const view::Camera& camera) {
    navigator_->setLimits(cameraLimits(*projection_, camera.width(), camera.height()));
    view::Camera home = navigator_->home();
    home.resize(camera.width(), camera.height());
    navigator_->setHome(home);
}

void MapWindow::setPresentation(bool on, double now) {
    menu_.presentation = on;
    blank_.reset();
    pointerMovedAt_ = now;
    createWindow(on);
    const sf::Vector2u size = window_->getSize();
    window_->setView(sf::View(sf::FloatRect(0, 0, float(size.x), float(size.y))));
    navigator_->resize(size.x, size.y, now);
    applyCameraLimits(navigator_->cameraAt(now));
    // Refitted for the new screen: presenting, as the deck frames it; back in the window, clear
    // of the panels (known again after the next frame).
    if (on)
        navigator_->jumpTo(presentationCamera(size.x, size.y));
    else if (step_)
        navigator_->jumpTo(uprightStepCamera(story_.steps[*step_], *projection_, size.x, size.y));
    cache_->invalidate();
}

void MapWindow::switchProjection(geo::ProjectionKind kind, const view::Camera& camera) {
    auto next = std::make_unique<geo::Projection>(geo::ProjectionSpec{kind, {80.0, 45.0}});
    const double w = camera.width(), h = camera.height();
    // The story refitted in the new projection (a step's area, else the overview): keeping the
    // old centre and scale cut Tokyo or Brussels off in Mercator.
    const view::Camera fitted =
        step_ ? uprightStepCamera(story_.steps[*step_], *next, w, h, freeAreas(&story_.steps[*step_], w, h))
              : homeCamera(*next, w, h);
    shownScene_ = nullptr;
    hover_.clear();
    scenes_->setProjection(next->spec());
    try {
        scenes_->waitFor(std::min(mapdata::detailFor(fitted.metresPerPixel()), mapdata::DetailLevel::Medium), fitted);
    } catch (const mapdata::DataError& e) {
        dataError_ = e.what();
    }
    projection_ = std::move(next);
    menu_.projection = kind; // the menu's check mark, and what choosing the old one again compares with
    flows_ = view::buildFlowGeometry(story_, *projection_);
    flowCache_->invalidate(); // the old pointer may be reused by the new flows
    applyCameraLimits(camera);
    navigator_->setHome(homeCamera(*projection_, w, h));
    navigator_->jumpTo(fitted);
    cache_->invalidate();
}

void MapWindow::storyMissing() {
    storyError_ = options_.story.string() +
                  ": the story file was deleted or moved; showing the last good story until it is back";
    storyMissing_ = true;
    std::cerr << "geobrief: " << storyError_ << '\n';
}

void MapWindow::reloadStory(double now) {
    storyMissing_ = false;
    try {
        story::Story fresh = loadRoutedStory(options_.story, options_.defaultShapes);
        shownScene_ = nullptr;
        scenes_->setProjection(projection_->spec()); // waits for workers reading the old story
        story_ = std::move(fresh);
        // Indices into the old story mean nothing in the new one.
        select(std::nullopt);
        hover_.clear();
        flows_ = view::buildFlowGeometry(story_, *projection_);
        flowCache_->invalidate(); // the old pointer may be reused by the new flows
        timelineMarks_ = eventDays(story_);
        clock_->setSpan(story_.timeline, now);
        menu_.hasSteps = !story_.steps.empty();
        if (step_ && *step_ >= story_.steps.size())
            step_.reset();
        const view::Camera current = navigator_->cameraAt(now);
        scenes_->waitFor(std::min(mapdata::detailFor(current.metresPerPixel()), mapdata::DetailLevel::Medium), current);
        storyError_.clear();
        cache_->invalidate();
        ++status_.reloads;
        std::cerr << "geobrief: reloaded " << options_.story.string() << '\n';
    } catch (const story::StoryError& e) {
        storyError_ = e.what(); // keep showing the last good story
        std::cerr << "geobrief: " << e.what() << '\n';
    } catch (const mapdata::DataError& e) {
        storyError_ = e.what();
        std::cerr << "geobrief: " << e.what() << '\n';
    }
}

} // namespace gb::app
