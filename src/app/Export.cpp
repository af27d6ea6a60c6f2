#include "app/Export.hpp"

#include "app/BenchLog.hpp"
#include "app/ExitCode.hpp"
#include "app/ExportTarget.hpp"
#include "app/InitialView.hpp"
#include "app/StoryMoment.hpp"
#include "app/SlideRenderer.hpp"
#include "app/StoryScene.hpp"
#include "app/XvfbSession.hpp"
#include "mapdata/DataError.hpp"
#include "render/FlowOverlay.hpp"
#include "render/MapScene.hpp"
#include "render/PngFile.hpp"
#include "render/RgbaImage.hpp"
#include "render/SlideOverlay.hpp"
#include "story/StoryError.hpp"
#include "story/StoryLoader.hpp"
#include "view/SearchIndex.hpp"

#include <SFML/Graphics/RenderTexture.hpp>

#include <unistd.h>

#include <array>
#include <cmath>
#include <sstream>
#include <future>
#include <iostream>
#include <map>

namespace gb::app {
namespace {

//! One picture to render.
struct ExportJob {
    geo::ProjectionSpec spec;     //!< centred on the picture's area
    view::Camera camera;
    render::FrameOptions frame;
    const story::Step* step = nullptr;
    std::filesystem::path file;
    std::string title; //!< for the steps' index
};

//! "03-tokyo-1-november-2024.png": the step number and its English title, file-name safe.
std::string stepFileName(std::size_t index, const story::Step& step) {
    std::string slug;
    for (char c : view::foldForSearch(step.title.en)) {
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
            slug += c;
        else if (!slug.empty() && slug.back() != '-')
            slug += '-';
    }
    while (!slug.empty() && slug.back() == '-')
        slug.pop_back();
    char number[8];
    std::snprintf(number, sizeof number, "%02zu", index + 1);
    std::string name(number);
    if (!slug.empty())
        name.append("-").append(slug.substr(0, 60));
    return name.append(".png");
}

//! Map data is built for each picture: its projection (by central meridian), level of detail,
//! simplification and extent. Pictures that agree on all four share it.
struct SceneKey {
    double centreLon = 0.0;
    mapdata::DetailLevel level = mapdata::DetailLevel::Medium;
    double simplifyMetres = 0.0;
    std::array<double, 4> within{}; //!< minX, minY, maxX, maxY of the picture, with a margin
    auto operator<=>(const SceneKey&) const = default;
};

SceneKey sceneKeyOf(const ExportJob& job) {
    // The level follows the picture's apparent scale, so a 2x export shows the same map finer.
    const double mpp = job.camera.metresPerPixel();
    const geo::MapBox visible = job.camera.visibleArea();
    const double margin = 0.05 * std::max(visible.width(), visible.height()) + 16.0 * mpp;
    // Detail under half a pixel cannot show. Rounded down to a quarter octave (0.42 to 0.5 px)
    // so pictures of similar scale can share one mesh.
    return {job.spec.centre.lon, mapdata::detailFor(mpp * job.frame.pixelScale),
            std::exp2(std::floor(4.0 * std::log2(0.5 * mpp)) / 4.0),
            {visible.minX - margin, visible.minY - margin, visible.maxX + margin, visible.maxY + margin}};
}

int fail(int code, const std::string& message) {
    std::cerr << "geobrief: " << message << '\n';
    return code;
}

//! The index of an exported deck, written atomically next to the pictures.
void writeIndex(const std::filesystem::path& folder, const story::Story& story, const std::vector<ExportJob>& jobs,
                const std::vector<std::filesystem::path>& written, story::Language language) {
    std::ostringstream out;
    out << "# " << story.title.in(language) << "\n\n";
    for (std::size_t i = 0; i < jobs.size(); ++i)
        out << i + 1 << ". [" << jobs[i].title << "](" << written[i].filename().string() << ")"
            << (jobs[i].step ? ": " + jobs[i].step->caption.in(language) : "") << "\n";
    out << "\n" << story.attribution.in(language) << "\n";
    writeTextAtomically(folder / "index.md", out.str());
}

} // namespace

int runExport(const Options& options) {
    const double w = options.size.width, h = options.size.height;
    // Check the destination before any work, so a typo costs nothing.
    const std::filesystem::path folder = options.exportSteps ? *options.exportSteps
                                         : options.exportPath->parent_path().empty() ? std::filesystem::path(".")
                                                                                    : options.exportPath->parent_path();
    std::error_code ec;
    if (!std::filesystem::is_directory(folder, ec))
        return fail(CannotWrite, (options.exportSteps ? folder : *options.exportPath).string() + ": " +
                                     (std::filesystem::exists(folder, ec) ? folder.string() + " is not a folder"
                                                                          : "the folder " + folder.string() + " does not exist"));
    if (::access(folder.c_str(), W_OK) != 0)
        return fail(CannotWrite, folder.string() + ": the folder is not writable");

    BenchLog bench;
    bench.mark("main");
    // The X server (only when there is no display) starts while the story loads; fork before
    // any thread starts.
    std::optional<XvfbSession> display;
    try {
        display.emplace(XvfbSession::StartOnly{});
    } catch (const std::runtime_error& e) {
        return fail(CannotWrite, e.what());
    }
    const render::MapStyle style;
    std::future<ExportTarget> openingTarget;
    if (!display->started()) // a display already: the GL target can be made at once
        openingTarget = openExportTarget(options.size.width, options.size.height, style);
    story::Story story;
    std::vector<ExportJob> jobs;
    // Map data per projection, level, simplification and extent, built on workers.
    std::map<SceneKey, std::future<mapdata::SceneGeometry>> pending;
    try {
        story = story::loadStory(options.story);
        render::FrameOptions frame;
        frame.language = options.language;
        frame.transparent = options.transparent;
        frame.pixelScale = static_cast<float>(options.scale.value_or(std::max(1.0, h / 720.0)));
        const auto addStep = [&](std::size_t index, std::filesystem::path file) {
            const story::Step& step = story.steps[index];
            const geo::ProjectionSpec spec = projectionCentredOn(
                options, step.view.bounds ? middleLon(*step.view.bounds) : step.view.centre->lon);
            const geo::Projection projection(spec);
            // With overlays, the step's area goes where no title, legend or caption covers it.
            const view::Camera camera =
                options.overlays
                    ? slideCamera(step, projection, w, h,
                                  render::freeAreasOf(render::estimateSlideFootprint(story, &step, static_cast<float>(w),
                                                                                      frame, render::SlideOverlays{}),
                                                      static_cast<float>(w), static_cast<float>(h), 8.f * frame.pixelScale))
                    : stepCamera(step, projection, w, h);
            ExportJob job{spec, camera, frame, &step, std::move(file), step.title.in(options.language)};
            job.frame.storyDay = options.time ? *options.time + 1.0 : step.time.to + 1.0;
            job.frame.highlight = step.highlight;
            jobs.push_back(std::move(job));
        };
        if (options.exportSteps) {
            if (story.steps.empty())
                return fail(BadInput, story.source + ": the story has no steps to export");
            for (std::size_t i = 0; i < story.steps.size(); ++i)
                addStep(i, *options.exportSteps / stepFileName(i, story.steps[i]));
        } else if (const auto step = requestedStep(options, story)) {
            addStep(*step, *options.exportPath);
        } else {
            const std::optional<double> centreLon = options.bounds   ? std::optional(middleLon(*options.bounds))
                                                    : options.centre ? std::optional(options.centre->lon)
                                                                     : std::nullopt;
            const geo::ProjectionSpec spec = projectionCentredOn(options, centreLon);
            ExportJob job{spec, initialCamera(options, geo::Projection(spec), w, h), frame, nullptr, *options.exportPath,
                          story.title.in(options.language)};
            job.frame.storyDay = initialStoryDay(options, story);
            jobs.push_back(std::move(job));
        }
        // The map data is built on workers while this thread opens the GL context (each ~0.1 s).
        // Xvfb, if started, must be ready first: setting DISPLAY while other threads read the
        // environment (GDAL and PROJ do) is a data race.
        display->waitUntilReady();
        if (!openingTarget.valid())
            openingTarget = openExportTarget(options.size.width, options.size.height, style);
        for (ExportJob& job : jobs) {
            job.camera.clampTo(cameraLimits(geo::Projection(job.spec), w, h));
            const SceneKey key = sceneKeyOf(job);
            if (pending.count(key))
                continue;
            mapdata::SceneRequest request = sceneRequest(story, options.shapes, options.defaultShapes, job.spec, key.level);
            request.workers = 2; // this thread only opens the GL context meanwhile
            request.mesh.simplifyMetres = key.simplifyMetres;
            request.mesh.onlyWithin = geo::MapBox{key.within[0], key.within[1], key.within[2], key.within[3]};
            pending[key] = std::async(std::launch::async, [request = std::move(request)] {
                return mapdata::buildSceneGeometry(request);
            });
        }
    } catch (const story::StoryError& e) {
        return fail(BadInput, e.what());
    } catch (const UsageError& e) {
        return fail(UsageFailure, e.what());
    } catch (const std::runtime_error& e) { // Xvfb did not start
        return fail(CannotWrite, e.what());
    }

    bench.mark("jobs");
    try {
        ExportTarget gl = openingTarget.get();
        const std::unique_ptr<sf::RenderTexture>& target = gl.target;
        if (!target || !target->setActive(true))
            return fail(CannotWrite, "cannot create a " + std::to_string(options.size.width) + "x" +
                                         std::to_string(options.size.height) +
                                         " OpenGL render target (is the size above the GL limit?)");
        bench.mark("gl_context");
        const render::Fonts& fonts = *gl.fonts;
        const std::shared_ptr<render::LineShader>& lineShader = gl.lineShader;
        struct Built {
            mapdata::SceneGeometry geometry;
            std::unique_ptr<render::MapScene> scene;
        };
        std::map<SceneKey, Built> scenes;
        std::vector<std::filesystem::path> written;
        for (const ExportJob& job : jobs) {
            const SceneKey key = sceneKeyOf(job);
            auto& [geometry, scene] = scenes[key];
            if (!scene) {
                try {
                    geometry = pending[key].get();
                } catch (const mapdata::DataError& e) {
                    return fail(BadInput, e.what());
                }
                for (const std::string& warning : geometry.warnings)
                    std::cerr << "geobrief: warning: " << warning << '\n';
                bench.mark("geometry");
                scene = std::make_unique<render::MapScene>(geometry, story, style, lineShader);
                bench.mark("uploaded");
            }
            const geo::Projection projection(job.spec);
            const auto flows = view::buildFlowGeometry(story, projection); // ~0.3 ms
            const SlideContent content{*scene, geometry, flows, story, job.step, projection, fonts, style, *gl.ribbons};
            const auto overlays = options.overlays ? std::optional<render::SlideOverlays>(render::SlideOverlays{})
                                                   : std::nullopt;
            const render::RgbaImage picture =
                renderSlide(*target, content, job.camera, job.frame, overlays, std::move(gl.canvas));
            bench.mark("drawn");
            written.push_back(render::writePngNoOverwrite(picture, job.file));
            bench.mark("written");
            std::cout << written.back().string() << '\n';
        }
        if (options.exportSteps)
            writeIndex(*options.exportSteps, story, jobs, written, options.language);
    } catch (const render::WriteError& e) {
        return fail(CannotWrite, e.what());
    } catch (const std::runtime_error& e) {
        return fail(CannotWrite, e.what());
    }
    if (options.benchFile)
        bench.write(*options.benchFile);
    return Ok;
}

} // namespace gb::app
