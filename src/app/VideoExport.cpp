#include "app/VideoExport.hpp"

#include "app/ExitCode.hpp"
#include "app/ExportTarget.hpp"
#include "app/InitialView.hpp"
#include "app/Interrupt.hpp"
#include "app/ProgressLine.hpp"
#include "app/Recording.hpp"
#include "app/VideoFrames.hpp"
#include "app/SeaLegs.hpp"
#include "app/XvfbSession.hpp"
#include "files/PartFile.hpp"
#include "render/GlCheck.hpp"


#include <iostream>

namespace gb::app {
namespace {

//! Checks (and for frames, makes) where the recording goes before any work.
void prepareDestinations(const Options& options) {
    if (options.exportVideo)
        files::checkNewFile(*options.exportVideo);
    if (!options.exportFrames)
        return;
    files::makeOutputFolder(*options.exportFrames);
}

} // namespace

int runVideoExport(const Options& options, EarlyXvfb& early) {
    prepareDestinations(options);
    // As --export: Xvfb (only when there is no display) starts, and the GL target is made as
    // soon as it answers, while the story loads.
    XvfbSession display{XvfbSession::StartOnly{XvfbSession::IfDisplayDead::UsePrivate, /*offscreenOnly=*/true, &early}};
    const render::MapStyle style;
    OpeningTarget openingTarget(options.size.width, options.size.height, style, &display);
    story::Story story = loadRoutedStory(options.story, options.defaultShapes);
    // A bad --step is refused before the GL context is waited for.
    (void)planRecording(options, story, geo::Projection(projectionFor(options)));
    settleDisplay(display, openingTarget, options.size.width, options.size.height, style);
    ExportTarget gl = openingTarget.take();
    if (!gl.target || !gl.context->setActive(true) || !gl.target->setActive(true))
        throw render::GlError("cannot create a " + std::to_string(options.size.width) + "x" +
                              std::to_string(options.size.height) + " OpenGL render target (is the size above the GL limit?)");
    render::PlaceScratch places; // kept by every frame
    const render::FrameTools tools{*gl.fonts, style, *gl.ribbons, nullptr, &places};
    Recording recording(options, std::move(story), style, *gl.target, tools, gl.lineShader);
    const std::string what = "recording " + (options.exportVideo ? *options.exportVideo : *options.exportFrames).string();
    ProgressLine progress(what, recording.framesTotal(), options.quiet);
    while (!recording.advance(Recording::Clock::now() + std::chrono::milliseconds(100), /*wait=*/true)) {
        throwIfInterrupted(); // the recording's destructor removes its unfinished file
        progress.update(recording.framesDone());
    }
    progress.update(recording.framesDone());
    progress.finish();
    for (const std::filesystem::path& written : recording.finish())
        std::cout << written.string() << '\n';
    return Ok;
}

} // namespace gb::app
