#include "app/VideoExport.hpp"

#include "app/ExitCode.hpp"
#include "app/ExportTarget.hpp"
#include "app/InitialView.hpp"
#include "app/ProgressLine.hpp"
#include "app/SceneSet.hpp"
#include "app/SeaLegs.hpp"
#include "app/StillScenes.hpp"
#include "app/VideoFrames.hpp"
#include "app/XvfbSession.hpp"
#include "render/GlCheck.hpp"
#include "render/PngFile.hpp"
#include "video/FramePipeline.hpp"
#include "video/VideoWriter.hpp"
#include "view/Locator.hpp"

#include <unistd.h>

#include <cstdio>
#include <iostream>
#include <set>

namespace gb::app {
namespace {

//! Checks (and for frames, makes) where the recording goes before any work.
void prepareDestinations(const Options& options) {
    if (options.exportVideo)
        files::checkNewFile(*options.exportVideo);
    if (!options.exportFrames)
        return;
    const std::filesystem::path& folder = *options.exportFrames;
    std::error_code ec;
    if (!std::filesystem::exists(folder, ec)) {
        const std::filesystem::path parent = folder.parent_path().empty() ? "." : folder.parent_path();
        if (!std::filesystem::is_directory(parent, ec))
            throw files::WriteError(folder.string() + ": the folder " + parent.string() + " does not exist");
        if (!std::filesystem::create_directory(folder, ec) && ec)
            throw files::WriteError(folder.string() + ": cannot create the folder (" + ec.message() + ")");
    } else if (!std::filesystem::is_directory(folder, ec)) {
        throw files::WriteError(folder.string() + ": exists and is not a folder");
    }
    if (::access(folder.c_str(), W_OK) != 0)
        throw files::WriteError(folder.string() + ": the folder is not writable");
}

//! Draws the plan's frames. In flight: the story-wide projection, at the level each camera
//! wants, waited for, so a frame never depends on how fast the map data was built. Landed: the
//! step's still picture (its own projection and map data, as --export --step draws it) at the
//! frame's day, so the last frame is the step's slide.
class FrameDrawer {
public:
    FrameDrawer(const Options& options, const story::Story& story, const geo::Projection& projection, SceneSet& scenes,
                ExportTarget& gl, const render::MapStyle& style)
        : options_(options), story_(story), projection_(projection), scenes_(scenes), stills_(options, story, style),
          gl_(gl), tools_{*gl.fonts, style, *gl.ribbons}, flows_(view::buildFlowGeometry(story, projection)) {}

    render::RgbaImage draw(const view::PlannedFrame& planned, render::RgbaImage canvas) {
        enterStep(planned.step);
        if (planned.landed) {
            render::Frame frame = still_->frame;
            frame.options.storyDay = planned.storyDay;
            frame.options.animationSeconds = planned.animationSeconds;
            return render::renderPicture(*gl_.target, stills_.contentOf(*still_, gl_.lineShader), frame, tools_,
                                         std::move(canvas));
        }
        const render::Frame frame = recordedFrame(options_, story_, planned);
        const view::Camera& camera = frame.camera;
        const mapdata::DetailLevel wanted = mapdata::detailFor(camera.metresPerPixel() * frame.options.pixelScale);
        const render::MapScene& scene = sceneFor(wanted, camera);
        const render::MapScene* locator = nullptr;
        if (frame.overlays && frame.overlays->locator && view::wantsLocator(camera))
            locator = &stills_.locatorScene(gl_.lineShader); // the story-wide projection, as the flight's
        render::FrameContent content{scene, places_, flows_, story_, projection_, locator};
        content.countries = scenes_.geometry(scene.level())->countryIndex.get();
        return render::renderPicture(*gl_.target, content, frame, tools_, std::move(canvas));
    }

private:
    //! A new step: its still picture's map data starts building (while its flight is drawn),
    //! the previous step's goes.
    void enterStep(std::size_t step) {
        if (still_ && still_->frame.step == &story_.steps[step])
            return;
        if (still_)
            stills_.release(*still_);
        still_ = stepJob(options_, story_, step, {});
        stills_.start(*still_);
    }

    const render::MapScene& sceneFor(mapdata::DetailLevel level, const view::Camera& camera) {
        scenes_.waitFor(level, camera);
        scenes_.waitForIndexes(level);
        for (const std::string& warning : scenes_.geometry(level)->warnings)
            if (warned_.insert(warning).second)
                std::cerr << "geobrief: warning: " << warning << '\n';
        const render::MapScene* scene = scenes_.best(level, camera);
        if (scene != placesOf_) { // places are projected with each level's data
            places_ = render::placesOnMap(story_, *scenes_.geometry(scene->level()));
            placesOf_ = scene;
        }
        return *scene;
    }

    const Options& options_;
    const story::Story& story_;
    const geo::Projection& projection_;
    SceneSet& scenes_;
    StillScenes stills_;
    std::optional<StillJob> still_; //!< the current step's still picture
    ExportTarget& gl_;
    render::FrameTools tools_;
    std::vector<view::FlowGeometry> flows_;
    std::vector<render::PlaceOnMap> places_;
    const render::MapScene* placesOf_ = nullptr;
    std::set<std::string> warned_;
};

//! GIF: one palette for the clip, from frames spread over it (every pixel of up to 64 frames).
video::Palette gifPalette(const Options& options, const view::VideoPlan& plan, FrameDrawer& drawer) {
    video::PaletteBuilder builder(options.exportVideo->string(),
                                  {options.size.width, options.size.height, options.fps, options.transparent});
    const std::size_t count = plan.frameCount(), every = std::max<std::size_t>(1, count / 64);
    render::RgbaImage canvas;
    for (std::size_t i = 0; i < count; i += every) {
        canvas = drawer.draw(plan.frame(i), std::move(canvas));
        builder.add(canvas.pixels.data());
    }
    canvas = drawer.draw(plan.frame(count - 1), std::move(canvas)); // the still picture's colours, always
    builder.add(canvas.pixels.data());
    return builder.finish();
}

//! Where every frame goes: the video file, numbered PNGs, or both (on the pipeline's thread).
struct FrameOutputs {
    std::unique_ptr<video::VideoWriter> writer;
    std::optional<std::filesystem::path> framesFolder;
    unsigned width = 0, height = 0;
    std::size_t written = 0;

    void write(const video::FramePipeline::Pixels& pixels) {
        if (writer)
            writer->add(pixels.data());
        if (framesFolder) {
            char name[32];
            std::snprintf(name, sizeof name, "frame-%05zu.png", written + 1);
            (void)render::writePngNoOverwrite(render::RgbaImage{width, height, pixels}, *framesFolder / name);
        }
        ++written;
    }
};

//! Draws every frame and hands it to the outputs; prints what was written.
void record(const Options& options, const view::VideoPlan& plan, FrameDrawer& drawer, FrameOutputs& outputs) {
    const std::string what = "recording " + (options.exportVideo ? *options.exportVideo : *options.exportFrames).string();
    ProgressLine progress(what, plan.frameCount(), options.quiet);
    {
        video::FramePipeline pipeline([&outputs](const video::FramePipeline::Pixels& p) { outputs.write(p); });
        for (std::size_t i = 0; i < plan.frameCount(); ++i) {
            render::RgbaImage canvas{options.size.width, options.size.height, pipeline.spare()};
            canvas = drawer.draw(plan.frame(i), std::move(canvas));
            pipeline.push(std::move(canvas.pixels));
            progress.update(i + 1);
        }
        pipeline.finish();
    }
    progress.finish();
    if (outputs.writer)
        std::cout << outputs.writer->finish().string() << '\n';
    if (outputs.framesFolder)
        std::cout << outputs.framesFolder->string() << '\n';
}

} // namespace

int runVideoExport(const Options& options) {
    prepareDestinations(options);
    // As --export: Xvfb (only when there is no display) starts while the story loads.
    XvfbSession display{XvfbSession::StartOnly{XvfbSession::IfDisplayDead::UsePrivate}};
    const render::MapStyle style;
    std::future<ExportTarget> openingTarget;
    if (!display.started())
        openingTarget = openExportTarget(options.size.width, options.size.height, style);
    const story::Story story = loadRoutedStory(options.story, options.defaultShapes);
    const geo::Projection projection(projectionFor(options));
    const view::VideoPlan plan = planRecording(options, story, projection);
    display.waitUntilReady();
    if (!openingTarget.valid())
        openingTarget = openExportTarget(options.size.width, options.size.height, style);
    SceneSet scenes(story, options.shapes, options.defaultShapes, style);
    scenes.setProjection(projection.spec());
    scenes.request(mapdata::DetailLevel::Coarse, plan.frame(0).camera); // built while GL starts
    ExportTarget gl = openingTarget.get();
    display.keepForProcess();
    if (!gl.target || !gl.context->setActive(true) || !gl.target->setActive(true))
        throw render::GlError("cannot create a " + std::to_string(options.size.width) + "x" +
                              std::to_string(options.size.height) + " OpenGL render target (is the size above the GL limit?)");
    scenes.shareLineShader(gl.lineShader);
    FrameDrawer drawer(options, story, projection, scenes, gl, style);
    FrameOutputs outputs{nullptr, options.exportFrames, options.size.width, options.size.height, 0};
    if (options.exportVideo) {
        const video::VideoKind kind = *video::videoKindFor(*options.exportVideo);
        const video::VideoSettings settings{options.size.width, options.size.height, options.fps, options.transparent};
        const video::Palette palette = kind == video::VideoKind::Gif ? gifPalette(options, plan, drawer) : video::Palette{};
        outputs.writer = std::make_unique<video::VideoWriter>(*options.exportVideo, kind, settings, palette);
    }
    record(options, plan, drawer, outputs);
    return Ok;
}

} // namespace gb::app
