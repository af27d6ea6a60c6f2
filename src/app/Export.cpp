#include "app/Export.hpp"

#include "app/ExitCode.hpp"
#include "app/InitialView.hpp"
#include "app/StoryMoment.hpp"
#include "app/StoryScene.hpp"
#include "render/FlowOverlay.hpp"
#include "app/XvfbSession.hpp"
#include "mapdata/DataError.hpp"
#include "render/MapScene.hpp"
#include "render/PngFile.hpp"
#include "render/RgbaImage.hpp"
#include "story/StoryError.hpp"
#include "story/StoryLoader.hpp"

#include <SFML/Graphics/RenderTexture.hpp>

#include <future>
#include <iostream>

namespace gb::app {

int runExport(const Options& options) {
    const std::filesystem::path& out = *options.exportPath;
    // Check the destination before any work, so a typo costs nothing.
    const std::filesystem::path folder = out.parent_path().empty() ? "." : out.parent_path();
    std::error_code ec;
    if (!std::filesystem::is_directory(folder, ec)) {
        std::cerr << "geobrief: " << out.string() << ": the folder " << folder.string() << " does not exist\n";
        return CannotWrite;
    }

    story::Story story;
    mapdata::SceneGeometry geometry;
    std::vector<view::FlowGeometry> flows;
    render::FrameOptions frame;
    frame.language = options.language;
    const geo::ProjectionSpec spec = projectionFor(options);
    const double w = options.size.width, h = options.size.height;
    view::Camera camera;
    std::future<mapdata::SceneGeometry> pendingGeometry;
    try {
        story = story::loadStory(options.story);
        const geo::Projection projection(spec);
        const auto step = requestedStep(options, story);
        camera = step ? stepCamera(story.steps[*step], projection, w, h) : initialCamera(options, projection, w, h);
        frame.storyDay = initialStoryDay(options, story);
        if (step)
            frame.highlight = story.steps[*step].highlight;
        flows = view::buildFlowGeometry(story, projection);
        camera.clampTo(cameraLimits(projection, w, h));
        // The map data is built on a worker while this thread opens the GL context (each ~0.1 s).
        pendingGeometry = std::async(std::launch::async, [request = sceneRequest(story, options.shapes, options.defaultShapes,
                                                                                 spec, mapdata::detailFor(camera.metresPerPixel()))] {
            return mapdata::buildSceneGeometry(request);
        });
    } catch (const story::StoryError& e) {
        std::cerr << "geobrief: " << e.what() << '\n';
        return BadInput;
    } catch (const mapdata::DataError& e) {
        std::cerr << "geobrief: " << e.what() << '\n';
        return BadInput;
    } catch (const UsageError& e) {
        std::cerr << "geobrief: " << e.what() << '\n';
        return UsageFailure;
    }
    try {
        XvfbSession display;
        sf::RenderTexture target;
        if (!target.create(options.size.width, options.size.height)) {
            std::cerr << "geobrief: cannot create a " << options.size.width << "x" << options.size.height
                      << " OpenGL render target (is the size above the GL limit?)\n";
            return CannotWrite;
        }
        const render::MapStyle style;
        const render::Fonts fonts;
        auto lineShader = std::make_shared<render::LineShader>();
        try {
            geometry = pendingGeometry.get();
        } catch (const mapdata::DataError& e) {
            std::cerr << "geobrief: " << e.what() << '\n';
            return BadInput;
        }
        for (const std::string& warning : geometry.warnings)
            std::cerr << "geobrief: warning: " << warning << '\n';
        const render::MapScene scene(geometry, story, style, lineShader);
        scene.draw(target, camera, frame);
        render::drawFlows(target, camera, flows, story, frame);
        render::drawPlaces(target, camera, placesOnMap(story, geometry), fonts, style, frame);
        const render::RgbaImage image = render::readPixels(target);
        const std::filesystem::path written = render::writePngNoOverwrite(image, out);
        std::cout << written.string() << '\n';
    } catch (const render::WriteError& e) {
        std::cerr << "geobrief: " << e.what() << '\n';
        return CannotWrite;
    } catch (const std::runtime_error& e) {
        std::cerr << "geobrief: " << e.what() << '\n';
        return CannotWrite;
    }
    return Ok;
}

} // namespace gb::app
