#include "app/XvfbSession.hpp"

#include "app/ProcessClock.hpp"

#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <X11/Xlib.h>
#include <X11/Xutil.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <iostream>
#include <optional>
#include <stdexcept>
#include <string>

namespace gb::app {

XvfbSession::XvfbSession() {
    begin(); // stopped by the destructor: tests start several in one process
    waitUntilReady();
}

namespace {
//! Why the X server DISPLAY names cannot take what we draw.
struct DisplayProblem {
    bool dead = false; //!< it does not answer (a dead server, a typo)
    int rootDepth = 0; //!< else: its screen's depth, too shallow
};

//! nullopt when the server DISPLAY names can take what we draw. Off-screen pictures need a
//! TrueColor visual of 16 bits or more for SFML's GL context (on an 8-bit server, colour-mapped
//! visuals only, its context creation crashes); a window needs a screen of 24 bits or more (on
//! a 16-bit one SFML's window is refused: BadMatch).
std::optional<DisplayProblem> displayProblem(bool offscreenOnly) {
    Display* display = XOpenDisplay(nullptr);
    if (!display)
        return DisplayProblem{true, 0};
    XVisualInfo wanted{};
    wanted.screen = DefaultScreen(display);
    wanted.c_class = TrueColor;
    int count = 0;
    XVisualInfo* visuals = XGetVisualInfo(display, VisualScreenMask | VisualClassMask, &wanted, &count);
    int deepest = 0;
    for (int i = 0; i < count; ++i)
        deepest = std::max(deepest, visuals[i].depth);
    if (visuals)
        XFree(visuals);
    const int rootDepth = DefaultDepth(display, DefaultScreen(display));
    XCloseDisplay(display);
    if (deepest >= 16 && (offscreenOnly || rootDepth >= 24))
        return std::nullopt;
    return DisplayProblem{false, rootDepth};
}

//! The display number Xvfb writes once it accepts clients; "" if it ends first or takes longer
//! than half a minute (it starts in ~0.1 s; a server that hangs must not hang us).
std::string readDisplayNumber(int pipe) {
    using Clock = std::chrono::steady_clock;
    const auto deadline = Clock::now() + std::chrono::seconds(30);
    std::string number;
    for (;;) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
        pollfd readable{pipe, POLLIN, 0};
        const int ready = left > 0 ? ::poll(&readable, 1, static_cast<int>(left)) : 0;
        if (ready < 0 && errno == EINTR)
            continue;
        char c = 0;
        if (ready <= 0 || ::read(pipe, &c, 1) != 1 || c == '\n')
            return c == '\n' ? number : std::string();
        number += c;
    }
}

} // namespace

XvfbSession::XvfbSession(StartOnly options)
    : endsWithProcess_(true), screen_(options.offscreenOnly ? "64x64x24" : "1920x1080x24") {
    // The launcher's server (started the same way, before our libraries loaded): DISPLAY names
    // it already; whether it answers is asked as of any server started here.
    if (options.early && options.offscreenOnly)
        if (std::optional<EarlyXvfb::Server> server = options.early->take()) {
            pid_ = server->child.pid;
            displayPipe_ = server->child.readyPipe;
            chosen_ = server->display;
            startedAt_ = server->startedAt;
            return;
        }
    const char* display = std::getenv("DISPLAY");
    if (const auto problem = display && *display ? displayProblem(options.offscreenOnly) : std::nullopt) {
        const std::string name = display;
        const std::string what = problem->dead ? "cannot open the X display DISPLAY=" + name
                                               : "the X display DISPLAY=" + name + " has a screen of " +
                                                     std::to_string(problem->rootDepth) + " bits a pixel: too few colours for GL";
        if (options.ifDisplayDead == IfDisplayDead::Fail)
            throw DisplayError(what + (problem->dead ? " (is the X server running?"
                                                     : " (start it with 24-bit colour, e.g. Xvfb " + name + " -screen 0 1920x1080x24;") +
                               " unset DISPLAY to draw into a private Xvfb)");
        std::cerr << "geobrief: " << what << "; drawing into a private Xvfb\n";
        ::unsetenv("DISPLAY"); // before any thread starts
    }
    begin();
}

void XvfbSession::begin() {
    const char* display = std::getenv("DISPLAY");
    if (display && *display)
        return;
    chosen_ = freeDisplay();
    if (!chosen_.empty())
        ::setenv("DISPLAY", chosen_.c_str(), 1); // now, while no other thread reads the environment
    start(chosen_);
}

void XvfbSession::start(const std::string& display) {
    const std::optional<XvfbChild> child = spawnXvfb({display, screen_, endsWithProcess_, false});
    if (!child)
        throw DisplayError("cannot start Xvfb: no pipe or no fork");
    pid_ = child->pid;
    displayPipe_ = child->readyPipe;
    startedAt_ = secondsSinceProcessStart();
}

std::string XvfbSession::readAnswer() {
    std::string number = readDisplayNumber(displayPipe_);
    ::close(displayPipe_);
    displayPipe_ = -1;
    if (number.empty()) {
        ::kill(pid_, SIGKILL); // a server that never answered may not heed SIGTERM
        ::waitpid(pid_, nullptr, 0);
        pid_ = -1;
    }
    return number;
}

bool XvfbSession::serverAnswered() {
    const std::lock_guard lock(answerMutex_);
    if (!answer_)
        answer_ = displayPipe_ < 0 || (!chosen_.empty() && chosen_ == std::string(":").append(readAnswer()));
    return *answer_;
}

void XvfbSession::waitUntilReady() {
    if (serverAnswered())
        return;
    const std::lock_guard lock(answerMutex_);
    // Another server took our number meanwhile: one that picks a free number itself. (When
    // none looked free, that is the one already starting.)
    if (displayPipe_ < 0) {
        if (pid_ > 0) {
            ::kill(pid_, SIGKILL);
            ::waitpid(pid_, nullptr, 0);
        }
        start("");
    }
    const std::string number = readAnswer();
    if (number.empty()) {
        ::unsetenv("DISPLAY"); // it named a server that never came
        throw DisplayError("no display: DISPLAY is not set and Xvfb could not be started, or did not answer "
                           "within 30 s (install the Debian package xvfb, or run under an X session)");
    }
    chosen_ = std::string(":").append(number);
    ::setenv("DISPLAY", chosen_.c_str(), 1);
    answer_ = true;
}

XvfbSession::~XvfbSession() {
    if (displayPipe_ >= 0)
        ::close(displayPipe_);
    if (pid_ > 0 && !(endsWithProcess_ && handedOver_)) {
        ::kill(pid_, SIGTERM);
        ::waitpid(pid_, nullptr, 0);
        ::unsetenv("DISPLAY"); // it named the server that just ended
    }
}

} // namespace gb::app
