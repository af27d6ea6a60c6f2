#include "app/XvfbSession.hpp"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/prctl.h>
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
    start(); // stopped by the destructor: tests start several in one process
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

XvfbSession::XvfbSession(StartOnly options) : endsWithProcess_(true) {
    const char* display = std::getenv("DISPLAY");
    if (display && *display && !displayOpens()) {
        const std::string name = display;
        if (options.ifDisplayDead == IfDisplayDead::Fail)
            throw DisplayError("cannot open the X display DISPLAY=" + name +
                               " (is the X server running? unset DISPLAY to draw into a private Xvfb)");
        std::cerr << "geobrief: cannot open the X display DISPLAY=" << name << "; drawing into a private Xvfb\n";
        ::unsetenv("DISPLAY"); // before any thread starts
    }
    start();
}

void XvfbSession::start() {
    const char* display = std::getenv("DISPLAY");
    if (display && *display)
        return;
    int fds[2];
    if (::pipe2(fds, O_CLOEXEC) != 0)
        throw DisplayError("cannot start Xvfb: pipe failed");
    const pid_t parent = ::getpid();
    pid_ = ::fork();
    if (pid_ < 0)
        throw DisplayError("cannot start Xvfb: fork failed");
    if (pid_ == 0) {
        // Child: Xvfb picks a free display number and writes it to fd 3 once it accepts clients.
        // It ends with us however we end (even SIGKILL): the kernel sends it SIGTERM when the
        // thread that forked it (main's) is gone. Checked after the call, in case we already were.
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
        if (::getppid() != parent)
            ::_exit(0);
        ::dup2(fds[1], 3);
        const int devnull = ::open("/dev/null", O_WRONLY);
        if (devnull >= 0) {
            ::dup2(devnull, 1);
            ::dup2(devnull, 2);
        }
        // -terminate: the server stops at its first reset, when its last client disconnects.
        ::execlp("Xvfb", "Xvfb", "-displayfd", "3", "-screen", "0", "1920x1080x24", "-nolisten", "tcp",
                 endsWithProcess_ ? "-terminate" : "-noreset", static_cast<char*>(nullptr));
        ::_exit(127);
    }
    ::close(fds[1]);
    displayPipe_ = fds[0];
}

void XvfbSession::waitUntilReady() {
    if (displayPipe_ < 0)
        return;
    const std::string number = readDisplayNumber(displayPipe_);
    ::close(displayPipe_);
    displayPipe_ = -1;
    if (number.empty()) {
        ::kill(pid_, SIGKILL); // a server that never answered may not heed SIGTERM
        ::waitpid(pid_, nullptr, 0);
        pid_ = -1;
        throw DisplayError("no display: DISPLAY is not set and Xvfb could not be started, or did not answer "
                           "within 30 s (install the Debian package xvfb, or run under an X session)");
    }
    ::setenv("DISPLAY", (":" + number).c_str(), 1);
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
