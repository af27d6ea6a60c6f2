#include "app/MapWindow.hpp"

#include "app/ExitCode.hpp"
#include "app/InitialView.hpp"
#include "app/MapInput.hpp"
#include "app/ProcessClock.hpp"
#include "app/SceneSet.hpp"
#include "app/StoryScene.hpp"
#include "app/XvfbSession.hpp"
#include "mapdata/DataError.hpp"
#include "render/Fonts.hpp"
#include "render/PlaceOverlay.hpp"
#include "render/RenderCache.hpp"
#include "story/StoryError.hpp"
#include "story/StoryLoader.hpp"
#include "ui/ImGuiBridge.hpp"
#include "ui/MainMenu.hpp"

#include <SFML/Graphics/RenderWindow.hpp>

#include <imgui.h>
#include <SFML/OpenGL.hpp>

#include <algorithm>
#include <chrono>
#include <fstream>
#include <future>
#include <iostream>
#include <thread>

namespace gb::app {
namespace {

constexpr geo::LonLat projectionCentre{80.0, 45.0};

//! Frame times and start-up figures, written at exit when --bench-file is given.
struct BenchLog {
    std::vector<std::pair<std::string, double>> marks; //!< start-up milestones, seconds since start
    double firstFrameSeconds = 0;
    double fineReadySeconds = 0;
    std::vector<double> frameMs;

    void write(const std::filesystem::path& file) const {
        std::ofstream out(file, std::ios::app);
        for (const auto& [name, seconds] : marks)
            out << "mark_" << name << "_s " << seconds << '\n';
        out << "first_frame_s " << firstFrameSeconds << "\nfine_ready_s " << fineReadySeconds << '\n';
        for (double ms : frameMs)
            out << "frame_ms " << ms << '\n';
        // Peak resident memory of the whole process so far (kernel's high-water mark).
        std::ifstream status("/proc/self/status");
        for (std::string line; std::getline(status, line);)
            if (line.rfind("VmHWM:", 0) == 0)
                out << "peak_rss_kb " << std::stol(line.substr(6)) << '\n';
    }
};

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

//! Software GL compiles a pipeline the first time each kind of primitive is drawn (~50 ms in
//! all). Drawing one of each off screen while the map data is still being built moves that
//! cost off the path to the first frame.
std::shared_ptr<render::LineShader> warmUpRenderer(sf::RenderWindow& window, const render::MapStyle& style) {
    mapdata::LayerMesh mesh;
    mesh.fill = {{0, 0}, {1, 0}, {0, 1}};
    mesh.features.push_back({0, 3, 0, 1, {}});
    mesh.outlines.append({{0, 0}, {1, 1}});
    const render::GpuFill fill(mesh, [&](std::size_t) { return style.sea; });
    const render::GpuLines lines(mesh.outlines, style.border);
    sf::RenderStates states;
    states.transform.translate(-10.f, -10.f); // off screen
    geo::MapBox everywhere;
    everywhere.add(geo::MapPoint{-1e9, -1e9});
    everywhere.add(geo::MapPoint{1e9, 1e9});
    auto shader = std::make_shared<render::LineShader>();
    fill.draw(window, states);
    window.setView(sf::View(sf::FloatRect(-100.f, -100.f, 10.f, 10.f))); // nothing lands on screen
    lines.draw(window, *shader, 1.0f, 1.0, everywhere);
    window.setView(window.getDefaultView());
    window.setActive(true);
    glFinish();
    return shader;
}

} // namespace

int runWindow(const Options& options) {
    BenchLog bench;
    bench.marks.emplace_back("main", secondsSinceProcessStart());
    story::Story story;
    try {
        story = story::loadStory(options.story);
    } catch (const story::StoryError& e) {
        std::cerr << "geobrief: " << e.what() << '\n';
        return BadInput;
    }

    const render::MapStyle style;
    SceneSet scenes(story, options.shapes, options.defaultShapes, style);
    scenes.setProjection(projectionFor(options));
    geo::Projection projection(scenes.projection());
    const double w = options.size.width, h = options.size.height;
    view::Camera start = initialCamera(options, projection, w, h);
    // The coarse level (~20 ms) is built while the window opens, so the first frame comes fast;
    // the level the view wants follows a moment later. The fine level (~0.5 s) starts at once on
    // the other core so it is ready before anyone zooms in.
    const mapdata::DetailLevel firstLevel = mapdata::DetailLevel::Coarse;
    scenes.request(firstLevel);
    scenes.request(mapdata::DetailLevel::Fine);

    std::unique_ptr<XvfbSession> display;
    try {
        display = std::make_unique<XvfbSession>();
        if (display->started())
            std::cerr << "geobrief: no display; drawing into a private Xvfb (use --export FILE.png to get a picture)\n";
    } catch (const std::runtime_error& e) {
        std::cerr << "geobrief: " << e.what() << '\n';
        return CannotWrite;
    }
    sf::RenderWindow window(sf::VideoMode(options.size.width, options.size.height), "geobrief", sf::Style::Default);
    // SFML 2.5 can place a new window partly below the screen's edge; centre it ourselves.
    const sf::VideoMode desktop = sf::VideoMode::getDesktopMode();
    window.setPosition({std::max(0, (static_cast<int>(desktop.width) - static_cast<int>(options.size.width)) / 2),
                        std::max(0, (static_cast<int>(desktop.height) - static_cast<int>(options.size.height)) / 2)});
    bench.marks.emplace_back("window", secondsSinceProcessStart());
    window.setFramerateLimit(options.benchPan ? 0 : 60); // the bench measures work, not the limiter
    window.setKeyRepeatEnabled(true);
    scenes.shareLineShader(warmUpRenderer(window, style));
    try {
        scenes.waitFor(firstLevel);
    } catch (const mapdata::DataError& e) {
        std::cerr << "geobrief: " << e.what() << '\n';
        return BadInput;
    }
    bench.marks.emplace_back("scene", secondsSinceProcessStart());
    std::unique_ptr<render::Fonts> fonts;
    try {
        fonts = std::make_unique<render::Fonts>();
    } catch (const std::runtime_error& e) {
        std::cerr << "geobrief: " << e.what() << '\n';
        return BadInput;
    }
    ui::ImGuiSession imgui(window);
    bench.marks.emplace_back("imgui", secondsSinceProcessStart());

    // Home returns to the view the window opened with (the story overview unless the command
    // line asked for another), so a scripted view can always be recovered.
    view::MapNavigator navigator(start, cameraLimits(projection, w, h));
    MapInput input;
    render::RenderCache cache;
    ui::MenuState menu;
    menu.projection = options.projection;
    menu.language = options.language;
    std::string lastError;

    sf::Clock clock;
    sf::Clock frameClock;
    bool firstFrame = true;
    bool redraw = true;
    bool fineRequested = false;
    bool wasMoving = false;
    const render::MapScene* drawnScene = nullptr; // what the cache holds; compared, never used
    while (window.isOpen()) {
        const double now = clock.getElapsedTime().asSeconds();
        const sf::Clock workClock; // the frame's own work, without the frame-rate limiter's sleep
        if (options.quitAfterSeconds && now > *options.quitAfterSeconds)
            window.close();
        sf::Event event;
        while (window.pollEvent(event)) {
            imgui.processEvent(event);
            redraw = true;
            if (event.type == sf::Event::Closed)
                window.close();
            else if (event.type == sf::Event::Resized) {
                window.setView(sf::View(sf::FloatRect(0, 0, float(event.size.width), float(event.size.height))));
                navigator.resize(event.size.width, event.size.height, now);
                navigator.setLimits(cameraLimits(projection, event.size.width, event.size.height));
                view::Camera home = navigator.home();
                home.resize(event.size.width, event.size.height);
                navigator.setHome(home);
            } else if (event.type == sf::Event::KeyPressed && event.key.control && event.key.code == sf::Keyboard::Q)
                window.close();
            else if (event.type == sf::Event::KeyPressed && event.key.code == sf::Keyboard::F1)
                menu.showShortcuts = !menu.showShortcuts;
            else
                input.handle(event, navigator, now, imgui.wantsMouse(), imgui.wantsKeyboard());
        }
        if (!window.isOpen())
            break;

        if (auto error = scenes.poll()) {
            lastError = *error;
            std::cerr << "geobrief: " << *error << '\n';
        }
        // The pan benchmark starts once every level is loaded: it measures panning, not start-up.
        const bool benchPanning = options.benchPan && !firstFrame && scenes.ready(mapdata::DetailLevel::Fine) &&
                                  scenes.ready(mapdata::DetailLevel::Medium);
        if (benchPanning) {
            // A steady drag, turning back every 120 frames so the view stays on the map.
            const int step = static_cast<int>(bench.frameMs.size());
            navigator.drag((step / 120) % 2 == 0 ? -9.0 : 9.0, (step / 60) % 2 == 0 ? 2.0 : -2.0, now);
        }
        const view::Camera camera = navigator.cameraAt(now);
        const mapdata::DetailLevel wanted = mapdata::detailFor(camera.metresPerPixel());
        scenes.request(wanted);
        if (!fineRequested) {
            scenes.request(mapdata::DetailLevel::Fine); // after a projection change
            fineRequested = true;
        }
        const render::MapScene* scene = scenes.best(wanted);
        if (scenes.ready(mapdata::DetailLevel::Fine) && bench.fineReadySeconds == 0)
            bench.fineReadySeconds = secondsSinceProcessStart();
        if (scene != drawnScene) {
            cache.invalidate();
            drawnScene = scene;
            redraw = true;
        }
        const bool moving = navigator.animatingAt(now) || input.dragging() || options.benchPan;
        // The frame after motion ends is drawn too: it shows the animation's last step and lets the
        // cache redraw sharp for the settled view.
        if (!redraw && !moving && !wasMoving && !firstFrame) {
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
            continue;
        }
        redraw = false;
        wasMoving = moving;

        render::FrameOptions frame;
        frame.language = menu.language;
        frame.layers = menu.layers;
        const sf::Time frameTime = frameClock.restart();
        imgui.beginFrame(frameTime);
        const ui::MenuActions actions = ui::drawMainMenu(menu);
        ui::AboutInfo about;
        about.projectionDefinition = projection.definition();
        about.storyFile = story.source;
        if (scene) {
            const auto* g = scenes.geometry(scene->level());
            about.countriesFile = g->countriesFile;
            about.detailLevel = std::string(mapdata::suffix(scene->level()));
            about.warnings = g->warnings;
        }
        if (!lastError.empty())
            about.warnings.push_back(lastError);
        ui::drawHelpWindows(menu, about);

        window.clear(style.background);
        if (scene) {
            if (firstFrame) {
                scene->draw(window, camera, frame); // creating the cache's texture would delay it
            } else {
                cache.draw(window, camera, !moving, [&](sf::RenderTarget& target, const view::Camera& c) {
                    scene->draw(target, c, frame);
                });
            }
            render::drawPlaces(window, camera, placesOnMap(story, *scenes.geometry(scene->level())), *fonts, style,
                               frame);
        }
        imgui.endFrame();
        window.display();
        if (firstFrame) {
            bench.firstFrameSeconds = secondsSinceProcessStart();
            firstFrame = false;
            redraw = true; // the next frame fills the cache
        } else if (benchPanning || !options.benchPan) {
            bench.frameMs.push_back(workClock.getElapsedTime().asSeconds() * 1000.0);
        }

        if (actions.quit)
            window.close();
        if (actions.resetView)
            navigator.goHome(now);
        if (actions.layersChanged || actions.languageChanged)
            cache.invalidate();
        if (actions.projection) {
            geo::Projection next({*actions.projection, projectionCentre});
            const view::Camera carried = carryCamera(camera, projection, next);
            scenes.setProjection(next.spec());
            try {
                scenes.waitFor(std::min(mapdata::detailFor(carried.metresPerPixel()), mapdata::DetailLevel::Medium));
            } catch (const std::exception& e) {
                lastError = e.what();
            }
            fineRequested = false;
            navigator.setLimits(cameraLimits(next, camera.width(), camera.height()));
            navigator.setHome(homeCamera(next, camera.width(), camera.height()));
            navigator.jumpTo(carried);
            projection = std::move(next);
            cache.invalidate();
        }
    }
    if (options.benchFile)
        bench.write(*options.benchFile);
    return Ok;
}

} // namespace gb::app
