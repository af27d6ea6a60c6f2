#include "app/MapWindow.hpp"

#include "app/BenchLog.hpp"
#include "app/ExitCode.hpp"
#include "app/FileWatcher.hpp"
#include "app/InitialView.hpp"
#include "app/MapInput.hpp"
#include "app/ProcessClock.hpp"
#include "app/SceneSet.hpp"
#include "app/SlideRenderer.hpp"
#include "app/StoryMoment.hpp"
#include "app/StoryScene.hpp"
#include "app/XvfbSession.hpp"
#include "mapdata/DataError.hpp"
#include "render/FlowOverlay.hpp"
#include "render/Fonts.hpp"
#include "render/PlaceOverlay.hpp"
#include "render/RenderCache.hpp"
#include "story/StoryError.hpp"
#include "story/StoryLoader.hpp"
#include "ui/ImGuiBridge.hpp"
#include "ui/MainMenu.hpp"
#include "render/PngFile.hpp"
#include "render/RgbaImage.hpp"
#include "render/SlideOverlay.hpp"
#include "render/WarmUp.hpp"
#include "ui/DetailsPanels.hpp"
#include "ui/ExportDialog.hpp"
#include "ui/StoryPanels.hpp"
#include "view/Details.hpp"
#include "view/Picker.hpp"
#include "view/StoryClock.hpp"

#include <SFML/Graphics/RenderWindow.hpp>
#include <SFML/OpenGL.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <ctime>
#include <chrono>
#include <fstream>
#include <iostream>
#include <set>
#include <thread>

namespace gb::app {
namespace {

//! Keeps the view on the same place when the projection changes.
view::Camera carryCamera(const view::Camera& camera, const geo::Projection& from, const geo::Projection& to) {
    view::Camera next = homeCamera(to, camera.width(), camera.height());
    if (auto lonLat = from.inverse(camera.centre()))
        if (auto centre = to.forward(*lonLat)) {
            next.setCentre(*centre);
            next.zoomAround({camera.width() / 2, camera.height() / 2}, camera.metresPerPixel());
        }
    return next;
}

//! Days with something happening, for the timeline's marks.
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

//! Writes the selection for scripts and tests: {"kind": "place", "id": "tokyo", "title": "Tokyo"}.
void writeState(const std::filesystem::path& file, const char* kind, const std::string& id, const std::string& title) {
    const nlohmann::ordered_json state{{"kind", kind}, {"id", id}, {"title", title}};
    try {
        writeTextAtomically(file, state.dump() + "\n");
    } catch (const render::WriteError& e) {
        std::cerr << "geobrief: --state-file " << e.what() << '\n';
    }
}

//! The file name for a picture: {date}, {time} and {step} replaced.
std::string pictureName(const std::string& pattern, const std::optional<std::size_t>& step) {
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    char date[16], time[16], number[16];
    std::strftime(date, sizeof date, "%Y%m%d", &local);
    std::strftime(time, sizeof time, "%H%M%S", &local);
    std::snprintf(number, sizeof number, "step%02zu", step ? *step + 1 : 0);
    std::string name = pattern.empty() ? "geobrief-{date}-{time}.png" : pattern;
    for (const auto& [token, value] : {std::pair<std::string, std::string>{"{date}", date}, {"{time}", time},
                                       {"{step}", step ? number : "map"}})
        for (std::size_t at; (at = name.find(token)) != std::string::npos;)
            name.replace(at, token.size(), value);
    if (std::filesystem::path(name).extension() != ".png")
        name += ".png";
    return name;
}

bool isNextStepKey(const sf::Event::KeyEvent& key, bool presentation) {
    return key.code == sf::Keyboard::PageDown || key.code == sf::Keyboard::Space ||
           (presentation && key.code == sf::Keyboard::Right);
}

bool isPreviousStepKey(const sf::Event::KeyEvent& key, bool presentation) {
    return key.code == sf::Keyboard::PageUp || (presentation && key.code == sf::Keyboard::Left);
}

} // namespace

int runWindow(const Options& options) {
    BenchLog bench;
    bench.mark("main");
    // Without a display, a private X server starts while the story loads. It must be ready
    // (DISPLAY set) before any thread starts: GDAL and PROJ read the environment.
    std::unique_ptr<XvfbSession> display;
    try {
        display = std::make_unique<XvfbSession>(XvfbSession::StartOnly{});
    } catch (const std::runtime_error& e) {
        std::cerr << "geobrief: " << e.what() << '\n';
        return CannotWrite;
    }
    story::Story story;
    std::optional<std::size_t> step;
    try {
        story = story::loadStory(options.story);
        step = requestedStep(options, story);
    } catch (const story::StoryError& e) {
        std::cerr << "geobrief: " << e.what() << '\n';
        return BadInput;
    } catch (const UsageError& e) {
        std::cerr << "geobrief: " << e.what() << '\n';
        return UsageFailure;
    }

    const render::MapStyle style;
    SceneSet scenes(story, options.shapes, options.defaultShapes, style);
    scenes.setProjection(projectionFor(options));
    geo::Projection projection(scenes.projection());
    const double w = options.size.width, h = options.size.height;
    const view::Camera start =
        step ? stepCamera(story.steps[*step], projection, w, h) : initialCamera(options, projection, w, h);
    // The coarse level (~20 ms) is built while the window opens, so the first frame comes fast;
    // the level the view wants follows a moment later. The fine level is built around the view
    // that needs it (for the whole world it would take ~0.5 s on both cores and ~40 MB).
    const mapdata::DetailLevel firstLevel = mapdata::DetailLevel::Coarse;
    try {
        display->waitUntilReady();
        if (display->started())
            std::cerr << "geobrief: no display; drawing into a private Xvfb (use --export FILE.png to get a picture)\n";
    } catch (const std::runtime_error& e) {
        std::cerr << "geobrief: " << e.what() << '\n';
        return CannotWrite;
    }
    scenes.request(firstLevel, start);
    scenes.request(mapdata::detailFor(start.metresPerPixel()), start);

    sf::RenderWindow window(sf::VideoMode(options.size.width, options.size.height), "geobrief", sf::Style::Default);
    // SFML 2.5 can place a new window partly below the screen's edge; centre it ourselves.
    const sf::VideoMode desktop = sf::VideoMode::getDesktopMode();
    const sf::Vector2i windowedPosition(
        std::max(0, (static_cast<int>(desktop.width) - static_cast<int>(options.size.width)) / 2),
        std::max(0, (static_cast<int>(desktop.height) - static_cast<int>(options.size.height)) / 2));
    window.setPosition(windowedPosition);
    bench.mark("window");
    const auto setUpWindow = [&] {
        window.setFramerateLimit(options.benchPan ? 0 : 60); // the bench measures work, not the limiter
        window.setKeyRepeatEnabled(true);
    };
    setUpWindow();
    std::unique_ptr<render::Fonts> fonts;
    try {
        fonts = std::make_unique<render::Fonts>();
    } catch (const std::runtime_error& e) {
        std::cerr << "geobrief: " << e.what() << '\n';
        return BadInput;
    }
    render::FrameOptions firstFrameOptions;
    firstFrameOptions.language = options.language;
    firstFrameOptions.storyDay = initialStoryDay(options, story);
    // Shaders compiled and the labels' glyphs rasterised while the first level is still being
    // built (the window is redrawn whole before anything shows).
    auto lineShader = std::make_shared<render::LineShader>();
    const render::RibbonShader ribbons;
    render::warmUpRenderer(window, style, *lineShader, ribbons, *fonts);
    std::vector<render::PlaceOnMap> startPlaces;
    for (const story::Place& place : story.places)
        startPlaces.push_back({&place, projection.forward(place.position)});
    render::drawPlaces(window, start, startPlaces, *fonts, style, firstFrameOptions);
    (void)window.setActive(true);
    glFinish();
    scenes.shareLineShader(std::move(lineShader));
    try {
        scenes.waitFor(firstLevel, start);
    } catch (const mapdata::DataError& e) {
        std::cerr << "geobrief: " << e.what() << '\n';
        return BadInput;
    }
    bench.mark("scene");
    ui::ImGuiSession imgui(window, "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
    bench.mark("imgui");

    // Home returns to the view the window opened with (the story overview unless the command
    // line asked for another), so a scripted view can always be recovered.
    view::MapNavigator navigator(start, cameraLimits(projection, w, h));
    std::vector<view::FlowGeometry> flows = view::buildFlowGeometry(story, projection);
    view::StoryClock clock(story.timeline);
    FileWatcher storyFile(options.story);
    MapInput input;
    render::RenderCache cache;
    ui::MenuState menu;
    menu.projection = projection.spec().kind;
    menu.language = options.language;
    menu.hasSteps = !story.steps.empty();
    menu.showLegend = menu.showTimeline = !options.hidePanels;
    std::string storyError;
    std::string dataError;
    std::optional<view::PickItem> selected;
    //! The level on screen: picking and country names use its features. Reset whenever the
    //! scenes are rebuilt (it would dangle), set again each frame.
    const mapdata::SceneGeometry* shownGeometry = nullptr;
    std::vector<int> timelineMarks = eventDays(story);
    std::pair<std::string, std::string> selectedCountry; //!< id and name, valid at every level
    view::PickItem hovered;
    bool detailsOpen = true;
    ui::SearchState search;
    sf::Vector2i pressAt;
    bool pressed = false;
    std::optional<view::ScreenPoint> pendingClick;
    ui::ExportSettings exportSettings;
    if (options.picturesFolder) {
        const std::string folder = options.picturesFolder->string();
        std::snprintf(exportSettings.folder.data(), exportSettings.folder.size(), "%s", folder.c_str());
    }
    bool exportDialogOpen = false;
    bool saveRequested = false;
    bool skipOneFrame = false;
    ui::Toast toast;
    std::unique_ptr<sf::RenderTexture> exportTarget; // kept: creating one costs ~0.17 s

    sf::Clock wallClock;
    sf::Clock frameClock;
    clock.seek(initialStoryDay(options, story), 0.0);
    bool firstFrame = true;
    bool wasMoving = false;
    const render::MapScene* drawnScene = nullptr; // what the cache holds; compared, never used

    // What is where, for picking: the drawn level's polygons, the shown places, the flows.
    const auto pickScene = [&](double storyDay) {
        view::PickScene ps;
        const mapdata::SceneGeometry* g = shownGeometry;
        if (g) {
            for (std::size_t i = 0; i < story.places.size() && i < g->points.size(); ++i) {
                const story::Place& p = story.places[i];
                const bool shown = !p.dates || storyDay >= p.dates->from;
                ps.places.push_back(shown && menu.layers.places ? g->points[i] : std::nullopt);
            }
            ps.countryAt = [g](geo::MapPoint m) { return g->countryIndex ? g->countryIndex->featureAt(m) : std::nullopt; };
            ps.regionAt = [g, this_layers = menu.layers](geo::MapPoint m) -> std::optional<std::size_t> {
                if (!this_layers.regions)
                    return std::nullopt;
                for (std::size_t r = g->regionIndexes.size(); r-- > 0;) // the last drawn is on top
                    if (g->regionIndexes[r] && g->regionIndexes[r]->featureAt(m))
                        return r;
                return std::nullopt;
            };
        }
        if (menu.layers.flows)
            ps.flows = &flows;
        ps.storyDay = storyDay;
        return ps;
    };
    // Country indices belong to one level's feature list; the id and name are what stay valid.
    const auto countryOf = [&](std::size_t index) -> std::pair<std::string, std::string> {
        const mapdata::SceneGeometry* g = shownGeometry;
        if (!g || index >= g->countryIds.size())
            return {};
        return {g->countryIds[index], g->countryNames[index]};
    };
    const auto select = [&](std::optional<view::PickItem> item) {
        selected = item && item->kind != view::PickItem::Kind::None ? item : std::nullopt;
        selectedCountry = selected && selected->kind == view::PickItem::Kind::Country ? countryOf(selected->index)
                                                                                     : std::pair<std::string, std::string>{};
        detailsOpen = true;
        if (!options.stateFile)
            return;
        if (!selected) {
            writeState(*options.stateFile, "none", "", "");
            return;
        }
        const auto& [countryId, countryName] = selectedCountry;
        const view::Details d = view::describe(story, *selected, menu.language, countryId, countryName);
        writeState(*options.stateFile, kindName(selected->kind),
                   selected->kind == view::PickItem::Kind::Country ? countryId : view::itemId(story, *selected), d.title);
    };
    // Select an item and fly to it (search results, related items, Tab).
    const auto selectAndFly = [&](const view::PickItem& item, double now) {
        select(item);
        const view::Camera c = navigator.cameraAt(now);
        geo::MapBox box;
        if (item.kind == view::PickItem::Kind::Place) {
            if (auto m = projection.forward(story.places[item.index].position)) {
                view::Camera target = c;
                target.setCentre(*m);
                target.zoomAround({c.width() / 2, c.height() / 2}, std::min(c.metresPerPixel(), geo::metresPerPixelAtZoom(4.0)));
                navigator.flyTo(target, now);
            }
            return;
        }
        if (item.kind == view::PickItem::Kind::Flow)
            for (const view::FlowGeometry& f : flows)
                if (f.flow == item.index)
                    for (const auto& leg : f.legs)
                        for (const auto& piece : leg.pieces)
                            for (const geo::MapPoint& p : piece)
                                box.add(p);
        if (item.kind == view::PickItem::Kind::Region) {
            const mapdata::SceneGeometry* g = shownGeometry;
            if (g && item.index < g->regionIndexes.size() && g->regionIndexes[item.index])
                box = g->regionIndexes[item.index]->bounds();
        }
        if (!box.empty())
            navigator.flyTo(view::Camera::fitting(box, c.width(), c.height(), 60.0), now);
    };
    const auto cyclePlaces = [&](int delta, double now) {
        if (story.places.empty())
            return;
        const int count = static_cast<int>(story.places.size());
        int index = selected && selected->kind == view::PickItem::Kind::Place ? static_cast<int>(selected->index)
                                                                              : (delta > 0 ? -1 : 0);
        index = (index + delta + count) % count;
        selectAndFly({view::PickItem::Kind::Place, static_cast<std::size_t>(index)}, now);
    };

    const auto goToStep = [&](std::size_t index, double now) {
        if (index >= story.steps.size())
            return;
        step = index;
        navigator.flyTo(stepCamera(story.steps[index], projection, navigator.cameraAt(now).width(),
                                   navigator.cameraAt(now).height()),
                        now);
        clock.playWindow(story.steps[index].time, now);
    };
    const auto stepBy = [&](int delta, double now) {
        if (story.steps.empty())
            return;
        const int count = static_cast<int>(story.steps.size());
        const int current = step ? static_cast<int>(*step) : (delta > 0 ? -1 : count);
        goToStep(static_cast<std::size_t>(std::clamp(current + delta, 0, count - 1)), now);
    };
    const auto applyCameraLimits = [&](const view::Camera& camera) {
        navigator.setLimits(cameraLimits(projection, camera.width(), camera.height()));
        view::Camera home = navigator.home();
        home.resize(camera.width(), camera.height());
        navigator.setHome(home);
    };
    const auto setPresentation = [&](bool on, double now) {
        menu.presentation = on;
        if (on)
            window.create(desktop, "geobrief", sf::Style::Fullscreen);
        else {
            window.create(sf::VideoMode(options.size.width, options.size.height), "geobrief", sf::Style::Default);
            window.setPosition(windowedPosition);
        }
        setUpWindow();
        const sf::Vector2u size = window.getSize();
        window.setView(sf::View(sf::FloatRect(0, 0, float(size.x), float(size.y))));
        navigator.resize(size.x, size.y, now);
        applyCameraLimits(navigator.cameraAt(now));
        cache.invalidate();
    };
    const auto reloadStory = [&](double now) {
        try {
            story::Story fresh = story::loadStory(options.story);
            shownGeometry = nullptr;
            scenes.setProjection(projection.spec()); // waits for workers reading the old story
            story = std::move(fresh);
            // Indices into the old story mean nothing in the new one.
            select(std::nullopt);
            hovered = {};
            flows = view::buildFlowGeometry(story, projection);
            timelineMarks = eventDays(story);
            clock.setSpan(story.timeline, now);
            menu.hasSteps = !story.steps.empty();
            if (step && *step >= story.steps.size())
                step.reset();
            const view::Camera current = navigator.cameraAt(now);
            scenes.waitFor(std::min(mapdata::detailFor(current.metresPerPixel()), mapdata::DetailLevel::Medium), current);
            storyError.clear();
            cache.invalidate();
            std::cerr << "geobrief: reloaded " << options.story.string() << '\n';
        } catch (const story::StoryError& e) {
            storyError = e.what(); // keep showing the last good story
            std::cerr << "geobrief: " << e.what() << '\n';
        } catch (const mapdata::DataError& e) {
            storyError = e.what();
            std::cerr << "geobrief: " << e.what() << '\n';
        }
    };

    while (window.isOpen()) {
        const double now = wallClock.getElapsedTime().asSeconds();
        const sf::Clock workClock; // the frame's own work, without the frame-rate limiter's sleep
        if (options.quitAfterSeconds && now > *options.quitAfterSeconds)
            window.close();
        bool changed = false;
        sf::Event event;
        while (window.pollEvent(event)) {
            imgui.processEvent(event);
            changed = true;
            if (event.type == sf::Event::Closed) {
                window.close();
            } else if (event.type == sf::Event::Resized) {
                window.setView(sf::View(sf::FloatRect(0, 0, float(event.size.width), float(event.size.height))));
                navigator.resize(event.size.width, event.size.height, now);
                applyCameraLimits(navigator.cameraAt(now));
            } else if (event.type == sf::Event::KeyPressed && !imgui.wantsKeyboard()) {
                const sf::Event::KeyEvent& key = event.key;
                if (key.control && key.code == sf::Keyboard::Q)
                    window.close();
                else if (key.control && key.shift && key.code == sf::Keyboard::S)
                    exportDialogOpen = true;
                else if ((key.control && key.code == sf::Keyboard::S) || key.code == sf::Keyboard::F12)
                    saveRequested = true;
                else if (key.control && key.code == sf::Keyboard::F) {
                    search.open = true;
                    search.focus = true;
                } else if (key.code == sf::Keyboard::Escape && selected)
                    select(std::nullopt);
                else if (key.code == sf::Keyboard::Tab)
                    cyclePlaces(key.shift ? -1 : +1, now);
                else if (key.code == sf::Keyboard::Enter && selected)
                    detailsOpen = !detailsOpen;
                else if (key.code == sf::Keyboard::F1)
                    menu.showShortcuts = !menu.showShortcuts;
                else if (key.code == sf::Keyboard::F || key.code == sf::Keyboard::F11)
                    setPresentation(!menu.presentation, now);
                else if (key.code == sf::Keyboard::Escape && menu.presentation)
                    setPresentation(false, now);
                else if (key.code == sf::Keyboard::P)
                    clock.toggle(now);
                else if (isNextStepKey(key, menu.presentation))
                    stepBy(+1, now);
                else if (isPreviousStepKey(key, menu.presentation))
                    stepBy(-1, now);
                else
                    input.handle(event, navigator, now, imgui.owns(event), imgui.wantsKeyboard());
            } else {
                // A click is a press and release without a drag: it picks what is under it.
                if (event.type == sf::Event::MouseButtonPressed && event.mouseButton.button == sf::Mouse::Left) {
                    pressAt = {event.mouseButton.x, event.mouseButton.y};
                    pressed = true;
                } else if (event.type == sf::Event::MouseButtonReleased && event.mouseButton.button == sf::Mouse::Left &&
                           pressed) {
                    pressed = false;
                    // Decided after ImGui's next frame: only then does it know whether a panel
                    // is under this point (a fast move and click arrive in one batch).
                    if (std::abs(event.mouseButton.x - pressAt.x) <= 3 && std::abs(event.mouseButton.y - pressAt.y) <= 3 &&
                        !imgui.isOverPanel(event.mouseButton.x, event.mouseButton.y))
                        pendingClick = view::ScreenPoint{double(event.mouseButton.x), double(event.mouseButton.y)};
                } else if (event.type == sf::Event::MouseLeft ||
                           (event.type == sf::Event::MouseMoved && imgui.wantsMouse())) {
                    hovered = {}; // over a panel or gone: nothing on the map is hovered
                } else if (event.type == sf::Event::MouseMoved && !input.dragging() && !imgui.wantsMouse()) {
                    hovered = view::pick(pickScene(clock.dayAt(now)), navigator.cameraAt(now),
                                         {double(event.mouseMove.x), double(event.mouseMove.y)});
                }
                input.handle(event, navigator, now, imgui.owns(event), imgui.wantsKeyboard());
            }
        }
        if (!window.isOpen())
            break;
        if (storyFile.changed(now))
            reloadStory(now);

        if (auto error = scenes.poll()) {
            dataError = *error;
            std::cerr << "geobrief: " << *error << '\n';
        }
        // The pan benchmark starts once the level this scale uses is loaded: it measures panning,
        // not start-up.
        const view::Camera benchView = navigator.cameraAt(now);
        const bool benchPanning =
            options.benchPan && !firstFrame && scenes.ready(mapdata::detailFor(benchView.metresPerPixel()), benchView);
        if (benchPanning) {
            // A steady drag, turning back every 120 frames so the view stays on the map.
            const int n = static_cast<int>(bench.frameMs.size());
            navigator.drag((n / 120) % 2 == 0 ? -9.0 : 9.0, (n / 60) % 2 == 0 ? 2.0 : -2.0, now);
        }
        const view::Camera camera = navigator.cameraAt(now);
        const mapdata::DetailLevel wanted = mapdata::detailFor(camera.metresPerPixel());
        scenes.request(wanted, camera);
        const render::MapScene* scene = scenes.best(wanted, camera);
        shownGeometry = scene ? scenes.geometry(scene->level()) : nullptr;
        if (wanted == mapdata::DetailLevel::Fine && scenes.ready(wanted, camera) && bench.fineReadySeconds == 0)
            bench.fineReadySeconds = secondsSinceProcessStart();
        if (scene != drawnScene) {
            cache.invalidate();
            drawnScene = scene;
            changed = true;
        }
        const bool moving = navigator.animatingAt(now) || input.dragging() || options.benchPan;
        // Flows animate (moving dashes) whenever they are shown; otherwise an idle window sleeps.
        const bool animating = menu.layers.flows && !story.flows.empty();
        // The frame after motion ends is drawn too: it shows the animation's last step and lets the
        // cache redraw sharp for the settled view.
        if (!changed && !moving && !wasMoving && !animating && !firstFrame && !clock.playing()) {
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
            continue;
        }
        wasMoving = moving;

        render::FrameOptions frame;
        frame.language = menu.language;
        frame.layers = menu.layers;
        frame.storyDay = clock.dayAt(now);
        frame.animationSeconds = now;
        if (step)
            frame.highlight = story.steps[*step].highlight;
        if (selected)
            frame.selected = view::itemId(story, *selected);
        if (!input.dragging() && !imgui.wantsMouse())
            frame.hovered = view::itemId(story, hovered);
        const sf::Time frameTime = frameClock.restart();
        imgui.beginFrame(frameTime);
        if (pendingClick) {
            select(view::pick(pickScene(frame.storyDay), camera, *pendingClick));
            pendingClick.reset();
        }
        ui::MenuActions actions;
        if (!menu.presentation) {
            actions = ui::drawMainMenu(menu);
            ui::AboutInfo about;
            about.projectionDefinition = projection.definition();
            about.storyFile = story.source;
            if (scene) {
                const auto* g = scenes.geometry(scene->level());
                about.countriesFile = g->countriesFile;
                about.detailLevel = std::string(mapdata::suffix(scene->level()));
                about.warnings = g->warnings;
            }
            if (!dataError.empty())
                about.warnings.push_back(dataError);
            ui::drawHelpWindows(menu, about);
            if (menu.showLegend)
                ui::drawLegend(story, menu.language);
            if (menu.showTimeline) {
                ui::TimelineState t{frame.storyDay, clock.firstDay(), clock.lastDay(), clock.playing(),
                                    clock.speed(), clock.loop(), timelineMarks};
                const ui::TimelineActions ta = ui::drawTimeline(t, menu.language);
                if (ta.togglePlay)
                    clock.toggle(now);
                if (ta.seek)
                    clock.seek(*ta.seek, now);
                if (ta.speed)
                    clock.setSpeed(*ta.speed, now);
                if (ta.loop)
                    clock.setLoop(*ta.loop);
            }
        }
        if (step) {
            const ui::CaptionActions ca =
                ui::drawCaption(story.steps[*step], *step, story.steps.size(), menu.language, menu.presentation);
            actions.nextStep |= ca.next;
            actions.previousStep |= ca.previous;
        }
        if (!storyError.empty())
            ui::drawStoryError(storyError);
        if (!menu.presentation && hovered.kind != view::PickItem::Kind::None && !imgui.wantsMouse() && !input.dragging()) {
            const auto [countryId, countryName] =
                hovered.kind == view::PickItem::Kind::Country ? countryOf(hovered.index) : std::pair<std::string, std::string>{};
            const view::Details d = view::describe(story, hovered, menu.language, countryId, countryName);
            // One line: the role for a country, else the kind and the dates.
            const std::string line = hovered.kind == view::PickItem::Kind::Country ? d.text
                                     : d.dates.empty()                            ? d.kind
                                                                                  : d.kind + ", " + d.dates;
            ui::drawTooltip(d.title, line);
        }
        if (selected && detailsOpen && !menu.presentation) {
            const auto& [countryId, countryName] = selectedCountry;
            const ui::DetailsActions da =
                ui::drawDetails(view::describe(story, *selected, menu.language, countryId, countryName), menu.language);
            if (da.close)
                detailsOpen = false;
            if (da.open)
                selectAndFly(*da.open, now);
        }
        if (auto found = ui::drawSearch(search, story, menu.language))
            selectAndFly(*found, now);
        if (ui::drawExportDialog(exportDialogOpen, exportSettings)) {
            saveRequested = true;
            skipOneFrame = true; // the dialog is still in this frame's panels
        }
        ui::drawToast(toast, now);

        // The base map covers the window (a clear of 8 MB costs ~1 ms); without one, the background.
        if (!scene)
            window.clear(style.background);
        if (scene) {
            if (firstFrame) {
                scene->draw(window, camera, frame); // creating the cache's texture would delay it
            } else {
                cache.draw(window, camera, !moving,
                           [&](sf::RenderTarget& target, const view::Camera& c, const sf::FloatRect& viewport) {
                               scene->draw(target, c, frame, viewport);
                           });
            }
            if (selected && selected->kind == view::PickItem::Kind::Country) {
                const auto& ids = scenes.geometry(scene->level())->countryIds;
                const auto it = std::find(ids.begin(), ids.end(), selectedCountry.first);
                if (it != ids.end())
                    scene->drawCountryOutline(window, camera, static_cast<std::size_t>(it - ids.begin()),
                                              sf::Color(240, 170, 0), 3.0f);
            }
            if (selected && selected->kind == view::PickItem::Kind::Region)
                scene->drawRegionOutline(window, camera, selected->index, sf::Color(240, 170, 0), 4.0f);
            // Hovering a region or a country outlines it (unless it is the selection).
            if (hovered.kind == view::PickItem::Kind::Region && !(selected && *selected == hovered) &&
                !input.dragging() && !imgui.wantsMouse())
                scene->drawRegionOutline(window, camera, hovered.index, sf::Color(255, 255, 255), 3.0f);
            if (hovered.kind == view::PickItem::Kind::Country && !(selected && *selected == hovered) &&
                !input.dragging() && !imgui.wantsMouse())
                scene->drawCountryOutline(window, camera, hovered.index, sf::Color(255, 255, 255), 2.5f);
            render::drawFlows(window, camera, flows, story, frame, ribbons);
            render::drawPlaces(window, camera, placesOnMap(story, *scenes.geometry(scene->level())), *fonts, style,
                               frame);
        }
        imgui.endFrame();
        if (saveRequested && scene && skipOneFrame) {
            skipOneFrame = false;
        } else if (saveRequested && scene) {
            saveRequested = false;
            // Saved pictures never overwrite, never leave half a file; a failure is a toast.
            const std::filesystem::path file =
                std::filesystem::path(exportSettings.folder.data()) / pictureName(exportSettings.pattern.data(), step);
            try {
                render::RgbaImage picture;
                if (exportSettings.includePanels) {
                    picture = render::readWindowPixels(window);
                } else {
                    const auto [ew, eh] = ui::exportSize(exportSettings, window.getSize().x, window.getSize().y);
                    if (!exportTarget || exportTarget->getSize() != sf::Vector2u(ew, eh)) {
                        exportTarget = std::make_unique<sf::RenderTexture>();
                        if (!exportTarget->create(ew, eh))
                            throw render::WriteError("cannot create a " + std::to_string(ew) + "x" + std::to_string(eh) +
                                                     " picture (above the GL limit?)");
                    }
                    // The same area as on screen, re-rendered at the picture's size: lines and
                    // text scale with it, so the picture looks the same, only finer.
                    const double factor = static_cast<double>(ew) / camera.width();
                    const view::Camera shot(camera.centre(), camera.metresPerPixel() / factor, ew, eh);
                    render::FrameOptions f = frame;
                    f.pixelScale = static_cast<float>(factor * exportSettings.scale);
                    f.transparent = exportSettings.transparent;
                    f.hovered.clear();
                    const SlideContent content{*scene, *scenes.geometry(scene->level()), flows, story,
                                               step ? &story.steps[*step] : nullptr, projection, *fonts, style, ribbons};
                    picture = renderSlide(*exportTarget, content, shot, f, exportSettings.overlays);
                    (void)window.setActive(true);
                }
                const auto written = render::writePngNoOverwrite(picture, file);
                toast = {"Saved " + written.string(), false, now + 4.0};
                std::cerr << "geobrief: saved " << written.string() << '\n';
            } catch (const render::WriteError& e) {
                toast = {e.what(), true, now + 6.0};
                std::cerr << "geobrief: " << e.what() << '\n';
            }
        }
        window.display();
        if (firstFrame) {
            bench.firstFrameSeconds = secondsSinceProcessStart();
            firstFrame = false;
        } else if (benchPanning || !options.benchPan) {
            bench.frameMs.push_back(workClock.getElapsedTime().asSeconds() * 1000.0);
        }

        if (actions.quit)
            window.close();
        if (actions.resetView)
            navigator.goHome(now);
        if (actions.layersChanged || actions.languageChanged)
            cache.invalidate();
        if (actions.togglePresentation)
            setPresentation(!menu.presentation, now);
        if (actions.nextStep)
            stepBy(+1, now);
        if (actions.previousStep)
            stepBy(-1, now);
        if (actions.reloadStory)
            reloadStory(now);
        if (actions.quickExport)
            saveRequested = true;
        if (actions.exportDialog)
            exportDialogOpen = true;
        if (actions.openSearch) {
            search.open = true;
            search.focus = true;
        }
        if (actions.projection) {
            geo::Projection next({*actions.projection, {80.0, 45.0}});
            const view::Camera carried = carryCamera(camera, projection, next);
            shownGeometry = nullptr;
            scenes.setProjection(next.spec());
            try {
                scenes.waitFor(std::min(mapdata::detailFor(carried.metresPerPixel()), mapdata::DetailLevel::Medium), carried);
            } catch (const std::exception& e) {
                dataError = e.what();
            }
            projection = std::move(next);
            flows = view::buildFlowGeometry(story, projection);
            applyCameraLimits(camera);
            navigator.setHome(homeCamera(projection, camera.width(), camera.height()));
            navigator.jumpTo(carried);
            cache.invalidate();
        }
    }
    if (options.benchFile)
        bench.write(*options.benchFile);
    return Ok;
}

} // namespace gb::app
