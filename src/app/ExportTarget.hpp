#pragma once
// The GL side of an export, made on its own thread so that loading the GL driver (~60 ms of
// relocations and set-up on software GL), compiling shaders and touching fresh memory overlap
// the story and map work on the other threads.

#include "app/XvfbSession.hpp"
#include "render/Fonts.hpp"
#include "render/LineShader.hpp"
#include "render/MapStyle.hpp"
#include "render/RibbonShader.hpp"

#include <SFML/Graphics/RenderTexture.hpp>
#include <SFML/Window/Context.hpp>

#include <atomic>
#include <future>
#include <memory>
#include <thread>

namespace gb::app {

//! What drawing a picture needs from GL.
struct ExportTarget {
    //! The context everything was made in: released by the worker, so the drawing thread makes it
    //! current (activate()) instead of creating another (~25 ms on software GL).
    std::unique_ptr<sf::Context> context;
    std::unique_ptr<sf::RenderTexture> target; //!< nullptr if it cannot be made (size above the GL limit)
    std::shared_ptr<render::LineShader> lineShader;
    std::unique_ptr<render::RibbonShader> ribbons;
    std::unique_ptr<render::Fonts> fonts;
    //! Seconds since the process started (benchmarks): the driver loaded, the server answered,
    //! the target ready.
    double driverLoadedAt = 0, displayAt = 0, readyAt = 0;
};

//! Makes an ExportTarget on a worker thread, in a context that the worker releases before it
//! ends (no context is ever current on two threads, none is taken over while current); the
//! drawing thread then makes it current with `context->setActive(true)`. The target comes back
//! cleared, ready for the thread that draws; `style` must outlive this object.
//! Start with DISPLAY set. With `display`, the worker first waits for its server (it may still
//! be starting) and ends without touching X when it never answered; once it makes an X
//! connection, the server is kept for the process (XvfbSession::keepForProcess).
//! Destroyed before take(), it stops the worker at the next step and waits for it.
class OpeningTarget {
public:
    OpeningTarget() = default; //!< not started
    OpeningTarget(unsigned width, unsigned height, const render::MapStyle& style, XvfbSession* display = nullptr);
    OpeningTarget(OpeningTarget&&) = default;
    OpeningTarget& operator=(OpeningTarget&&) = default; //!< only onto one not started
    OpeningTarget(const OpeningTarget&) = delete;
    OpeningTarget& operator=(const OpeningTarget&) = delete;
    ~OpeningTarget();

    [[nodiscard]] bool started() const { return worker_.joinable(); }
    //! Waits for the worker to end, its exit included (SFML and Xlib tidy a thread's GL state as
    //! it ends: that must not overlap the drawing thread's first GL calls), then gives the
    //! target. Throws render::FontError for missing fonts and render::GlError when GL lacks
    //! what geobrief needs.
    [[nodiscard]] ExportTarget take();

private:
    std::future<ExportTarget> result_;
    std::shared_ptr<std::atomic<bool>> cancelled_;
    std::thread worker_;
};

//! Call once only this thread and `opening`'s worker run: when the server `display` started
//! first never answered (another took its number), starts one on a free number and `opening`
//! again on it. Throws DisplayError when no server starts.
void settleDisplay(XvfbSession& display, OpeningTarget& opening, unsigned width, unsigned height,
                   const render::MapStyle& style);

} // namespace gb::app
