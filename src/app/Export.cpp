#include "app/Export.hpp"

#include "app/BenchLog.hpp"
#include "app/ExitCode.hpp"
#include "app/ExportTarget.hpp"
#include "app/InitialView.hpp"
#include "app/Interrupt.hpp"
#include "app/LayoutLog.hpp"
#include "app/SeaLegs.hpp"
#include "app/SlideViews.hpp"
#include "app/SoftwareGl.hpp"
#include "app/StillScenes.hpp"
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
#include "view/MapCredit.hpp"
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

using ExportJob = StillJob;

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

//! The index of an exported deck, written atomically next to the pictures.
//! `userCountries`: the credit of a user's countries file, as the pictures carry it.
void writeIndex(const std::filesystem::path& folder, const story::Story& story, const std::vector<ExportJob>& jobs,
                const std::vector<std::filesystem::path>& written, story::Language language,
                const std::string& userCountries) {
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
    out << "\n" << view::mapCredit(story, userCountries, language) << "\n";
    // Never over an earlier deck's index: its pictures got numbered names too.
    const std::filesystem::path index = writeTextNoOverwrite(folder / "index.md", out.str());
    if (index.filename() != "index.md")
        std::cout << index.string() << '\n';
}

//! Checks the destination before any work, so a typo costs nothing. Throws render::WriteError.
void checkDestination(const Options& options) {
    if (options.exportPath && files::namesStandardOutput(*options.exportPath))
        return; // streamed: nothing to create
    if (options.exportSteps) // made when missing, as --export-frames is
        files::makeOutputFolder(*options.exportSteps);
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
    if (options.exportSteps) // before ten pictures are drawn, not after
        files::checkNewFile(folder / "index.md", "deck index");
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
        finishJob(options, job);
        jobs.push_back(std::move(job));
    }
    return jobs;
}

//! Draws every picture and writes it (never over an existing file); prints each path written.
//! `userCountries` receives the pictures' credit for a user's countries file (empty: ours).
std::vector<std::filesystem::path> drawAndWrite(const std::vector<ExportJob>& jobs, StillScenes& scenes,
                                                ExportTarget& gl, const render::MapStyle& style, BenchLog& bench,
                                                const std::optional<std::filesystem::path>& layoutFile,
                                                std::string& userCountries) {
    std::vector<std::filesystem::path> written;
    const render::FrameTools tools{*gl.fonts, style, *gl.ribbons, nullptr, nullptr};
    scenes.onMark([&bench](const char* mark) { bench.mark(mark); });
    for (const ExportJob& job : jobs) {
        throwIfInterrupted(); // between pictures: those written stay, none is half-written
        const render::FrameContent content = scenes.contentOf(job, gl.lineShader);
        userCountries = content.scene.userCountriesCredit();
        const render::FrameLayout layout = render::composeFrame(*gl.target, content, job.frame, tools);
        bench.mark("drawn");
        // Read band by band as the PNG is deflated: the picture is never whole in memory.
        const render::PictureRows rows = render::rowsOf(*gl.target);
        const unsigned width = gl.target->getSize().x, height = gl.target->getSize().y;
        if (files::namesStandardOutput(job.file)) { // the PNG is the output: no path line
            render::writePngToStandardOutput(width, height, rows);
            written.push_back(job.file);
            bench.mark("written");
            continue;
        }
        written.push_back(render::writePngNoOverwrite(width, height, rows, job.file));
        if (layoutFile)
            appendLayout(*layoutFile, written.back(), job.frame.camera.width(), job.frame.camera.height(),
                         job.frame.camera.metresPerPixel(),
                         view::placesNamedBy(content.story, job.frame.step, job.frame.options.language), layout);
        bench.mark("written");
        std::cout << written.back().string() << '\n';
    }
    return written;
}

} // namespace

int runExport(const Options& options, EarlyXvfb& early) {
    compileShadersForStillPictures(); // before the threads below start: it sets the environment
    checkDestination(options);
    BenchLog bench;
    bench.mark("main");
    // Without a display, an X server starts at once (DISPLAY set to its number before any thread
    // starts; the launcher's, started before our libraries loaded, when there is one), and the GL
    // target is made on a worker as soon as the server answers, while this thread loads the
    // story and the map data.
    XvfbSession display{XvfbSession::StartOnly{XvfbSession::IfDisplayDead::UsePrivate, /*offscreenOnly=*/true, &early}};
    const render::MapStyle style;
    OpeningTarget openingTarget(options.size.width, options.size.height, style, &display);
    const story::Story story = loadRoutedStory(options.story, options.defaultShapes);
    bench.mark("story");
    checkStoryTime(options, story);
    const std::vector<ExportJob> jobs = jobsFor(options, story);
    // A user's one countries file serves every picture's scene: read once, here. Parsing a
    // 4.5 MB GeoJSON is most of such an export's map work.
    std::shared_ptr<const mapdata::CountriesRead> countries;
    if (std::error_code ec; !std::filesystem::is_directory(options.shapes, ec))
        countries = std::make_shared<const mapdata::CountriesRead>(mapdata::readSceneCountries(
            sceneRequest(story, options.shapes, options.shapesCrs, options.defaultShapes, geo::ProjectionSpec{},
                         mapdata::DetailLevel::Medium)));
    bench.mark("countries");
    // The rest of the map data is built on workers while the GL target is finished. If the
    // server's number was taken meanwhile, another server starts first: setting DISPLAY while
    // other threads read the environment (GDAL and PROJ do) is a data race.
    settleDisplay(display, openingTarget, options.size.width, options.size.height, style);
    StillScenes scenes(options, story, style);
    scenes.useCountries(countries);
    for (const ExportJob& job : jobs) // built on workers while the GL worker finishes the target
        scenes.start(job);
    bench.mark("jobs");
    ExportTarget gl = openingTarget.take();
    if (display.started()) // by the launcher (before "main") or here
        bench.mark("display_started", display.startedAt());
    bench.mark("gl_driver_loaded", gl.driverLoadedAt);
    bench.mark("display_answered", gl.displayAt);
    bench.mark("gl_target_ready", gl.readyAt);
    if (!gl.target || !gl.context->setActive(true) || !gl.target->setActive(true))
        throw render::GlError("cannot create a " + std::to_string(options.size.width) + "x" +
                              std::to_string(options.size.height) + " OpenGL render target (is the size above the GL limit?)");
    bench.mark("gl_context");
    std::string userCountries;
    const auto written = drawAndWrite(jobs, scenes, gl, style, bench, options.layoutFile, userCountries);
    if (options.exportSteps)
        writeIndex(*options.exportSteps, story, jobs, written, options.language, userCountries);
    if (options.benchFile)
        bench.write(*options.benchFile);
    return Ok;
}

} // namespace gb::app
