// MapWindow, the presenter console: opening and closing it, and drawing it after each map
// frame, with a preview of the next step drawn by the same frame path as the map.
#include "app/MapWindow.hpp"

#include "app/InitialView.hpp"
#include "app/StoryMoment.hpp"

namespace gb::app {

void MapWindow::toggleConsole(double now) {
    if (console_) {
        console_.reset();
    } else {
        console_ = std::make_unique<PresenterConsole>(*fonts_);
        consoleOpenedAt_ = now;
        stepStartedAt_ = now;
        previewOf_.reset();
    }
    (void)window_->setActive(true); // the map's context is the current one again
}

bool MapWindow::drawConsolePreview(std::size_t next) {
    const story::Step& step = story_.steps[next];
    const double w = PresenterConsole::previewWidth, h = PresenterConsole::previewHeight;
    view::Camera camera = uprightStepCamera(step, *projection_, w, h);
    camera.clampTo(cameraLimits(*projection_, w, h));
    const mapdata::DetailLevel wanted = mapdata::detailFor(camera.metresPerPixel());
    scenes_->request(wanted, camera);
    const render::MapScene* scene = scenes_->best(wanted, camera);
    if (!scene)
        return false;
    render::FrameOptions options;
    options.language = menu_.language;
    options.layers = menu_.layers;
    options.storyDay = step.time.to + 1.0;
    options.highlight = step.highlight;
    const render::Frame frame{camera, options, &step, {}, std::nullopt, {}};
    const mapdata::SceneGeometry& geometry = *scenes_->geometry(scene->level());
    const auto places = render::placesOnMap(story_, geometry);
    render::FrameContent content{*scene, places, flows_, story_, *projection_};
    content.countries = geometry.countryIndex.get();
    (void)render::composeFrame(console_->preview(), content, frame, render::FrameTools{*fonts_, style_, *ribbons_, nullptr, nullptr});
    return scene->level() == wanted;
}

void MapWindow::drawConsole(double now) {
    if (!console_->isOpen())
        return;
    const std::size_t next = step_ ? *step_ + 1 : 0;
    if (next < story_.steps.size() && (previewOf_ != next || !previewExact_)) {
        previewExact_ = drawConsolePreview(next);
        previewOf_ = next;
    }
    console_->draw(ConsoleView{story_, step_, menu_.language, now - consoleOpenedAt_, now - stepStartedAt_,
                               previewOf_ == next && next < story_.steps.size()});
    (void)window_->setActive(true); // the next frame's raw GL calls go to the map
}

} // namespace gb::app
