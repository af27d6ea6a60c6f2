#include "app/XvfbSession.hpp"

#include "app/ProcessClock.hpp"

#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <X11/Xlib.h>

#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <iostream>
#include <stdexcept>

namespace gb::app {

XvfbSession::XvfbSession() {
    begin(); // stopped by the destructor: tests start several in one process
    waitUntilReady();
}

namespace {
//! Whether the X server DISPLAY names accepts us.
bool displayOpens() {
    Display* display = XOpenDisplay(nullptr);
    if (!display)
        return false;
    XCloseDisplay(display);
    return true;
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
    if (display && *display && !displayOpens()) {
        const std::string name = display;
        if (options.ifDisplayDead == IfDisplayDead::Fail)
            throw DisplayError("cannot open the X display DISPLAY=" + name +
                               " (is the X server running? unset DISPLAY to draw into a private Xvfb)");
        std::cerr << "geobrief: cannot open the X display DISPLAY=" << name << "; drawing into a private Xvfb\n";
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
