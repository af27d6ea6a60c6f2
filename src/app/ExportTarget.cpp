#include "app/ExportTarget.hpp"

#include "app/ProcessClock.hpp"
#include "app/SoftwareGl.hpp"
#include "render/GlCheck.hpp"
#include "render/WarmUp.hpp"

#include <SFML/OpenGL.hpp>
#include <SFML/Window/Context.hpp>

namespace gb::app {
namespace {
//! `cancelled`: the run has failed; stop at the next step (the target is then of no use).
ExportTarget makeExportTarget(unsigned width, unsigned height, const render::MapStyle& style,
                              const std::atomic<bool>& cancelled) {
    // A context made current here, and released before the worker returns: the drawing
    // thread makes the same context current afterwards, so the render texture's framebuffer
    // object (which belongs to one context) is already there. A context current on two
    // threads, or taken over while current, is what GLX forbids.
    ExportTarget gl;
    gl.context = std::make_unique<sf::Context>();
    render::requireGlCapabilities();
    gl.target = std::make_unique<sf::RenderTexture>();
    if (!gl.target->create(width, height) || !gl.target->setActive(true)) {
        (void)gl.context->setActive(false);
        return ExportTarget{};
    }
    // The first clear touches every page of the target (33 MB at 4K, ~20 ms of page faults
    // on software GL): here, rather than on the way to the picture.
    gl.target->clear();
    if (cancelled)
        return ExportTarget{}; // what was made is undone here, in its context
    gl.lineShader = std::make_shared<render::LineShader>();
    gl.ribbons = std::make_unique<render::RibbonShader>();
    gl.fonts = std::make_unique<render::Fonts>();
    render::warmUpRenderer(*gl.target, style, *gl.lineShader, *gl.ribbons, *gl.fonts);
    glFinish(); // the other context sees finished work only
    (void)gl.target->setActive(false);
    (void)gl.context->setActive(false); // released: now the drawing thread may take it
    return gl;
}
} // namespace

OpeningTarget::OpeningTarget(unsigned width, unsigned height, const render::MapStyle& style, XvfbSession* display)
    : cancelled_(std::make_shared<std::atomic<bool>>(false)) {
    // Our private server means Mesa's software driver: loaded while the server starts.
    const bool privateServer = display && display->started();
    std::packaged_task<ExportTarget()> task([width, height, &style, display, privateServer, cancelled = cancelled_] {
        const PreloadedGlDriver driver = privateServer ? PreloadedGlDriver::load() : PreloadedGlDriver{};
        const double driverLoadedAt = secondsSinceProcessStart();
        if (display && !display->serverAnswered())
            return ExportTarget{};
        if (*cancelled)
            return ExportTarget{}; // the run failed while the server started: no X client made
        const double displayAt = secondsSinceProcessStart();
        if (display) // from here an X connection exists: stopping the server would end us (Xlib)
            display->keepForProcess();
        ExportTarget gl = makeExportTarget(width, height, style, *cancelled);
        gl.driverLoadedAt = driverLoadedAt;
        gl.displayAt = displayAt;
        gl.readyAt = secondsSinceProcessStart();
        return gl;
    });
    result_ = task.get_future();
    worker_ = std::thread(std::move(task));
}

OpeningTarget::~OpeningTarget() {
    if (cancelled_)
        *cancelled_ = true;
    if (worker_.joinable())
        worker_.join();
}

void settleDisplay(XvfbSession& display, OpeningTarget& opening, unsigned width, unsigned height,
                   const render::MapStyle& style) {
    if (display.serverAnswered())
        return;
    (void)opening.take(); // it ended without touching X
    display.waitUntilReady();
    opening = OpeningTarget(width, height, style, &display);
}

ExportTarget OpeningTarget::take() {
    worker_.join();
    return result_.get();
}

} // namespace gb::app
