#include "app/Export.hpp"

#include "app/BenchLog.hpp"
#include "app/ExitCode.hpp"
#include "app/ExportTarget.hpp"
#include "app/InitialView.hpp"
#include "app/LayoutLog.hpp"
#include "app/SeaLegs.hpp"
#include "app/StoryMoment.hpp"
#include "app/StoryScene.hpp"
#include "app/TextFile.hpp"
#include "app/XvfbSession.hpp"
#include "render/FrameComposer.hpp"
#include "render/GlCheck.hpp"
#include "render/PngFile.hpp"
#include "story/Date.hpp"
#include "story/StoryError.hpp"
#include "story/StoryLoader.hpp"
#include "view/Locator.hpp"
#include "view/NamedPlaces.hpp"
#include "view/PictureSources.hpp"
#include "view/SearchIndex.hpp"

#include <unistd.h>

#include <array>
#include <cmath>
#include <future>
#include <iostream>
#include <map>
#include <sstream>

namespace gb::app {
namespace {

//! One picture to render.
struct ExportJob {
    geo::ProjectionSpec spec; //!< centred on the picture's area
    render::Frame frame;
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
    const view::Camera& camera = job.frame.camera;
    const double mpp = camera.metresPerPixel();
    const geo::MapBox visible = camera.visibleArea();
    const double margin = 0.05 * std::max(visible.width(), visible.height()) + 16.0 * mpp;
    // Detail under half a pixel cannot show. Rounded down to a quarter octave (0.42 to 0.5 px)
    // so pictures of similar scale can share one mesh.
    return {job.spec.centre.lon, mapdata::detailFor(mpp * job.frame.options.pixelScale),
            std::exp2(std::floor(4.0 * std::log2(0.5 * mpp)) / 4.0),
            {visible.minX - margin, visible.minY - margin, visible.maxX + margin, visible.maxY + margin}};
}

//! The map data of the locator insets: Natural Earth's 110m land in the story-wide projection,
//! one for every picture (each inset turns its camera to match its picture: sameViewIn). Drawn
//! from the picture's own mesh, the inset made the Kursk slide build 10m outlines for 5,000 km
//! around (298 -> 427 ms); one coarse scene per picture still cost the deck ~18 ms a slide.
constexpr SceneKey locatorKey{-1000.0, mapdata::DetailLevel::Coarse, 0.0, {}};

bool hasLocator(const ExportJob& job) {
    return job.frame.overlays && job.frame.overlays->locator && view::wantsLocator(job.frame.camera);
}

//! The index of an exported deck, written atomically next to the pictures.
void writeIndex(const std::filesystem::path& folder, const story::Story& story, const std::vector<ExportJob>& jobs,
                const std::vector<std::filesystem::path>& written, story::Language language) {
    std::ostringstream out;
    out << "# " << story.title.in(language) << "\n\n";
    for (std::size_t i = 0; i < jobs.size(); ++i) {
        out << i + 1 << ". [" << jobs[i].title << "](" << written[i].filename().string() << ")"
            << (jobs[i].frame.step ? ": " + jobs[i].frame.step->caption.in(language) : "") << "\n";
        // The same numbers as the picture's source line, in full.
        const auto sources = view::pictureSources(story, jobs[i].frame.step, jobs[i].frame.options.storyDay);
        for (std::size_t n = 0; n < sources.size(); ++n)
            out << "   - [" << n + 1 << "] " << sources[n]->outlet << ", \"" << sources[n]->title << "\", "
                << story::displayDate(sources[n]->date, language) << ". <" << sources[n]->url << ">\n";
    }
    out << "\n" << story.attribution.in(language) << "\n";
    writeTextAtomically(folder / "index.md", out.str());
}

//! Checks the destination before any work, so a typo costs nothing. Throws render::WriteError.
void checkDestination(const Options& options) {
    const std::filesystem::path folder = options.exportSteps ? *options.exportSteps
                                         : options.exportPath->parent_path().empty() ? std::filesystem::path(".")
                                                                                    : options.exportPath->parent_path();
    const std::string named = (options.exportSteps ? folder : *options.exportPath).string();
    std::error_code ec;
    if (!std::filesystem::is_directory(folder, ec))
        throw render::WriteError(named + ": " + (std::filesystem::exists(folder, ec)
                                                     ? folder.string() + " is not a folder"
                                                     : "the folder " + folder.string() + " does not exist"));
    if (::access(folder.c_str(), W_OK) != 0)
        throw render::WriteError(folder.string() + ": the folder is not writable");
}

render::FrameOptions baseFrameOptions(const Options& options) {
    render::FrameOptions frame;
    frame.language = options.language;
    frame.transparent = options.transparent;
    frame.pixelScale = static_cast<float>(options.scale.value_or(std::max(1.0, options.size.height / 720.0)));
    return frame;
}

//! The camera of a picture of no step: what the flags ask for; the story's overview, on a slide,
//! framed where the title and legend leave the map free (as a step's area is), so the legend
//! does not cover the Far East.
view::Camera overviewCamera(const Options& options, const story::Story& story, const geo::Projection& projection) {
    const double w = options.size.width, h = options.size.height;
    const bool asked = options.bounds || options.centre || options.zoom;
    if (asked || !options.overlays || projection.spec().kind == geo::ProjectionKind::Orthographic)
        return initialCamera(options, projection, w, h);
    story::Step overview;
    overview.view.bounds = storyOverview;
    const render::FrameOptions frame = baseFrameOptions(options);
    const auto footprint = render::estimateSlideFootprint(story, nullptr, float(w), frame, render::SlideOverlays{});
    return slideCamera(overview, projection, w, h, render::freeAreasOf(footprint, float(w), float(h), 8.f * frame.pixelScale));
}

//! The picture of one step: the cone turned to the step's area, which goes where no title,
//! legend or caption covers it (with overlays).
ExportJob stepJob(const Options& options, const story::Story& story, std::size_t index, std::filesystem::path file) {
    const double w = options.size.width, h = options.size.height;
    const story::Step& step = story.steps[index];
    const geo::ProjectionSpec spec =
        projectionCentredOn(options, step.view.bounds ? middleLon(*step.view.bounds) : step.view.centre->lon);
    const geo::Projection projection(spec);
    const render::FrameOptions frame = baseFrameOptions(options);
    const view::Camera camera =
        options.overlays ? slideCamera(step, projection, w, h,
                                       render::freeAreasOf(render::estimateSlideFootprint(story, &step, float(w), frame,
                                                                                          render::SlideOverlays{}),
                                                           float(w), float(h), 8.f * frame.pixelScale))
                         : stepCamera(step, projection, w, h);
    ExportJob job{spec, {camera, frame, &step, {}, std::nullopt}, std::move(file), step.title.in(options.language)};
    job.frame.options.storyDay = options.time ? *options.time + 1.0 : step.time.to + 1.0;
    job.frame.options.highlight = step.highlight;
    return job;
}

//! The pictures the options ask for: every step, one step, or one view.
std::vector<ExportJob> jobsFor(const Options& options, const story::Story& story) {
    std::vector<ExportJob> jobs;
    if (options.exportSteps) {
        if (story.steps.empty())
            throw story::StoryError(story.source, std::nullopt, "steps", "the story has no steps to export");
        for (std::size_t i = 0; i < story.steps.size(); ++i)
            jobs.push_back(stepJob(options, story, i, *options.exportSteps / stepFileName(i, story.steps[i])));
    } else if (const auto step = requestedStep(options, story)) {
        jobs.push_back(stepJob(options, story, *step, *options.exportPath));
    } else {
        const std::optional<double> centreLon = options.bounds   ? std::optional(middleLon(*options.bounds))
                                                : options.centre ? std::optional(options.centre->lon)
                                                                 : std::nullopt;
        const geo::ProjectionSpec spec = projectionCentredOn(options, centreLon);
        const geo::Projection projection(spec);
        if (const auto warning = viewWarning(projection))
            std::cerr << "geobrief: warning: " << *warning << '\n';
        ExportJob job{spec,
                      {overviewCamera(options, story, projection), baseFrameOptions(options), nullptr, {}, std::nullopt},
                      *options.exportPath, story.title.in(options.language)};
        job.frame.options.storyDay = initialStoryDay(options, story);
        jobs.push_back(std::move(job));
    }
    for (ExportJob& job : jobs) {
        job.frame.camera.clampTo(cameraLimits(geo::Projection(job.spec), options.size.width, options.size.height));
        if (options.overlays) {
            job.frame.overlays = render::SlideOverlays{};
            job.frame.overlays->locator = options.locator;
        }
    }
    return jobs;
}

using PendingScenes = std::map<SceneKey, std::future<mapdata::SceneGeometry>>;

//! Starts building the map data of every picture on workers (pictures that agree share one).
PendingScenes startScenes(const Options& options, const story::Story& story, const std::vector<ExportJob>& jobs) {
    PendingScenes pending;
    const auto start = [&](const geo::ProjectionSpec& spec, const SceneKey& key, bool forLocator) {
        if (pending.count(key))
            return;
        mapdata::SceneRequest request = sceneRequest(story, options.shapes, options.defaultShapes, spec, key.level);
        if (forLocator) { // an inset names nothing
            request.countryNames.clear();
            request.seaNames.clear();
            request.regions.clear();
        }
        request.workers = 2; // the main thread only waits for the GL context meanwhile
        request.mesh.simplifyMetres = key.simplifyMetres;
        if (!forLocator)
            request.mesh.onlyWithin = geo::MapBox{key.within[0], key.within[1], key.within[2], key.within[3]};
        request.pickIndexes = !forLocator; // labels keep to their side of borders
        pending[key] = std::async(std::launch::async,
                                  [request = std::move(request)] { return mapdata::buildSceneGeometry(request); });
    };
    for (const ExportJob& job : jobs) {
        start(job.spec, sceneKeyOf(job), false);
        if (hasLocator(job))
            start(projectionFor(options), locatorKey, true);
    }
    return pending;
}

//! A scene on the GPU with the data it was made from.
struct UploadedScene {
    mapdata::SceneGeometry geometry;
    std::unique_ptr<render::MapScene> scene;
};

//! Draws every picture and writes it (never over an existing file); prints each path written.
std::vector<std::filesystem::path> drawAndWrite(const story::Story& story, const std::vector<ExportJob>& jobs,
                                                PendingScenes& pending, ExportTarget& gl, const render::MapStyle& style,
                                                BenchLog& bench, const std::optional<std::filesystem::path>& layoutFile) {
    std::map<SceneKey, UploadedScene> scenes;
    std::vector<std::filesystem::path> written;
    const render::FrameTools tools{*gl.fonts, style, *gl.ribbons};
    std::optional<geo::Projection> locatorProjection; // made once: PROJ's set-up is not free
    const auto uploadedFor = [&](const SceneKey& key) -> UploadedScene& {
        UploadedScene& uploaded = scenes[key];
        if (!uploaded.scene) {
            uploaded.geometry = pending[key].get(); // rethrows the worker's DataError
            for (const std::string& warning : uploaded.geometry.warnings)
                std::cerr << "geobrief: warning: " << warning << '\n';
            bench.mark("geometry");
            uploaded.scene = std::make_unique<render::MapScene>(uploaded.geometry, story, style, gl.lineShader);
            bench.mark("uploaded");
        }
        return uploaded;
    };
    for (const ExportJob& job : jobs) {
        const UploadedScene& uploaded = uploadedFor(sceneKeyOf(job));
        const render::MapScene* locator = hasLocator(job) ? uploadedFor(locatorKey).scene.get() : nullptr;
        const geo::Projection projection(job.spec);
        const auto flows = view::buildFlowGeometry(story, projection); // ~0.3 ms
        const auto places = render::placesOnMap(story, uploaded.geometry);
        render::FrameContent content{*uploaded.scene, places, flows, story, projection, locator};
        content.countries = uploaded.geometry.countryIndex.get();
        if (locator) {
            if (!locatorProjection)
                locatorProjection.emplace(locator->projection());
            content.pictureInLocator = sameViewIn(job.frame.camera, projection, *locatorProjection);
        }
        render::FrameLayout layout;
        const render::RgbaImage picture =
            render::renderPicture(*gl.target, content, job.frame, tools, std::move(gl.canvas), layoutFile ? &layout : nullptr);
        bench.mark("drawn");
        written.push_back(render::writePngNoOverwrite(picture, job.file));
        if (layoutFile)
            appendLayout(*layoutFile, written.back(), job.frame.camera.width(), job.frame.camera.height(),
                         job.frame.camera.metresPerPixel(),
                         view::placesNamedBy(story, job.frame.step, job.frame.options.language), layout);
        bench.mark("written");
        std::cout << written.back().string() << '\n';
    }
    return written;
}

} // namespace

int runExport(const Options& options) {
    checkDestination(options);
    BenchLog bench;
    bench.mark("main");
    // The X server (only when there is no display) starts while the story loads; fork before
    // any thread starts.
    XvfbSession display{XvfbSession::StartOnly{XvfbSession::IfDisplayDead::UsePrivate}};
    const render::MapStyle style;
    std::future<ExportTarget> openingTarget;
    if (!display.started()) // a display already: the GL target can be made at once
        openingTarget = openExportTarget(options.size.width, options.size.height, style);
    const story::Story story = loadRoutedStory(options.story, options.defaultShapes);
    const std::vector<ExportJob> jobs = jobsFor(options, story);
    // The map data is built on workers while this thread opens the GL context (each ~0.1 s).
    // Xvfb, if started, must be ready first: setting DISPLAY while other threads read the
    // environment (GDAL and PROJ do) is a data race.
    display.waitUntilReady();
    if (!openingTarget.valid())
        openingTarget = openExportTarget(options.size.width, options.size.height, style);
    PendingScenes pending = startScenes(options, story, jobs);
    bench.mark("jobs");
    ExportTarget gl = openingTarget.get();
    display.keepForProcess(); // SFML's X connection now lives until the process ends
    if (!gl.target || !gl.context->setActive(true) || !gl.target->setActive(true))
        throw render::GlError("cannot create a " + std::to_string(options.size.width) + "x" +
                              std::to_string(options.size.height) + " OpenGL render target (is the size above the GL limit?)");
    bench.mark("gl_context");
    const auto written = drawAndWrite(story, jobs, pending, gl, style, bench, options.layoutFile);
    if (options.exportSteps)
        writeIndex(*options.exportSteps, story, jobs, written, options.language);
    if (options.benchFile)
        bench.write(*options.benchFile);
    return Ok;
}

} // namespace gb::app
