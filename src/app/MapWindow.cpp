#include "app/MapWindow.hpp"

#include "app/ExitCode.hpp"
#include "app/InitialView.hpp"
#include "app/Interrupt.hpp"
#include "app/ProcessClock.hpp"
#include "app/SeaLegs.hpp"
#include "app/StoryMoment.hpp"
#include "render/GlCheck.hpp"
#include "render/WarmUp.hpp"
#include "story/Date.hpp"
#include "story/StoryLoader.hpp"
#include "ui/StoryPanels.hpp"
#include "view/Details.hpp"

#include <SFML/OpenGL.hpp>

#include <cmath>
#include <iostream>
#include <thread>
#include <utility>

namespace gb::app {
namespace {

const sf::Color selectionColour(240, 170, 0);
const sf::Color hoverColour(255, 255, 255);

} // namespace

int runWindow(const Options& options) {
    MapWindow window(options);
    window.run();
    return Ok;
}

MapWindow::MapWindow(const Options& options) : options_(options), statusFile_(options.stateFile) {
    bench_.mark("main");
    // Without a display, a private X server starts while the story loads. It must be ready
    // (DISPLAY set) before any thread starts: GDAL and PROJ read the environment.
    display_ = std::make_unique<XvfbSession>(XvfbSession::StartOnly{});
    story_ = loadRoutedStory(options.story, options.defaultShapes);
    checkStoryTime(options, story_);
    step_ = requestedStep(options, story_);
    scenes_ = std::make_unique<SceneSet>(story_, options.shapes, options.shapesCrs, options.defaultShapes, style_);
    scenes_->setProjection(projectionFor(options));
    projection_ = std::make_unique<geo::Projection>(scenes_->projection());
    const double w = options.size.width, h = options.size.height;
    if (const auto warning = viewWarning(*projection_))
        std::cerr << "geobrief: warning: " << *warning << '\n';
    const view::Camera start = step_ ? uprightStepCamera(story_.steps[*step_], *projection_, w, h)
                                     : initialCamera(options, *projection_, w, h);
    display_->waitUntilReady();
    if (display_->started())
        std::cerr << "geobrief: no display; drawing into a private Xvfb (use --export FILE.png to get a picture)\n";
    // The coarse level (~20 ms) is built while the window opens, so the first frame comes fast;
    // the level the view wants follows a moment later. The fine level is built around the view
    // that needs it (for the whole world it would take ~0.5 s on both cores and ~40 MB).
    scenes_->request(mapdata::DetailLevel::Coarse, start);
    scenes_->request(mapdata::detailFor(start.metresPerPixel()), start);
    createWindow(false);
    display_->keepForProcess();
    bench_.mark("window");
    render::requireGlCapabilities();
    fonts_ = std::make_unique<render::Fonts>();
    // Shaders compiled and the labels' glyphs rasterised while the first level is still being
    // built (the window is redrawn whole before anything shows).
    auto lineShader = std::make_shared<render::LineShader>();
    ribbons_ = std::make_unique<render::RibbonShader>();
    flowCache_ = std::make_unique<render::FlowLayerCache>();
    placeScratch_ = std::make_unique<render::PlaceScratch>();
    placeScratch_->labelsFollowPans = true;
    recordingScratch_ = std::make_unique<render::PlaceScratch>();
    render::warmUpRenderer(*window_, style_, *lineShader, *ribbons_, *fonts_);
    std::vector<render::PlaceOnMap> startPlaces;
    for (const story::Place& place : story_.places)
        startPlaces.push_back({&place, projection_->forward(place.position)});
    render::FrameOptions warmUp;
    warmUp.language = options.language;
    warmUp.storyDay = initialStoryDay(options, story_);
    render::drawPlaces(*window_, start, startPlaces, {}, *fonts_, style_, warmUp);
    (void)window_->setActive(true);
    glFinish();
    scenes_->shareLineShader(std::move(lineShader));
    scenes_->waitFor(mapdata::DetailLevel::Coarse, start); // throws the loader's DataError
    bench_.mark("scene");
    imgui_ = std::make_unique<ui::ImGuiSession>(*window_, "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
    bench_.mark("imgui");

    // Home returns to the view the window opened with (the story overview unless the command
    // line asked for another), so a scripted view can always be recovered.
    navigator_ = std::make_unique<view::MapNavigator>(start, cameraLimits(*projection_, w, h));
    flows_ = view::buildFlowGeometry(story_, *projection_);
    clock_ = std::make_unique<view::StoryClock>(story_.timeline);
    clock_->seek(initialStoryDay(options, story_), 0.0);
    storyFile_ = std::make_unique<FileWatcher>(options.story);
    timelineMarks_ = eventDays(story_);
    menu_.projection = projection_->spec().kind;
    menu_.language = options.language;
    menu_.hasSteps = !story_.steps.empty();
    menu_.showLegend = menu_.showTimeline = !options.hidePanels;
    if (options.console)
        toggleConsole(0.0);
    if (options.picturesFolder)
        std::snprintf(exportSettings_.folder.data(), exportSettings_.folder.size(), "%s",
                      options.picturesFolder->string().c_str());
}

void MapWindow::createWindow(bool fullScreen) {
    if (!window_) {
        window_.emplace();
        cache_.emplace();
    }
    const sf::VideoMode desktop = sf::VideoMode::getDesktopMode();
    if (fullScreen) {
        window_->create(desktop, "geobrief", sf::Style::Fullscreen);
    } else {
        window_->create(sf::VideoMode(options_.size.width, options_.size.height), "geobrief", sf::Style::Default);
        // SFML 2.5 can place a new window partly below the screen's edge; centre it ourselves.
        window_->setPosition(
            {std::max(0, (static_cast<int>(desktop.width) - static_cast<int>(options_.size.width)) / 2),
             std::max(0, (static_cast<int>(desktop.height) - static_cast<int>(options_.size.height)) / 2)});
    }
    window_->setFramerateLimit(options_.benchPan ? 0 : 60); // the bench measures work, not the limiter
    window_->setKeyRepeatEnabled(true);
}

void MapWindow::run() {
    while (window_->isOpen()) {
        const double now = wallClock_.getElapsedTime().asSeconds();
        const sf::Clock workClock; // the frame's own work, without the frame-rate limiter's sleep
        if ((options_.quitAfterSeconds && now > *options_.quitAfterSeconds) || interruptSignal() != 0)
            window_->close(); // a signal: closed like the close button (a recording is cancelled)
        const bool changed = handleEvents(now);
        if (!window_->isOpen())
            break;
        switch (storyFile_->poll(now)) {
        case FileWatcher::Event::Changed: reloadStory(now); break;
        case FileWatcher::Event::Missing: storyMissing(); break;
        case FileWatcher::Event::None: break;
        }
        if (auto error = scenes_->poll()) {
            dataError_ = *error;
            std::cerr << "geobrief: " << *error << '\n';
        }
        updateCursor(now);
        const bool wasFirst = firstFrame_;
        const bool refit = refitStep_ || firstFrame_;
        refitStep_ = false;
        frame(now, changed);
        if (wasFirst && !firstFrame_)
            bench_.firstFrameSeconds = secondsSinceProcessStart();
        // A --step view opens (or is resized) framed for the whole window; now that the panels
        // have been drawn, their boxes are known: fit the step's area clear of them.
        if (refit && !firstFrame_ && step_) {
            const view::Camera current = navigator_->cameraAt(now);
            navigator_->jumpTo(uprightStepCamera(story_.steps[*step_], *projection_, current.width(), current.height(),
                                                 freeAreas(&story_.steps[*step_], current.width(), current.height())));
        }
        if (!wasFirst && !refit && status_.frame > 0 && (benchPanning_ || !options_.benchPan))
            bench_.frameMs.push_back(workClock.getElapsedTime().asSeconds() * 1000.0);
    }
    if (options_.benchFile)
        bench_.write(*options_.benchFile);
}

const mapdata::SceneGeometry* MapWindow::shownGeometry() const {
    return shownScene_ ? scenes_->geometry(shownScene_->level()) : nullptr;
}

render::FrameOptions MapWindow::frameOptions(double now) const {
    render::FrameOptions frame;
    frame.language = menu_.language;
    frame.layers = menu_.layers;
    frame.storyDay = clock_->dayAt(now);
    frame.animationSeconds = now;
    if (menu_.presentation) // a projector shows a slide: the deck's type and line sizes for this screen
        frame.pixelScale = presentationScale();
    if (step_)
        frame.highlight = story_.steps[*step_].highlight;
    if (selected_)
        frame.selected = view::itemId(story_, selected_->pick);
    if (!input_.dragging() && !imgui_->wantsMouse())
        frame.hovered = view::itemId(story_, hover_.item().pick);
    return frame;
}

void MapWindow::frame(double now, bool changed) {
    // The pan benchmark starts once the level this scale uses is loaded: it measures panning,
    // not start-up.
    const view::Camera benchView = navigator_->cameraAt(now);
    benchPanning_ = options_.benchPan && !firstFrame_ &&
                    scenes_->ready(mapdata::detailFor(benchView.metresPerPixel()), benchView);
    if (benchPanning_) { // a steady drag, turning back every 120 frames so the view stays on the map
        const int n = static_cast<int>(bench_.frameMs.size());
        navigator_->drag((n / 120) % 2 == 0 ? -9.0 : 9.0, (n / 60) % 2 == 0 ? 2.0 : -2.0, now);
    }
    const view::Camera camera = navigator_->cameraAt(now);
    const mapdata::DetailLevel wanted = mapdata::detailFor(camera.metresPerPixel());
    scenes_->request(wanted, camera);
    const render::MapScene* scene = scenes_->best(wanted, camera);
    shownScene_ = scene;
    if (wanted == mapdata::DetailLevel::Fine && scenes_->ready(wanted, camera) && bench_.fineReadySeconds == 0)
        bench_.fineReadySeconds = secondsSinceProcessStart();
    if (scene != cachedScene_) {
        cache_->invalidate();
        cachedScene_ = scene;
        changed = true;
    }
    const bool moving = navigator_->animatingAt(now) || input_.dragging() || options_.benchPan;
    // Flows animate (moving dashes) whenever they are shown; otherwise an idle window sleeps.
    // The console's timers tick too.
    const bool animating = (menu_.layers.flows && !story_.flows.empty()) || console_ || recording_;
    // The frame after motion ends is drawn too: it shows the animation's last step and lets the
    // cache redraw sharp for the settled view.
    // ImGui settles a menu or popup over a frame or two after the input that opened it: a few
    // frames follow every input, or a submenu would wait for the next mouse move to appear.
    if (changed)
        framesAfterInput_ = 3;
    else if (framesAfterInput_ > 0)
        --framesAfterInput_;
    // A hover that no longer matches the view (a zoom has just ended under a still pointer) is
    // picked again before the window reports itself settled.
    // The hover is picked against a level once its pick indexes are built (the level shows
    // before them): until then it is picked without countries and regions, and again after.
    const render::MapScene* pickable = scene && scenes_->indexesReady(scene->level()) ? scene : nullptr;
    const bool hoverStale = !input_.dragging() && !imgui_->wantsMouse() && hover_.stale(camera, pickable, clock_->dayAt(now));
    if (!changed && framesAfterInput_ == 0 && !moving && !wasMoving_ && !animating && !hoverStale && !firstFrame_ &&
        !clock_->playing()) {
        reportStatus(scene, pickable && scene->level() == wanted && !pendingClick_ && !saveRequested_, now);
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
        return;
    }
    const bool settledBefore = !moving && !wasMoving_;
    wasMoving_ = moving;

    const render::FrameOptions options = frameOptions(now);
    imgui_->beginFrame(frameClock_.restart());
    if (pendingClick_) {
        select(itemFor(view::pick(pickScene(options.storyDay), camera, *pendingClick_)));
        if (selected_)
            selectionAnchor_ = camera.toMap(*pendingClick_);
        pendingClick_.reset();
    }
    updateHover(camera, pickable, options.storyDay);
    ui::MenuActions actions;
    drawPanels(options, scene, now, actions);
    drawMap(camera, options, scene, moving);
    imgui_->endFrame();
    if (blank_) { // B or W while presenting: the whole screen one colour, over everything
        window_->setView(sf::View(sf::FloatRect(0, 0, float(window_->getSize().x), float(window_->getSize().y))));
        window_->clear(*blank_);
    }
    if (saveRequested_ && scene && skipOneFrame_) {
        skipOneFrame_ = false; // the export dialog is still in this frame's panels
    } else if (saveRequested_ && scene) {
        saveRequested_ = false;
        savePicture(camera, options, *scene, now);
    }
    window_->display();
    if (console_)
        drawConsole(now);
    if (std::exchange(cancelRequested_, false))
        cancelRecording(now);
    if (std::exchange(recordRequested_, false))
        startRecording(now);
    advanceRecording(now);
    firstFrame_ = false;
    ++status_.frame;
    reportStatus(scene, settledBefore && pickable && scene->level() == wanted && !pendingClick_ && !saveRequested_ &&
                            !clock_->playing(),
                 now);
    applyMenuActions(actions, camera, now);
}

void MapWindow::updateHover(const view::Camera& camera, const render::MapScene* scene, double storyDay) {
    if (input_.dragging() || imgui_->wantsMouse())
        return; // nothing is shown as hovered meanwhile; picked again once the camera stops
    if (hover_.stale(camera, scene, storyDay))
        hover_.picked(itemFor(view::pick(pickScene(storyDay), camera, *hover_.pointer())), camera, scene, storyDay);
}

void MapWindow::reportStatus(const render::MapScene* scene, bool settled, double now) {
    status_.settled = settled;
    status_.level = scene ? std::string(mapdata::suffix(scene->level())) : "";
    status_.countriesReads = scenes_->countriesReads();
    status_.pointer = lastPointer_;
    const auto [kind, id] = kindAndId(hover_.item());
    status_.hover = hover_.item().none() ? "" : kind + " " + id;
    status_.storyError = storyError_;
    status_.step = step_ ? static_cast<int>(*step_) + 1 : 0;
    status_.blank = !blank_ ? "" : *blank_ == sf::Color::Black ? "black" : "white";
    // The day whose end is drawn: a story day of 20000.0 shows all of day 19999.
    status_.day = story::isoDate(static_cast<int>(std::ceil(clock_->dayAt(now))) - 1);
    const view::Camera camera = navigator_->cameraAt(now);
    status_.projection = std::string(geo::cliName(projection_->spec().kind));
    status_.metresPerPixel = camera.metresPerPixel();
    status_.pointerMap.reset();
    if (lastPointer_) {
        const geo::MapPoint m = camera.toMap({double(lastPointer_->first), double(lastPointer_->second)});
        status_.pointerMap = std::pair{m.x, m.y};
    }
    status_.presentation = menu_.presentation;
    status_.console = console_ != nullptr;
    menu_.console = status_.console;
    status_.consoleNotes = console_ && step_ ? story_.steps[*step_].notes.in(menu_.language) : "";
    status_.language = menu_.language == story::Language::Spanish ? "es" : "en";
    statusFile_.update(status_);
}

void MapWindow::drawPanels(const render::FrameOptions& frame, const render::MapScene* scene, double now,
                           ui::MenuActions& actions) {
    legendBox_.reset();
    timelineBox_.reset();
    captionBox_.reset();
    if (!menu_.presentation) {
        actions = ui::drawMainMenu(menu_);
        ui::AboutInfo about;
        about.projectionDefinition = projection_->definition();
        about.storyFile = story_.source;
        about.storyTitle = story_.title.in(menu_.language);
        about.storyNotes = story_.notes.in(menu_.language);
        if (const mapdata::SceneGeometry* g = shownGeometry(); g && scene) {
            about.countriesFile = g->countriesFile;
            about.detailLevel = std::string(mapdata::suffix(scene->level()));
            about.warnings = g->warnings;
        }
        if (!dataError_.empty())
            about.warnings.push_back(dataError_);
        ui::drawHelpWindows(menu_, about);
        if (menu_.showLegend) {
            // What the window shows now, like a slide's legend (bounds, so a little generous).
            const geo::MapBox visible = navigator_->cameraAt(now).visibleArea();
            view::LegendScope scope = scene ? scene->legendScope(story_, visible) : view::LegendScope{};
            if (const mapdata::SceneGeometry* g = shownGeometry())
                view::addFlowsAndPlaces(scope, story_, flows_, g->points, visible);
            legendBox_ = ui::drawLegend(story_, menu_.language, frame.storyDay, scene ? &scope : nullptr);
        }
        if (menu_.showTimeline) {
            const ui::TimelineState t{frame.storyDay, clock_->firstDay(), clock_->lastDay(), clock_->playing(),
                                      clock_->speed(), clock_->loop(), timelineMarks_};
            const ui::TimelineActions ta = ui::drawTimeline(t, menu_.language);
            timelineBox_ = ta.box;
            if (ta.togglePlay)
                clock_->toggle(now);
            if (ta.seek) {
                // Scrubbing shows the story at that date: a step's caption would then be wrong.
                step_.reset();
                clock_->seek(*ta.seek, now);
            }
            if (ta.speed)
                clock_->setSpeed(*ta.speed, now);
            if (ta.loop)
                clock_->setLoop(*ta.loop);
        }
    }
    if (step_ && !menu_.presentation) { // presenting, the caption is the slide's (drawMap)
        const ui::CaptionActions ca =
            ui::drawCaption(story_.steps[*step_], *step_, story_.steps.size(), menu_.language, false);
        captionBox_ = ca.box;
        actions.nextStep |= ca.next;
        actions.previousStep |= ca.previous;
    }
    if (!storyError_.empty())
        ui::drawStoryError(storyMissing_ ? "The story file is gone; the map keeps the last good story."
                                         : "The story file has an error; the map keeps the last good story.",
                           storyError_);
    const MapItem& hovered = hover_.item();
    if (!menu_.presentation && !hovered.none() && !imgui_->wantsMouse() && !input_.dragging()) {
        const view::Details d =
            view::describe(story_, hovered.pick, menu_.language, hovered.countryId, hovered.countryName);
        // One line: the item's date and headline (a country's role); then how sure it is.
        std::vector<std::string> lines{view::oneLineSummary(d)};
        if (!d.confidence.empty())
            lines.push_back(d.confidence);
        if (const auto pointer = hover_.pointer())
            ui::drawTooltip(d.title, lines, *pointer, drawnLabels_, drawnAreaNames_);
    }
    if (selected_ && detailsOpen_ && !menu_.presentation) {
        const ui::DetailsActions da = ui::drawDetails(
            view::describe(story_, selected_->pick, menu_.language, selected_->countryId, selected_->countryName),
            menu_.language, timelineBox_ ? timelineBox_->top : float(window_->getSize().y));
        keepSelectionClearOf(da.box, now);
        if (da.close)
            detailsOpen_ = false;
        if (da.open)
            selectAndFly(*da.open, now);
    }
    if (auto found = ui::drawSearch(search_, story_, menu_.language))
        selectAndFly(*found, now);
    if (ui::drawExportDialog(exportDialogOpen_, exportSettings_, menu_.language)) {
        saveRequested_ = true;
        skipOneFrame_ = true; // the dialog is still in this frame's panels
    }
    if (std::exchange(exportSettings_.recordVideo, false) && !recording_)
        openRecordDialog();
    if (ui::drawRecordDialog(recordDialogOpen_, recordSettings_, step_.has_value(), menu_.language))
        recordRequested_ = true; // started after this frame, outside ImGui's
    if (recording_ && ui::drawRecordingProgress({recording_->framesDone(), recording_->framesTotal(),
                                                 recording_->framesDone() / std::max(now - recordingStartedAt_, 1e-3),
                                                 recording_->options().exportVideo->string()},
                                                menu_.language))
        cancelRequested_ = true;
    ui::drawToast(toast_, now);
    status_.toast = now < toast_.until ? toast_.text : "";
}

void MapWindow::drawMap(const view::Camera& camera, const render::FrameOptions& options, const render::MapScene* scene,
                        bool moving) {
    if (!scene) { // the base map covers the window (a clear of 8 MB costs ~1 ms); without one, the background
        window_->clear(style_.background);
        return;
    }
    render::Frame frame{camera, options, nullptr, {}, std::nullopt, {}};
    if (menu_.presentation) {
        // The room sees the step's slide: title, counter, date, legend, caption, sources, scale,
        // drawn by the same code as the deck.
        frame.step = step_ ? &story_.steps[*step_] : nullptr;
        frame.overlays = render::SlideOverlays{};
        frame.overlays->locator = options_.locator;
        if (step_)
            frame.overlays->counter = std::to_string(*step_ + 1) + " / " + std::to_string(story_.steps.size());
    }
    for (const auto& box : {legendBox_, timelineBox_, captionBox_})
        if (box)
            frame.panels.push_back({box->left, box->top, box->width, box->height});
    // Outlines by stable id: the selection's, then the pointer's (unless it is the selection).
    const auto outline = [&](const MapItem& item, sf::Color colour, float countryWidth, float regionWidth) {
        if (item.pick.kind == view::PickItem::Kind::Country) {
            if (const auto index = countryIndexOf(item.countryId))
                frame.outlines.push_back({render::Outline::Of::Country, *index, colour, countryWidth});
        } else if (item.pick.kind == view::PickItem::Kind::Region) {
            frame.outlines.push_back({render::Outline::Of::Region, item.pick.index, colour, regionWidth});
        }
    };
    if (selected_)
        outline(*selected_, selectionColour, 3.0f, 4.0f);
    if (!(selected_ && selected_->sameAs(hover_.item())) && !input_.dragging() && !imgui_->wantsMouse())
        outline(hover_.item(), hoverColour, 2.5f, 3.0f);
    const mapdata::SceneGeometry& geometry = *scenes_->geometry(scene->level());
    const auto places = render::placesOnMap(story_, geometry);
    render::FrameContent content{*scene, places, flows_, story_, *projection_};
    content.countries = geometry.countryIndex.get(); // built shortly after the level: null until then
    const render::FrameTools tools{*fonts_, style_, *ribbons_, flowCache_.get(), placeScratch_.get()};
    if (firstFrame_) { // creating the cache's texture would delay the first frame
        render::composeFrame(*window_, content, frame, tools);
        return;
    }
    const render::FrameLayout layout = render::composeFrame(*window_, content, frame, tools, [&](sf::RenderTarget& target, const view::Camera& c) {
        cache_->draw(target, c, !moving, [&](sf::RenderTarget& t, const view::Camera& part, const sf::FloatRect& viewport) {
            scene->draw(t, part, options, viewport);
        });
    });
    // What the next frame's tooltip keeps clear of: names and markers.
    drawnLabels_ = layout.places.markers;
    drawnAreaNames_.clear();
    for (const render::DrawnLabel& label : layout.places.labels)
        (label.place ? drawnLabels_ : drawnAreaNames_).push_back(label.box);
}

} // namespace gb::app
